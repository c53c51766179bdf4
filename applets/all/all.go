// Package all links every applet into the binary.
package all

import (
	_ "github.com/b2c-project/b2c/applets/checkcmdline"
	_ "github.com/b2c-project/b2c/applets/initapp"
	_ "github.com/b2c-project/b2c/applets/mcli"
	_ "github.com/b2c-project/b2c/applets/podman"
)

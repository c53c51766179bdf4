//go:build !b2c_loader

// Package all links every applet into the binary; with the build tag
// b2c_loader, only the netboot loader (loader.go).
package all

import (
	_ "github.com/b2c-project/b2c/applets/checkcmdline"
	_ "github.com/b2c-project/b2c/applets/initapp"
	_ "github.com/b2c-project/b2c/applets/licenses"
	_ "github.com/b2c-project/b2c/applets/mcli"
	_ "github.com/b2c-project/b2c/applets/podman"
)

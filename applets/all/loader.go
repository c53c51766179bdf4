//go:build b2c_loader

package all

import (
	_ "github.com/b2c-project/b2c/applets/loader"
)

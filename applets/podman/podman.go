// Package podman is the podman applet: the real Podman CLI, made importable
// by patches/0001.
package podman

import (
	"os"
	"path/filepath"

	podmancli "github.com/containers/podman/v4/cmd/podman"

	"github.com/b2c-project/b2c/applets"
)

var applet = &applets.Applet{
	Name:  "podman",
	Usage: "the Podman v4 CLI (also any podman global flag as first argument)",
	Main:  run,
}

func init() {
	applets.Register(applet)
	applets.Fallback = applet
}

func run(argv []string) int {
	// Podman and cobra read os.Args. Podman's help names itself after
	// argv[0]; keep whatever the user called unless it was b2c itself.
	args := append([]string(nil), argv...)
	if filepath.Base(args[0]) != "podman" {
		args[0] = "podman"
	}
	os.Args = args
	podmancli.Main()
	return 0
}

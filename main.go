// Command b2c is a multi-call binary: it runs the applet named by argv[0]
// or by its first argument (init, podman, mcli/mc, ...).
package main

import (
	"os"

	"github.com/containers/storage/pkg/reexec"

	"github.com/b2c-project/b2c/applets"
	_ "github.com/b2c-project/b2c/applets/all"
)

func main() {
	// containers/storage re-executes this binary under registered names
	// (storage-untar, ...): those children must never reach the dispatcher.
	if reexec.Init() {
		return
	}
	os.Exit(applets.Dispatch(os.Args))
}

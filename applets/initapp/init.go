// Package initapp is the init applet: PID 1 of the b2c initramfs. PID 1
// itself only supervises (supervisor.go); a worker process reads the
// command line, sets the machine up, runs the pipeline and does the clean
// part of the shutdown.
package initapp

import (
	"fmt"
	"os"

	"github.com/b2c-project/b2c/applets"
)

func init() {
	applets.Register(&applets.Applet{
		Name:  "init",
		Usage: "PID 1 of the b2c initramfs: boot, run the container pipeline, power off",
		Main:  run,
	})
}

func run(argv []string) int {
	switch {
	case os.Getpid() == 1:
		supervise() // never returns
	case os.Getenv(workerEnv) == "1":
		return work()
	}
	fmt.Fprintln(os.Stderr, "init: b2c's init must run as PID 1 of its initramfs (see `b2c check-cmdline` to test a command line)")
	return 2
}

package initapp

// The status line is b2c's contract with the CI systems that parse the
// console (boot2container's wording, kept byte for byte): exactly one per
// boot, printed by the worker, or by PID 1 for a worker that could not.

import (
	"os"
	"strconv"

	"github.com/b2c-project/b2c/applets/initapp/console"
)

// statusFile records that the worker printed the pipeline status line,
// so that PID 1 prints one for a worker that died before it could.
const statusFile = "/run/b2c-status"

// printStatus prints the line CI systems parse for the pipeline's status.
func printStatus(status int) {
	console.Raw(console.StatusLine(status))
	os.WriteFile(statusFile, []byte(strconv.Itoa(status)), 0o644)
}

// statusIfMissing prints a failed pipeline status for a worker that died
// (or was stopped by PID 1's own crash) before it printed one.
func statusIfMissing() {
	if _, err := os.Stat(statusFile); err != nil {
		console.Raw(console.StatusLine(255))
	}
}

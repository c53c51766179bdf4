// Package proc runs the init's child programs and turns their ends into
// shell-like exit codes.
package proc

import (
	"bytes"
	"os/exec"
	"syscall"
)

// ExitCode converts a wait status into a shell-like exit code: the status
// for a normal exit, 128+signal for a signal.
func ExitCode(ws syscall.WaitStatus) int {
	switch {
	case ws.Exited():
		return ws.ExitStatus()
	case ws.Signaled():
		return 128 + int(ws.Signal())
	}
	return 255
}

// Run runs cmd and returns its exit code. err is set only when cmd could
// not run at all.
func Run(cmd *exec.Cmd) (int, error) {
	return waitCode(cmd.Run())
}

// Output runs cmd and returns what it printed on stdout.
func Output(cmd *exec.Cmd) ([]byte, int, error) {
	var out bytes.Buffer
	cmd.Stdout = &out
	code, err := Run(cmd)
	return out.Bytes(), code, err
}

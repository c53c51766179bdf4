package proc

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Limits bound a child program: Deadline its whole run, Stall how long it
// may go without reading or writing a single byte (files and sockets
// alike: /proc/PID/io's rchar and wchar). A pull from a registry that
// accepted the connection and never answers makes no I/O at all, while a
// slow but live one always makes some. Zero: no such bound.
type Limits struct {
	Deadline, Stall time.Duration
}

// killGrace is how long a program over its limits has between SIGTERM and
// SIGKILL.
const killGrace = 5 * time.Second

// LimitError says which limit a program went over.
type LimitError struct {
	Stalled bool
	After   time.Duration
}

func (e *LimitError) Error() string {
	if e.Stalled {
		return fmt.Sprintf("stalled: no progress for %v", e.After)
	}
	return fmt.Sprintf("timed out after %v", e.After)
}

// IsLimit says whether err is a LimitError.
func IsLimit(err error) bool {
	var le *LimitError
	return errors.As(err, &le)
}

// RunLimited is Run within l: over a limit, the program gets SIGTERM,
// then SIGKILL, and the error is a *LimitError (the code is its exit's).
func RunLimited(cmd *exec.Cmd, l Limits) (int, error) {
	if l.Deadline <= 0 && l.Stall <= 0 {
		return Run(cmd)
	}
	if err := cmd.Start(); err != nil {
		return -1, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	start := time.Now()
	lastIO, lastProgress := ioCount(cmd.Process.Pid), start
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var over *LimitError
	for over == nil {
		select {
		case err := <-done:
			return waitCode(err)
		case now := <-tick.C:
			if n := ioCount(cmd.Process.Pid); n != lastIO {
				lastIO, lastProgress = n, now
			}
			switch {
			case l.Deadline > 0 && now.Sub(start) >= l.Deadline:
				over = &LimitError{After: l.Deadline}
			case l.Stall > 0 && now.Sub(lastProgress) >= l.Stall:
				over = &LimitError{Stalled: true, After: l.Stall}
			}
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	var err error
	select {
	case err = <-done:
	case <-time.After(killGrace):
		cmd.Process.Kill()
		err = <-done
	}
	code, _ := waitCode(err)
	return code, over
}

// OutputLimited is Output within l.
func OutputLimited(cmd *exec.Cmd, l Limits) ([]byte, int, error) {
	var out bytes.Buffer
	cmd.Stdout = &out
	code, err := RunLimited(cmd, l)
	return out.Bytes(), code, err
}

// waitCode turns what exec.Cmd's Run or Wait returned into Run's result.
func waitCode(err error) (int, error) {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &ee):
		return ExitCode(ee.Sys().(syscall.WaitStatus)), nil
	}
	return -1, err
}

// ioCount is rchar+wchar of /proc/PID/io, summed over the process and its
// descendants (a program may leave the transfer to a child); -1 if
// unreadable.
func ioCount(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/io")
	if err != nil {
		return -1
	}
	var n int64
	for _, l := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if ok && (k == "rchar" || k == "wchar") {
			x, _ := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			n += x
		}
	}
	tasks, _ := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/task")
	for _, t := range tasks {
		kids, _ := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + t.Name() + "/children")
		for _, k := range strings.Fields(string(kids)) {
			if c, err := strconv.Atoi(k); err == nil {
				if x := ioCount(c); x > 0 {
					n += x
				}
			}
		}
	}
	return n
}

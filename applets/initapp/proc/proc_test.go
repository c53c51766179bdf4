package proc

import (
	"errors"
	"os/exec"
	"testing"
	"time"
)

func TestRunExitCodes(t *testing.T) {
	for _, tc := range []struct {
		script string
		want   int
	}{
		{"exit 0", 0},
		{"exit 3", 3},
		{"kill -TERM $$", 128 + 15},
	} {
		code, err := Run(exec.Command("/bin/sh", "-c", tc.script))
		if err != nil || code != tc.want {
			t.Errorf("%q: got %d, %v; want %d", tc.script, code, err, tc.want)
		}
	}
	if _, err := Run(exec.Command("/nonexistent/program")); err == nil {
		t.Error("a missing program must be an error")
	}
}

func TestOutput(t *testing.T) {
	out, code, err := Output(exec.Command("/bin/sh", "-c", "echo abc; exit 4"))
	if err != nil || code != 4 || string(out) != "abc\n" {
		t.Fatalf("got %q %d %v", out, code, err)
	}
}

func TestRunLimited(t *testing.T) {
	// Stalled: no I/O at all.
	start := time.Now()
	code, err := RunLimited(exec.Command("/bin/sh", "-c", "exec sleep 30"), Limits{Stall: 2 * time.Second})
	var le *LimitError
	if !errors.As(err, &le) || !le.Stalled || code != 128+15 || time.Since(start) > 10*time.Second {
		t.Errorf("stalled sleep: %d %v after %v", code, err, time.Since(start))
	}
	// Busy (it writes all the time) but over its deadline; it ignores
	// SIGTERM, so it gets SIGKILL.
	start = time.Now()
	code, err = RunLimited(exec.Command("/bin/sh", "-c", "trap '' TERM; while :; do echo x; done > /dev/null"), Limits{Deadline: 2 * time.Second, Stall: time.Second})
	if !errors.As(err, &le) || le.Stalled || code != 128+9 || time.Since(start) > 15*time.Second {
		t.Errorf("busy loop: %d %v after %v", code, err, time.Since(start))
	}
	// A live program that makes progress within its limits.
	code, err = RunLimited(exec.Command("/bin/sh", "-c", "for i in 1 2 3; do echo x > /dev/null; sleep 1; done; exit 3"), Limits{Stall: 3 * time.Second, Deadline: time.Minute})
	if err != nil || code != 3 {
		t.Errorf("live program: %d %v", code, err)
	}
}

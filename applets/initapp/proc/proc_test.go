package proc

import (
	"os/exec"
	"testing"
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

package pipeline

import (
	"reflect"
	"testing"
)

func TestStateFollowsTheContract(t *testing.T) {
	s := NewState()
	want := []string{
		"B2C_PIPELINE_STATUS=0", "B2C_PIPELINE_FAILED_BY=", "B2C_PIPELINE_PREV_CONTAINER=",
		"B2C_PIPELINE_PREV_CONTAINER_EXIT_CODE=", "B2C_PIPELINE_SHUTDOWN_MODE=poweroff",
	}
	if got := s.Env(); !reflect.DeepEqual(got, want) {
		t.Fatalf("initial env %v", got)
	}
	if s.Record("img1 true", 0, true) {
		t.Error("exit 0 is not a failure")
	}
	if !s.Record("img2 false", 3, true) {
		t.Error("exit 3 is a failure")
	}
	s.Record("img3 sh -c 'exit 4'", 4, true)
	want = []string{
		"B2C_PIPELINE_STATUS=3", "B2C_PIPELINE_FAILED_BY=img2 false",
		"B2C_PIPELINE_PREV_CONTAINER=img3 sh -c 'exit 4'",
		"B2C_PIPELINE_PREV_CONTAINER_EXIT_CODE=4", "B2C_PIPELINE_SHUTDOWN_MODE=poweroff",
	}
	if got := s.Env(); !reflect.DeepEqual(got, want) {
		t.Fatalf("env after failures %v", got)
	}
}

func TestPostContainersDoNotFailThePipeline(t *testing.T) {
	s := NewState()
	s.Record("post", 7, false)
	if s.Status != 0 || s.FailedBy != "" {
		t.Fatalf("post container changed the status: %+v", s)
	}
}

func TestRebootAndPoweroffRequests(t *testing.T) {
	s := NewState()
	if s.Record("reboot-me", ExitReboot, true) || s.ShutdownMode != ModeReboot || s.Status != 0 {
		t.Fatalf("reboot request: %+v", s)
	}
	s.Record("poweroff-me", ExitPoweroff, true)
	if s.ShutdownMode != ModePoweroff {
		t.Fatalf("poweroff request: %+v", s)
	}
}

func TestCreateArgs(t *testing.T) {
	got := CreateArgs([]string{"-ti", "docker://alpine", "sh", "-c", "echo hi"}, []string{"A=1"})
	want := []string{"create", "--rm", "--privileged", "--pull=always", "--network=host",
		"--env", "A=1", "-ti", "docker://alpine", "sh", "-c", "echo hi"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("CreateArgs = %q", got)
	}
}

func TestInteractive(t *testing.T) {
	for args, want := range map[string]bool{
		"-ti docker://alpine":          true,
		"--tty=true docker://alpine":   true,
		"docker://alpine ls -t":        false,
		"-e A=1 -i docker://alpine sh": false, // stops at the first word: documented limit
		"docker://alpine":              false,
	} {
		if got := Interactive(splitSpaces(args)); got != want {
			t.Errorf("Interactive(%q) = %v", args, got)
		}
	}
}

func splitSpaces(s string) []string {
	var out []string
	cur := ""
	for _, c := range s + " " {
		if c == ' ' {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
		} else {
			cur += string(c)
		}
	}
	return out
}

// A shutdown request: a pipeline that had not failed gets a non-zero
// status; one that had keeps its own; the mode follows the request.
func TestStopped(t *testing.T) {
	s := NewState()
	s.Stopped(ModeReboot)
	if s.Status != StoppedStatus || s.ShutdownMode != ModeReboot || s.FailedBy == "" {
		t.Errorf("after a reboot request: %+v", s)
	}
	s = NewState()
	s.Record("docker://x false", 3, true)
	s.Record("docker://y reboot", ExitReboot, true)
	s.Stopped(ModePoweroff)
	if s.Status != 3 || s.ShutdownMode != ModePoweroff || s.FailedBy != "docker://x false" {
		t.Errorf("after a failure, then a poweroff request: %+v", s)
	}
}

// Package pipeline runs the containers of the b2c pipeline with podman:
// services first (detached), then the stages in order, then the post
// containers, keeping the B2C_PIPELINE_* state the containers see.
package pipeline

import (
	"fmt"
	"strings"
)

// Shutdown modes a container can ask for by calling reboot(2): podman exits
// 128+SIGHUP for a reboot and 128+SIGINT for a poweroff.
const (
	ExitReboot   = 129
	ExitPoweroff = 130

	ModePoweroff = "poweroff"
	ModeReboot   = "reboot"
)

// State is what the pipeline knows so far; each container gets it as
// environment variables.
type State struct {
	Status             int    // 0 until a stage fails, then its exit code
	FailedBy           string // ARGS of the first failing stage
	PrevContainer      string // ARGS of the previous container
	PrevExitCode       int
	PrevRan            bool
	ShutdownMode       string
	FirstFailureMarked bool
}

// NewState is the state before the first container.
func NewState() *State { return &State{ShutdownMode: ModePoweroff} }

// Env lists the B2C_PIPELINE_* variables for the next container.
func (s *State) Env() []string {
	prevCode := ""
	if s.PrevRan {
		prevCode = fmt.Sprint(s.PrevExitCode)
	}
	return []string{
		fmt.Sprintf("B2C_PIPELINE_STATUS=%d", s.Status),
		"B2C_PIPELINE_FAILED_BY=" + s.FailedBy,
		"B2C_PIPELINE_PREV_CONTAINER=" + s.PrevContainer,
		"B2C_PIPELINE_PREV_CONTAINER_EXIT_CODE=" + prevCode,
		"B2C_PIPELINE_SHUTDOWN_MODE=" + s.ShutdownMode,
	}
}

// Record accounts for a finished container. counts says whether its
// failure fails the pipeline (stages: yes; post containers: no). It returns
// whether the container failed.
func (s *State) Record(raw string, code int, counts bool) bool {
	s.PrevContainer, s.PrevExitCode, s.PrevRan = raw, code, true
	switch code {
	case ExitReboot:
		s.ShutdownMode = ModeReboot
		return false
	case ExitPoweroff:
		s.ShutdownMode = ModePoweroff
		return false
	case 0:
		return false
	}
	if counts && !s.FirstFailureMarked {
		s.FirstFailureMarked = true
		s.Status, s.FailedBy = code, raw
	}
	return true
}

// StoppedStatus is the pipeline status of a pipeline stopped by a shutdown
// request while it had not failed: 128+SIGTERM, as for a killed process.
const StoppedStatus = 143

// Stopped accounts for a shutdown request (mode): the pipeline did not run
// to its end, so its status is not 0, and the machine goes down as asked.
func (s *State) Stopped(mode string) {
	s.ShutdownMode = mode
	if s.Status == 0 {
		s.Status, s.FailedBy = StoppedStatus, "shutdown request ("+mode+")"
		s.FirstFailureMarked = true
	}
}

// CreateArgs is the podman command line creating a container for ARGS:
// boot2container's defaults first, then the pipeline state, then the
// user's options, image and command.
func CreateArgs(args []string, env []string) []string {
	out := []string{"create", "--rm", "--privileged", "--pull=always", "--network=host"}
	for _, e := range env {
		out = append(out, "--env", e)
	}
	return append(out, args...)
}

// Interactive says whether ARGS ask for stdin or a terminal (-i, -t, -ti),
// among the options before the image.
func Interactive(args []string) bool {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			return false
		}
		switch a {
		case "-i", "-t", "-it", "-ti", "--interactive", "--tty", "--interactive=true", "--tty=true":
			return true
		}
	}
	return false
}

package pipeline

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/timeline"
)

// Plan is the whole pipeline. Each container's Raw is only ever printed
// (and handed to the next containers as B2C_PIPELINE_*): the boot plan
// gives it masked; podman gets the Args.
type Plan struct {
	Services, Stages, Post []cmdline.Stage
	Pipefail               bool
}

// Hooks let volume synchronisation run around each container.
type Hooks interface {
	ContainerStart() error
	ContainerEnd() error
}

// Runner drives the podman applet of this same binary.
type Runner struct {
	Self        string // this executable
	Console     *os.File
	CreateTries int
	RetryDelay  time.Duration
	// Stall bounds each podman create (its pull) without progress: see
	// proc.Limits. Zero: none.
	Stall    time.Duration
	Hooks    Hooks
	services []string

	mu       sync.Mutex
	stopMode string    // set by Stop: the shutdown asked from outside
	current  string    // the ID of the container running now
	creating *exec.Cmd // the podman create (pull) under way
}

// StopGrace is how long a container asked to stop by a shutdown request
// gets between SIGTERM and SIGKILL (podman stop --time).
const StopGrace = 10

// Stop asks the pipeline to end for a shutdown request (mode: ModeReboot
// or ModePoweroff): no further stage starts, a pull under way is
// interrupted, the running container gets StopGrace seconds to stop.
// The post containers still run, seeing the mode. Safe from any goroutine.
func (r *Runner) Stop(mode string) {
	r.mu.Lock()
	r.stopMode = mode
	id, c := r.current, r.creating
	r.mu.Unlock()
	if c != nil && c.Process != nil {
		c.Process.Signal(syscall.SIGTERM)
	}
	// Again while it is the running one: a stop that lands between
	// create and start finds nothing running yet.
	for id != "" && r.isCurrent(id) {
		r.podman("stop", "--time", fmt.Sprint(StopGrace), id)
		time.Sleep(time.Second)
	}
}

func (r *Runner) isCurrent(id string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.current == id
}

// stopRequested returns the mode Stop was called with, or "".
func (r *Runner) stopRequested() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stopMode
}

// track records what is running, for Stop; a Stop that came just before
// is applied at once.
func (r *Runner) track(id string, c *exec.Cmd) {
	r.mu.Lock()
	r.current, r.creating = id, c
	r.mu.Unlock()
}

func (r *Runner) cmd(args ...string) *exec.Cmd {
	c := &exec.Cmd{Path: r.Self, Args: append([]string{"podman"}, args...)}
	c.Stdout, c.Stderr = r.Console, r.Console
	return c
}

// adminDeadline bounds podman's commands other than create and the
// attached start (a service's start, stop, rm, kill, prune): they act on
// local state and take seconds, unless something is wedged.
const adminDeadline = 2 * time.Minute

// podman runs podman with output on the console and returns its status.
func (r *Runner) podman(args ...string) (int, error) {
	code, err := proc.RunLimited(r.cmd(args...), proc.Limits{Deadline: adminDeadline})
	if proc.IsLimit(err) {
		console.Warnf("podman %s: %v", args[0], err)
	}
	return code, err
}

// create creates the container, retrying like boot2container: pulls fail
// on flaky networks, and a corrupted image store is cured by removing all
// images before the last try.
func (r *Runner) create(c cmdline.Stage, st *State) (string, error) {
	tries := r.CreateTries
	if tries <= 0 {
		tries = 5
	}
	var lastErr error
	for i := 1; i <= tries; i++ {
		if i > 1 && r.stopRequested() != "" {
			return "", fmt.Errorf("not tried again: a %s was requested", r.stopRequested())
		}
		if i > 1 {
			time.Sleep(r.RetryDelay)
			if i == tries {
				console.Warnf("last try: removing every image first")
				r.podman("rmi", "--all", "--force")
			}
			console.Logf("Retrying to create the container (try %d/%d)", i, tries)
		}

		cmd := r.cmd(CreateArgs(c.Args, st.Env())...)
		r.track("", cmd)
		out, code, err := proc.OutputLimited(cmd, proc.Limits{Stall: r.Stall})
		r.track("", nil)
		if proc.IsLimit(err) {
			// A registry that accepted the connection and never answers:
			// another try may reach it again.
			lastErr = fmt.Errorf("podman create %v", err)
			console.Warnf("%v", lastErr)
			continue
		}
		if err != nil {
			return "", err
		}
		id := strings.TrimSpace(string(out))
		if code == 0 && id != "" {
			// podman prints pull progress on stderr; the ID is the last line.
			lines := strings.Split(id, "\n")
			return lines[len(lines)-1], nil
		}
		lastErr = fmt.Errorf("podman create exited with status %d", code)
	}
	return "", lastErr
}

// runOne creates, starts and waits for one container, returning its exit
// code (or podman's, when the container could not be created).
func (r *Runner) runOne(c cmdline.Stage, st *State, counts bool) int {
	endCreate := timeline.Default.Begin("create (pull): " + c.Raw)
	id, err := r.create(c, st)
	endCreate()
	if err != nil {
		console.Errorf("could not create the container %q: %v", c.Raw, err)
		return 125
	}
	if r.Hooks != nil {
		if err := r.Hooks.ContainerStart(); err != nil {
			console.Errorf("%v", err)
			r.podman("rm", "--force", id)
			return 1
		}
	}
	args := []string{"start", "--attach"}
	cmd := r.cmd()
	if Interactive(c.Args) {
		args = append(args, "--interactive")
		cmd.Stdin = r.Console
	}
	cmd.Args = append(cmd.Args, append(args, id)...)
	endRun := timeline.Default.Begin("run: " + c.Raw)
	r.track(id, nil)
	if m := r.stopRequested(); m != "" && counts {
		// Stop came between create and start: do not start it.
		r.track("", nil)
		endRun()
		r.podman("rm", "--force", id)
		return 143
	}
	code, err := proc.Run(cmd)
	r.track("", nil)
	endRun()
	if err != nil {
		console.Errorf("could not start the container %q: %v", c.Raw, err)
		code = 125
	}
	if r.Hooks != nil {
		if err := r.Hooks.ContainerEnd(); err != nil {
			console.Errorf("%v", err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

// startService creates and starts a detached container.
func (r *Runner) startService(c cmdline.Stage, st *State) {
	id, err := r.create(c, st)
	if err != nil {
		console.Errorf("could not create the service %q: %v", c.Raw, err)
		return
	}
	if code, err := r.podman("start", id); err != nil || code != 0 {
		console.Errorf("could not start the service %q (status %d)", c.Raw, code)
		return
	}
	r.services = append(r.services, id)
}

// Run runs the whole plan and returns the final state.
func (r *Runner) Run(p Plan) *State {
	st := NewState()
	for i, s := range p.Services {
		end := console.Section(fmt.Sprintf("b2c_service_%d", i+1), "Starting service: "+s.Raw)
		r.startService(s, st)
		end()
	}
	for i, s := range p.Stages {
		end := console.Section(fmt.Sprintf("b2c_container_%d", i+1), "Running the container: "+s.Raw)
		console.Logf("Running the container: %s", s.Raw)
		if m := r.stopRequested(); m != "" {
			console.Logf("A %s was requested: skipping the remaining containers", m)
			break
		}
		code := r.runOne(s, st, true)
		failed := st.Record(s.Raw, code, true)
		console.Logf("The container exited with status %d", code)
		end()
		if failed && p.Pipefail {
			console.Logf("b2c.pipefail: skipping the remaining containers")
			break
		}
	}
	if m := r.stopRequested(); m != "" {
		st.Stopped(m)
	}
	for i, s := range p.Post {
		end := console.Section(fmt.Sprintf("b2c_post_container_%d", i+1), "Running the post container: "+s.Raw)
		code := r.runOne(s, st, false)
		st.Record(s.Raw, code, false)
		console.Logf("The post container exited with status %d", code)
		end()
	}
	if m := r.stopRequested(); m != "" {
		st.Stopped(m)
	}
	return st
}

// Cleanup stops the services and every other container, then prunes
// dangling images, as boot2container did after the pipeline.
func (r *Runner) Cleanup() {
	if len(r.services) > 0 {
		r.podman(append([]string{"kill", "--signal", "KILL"}, r.services...)...)
	}
	r.podman("stop", "--all", "--time", "5")
	r.podman("rm", "--all", "--force")
	r.podman("image", "prune", "--force")
}

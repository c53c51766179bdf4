package pipeline

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/timeline"
)

// Container is one b2c.run / b2c.service / b2c.post_container entry.
type Container struct {
	Raw  string   // ARGS as the user wrote them
	Args []string // ARGS split into words
}

// Plan is the whole pipeline.
type Plan struct {
	Services, Stages, Post []Container
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
	Hooks       Hooks
	services    []string
}

func (r *Runner) cmd(args ...string) *exec.Cmd {
	c := &exec.Cmd{Path: r.Self, Args: append([]string{"podman"}, args...)}
	c.Stdout, c.Stderr = r.Console, r.Console
	return c
}

// podman runs podman with output on the console and returns its status.
func (r *Runner) podman(args ...string) (int, error) {
	return proc.Run(r.cmd(args...))
}

// create creates the container, retrying like boot2container: pulls fail
// on flaky networks, and a corrupted image store is cured by removing all
// images before the last try.
func (r *Runner) create(c Container, st *State) (string, error) {
	tries := r.CreateTries
	if tries <= 0 {
		tries = 5
	}
	var lastErr error
	for i := 1; i <= tries; i++ {
		if i > 1 {
			time.Sleep(r.RetryDelay)
			if i == tries {
				console.Warnf("last try: removing every image first")
				r.podman("rmi", "--all", "--force")
			}
			console.Logf("Retrying to create the container (try %d/%d)", i, tries)
		}
		out, code, err := proc.Output(r.cmd(CreateArgs(c.Args, st.Env())...))
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
func (r *Runner) runOne(c Container, st *State) int {
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
	code, err := proc.Run(cmd)
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
func (r *Runner) startService(c Container, st *State) {
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
		code := r.runOne(s, st)
		failed := st.Record(s.Raw, code, true)
		console.Logf("The container exited with status %d", code)
		end()
		if failed && p.Pipefail {
			console.Logf("b2c.pipefail: skipping the remaining containers")
			break
		}
	}
	for i, s := range p.Post {
		end := console.Section(fmt.Sprintf("b2c_post_container_%d", i+1), "Running the post container: "+s.Raw)
		code := r.runOne(s, st)
		st.Record(s.Raw, code, false)
		console.Logf("The post container exited with status %d", code)
		end()
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

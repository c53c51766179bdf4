package initapp

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/mounts"
	"github.com/b2c-project/b2c/applets/initapp/powerbutton"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/shutdown"
	"golang.org/x/sys/unix"
)

// The worker tells PID 1 how to take the machine down through its exit
// code, once it has done the clean part of the shutdown itself. Any other
// end (a panic: 2, a signal) is a crash.
const (
	workerPoweroff = 0
	workerReboot   = 10
	workerKexec    = 11
	workerEnv      = "B2C_INIT_WORKER"
	// initStartedEnv passes the uptime at which PID 1 started (ns) to the
	// worker, for the timeline's first phase.
	initStartedEnv = "B2C_INIT_STARTED"
)

// supervise is PID 1. It mounts the basics, starts the worker (this same
// binary, which does all the real work) and reaps every process that gets
// reparented to it. Whatever happens to the worker, even a panic in a
// goroutine, PID 1 survives it and shuts the machine down cleanly: the
// kernel panics if PID 1 exits.
func supervise() {
	started := console.Uptime()
	defer func() {
		if r := recover(); r != nil {
			console.Errorf("init: internal error: %v", r)
			// The worker is asked to stop as for a poweroff request, so
			// that the volumes are still pushed and it prints the status
			// line; past the grace, PID 1 prints it (255).
			if pid := int(workerPID.Load()); pid > 0 {
				unix.Kill(pid, syscall.SIGTERM)
				waitFor(pid, shutdownGrace)
			}
			statusIfMissing()
			emergencyShutdown(shutdown.Poweroff)
		}
	}()
	if err := mounts.MountAll(mounts.Early); err != nil {
		// Keep going: a missing /dev/shm or cgroup breaks podman later
		// with its own message, but the console must still work.
		fmt.Fprintf(os.Stderr, "init: %v\n", err)
	}
	openConsole()
	if err := mounts.EnableControllers(); err != nil {
		console.Warnf("cgroup controllers: %v", err)
	}
	// The handler first: once ctrl-alt-del sends SIGINT, an unhandled
	// one would kill PID 1 (the signals wait in the channel meanwhile).
	sigs := make(chan os.Signal, 4)
	notifyShutdownSignals(sigs)
	// ctrl-alt-del sends SIGINT to PID 1 instead of rebooting at once.
	unix.Reboot(unix.LINUX_REBOOT_CMD_CAD_OFF)
	// The ACPI power button is a poweroff request, as SIGPWR is.
	go func() {
		defer func() {
			if r := recover(); r != nil {
				console.Errorf("init: internal error watching the power button: %v", r)
			}
		}()
		powerbutton.Watch(powerButtonWait, func() {
			console.Logf("init: the power button was pressed")
			sigs <- syscall.SIGPWR
		})
	}()

	self, err := os.Executable()
	if err != nil {
		self = "/proc/self/exe"
	}
	// The worker's beats for the watchdog (package watchdog).
	beatsR, beatsW, err := os.Pipe()
	if err != nil {
		console.Warnf("watchdog: pipe: %v", err)
	}
	cmd := &exec.Cmd{
		Path:   self,
		Args:   []string{"init"},
		Env:    append(os.Environ(), workerEnv+"=1", fmt.Sprintf("%s=%d", initStartedEnv, started.Nanoseconds())),
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
	}
	if beatsW != nil {
		cmd.ExtraFiles = []*os.File{beatsW} // heartbeatFD
	}
	if err := cmd.Start(); err != nil {
		console.Errorf("init: cannot start: %v", err)
		emergencyShutdown(shutdown.Poweroff)
	}
	if beatsW != nil {
		// Only the worker holds the write end: its exit is the pipe's end.
		beatsW.Close()
		go keepWatchdog(beatsR)
	}
	worker := cmd.Process.Pid
	workerPID.Store(int32(worker))
	// PID 1 only waits from now on: it hands back the heap its packages'
	// init() functions left (they allocate 7 MB, podman's and mc's too,
	// mostly garbage), which a small machine needs for podman.
	debug.SetGCPercent(20)
	debug.FreeOSMemory()
	injectPanic("pid1")
	// requested is the shutdown asked from outside: ctrl-alt-del (SIGINT)
	// reboots, SIGTERM/SIGPWR power off. 0: none.
	var requested atomic.Int32
	go watchShutdownRequests(sigs, worker, &requested)
	for {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &ws, 0, nil)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			// No child left at all: cannot happen while the worker runs.
			console.Errorf("init: wait: %v", err)
			emergencyShutdown(shutdown.Poweroff)
		}
		if pid != worker {
			continue // an orphan, reaped
		}
		switch code := proc.ExitCode(ws); code {
		case workerPoweroff:
			finalShutdown(shutdown.Poweroff)
		case workerReboot:
			finalShutdown(shutdown.Reboot)
		case workerKexec:
			finalShutdown(shutdown.Kexec)
		default:
			if r := requested.Load(); r != 0 {
				// The worker was stopped on purpose: no crash to report.
				emergencyShutdown(shutdown.Mode(r - 1))
			}
			console.Errorf("init: the b2c init crashed (status %d); shutting down", code)
			statusIfMissing()
			emergencyShutdown(shutdown.Poweroff)
		}
	}
}

// shutdownGrace bounds the worker's clean end after a shutdown request:
// the running container stopped, the end hooks (volume pushes), the
// status line, the unmounts. Past it, or at a second request, PID 1 takes
// the machine down itself.
const shutdownGrace = 5 * time.Minute

// powerButtonWait is how long PID 1 looks for a power button: its driver
// is a module, loaded by the worker's coldplug.
const powerButtonWait = 2 * time.Minute

// watchShutdownRequests passes the first shutdown request to the worker
// (SIGINT: reboot, SIGTERM: poweroff), which stops the pipeline and still
// pushes the volumes; a second request, or the worker still running after
// shutdownGrace, goes straight to the emergency shutdown.
func watchShutdownRequests(sigs <-chan os.Signal, worker int, requested *atomic.Int32) {
	defer func() {
		if r := recover(); r != nil {
			console.Errorf("init: internal error in the signal handler: %v", r)
			emergencyShutdown(shutdown.Poweroff)
		}
	}()
	var deadline <-chan time.Time
	for {
		select {
		case s := <-sigs:
			mode := shutdown.Poweroff
			if s == syscall.SIGINT {
				mode = shutdown.Reboot
			}
			if requested.Load() != 0 {
				console.Logf("init: got %v again: shutting down now (%v)", s, mode)
				emergencyShutdown(mode)
			}
			requested.Store(int32(mode) + 1)
			console.Logf("init: got %v: stopping the pipeline, then %v", s, mode)
			sig := syscall.SIGTERM
			if mode == shutdown.Reboot {
				sig = syscall.SIGINT
			}
			unix.Kill(worker, sig)
			deadline = time.After(shutdownGrace)
		case <-deadline:
			console.Errorf("init: the pipeline did not stop within %v of the shutdown request: shutting down now", shutdownGrace)
			statusIfMissing()
			emergencyShutdown(shutdown.Mode(requested.Load() - 1))
		}
	}
}

// openConsole makes /dev/console the init's stdio: the kernel opens it for
// PID 1 only when it exists in the initramfs before devtmpfs is mounted.
func openConsole() {
	f, err := os.OpenFile("/dev/console", os.O_RDWR, 0)
	if err != nil {
		return
	}
	for fd := 0; fd <= 2; fd++ {
		unix.Dup2(int(f.Fd()), fd)
	}
	f.Close()
	os.Stdin = os.NewFile(0, "/dev/console")
	os.Stdout = os.NewFile(1, "/dev/console")
	os.Stderr = os.NewFile(2, "/dev/console")
	console.SetOutput(os.Stdout)
}

// emergencyShutdown is for when the worker could not finish its own clean
// shutdown: reap what is left, release swap, unmount, power off.
func emergencyShutdown(mode shutdown.Mode) {
	if !goingDown.CompareAndSwap(false, true) {
		// Another goroutine is taking the machine down already.
		waitForever()
	}
	watchdogSelfFeed()
	unix.Kill(-1, syscall.SIGTERM)
	time.Sleep(2 * time.Second)
	unix.Kill(-1, syscall.SIGKILL)
	reapAll()
	shutdown.SwapsOff()
	shutdown.Unmount(console.Warnf)
	finalShutdown(mode)
}

// workerPID is the worker's PID once it runs, for the recover path.
var workerPID atomic.Int32

// waitFor reaps children until pid has exited or timeout has passed.
func waitFor(pid int, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		var ws syscall.WaitStatus
		p, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		if p == pid || err == syscall.ECHILD {
			return
		}
		if p <= 0 {
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func reapAll() {
	for {
		var ws syscall.WaitStatus
		pid, _ := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		if pid <= 0 {
			return
		}
	}
}

// goingDown is set by the first goroutine that takes the machine down.
var goingDown atomic.Bool

func finalShutdown(mode shutdown.Mode) {
	console.Raw("It's now safe to turn off your computer\n")
	watchdogEnd(mode)
	err := shutdown.Final(mode)
	console.Errorf("init: %v failed: %v", mode, err)
	waitForever()
}

// waitForever never returns: PID 1 exiting panics the kernel.
func waitForever() {
	for {
		reapAll()
		time.Sleep(time.Second)
	}
}

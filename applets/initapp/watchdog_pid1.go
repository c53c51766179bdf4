package initapp

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/shutdown"
	"github.com/b2c-project/b2c/applets/initapp/watchdog"
	"golang.org/x/sys/unix"
)

// heartbeatFD is the worker's end of the watchdog pipe (its ExtraFiles[0]).
const heartbeatFD = 3

// pid1Dog is PID 1's hold on the hardware watchdog.
var pid1Dog struct {
	sync.Mutex
	dev    *watchdog.Device
	keeper watchdog.Keeper
}

// keepWatchdog is PID 1's side of package watchdog: it reads the worker's
// messages from r, opens the device when the worker asks (after its
// coldplug loaded the driver), and feeds it while the worker beats.
func keepWatchdog(r *os.File) {
	defer func() {
		if rec := recover(); rec != nil {
			// Without its keeper the watchdog would reset a healthy
			// machine: disarm it and go on.
			console.Errorf("init: internal error keeping the watchdog: %v", rec)
			pid1Dog.Lock()
			if pid1Dog.dev != nil {
				pid1Dog.dev.Disarm()
				pid1Dog.dev = nil
			}
			pid1Dog.Unlock()
		}
	}()
	events := make(chan watchdog.Event, 16)
	go func() {
		defer func() { recover() }()
		watchdog.Read(r, events)
	}()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case ev := <-events:
			pid1Dog.Lock()
			switch {
			case ev.Gone:
				pid1Dog.keeper.SelfFeed()
				events = nil
			case ev.IsBeat:
				pid1Dog.keeper.Beat(time.Now())
			default:
				configureWatchdog(ev.Timeout)
			}
			pid1Dog.Unlock()
		case <-tick.C:
			feedWatchdog()
		}
	}
}

// feedWatchdog is one tick of the keeper: feed, or say once that the
// worker went silent.
func feedWatchdog() {
	pid1Dog.Lock()
	defer pid1Dog.Unlock()
	if pid1Dog.dev != nil {
		now := time.Now()
		feed, starved := pid1Dog.keeper.Tick(now)
		if feed {
			pid1Dog.dev.Feed()
		}
		if starved {
			console.Errorf("init: watchdog: no sign of life from the b2c init for %d s: the watchdog resets the machine within %d s",
				int(pid1Dog.keeper.Silence(now).Seconds()), int(pid1Dog.dev.Timeout.Seconds()))
		}
	}
}

// configureWatchdog arms, re-arms or disarms the watchdog (0: off), with
// pid1Dog held.
func configureWatchdog(timeout time.Duration) {
	d := &pid1Dog
	if timeout <= 0 {
		if d.dev != nil {
			if err := d.dev.Disarm(); err != nil {
				console.Warnf("watchdog: disarming %s: %v", watchdog.Path, err)
			}
			d.dev = nil
			console.Logf("init: watchdog: %s disarmed (b2c.watchdog=off)", watchdog.Path)
		} else if _, err := os.Stat(watchdog.Path); err == nil {
			console.Logf("init: watchdog: %s left alone (b2c.watchdog=off)", watchdog.Path)
		}
		return
	}
	if d.dev == nil {
		dev, err := watchdog.Open(watchdog.Path, timeout)
		if errors.Is(err, fs.ErrNotExist) {
			return // no watchdog on this machine
		}
		if err != nil {
			console.Warnf("watchdog: %v", err)
			return
		}
		d.dev = dev
	} else if err := d.dev.SetTimeout(timeout); err != nil {
		console.Warnf("watchdog: %s: %v", watchdog.Path, err)
	}
	d.keeper.Arm(d.dev.Timeout, time.Now())
	name := d.dev.Identity
	if name == "" {
		name = "no name"
	}
	console.Logf("init: watchdog: %s (%s) resets the machine after %d s without a sign of life from the b2c init (b2c.watchdog)",
		watchdog.Path, name, int(d.dev.Timeout.Seconds()))
}

// watchdogSelfFeed: PID 1 is taking the machine down itself, with the
// worker perhaps still there: the watchdog is fed until the end.
func watchdogSelfFeed() {
	pid1Dog.Lock()
	pid1Dog.keeper.SelfFeed()
	pid1Dog.Unlock()
}

// watchdogEnd runs right before reboot(2): a poweroff or a kexec must not
// be undone by a reset, so the watchdog is disarmed; a reboot leaves it
// running, in case the reboot itself hangs.
func watchdogEnd(mode shutdown.Mode) {
	pid1Dog.Lock()
	defer pid1Dog.Unlock()
	if pid1Dog.dev == nil {
		return
	}
	if mode == shutdown.Reboot {
		pid1Dog.dev.Feed()
		return
	}
	if err := pid1Dog.dev.Disarm(); err != nil {
		console.Warnf("watchdog: disarming %s before the %v: %v", watchdog.Path, mode, err)
	}
	pid1Dog.dev = nil
}

// heart is the worker's end of the watchdog pipe; it writes nowhere when
// the worker runs without PID 1's pipe.
var heart = watchdog.NewBeater(io.Discard)

// startBeating makes the worker beat for PID 1's watchdog keeper.
func startBeating() {
	var st unix.Stat_t
	if unix.Fstat(heartbeatFD, &st) != nil || st.Mode&unix.S_IFMT != unix.S_IFIFO {
		return
	}
	f := os.NewFile(heartbeatFD, "watchdog beats")
	// Containers and helpers must not hold it: the worker's exit is
	// the pipe's end for PID 1.
	unix.CloseOnExec(heartbeatFD)
	heart = watchdog.NewBeater(f)
	go func() {
		defer func() { recover() }()
		heart.Run()
	}()
}

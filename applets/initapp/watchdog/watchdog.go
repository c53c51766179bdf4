// Package watchdog keeps a hardware watchdog (/dev/watchdog) fed while the
// b2c init makes progress, so that a machine whose kernel or init wedges
// is reset by its hardware instead of being held until someone looks.
//
// The worker (which does the boot's real work) beats over a pipe; PID 1
// holds the device and feeds it only while the beats come (Keeper). Once
// the worker has ended, PID 1 feeds it itself through the shutdown, whose
// steps all have deadlines.
package watchdog

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// Path is the first watchdog the kernel registered.
const Path = "/dev/watchdog"

// Device is an open watchdog: from the open on, the hardware resets the
// machine unless it is fed within its timeout.
type Device struct {
	f        *os.File
	Identity string        // the driver's name for the timer
	Timeout  time.Duration // what the driver accepted
}

// Open opens the watchdog at path and asks for timeout. Drivers round or
// clamp it, or keep their own: Timeout says what is in force.
func Open(path string, timeout time.Duration) (*Device, error) {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	d := &Device{f: f}
	if info, err := unix.IoctlGetWatchdogInfo(int(f.Fd())); err == nil {
		d.Identity = strings.TrimSpace(unix.ByteSliceToString(info.Identity[:]))
	}
	if err := d.SetTimeout(timeout); err != nil {
		d.Disarm()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, d.Feed()
}

// SetTimeout asks the driver for timeout and reads back what it set.
func (d *Device) SetTimeout(timeout time.Duration) error {
	fd := int(d.f.Fd())
	secs := int(timeout / time.Second)
	if err := unix.IoctlSetPointerInt(fd, unix.WDIOC_SETTIMEOUT, secs); err != nil {
		secs = 0
	}
	if got, err := unix.IoctlGetInt(fd, unix.WDIOC_GETTIMEOUT); err == nil && got > 0 {
		secs = got
	}
	if secs <= 0 {
		return errors.New("the driver reports no timeout")
	}
	d.Timeout = time.Duration(secs) * time.Second
	return nil
}

// Feed restarts the timer.
func (d *Device) Feed() error {
	return unix.IoctlWatchdogKeepalive(int(d.f.Fd()))
}

// Disarm stops the timer before a poweroff or a kexec, which must not be
// undone by a reset: 'V' then close is the kernel's magic close (drivers
// built with nowayout refuse it; the error says so).
func (d *Device) Disarm() error {
	if _, err := d.f.Write([]byte("V")); err != nil {
		d.f.Close()
		return err
	}
	return d.f.Close()
}

// The worker's messages to PID 1, one a line.
const (
	msgTimeout = "timeout" // timeout SECONDS: arm (0: leave the device alone)
	msgBeat    = "beat"    // the worker is alive
)

// BeatInterval is how often the worker beats: well under the shortest
// timeout b2c.watchdog accepts.
const BeatInterval = 2 * time.Second

// Beater is the worker's end of the pipe.
type Beater struct{ w io.Writer }

// NewBeater writes the worker's messages to w.
func NewBeater(w io.Writer) *Beater { return &Beater{w: w} }

// SetTimeout asks PID 1 to arm the watchdog with timeout (0: not at all,
// or disarm it).
func (b *Beater) SetTimeout(timeout time.Duration) error {
	_, err := fmt.Fprintf(b.w, "%s %d\n", msgTimeout, int(timeout/time.Second))
	return err
}

// Beat tells PID 1 that the worker is alive.
func (b *Beater) Beat() error {
	_, err := fmt.Fprintf(b.w, "%s\n", msgBeat)
	return err
}

// Run beats every BeatInterval until the pipe breaks.
func (b *Beater) Run() {
	for {
		if b.Beat() != nil {
			return
		}
		time.Sleep(BeatInterval)
	}
}

// Event is one message from the worker, or its end.
type Event struct {
	Timeout time.Duration // for a timeout message
	IsBeat  bool
	Gone    bool // the pipe's end: the worker exited
}

// Read turns the worker's messages into events until the pipe ends.
// Lines it does not know are skipped: a newer worker may say more.
func Read(r io.Reader, events chan<- Event) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 1 && f[0] == msgBeat:
			events <- Event{IsBeat: true}
		case len(f) == 2 && f[0] == msgTimeout:
			if n, err := strconv.Atoi(f[1]); err == nil && n >= 0 {
				events <- Event{Timeout: time.Duration(n) * time.Second}
			}
		}
	}
	events <- Event{Gone: true}
}

// Package console prints the init's lines on the machine's console in the
// format boot2container users' tools parse: `[uptime]: message`, and GitLab
// CI collapsible sections around each phase.
package console

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/timeline"
	"golang.org/x/sys/unix"
)

var (
	mu  sync.Mutex
	out io.Writer = os.Stdout
	// now and uptime are variables so that tests can fix them.
	now    = time.Now
	uptime = bootUptime
)

// SetOutput redirects the console (tests, or a reopened /dev/console).
func SetOutput(w io.Writer) {
	mu.Lock()
	out = w
	mu.Unlock()
}

func bootUptime() time.Duration {
	var ts unix.Timespec
	// CLOCK_BOOTTIME counts from the kernel's start, like /proc/uptime,
	// and keeps counting across a clock set by NTP.
	if err := unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// Uptime is the time since the kernel started.
func Uptime() time.Duration { return uptime() }

// Line formats one log line: `[12.34]: message`.
func Line(up time.Duration, msg string) string {
	return fmt.Sprintf("[%.2f]: %s\n", up.Seconds(), msg)
}

// Logf prints one log line per line of the formatted message.
func Logf(format string, args ...any) {
	msg := strings.TrimRight(fmt.Sprintf(format, args...), "\n")
	up := uptime()
	mu.Lock()
	defer mu.Unlock()
	for _, l := range strings.Split(msg, "\n") {
		io.WriteString(out, Line(up, l))
	}
}

// Warnf prints a warning line.
func Warnf(format string, args ...any) { Logf("WARNING: "+format, args...) }

// Errorf prints an error line.
func Errorf(format string, args ...any) { Logf("ERROR: "+format, args...) }

// SectionStart and SectionEnd are the markers GitLab CI folds on.
func SectionStart(t time.Time, name, title string) string {
	return fmt.Sprintf("\x1b[0Ksection_start:%d:%s[collapsed=true]\r\x1b[0K%s\n", t.Unix(), name, title)
}

func SectionEnd(t time.Time, name string) string {
	return fmt.Sprintf("\x1b[0Ksection_end:%d:%s\r\x1b[0K", t.Unix(), name)
}

// Section opens a collapsible section and returns the function closing it.
// Each section is also a phase of the boot timeline.
func Section(name, title string) func() {
	mu.Lock()
	io.WriteString(out, SectionStart(now(), name, title))
	mu.Unlock()
	endSpan := timeline.Default.Begin(name)
	return func() {
		endSpan()
		mu.Lock()
		io.WriteString(out, SectionEnd(now(), name)+"\n")
		mu.Unlock()
	}
}

// Raw prints text as is (the start-up banner, the final lines).
func Raw(s string) {
	mu.Lock()
	io.WriteString(out, s)
	mu.Unlock()
}

// StatusLine is the pipeline status line CI systems parse
// (boot2container's wording, byte for byte).
func StatusLine(status int) string {
	return fmt.Sprintf("Execution is over, pipeline status: %d\n", status)
}

// HumanBytes writes n in binary units, as the console lines do.
func HumanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

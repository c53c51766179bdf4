package boot

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

// bootTimeout bounds one boot under TCG emulation; a boot that does not
// power off by itself within it fails.
const bootTimeout = 8 * time.Minute

// run is a b2c.run option for a lab image and a command.
func run(image string, args ...string) string {
	return fmt.Sprintf(`b2c.run="%s %s"`, lab.ImageArgs(image), strings.Join(args, " "))
}

// stallRe is the guest kernel reporting that its vCPUs stopped making
// progress. Seen under TCG when the 2-core host is overloaded: an
// emulator stall, not a b2c failure, so such a boot is tried once more.
var stallRe = regexp.MustCompile(`soft lockup - CPU#\d+ stuck|rcu_preempt detected stalls`)

// boot boots the lab VM with the given b2c options and waits for it to
// power off by itself.
func boot(t *testing.T, c lab.VMConfig) *lab.VM {
	t.Helper()
	if c.Name == "" {
		c.Name = strings.ReplaceAll(t.Name(), "/", "_")
	}
	for attempt := 1; ; attempt++ {
		start := time.Now()
		vm, err := theLab.Boot(c)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- vm.Wait(bootTimeout) }()
		stalled := make(chan struct{})
		go func() {
			if _, err := vm.WaitLine(stallRe, bootTimeout); err == nil {
				close(stalled)
			}
		}()
		select {
		case err = <-done:
		case <-stalled:
			vm.Kill()
			<-done
			if attempt == 1 {
				t.Logf("the emulator stalled (console: %s): booting once more", vm.Log)
				continue
			}
			err = fmt.Errorf("the emulator stalled twice (console: %s)", vm.Log)
		}
		t.Logf("boot took %.1fs; console in %s", time.Since(start).Seconds(), vm.Log)
		if err != nil {
			t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 80))
		}
		// Every boot ends the documented way.
		if !strings.Contains(vm.Console(), "It's now safe to turn off your computer") {
			t.Errorf("no shutdown line\n--- console ---\n%s", tail(vm.Console(), 80))
		}
		if strings.Contains(vm.Console(), "Kernel panic") {
			t.Errorf("kernel panic\n--- console ---\n%s", tail(vm.Console(), 80))
		}
		return vm
	}
}

// wantStatus checks the pipeline status line.
func wantStatus(t *testing.T, vm *lab.VM, want int) {
	t.Helper()
	if got := vm.Status(); got != want {
		t.Errorf("pipeline status %d, want %d\n--- console ---\n%s", got, want, tail(vm.Console(), 80))
	}
}

// wantFailed checks that the status line is there and not 0: a missing
// line (-1) is no proof that the pipeline failed.
func wantFailed(t *testing.T, vm *lab.VM, what string) {
	t.Helper()
	if got := vm.Status(); got <= 0 {
		t.Errorf("pipeline status %d %s, want a status line with a non-zero status\n--- console ---\n%s", got, what, tail(vm.Console(), 80))
	}
}

// wantLines checks each regexp matches a console line, in this order.
func wantLines(t *testing.T, vm *lab.VM, res ...string) {
	t.Helper()
	lines := vm.Lines()
	i := 0
	for _, r := range res {
		re := regexp.MustCompile(r)
		found := false
		for ; i < len(lines); i++ {
			if re.MatchString(lines[i].Text) {
				found = true
				i++
				break
			}
		}
		if !found {
			t.Errorf("no console line matching %q (in order)\n--- console ---\n%s", r, tail(vm.Console(), 80))
			return
		}
	}
}

// noLine checks no console line matches.
func noLine(t *testing.T, vm *lab.VM, res ...string) {
	t.Helper()
	for _, r := range res {
		re := regexp.MustCompile(r)
		for _, l := range vm.Lines() {
			if re.MatchString(l.Text) {
				t.Errorf("unexpected console line %q (matches %q)", l.Text, r)
			}
		}
	}
}

func tail(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func disk(t *testing.T, sizeMB int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "disk.img")
	if err := lab.MakeDisk(p, sizeMB); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeWWW(name, body string) error {
	return os.WriteFile(filepath.Join(theLab.WWW(), name), []byte(body), 0o644)
}

// runWith is run with podman create options before the image.
func runWith(opts, image string, args ...string) string {
	return fmt.Sprintf(`b2c.run="%s %s %s"`, opts, lab.ImageArgs(image), strings.Join(args, " "))
}

package boot

import (
	"context"
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

// boot boots the lab VM with the given b2c options and waits for it to
// power off by itself.
func boot(t *testing.T, c lab.VMConfig) *lab.VM {
	t.Helper()
	if c.Name == "" {
		c.Name = strings.ReplaceAll(t.Name(), "/", "_")
	}
	ctx, cancel := context.WithTimeout(context.Background(), bootTimeout+time.Minute)
	defer cancel()
	start := time.Now()
	vm, err := theLab.Run(ctx, c, bootTimeout)
	if vm == nil {
		t.Fatal(err)
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

// wantStatus checks the pipeline status line.
func wantStatus(t *testing.T, vm *lab.VM, want int) {
	t.Helper()
	if got := vm.Status(); got != want {
		t.Errorf("pipeline status %d, want %d\n--- console ---\n%s", got, want, tail(vm.Console(), 80))
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

package applets

import (
	"bytes"
	"io"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// call records how a fake applet was invoked.
type call struct {
	applet string
	argv   []string
}

// withFakes replaces the global applet table and Fallback with fakes for
// one test and restores them afterwards: the table is package state that
// real applets fill from their init functions.
func withFakes(t *testing.T, fallback bool) *[]call {
	t.Helper()
	savedTable, savedFallback := table, Fallback
	t.Cleanup(func() { table, Fallback = savedTable, savedFallback })
	table = map[string]*Applet{}
	Fallback = nil

	var calls []call
	fake := func(name string, status int) *Applet {
		return &Applet{Name: name, Usage: "fake " + name, Main: func(argv []string) int {
			calls = append(calls, call{name, append([]string(nil), argv...)})
			return status
		}}
	}
	pod := fake("podman", 3)
	Register(pod)
	Register(fake("mcli", 4), "mc")
	Register(fake("init", 5))
	if fallback {
		Fallback = pod
	}
	return &calls
}

func run(argv ...string) (status int, stdout, stderr string) {
	var o, e bytes.Buffer
	status = dispatch(argv, &o, &e)
	return status, o.String(), e.String()
}

func TestDispatchByArgv0(t *testing.T) {
	for _, tc := range []struct {
		argv   []string
		applet string
		status int
	}{
		{[]string{"podman", "ps"}, "podman", 3},
		{[]string{"/usr/bin/podman", "ps", "-a"}, "podman", 3},
		{[]string{"mc", "ls"}, "mcli", 4},
		{[]string{"/usr/local/bin/mcli"}, "mcli", 4},
		{[]string{"init"}, "init", 5},
		// argv[0] wins over b2c's own flags: `podman --version` is
		// podman's, not b2c's.
		{[]string{"podman", "--version"}, "podman", 3},
		{[]string{"mcli", "--help"}, "mcli", 4},
	} {
		calls := withFakes(t, true)
		status, out, errOut := run(tc.argv...)
		want := []call{{tc.applet, tc.argv}}
		if status != tc.status || !reflect.DeepEqual(*calls, want) {
			t.Errorf("dispatch(%q) = %d, calls %v; want %d, calls %v", tc.argv, status, *calls, tc.status, want)
		}
		if out != "" || errOut != "" {
			t.Errorf("dispatch(%q) wrote stdout %q stderr %q; want nothing", tc.argv, out, errOut)
		}
	}
}

func TestDispatchByFirstArgument(t *testing.T) {
	for _, tc := range []struct {
		argv   []string
		applet string
		status int
	}{
		{[]string{"b2c", "podman", "ps"}, "podman", 3},
		{[]string{"/sbin/b2c", "mc", "ls", "x"}, "mcli", 4},
		{[]string{"./b2c", "mcli"}, "mcli", 4},
		{[]string{"b2c", "init"}, "init", 5},
		{[]string{"b2c", "podman", "--version"}, "podman", 3},
	} {
		calls := withFakes(t, true)
		status, _, _ := run(tc.argv...)
		// The applet sees itself as argv[0].
		want := []call{{tc.applet, tc.argv[1:]}}
		if status != tc.status || !reflect.DeepEqual(*calls, want) {
			t.Errorf("dispatch(%q) = %d, calls %v; want %d, calls %v", tc.argv, status, *calls, tc.status, want)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, argv := range [][]string{{"b2c"}, {}, {"b2c", "--help"}, {"b2c", "-h"}, {"b2c", "help"}} {
		calls := withFakes(t, true)
		status, out, errOut := run(argv...)
		if status != 2 {
			t.Errorf("dispatch(%q) = %d, want 2", argv, status)
		}
		if len(*calls) != 0 {
			t.Errorf("dispatch(%q) ran %v, want no applet", argv, *calls)
		}
		if out != "" {
			t.Errorf("dispatch(%q) wrote %q on stdout, want usage on stderr only", argv, out)
		}
		if !strings.HasPrefix(errOut, "Usage: b2c") {
			t.Errorf("dispatch(%q) stderr = %q, want usage", argv, errOut)
		}
		// One line per applet, not per name: mc is an alias of mcli.
		for _, name := range []string{"podman", "mcli", "init"} {
			if !strings.Contains(errOut, "  "+name+" ") || !strings.Contains(errOut, "fake "+name) {
				t.Errorf("usage lacks applet %s:\n%s", name, errOut)
			}
		}
		if strings.Contains(errOut, "  mc ") {
			t.Errorf("usage lists the alias mc as an applet:\n%s", errOut)
		}
	}
}

func TestList(t *testing.T) {
	calls := withFakes(t, true)
	status, out, errOut := run("b2c", "--list")
	if status != 0 || errOut != "" || len(*calls) != 0 {
		t.Fatalf("b2c --list = %d, stderr %q, calls %v", status, errOut, *calls)
	}
	if want := "init\nmc\nmcli\npodman\n"; out != want {
		t.Errorf("b2c --list printed %q, want %q", out, want)
	}
}

func TestVersion(t *testing.T) {
	saved := BuildVersion
	t.Cleanup(func() { BuildVersion = saved })
	BuildVersion = "v1.2.3-test"
	for _, arg := range []string{"--version", "version"} {
		calls := withFakes(t, true)
		status, out, errOut := run("b2c", arg)
		if status != 0 || errOut != "" || len(*calls) != 0 {
			t.Fatalf("b2c %s = %d, stderr %q, calls %v", arg, status, errOut, *calls)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if lines[0] != "b2c v1.2.3-test" {
			t.Errorf("b2c %s: first line %q, want the -X BuildVersion", arg, lines[0])
		}
		if last := lines[len(lines)-1]; last != "go:     "+runtime.Version() {
			t.Errorf("b2c %s: last line %q, want the go version", arg, last)
		}
		// The test binary links neither podman, mc nor u-root, so their
		// lines must be absent rather than invented (test/host checks
		// the real ones in the built binary).
		for _, l := range lines[1 : len(lines)-1] {
			t.Errorf("b2c %s: unexpected line %q", arg, l)
		}
	}
}

func TestFallback(t *testing.T) {
	// conmon's exit command: podman re-executes itself with its global
	// flags first. The fallback must see the whole argv.
	argv := []string{"/proc/self/exe", "--root", "/var/lib/containers/storage", "--runroot", "/run/containers/storage", "container", "cleanup", "abc"}
	calls := withFakes(t, true)
	status, _, errOut := run(argv...)
	if want := []call{{"podman", argv}}; status != 3 || !reflect.DeepEqual(*calls, want) {
		t.Errorf("dispatch(%q) = %d, calls %v; want 3, calls %v", argv, status, *calls, want)
	}
	if errOut != "" {
		t.Errorf("fallback wrote %q on stderr", errOut)
	}

	calls = withFakes(t, true)
	if status, _, _ := run("b2c", "nosuch", "x"); status != 3 || len(*calls) != 1 || (*calls)[0].argv[1] != "nosuch" {
		t.Errorf("unknown applet with a fallback: status %d, calls %v", status, *calls)
	}
}

func TestUnknownWithoutFallback(t *testing.T) {
	calls := withFakes(t, false)
	status, out, errOut := run("b2c", "nosuch")
	if status != 2 || len(*calls) != 0 || out != "" {
		t.Errorf("dispatch(b2c nosuch) = %d, stdout %q, calls %v; want 2, nothing run", status, out, *calls)
	}
	if !strings.Contains(errOut, `unknown applet "nosuch"`) || !strings.Contains(errOut, "Usage: b2c") {
		t.Errorf("stderr = %q, want an error and the usage", errOut)
	}
}

func TestRegisterDuplicatePanics(t *testing.T) {
	withFakes(t, false)
	defer func() {
		if recover() == nil {
			t.Error("registering mc twice did not panic")
		}
	}()
	Register(&Applet{Name: "other"}, "mc")
}

// --licenses prints what the licenses package gives, and fails plainly in
// a build without a notice (the netboot loader).
func TestLicenses(t *testing.T) {
	saved := Licenses
	t.Cleanup(func() { Licenses = saved })
	calls := withFakes(t, true)
	Licenses = nil
	if status, out, errOut := run("b2c", "--licenses"); status != 1 || out != "" || !strings.Contains(errOut, "no license notice") {
		t.Errorf("b2c --licenses without a notice = %d, stdout %q, stderr %q; want 1 and a message", status, out, errOut)
	}
	Licenses = func(w io.Writer) error { _, err := io.WriteString(w, "NOTICE\n"); return err }
	if status, out, errOut := run("b2c", "--licenses"); status != 0 || out != "NOTICE\n" || errOut != "" {
		t.Errorf("b2c --licenses = %d, stdout %q, stderr %q; want 0 and the notice", status, out, errOut)
	}
	if len(*calls) != 0 {
		t.Errorf("b2c --licenses ran %v, want no applet", *calls)
	}
}

// Package applets holds the table of b2c's applets and the argv[0] /
// first-argument dispatcher.
package applets

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
)

// Applet is one program linked into b2c.
type Applet struct {
	Name  string
	Usage string
	// Main runs the applet with argv (argv[0] is the name it was called
	// by) and returns its exit status. Applets that end with os.Exit
	// themselves (podman, mc) simply never return.
	Main func(argv []string) int
}

var table = map[string]*Applet{}

// Register adds an applet under its name and any aliases. It is called
// from the applet packages' init functions only.
func Register(a *Applet, aliases ...string) {
	for _, n := range append([]string{a.Name}, aliases...) {
		if _, dup := table[n]; dup {
			panic("applets: duplicate applet " + n)
		}
		table[n] = a
	}
}

// Lookup returns the applet called name, or nil.
func Lookup(name string) *Applet { return table[name] }

// Names lists every name an applet answers to, sorted.
func Names() []string {
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Fallback receives argv when neither argv[0] nor the first argument names
// an applet. Podman re-executes /proc/self/exe with its own global flags
// (conmon's exit command is `b2c --root ... container cleanup`), so the
// podman applet sets itself as the fallback.
var Fallback *Applet

// Dispatch picks the applet for argv and runs it.
func Dispatch(argv []string) int {
	return dispatch(argv, os.Stdout, os.Stderr)
}

func dispatch(argv []string, stdout, stderr io.Writer) int {
	if len(argv) == 0 {
		argv = []string{"b2c"}
	}
	if a := Lookup(filepath.Base(argv[0])); a != nil {
		return a.Main(argv)
	}
	if len(argv) < 2 {
		usage(stderr)
		return 2
	}
	switch argv[1] {
	case "-h", "--help", "help":
		usage(stderr)
		return 2
	case "--list":
		for _, n := range Names() {
			fmt.Fprintln(stdout, n)
		}
		return 0
	case "--version", "version":
		fmt.Fprint(stdout, Version())
		return 0
	case "--licenses":
		if Licenses == nil {
			fmt.Fprintln(stderr, "b2c: this build has no license notice (see docs/licensing.md)")
			return 1
		}
		if err := Licenses(stdout); err != nil {
			fmt.Fprintln(stderr, "b2c: --licenses:", err)
			return 1
		}
		return 0
	}
	if a := Lookup(argv[1]); a != nil {
		return a.Main(argv[1:])
	}
	if Fallback != nil {
		return Fallback.Main(argv)
	}
	fmt.Fprintf(stderr, "b2c: unknown applet %q\n", argv[1])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: b2c APPLET [ARGS...]   (or call b2c through a link named after the applet)\n")
	fmt.Fprintf(w, "       b2c --list | --version | --licenses | --help\n\nApplets:\n")
	seen := map[*Applet]bool{}
	for _, n := range Names() {
		a := table[n]
		if seen[a] {
			continue
		}
		seen[a] = true
		fmt.Fprintf(w, "  %-14s %s\n", a.Name, a.Usage)
	}
}

// Licenses prints the third-party notice (package licenses sets it; the
// netboot loader has none).
var Licenses func(io.Writer) error

// BuildVersion is set by the Makefile with -X.
var BuildVersion = "dev"

// Version describes b2c and the upstream programs it links, from the
// module information embedded by the Go toolchain.
func Version() string {
	var b strings.Builder
	fmt.Fprintf(&b, "b2c %s\n", BuildVersion)
	want := map[string]string{
		"github.com/containers/podman/v4": "podman",
		"github.com/minio/mc":             "mc",
		"github.com/u-root/u-root":        "u-root",
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if name, ok := want[m.Path]; ok {
				if m.Replace != nil {
					m = m.Replace
				}
				fmt.Fprintf(&b, "%-7s %s\n", name+":", m.Version)
			}
		}
	}
	fmt.Fprintf(&b, "go:     %s\n", runtime.Version())
	return b.String()
}

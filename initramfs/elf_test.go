package initramfs

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/b2c-project/b2c/test/need"
)

// hostLs is a dynamically linked program of the host.
func hostLs(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/bin/ls", "/usr/bin/ls"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	need.Missing(t, "no ls on this host")
	return ""
}

func interpOf(t *testing.T, p string) string {
	t.Helper()
	f, err := elf.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, prog := range f.Progs {
		if prog.Type == elf.PT_INTERP {
			b := make([]byte, prog.Filesz)
			if _, err := prog.ReadAt(b, 0); err != nil {
				t.Fatal(err)
			}
			return strings.TrimRight(string(b), "\x00")
		}
	}
	need.Missing(t, "%s is not dynamically linked", p)
	return ""
}

func neededOf(t *testing.T, p string) []string {
	t.Helper()
	f, err := elf.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	return libs
}

func TestELFDeps(t *testing.T) {
	ls := hostLs(t)
	interp := interpOf(t, ls)
	deps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %v", ls, deps)
	seen := map[string]bool{}
	bases := map[string]bool{}
	libc := false
	for _, d := range deps {
		if !filepath.IsAbs(d) {
			t.Errorf("%s is not an absolute path", d)
		}
		if seen[d] {
			t.Errorf("%s listed twice", d)
		}
		seen[d] = true
		bases[filepath.Base(d)] = true
		if _, err := os.Stat(d); err != nil {
			t.Error(err)
		}
		if strings.HasPrefix(filepath.Base(d), "libc.so") || strings.HasPrefix(filepath.Base(d), "ld-musl") {
			libc = true
		}
	}
	if !seen[interp] {
		t.Errorf("the dynamic loader %s (PT_INTERP) is missing from %v", interp, deps)
	}
	if !libc {
		t.Errorf("no libc in %v", deps)
	}
	// Closed under DT_NEEDED: every library that ls or one of its
	// libraries needs is there too (libc needs the loader; libselinux
	// needs libpcre2 on Debian: not only the direct ones).
	for _, p := range append([]string{ls}, deps...) {
		if p == interp {
			continue
		}
		for _, lib := range neededOf(t, p) {
			if !bases[lib] {
				t.Errorf("%s needs %s, not in %v", p, lib, deps)
			}
		}
	}

	// Same set of libraries as the loader itself resolves, when ldd works.
	out, err := exec.Command("ldd", ls).Output()
	if err != nil {
		t.Logf("no ldd comparison: %v", err)
		return
	}
	var fromLdd, fromUs []string
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		switch {
		case len(f) == 0 || strings.HasPrefix(f[0], "linux-vdso") || strings.HasPrefix(f[0], "linux-gate"):
		case len(f) >= 3 && f[1] == "=>":
			fromLdd = append(fromLdd, f[0])
		default:
			fromLdd = append(fromLdd, filepath.Base(f[0]))
		}
	}
	for b := range bases {
		fromUs = append(fromUs, b)
	}
	sort.Strings(fromLdd)
	sort.Strings(fromUs)
	if !reflect.DeepEqual(fromLdd, fromUs) {
		t.Errorf("ldd finds %v, ELFDeps %v", fromLdd, fromUs)
	}
}

// TestELFDepsRoot checks that libraries are looked up under root, not on
// the host: with only the program there it fails naming the library, with
// the libraries copied it finds the same paths as on the host.
func TestELFDepsRoot(t *testing.T) {
	ls := hostLs(t)
	hostDeps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	copyInto(t, root, ls)
	_, err = ELFDeps(root, ls)
	if first := neededOf(t, ls)[0]; err == nil || !strings.Contains(err.Error(), first) {
		t.Fatalf("ELFDeps with no libraries under root: err = %v, want one naming %s", err, first)
	}
	for _, d := range hostDeps {
		copyInto(t, root, d)
	}
	got, err := ELFDeps(root, ls)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, hostDeps) {
		t.Errorf("under root: %v, on the host: %v", got, hostDeps)
	}

	if _, err := ELFDeps(root, "/no/such/program"); err == nil {
		t.Errorf("no error for a missing program")
	}
}

// TestELFVerb checks that the elf verb copies the program and its closure
// as regular files (symbolic links such as /lib64/ld-linux-x86-64.so.2
// resolved), counted as helpers.
func TestELFVerb(t *testing.T) {
	ls := hostLs(t)
	deps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	im := build(t, "elf "+ls, nil, Options{Root: t.TempDir(), HostRoot: "/"})
	files := 0
	for p, e := range im.Entries {
		if e.Kind == KindDir {
			continue
		}
		files++
		if e.Kind != KindFile || e.Part != PartHelpers || e.Source != p {
			t.Errorf("entry %+v, want a helper file copied from %s", *e, p)
		}
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if e.Mode != uint32(st.Mode().Perm()) {
			t.Errorf("%s: mode %o, want %o", p, e.Mode, st.Mode().Perm())
		}
	}
	if files != len(deps)+1 {
		t.Errorf("%d files, want %s and its %d dependencies", files, ls, len(deps))
	}
	if im.Entries[interpOf(t, ls)] == nil {
		t.Errorf("loader missing")
	}
}

// TestELFVerbSysRoot: with a SysRoot (a cross build's target root), `elf`
// copies the program and its libraries from there, at the same paths in
// the image, while `file` still reads the host.
func TestELFVerbSysRoot(t *testing.T) {
	ls := hostLs(t)
	deps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	sys := t.TempDir()
	for _, p := range append([]string{ls}, deps...) {
		copyInto(t, sys, p)
	}
	im := build(t, "elf "+ls+"\nfile /etc/debian_version /etc/debian_version\n", nil, Options{Root: t.TempDir(), HostRoot: "/", SysRoot: sys})
	for _, p := range append([]string{ls}, deps...) {
		e := im.Entries[p]
		if e == nil || e.Source != filepath.Join(sys, p) {
			t.Errorf("%s: entry %+v, want one copied from the sysroot", p, e)
		}
	}
	if e := im.Entries["/etc/debian_version"]; e == nil || e.Source != "/etc/debian_version" {
		t.Errorf("/etc/debian_version: entry %+v, want it from the host", e)
	}
}

// TestELFStandIn: `elf PATH LIB=SRC` puts SRC at LIB's path and follows
// SRC's needs, not LIB's: ls's libselinux (which loads libpcre2) replaced
// by a library that loads only the loader.
func TestELFStandIn(t *testing.T) {
	ls := hostLs(t)
	deps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	var selinux, libc string
	for _, d := range deps {
		switch filepath.Base(d) {
		case "libselinux.so.1":
			selinux = d
		case "libc.so.6":
			libc = d
		}
	}
	if selinux == "" || libc == "" || !slices.ContainsFunc(deps, func(d string) bool { return strings.HasPrefix(filepath.Base(d), "libpcre2") }) {
		t.Fatalf("%s: %v, want libselinux.so.1 (with libpcre2) and libc.so.6 among them (Debian's ls)", ls, deps)
	}
	// A stand-in must define what ls imports from the real libselinux.
	libcStandIn := copyFile(t, libc, t.TempDir(), "libc-stand-in.so", 0o644)
	err = Apply(NewImage(), parse(t, "elf "+ls+" libselinux.so.1="+libcStandIn, nil), Options{Root: t.TempDir(), HostRoot: "/"})
	if err == nil || !strings.Contains(err.Error(), "lacks what the real library gives and is imported: ") ||
		!strings.Contains(err.Error(), "getfilecon (ls)") {
		t.Errorf("libc standing in for libselinux: err = %v, want the selinux functions ls imports named", err)
	}
	standIn := selinuxStandIn(t)
	im := build(t, "elf "+ls+" libselinux.so.1="+standIn, nil, Options{Root: t.TempDir(), HostRoot: "/"})
	if e := im.Entries[selinux]; e == nil || e.Source != standIn || e.Mode != 0o644 {
		t.Errorf("%s: entry %+v, want the stand-in %s", selinux, e, standIn)
	}
	for p := range im.Entries {
		if strings.HasPrefix(filepath.Base(p), "libpcre2") {
			t.Errorf("%s copied: only the replaced libselinux loads it", p)
		}
	}
	if e := im.Entries[libc]; e == nil || e.Source != libc {
		t.Errorf("%s: entry %+v, want the host's", libc, e)
	}

	err = Apply(NewImage(), parse(t, "elf "+ls+" libnothere.so.9="+libcStandIn, nil), Options{Root: t.TempDir(), HostRoot: "/"})
	if err == nil || !strings.Contains(err.Error(), "libnothere.so.9 stands in for a library the program does not load") {
		t.Errorf("a stand-in for a library ls does not load: err = %v", err)
	}
}

// selinuxStandIn builds, with the host's cc, a library that defines every
// function ls imports from libselinux and links only libc.
func selinuxStandIn(t *testing.T) string {
	t.Helper()
	cc, err := exec.LookPath("cc")
	if err != nil {
		t.Fatalf("no C compiler for the stand-in: %v", err)
	}
	dir := t.TempDir()
	var src strings.Builder
	for _, name := range []string{"fgetfilecon", "freecon", "getfilecon", "lgetfilecon", "is_selinux_enabled"} {
		fmt.Fprintf(&src, "int %s(void) { return -1; }\n", name)
	}
	c := writeFile(t, dir, "stand-in.c", src.String(), 0o644)
	so := filepath.Join(dir, "stand-in.so")
	if out, err := exec.Command(cc, "-shared", "-fPIC", "-o", so, c).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cc, err, out)
	}
	if err := os.Chmod(so, 0o644); err != nil {
		t.Fatal(err)
	}
	return so
}

// TestProgramVerb: `program SRC DEST` installs a file built here as DEST,
// with the loader and libraries it needs from the target root.
func TestProgramVerb(t *testing.T) {
	ls := hostLs(t)
	deps, err := ELFDeps("/", ls)
	if err != nil {
		t.Fatal(err)
	}
	built := copyFile(t, ls, t.TempDir(), "built-ls", 0o750)
	im := build(t, "program "+built+" /usr/bin/other", nil, Options{Root: t.TempDir(), HostRoot: "/"})
	if e := im.Entries["/usr/bin/other"]; e == nil || e.Source != built || e.Mode != 0o750 || e.Part != PartHelpers {
		t.Errorf("/usr/bin/other: entry %+v, want %s, mode 0750, a helper", e, built)
	}
	for _, d := range deps {
		if e := im.Entries[d]; e == nil || e.Source != d {
			t.Errorf("%s: entry %+v, want the host's", d, e)
		}
	}
	if im.Entries[ls] != nil {
		t.Errorf("%s copied: only the built program was asked for", ls)
	}
}

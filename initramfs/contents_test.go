package initramfs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestParseContents(t *testing.T) {
	vars := map[string]string{
		"KERNEL_VERSION": "6.1.0-26-amd64",
		"MODULES_DIR":    "/lib/modules/6.1.0-26-amd64",
		"OUT":            "out",
		"ARCH":           "amd64",
	}
	tests := []struct {
		name string
		text string
		want []Line
	}{
		{"empty", "", nil},
		{"only comments and blanks", "# a comment\n\n   \t\n#dir /x\n", nil},
		{
			"one line per entry",
			"dir /a\nlink /b c\n",
			[]Line{{1, "dir", []string{"/a"}}, {2, "link", []string{"/b", "c"}}},
		},
		{
			// Line numbers are physical ones so that errors point at the
			// right line of the file, whatever precedes it.
			"comments blanks and whitespace",
			"# header\n\n\tdir\t/a   0700 # trailing comment\n#x\n  link /b c  \n",
			[]Line{{3, "dir", []string{"/a", "0700"}}, {5, "link", []string{"/b", "c"}}},
		},
		{
			"variables",
			"binary ${OUT}/b2c /bin/b2c 0755\nfile ${MODULES_DIR}/modules.order /lib/modules/${KERNEL_VERSION}/modules.order\n",
			[]Line{
				{1, "binary", []string{"out/b2c", "/bin/b2c", "0755"}},
				{2, "file", []string{"/lib/modules/6.1.0-26-amd64/modules.order", "/lib/modules/6.1.0-26-amd64/modules.order"}},
			},
		},
		{
			// An unset variable expands to nothing, like in the shell.
			"unknown variable",
			"tree ${NOPE}/keymaps /k\n",
			[]Line{{1, "tree", []string{"/keymaps", "/k"}}},
		},
		{
			// A variable whose value is empty must not leave an empty field.
			"variable as a whole argument",
			"modules ${EMPTY} ext4\n",
			[]Line{{1, "modules", []string{"ext4"}}},
		},
		{
			// [ARCH] lines count for their architectures only; the line
			// numbers stay physical.
			"architecture filter",
			"[arm64] modules sha512_ce\n[amd64] modules aesni_intel\n[arm64,amd64] dir /both\nmodules ext4\n",
			[]Line{{2, "modules", []string{"aesni_intel"}}, {3, "dir", []string{"/both"}}, {4, "modules", []string{"ext4"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parse(t, tt.text, vars)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseContents(%q) =\n%#v\nwant\n%#v", tt.text, got, tt.want)
			}
		})
	}
}

// A malformed architecture filter is an error, not a silently skipped
// line.
func TestParseContentsBadArch(t *testing.T) {
	for _, text := range []string{"[] dir /a\n", "[arm64 dir /a\n"} {
		if _, err := ParseContents(strings.NewReader(text), map[string]string{"ARCH": "arm64"}); err == nil {
			t.Errorf("ParseContents(%q): no error", text)
		}
	}
}

func dirEntry(p string, mode uint32) Entry {
	return Entry{Path: p, Kind: KindDir, Mode: mode, Part: PartRest}
}

// TestApplyVerbs checks the entries each verb makes, all of them: implicit
// parent directories included, so that stray entries are caught too.
func TestApplyVerbs(t *testing.T) {
	root := t.TempDir() // the repository: relative sources
	host := t.TempDir() // the host: absolute sources
	b2c := writeFile(t, root, "out/b2c", "B2C", 0o755)
	conf := writeFile(t, root, "etc/conf", "conf", 0o600)
	cert := writeFile(t, host, "etc/ssl/cert.pem", "cert", 0o644)
	bTxt := writeFile(t, root, "tree/a/b.txt", "b", 0o644)
	runSh := writeFile(t, root, "tree/run.sh", "#!/bin/sh\n", 0o755)
	if err := os.Symlink("a/b.txt", filepath.Join(root, "tree/lnk")); err != nil {
		t.Fatal(err)
	}
	o := Options{Root: root, HostRoot: host}

	tests := []struct {
		name string
		text string
		want []Entry
	}{
		{"dir default mode", "dir /run", []Entry{dirEntry("/run", 0o755)}},
		{"dir mode", "dir /proc 0555", []Entry{dirEntry("/proc", 0o555)}},
		{"dir sticky", "dir /var/tmp 01777", []Entry{dirEntry("/var", 0o755), dirEntry("/var/tmp", 0o1777)}},
		{
			// An explicit dir after an implicit parent sets its mode.
			"dir after implicit parent",
			"link /root/x y\ndir /root 0700",
			[]Entry{dirEntry("/root", 0o700), {Path: "/root/x", Kind: KindLink, Target: "y", Part: PartRest}},
		},
		{
			"binary keeps source mode",
			"binary ${OUT}/b2c /bin/b2c",
			[]Entry{dirEntry("/bin", 0o755), {Path: "/bin/b2c", Kind: KindFile, Mode: 0o755, Source: b2c, Part: PartBinary}},
		},
		{
			"binary mode",
			"binary out/b2c /bin/b2c 0700",
			[]Entry{dirEntry("/bin", 0o755), {Path: "/bin/b2c", Kind: KindFile, Mode: 0o700, Source: b2c, Part: PartBinary}},
		},
		{
			"file relative to the repository",
			"file etc/conf /etc/conf",
			[]Entry{dirEntry("/etc", 0o755), {Path: "/etc/conf", Kind: KindFile, Mode: 0o600, Source: conf, Part: PartRest}},
		},
		{
			"file absolute on the host",
			"file /etc/ssl/cert.pem /etc/ssl/certs/ca.crt 0644",
			[]Entry{
				dirEntry("/etc", 0o755), dirEntry("/etc/ssl", 0o755), dirEntry("/etc/ssl/certs", 0o755),
				{Path: "/etc/ssl/certs/ca.crt", Kind: KindFile, Mode: 0o644, Source: cert, Part: PartRest},
			},
		},
		{
			"link",
			"link /init /bin/b2c\nlink /bin/podman b2c",
			[]Entry{
				{Path: "/init", Kind: KindLink, Target: "/bin/b2c", Part: PartRest},
				dirEntry("/bin", 0o755),
				{Path: "/bin/podman", Kind: KindLink, Target: "b2c", Part: PartRest},
			},
		},
		{
			"dev",
			"dev /dev/console c 5 1\ndev /dev/null c 1 3 0666",
			[]Entry{
				dirEntry("/dev", 0o755),
				{Path: "/dev/console", Kind: KindCharDev, Major: 5, Minor: 1, Mode: 0o600, Part: PartRest},
				{Path: "/dev/null", Kind: KindCharDev, Major: 1, Minor: 3, Mode: 0o666, Part: PartRest},
			},
		},
		{
			"tree",
			"tree tree /usr/share/x",
			[]Entry{
				dirEntry("/usr", 0o755), dirEntry("/usr/share", 0o755),
				dirEntry("/usr/share/x", 0o755), dirEntry("/usr/share/x/a", 0o755),
				{Path: "/usr/share/x/a/b.txt", Kind: KindFile, Mode: 0o644, Source: bTxt, Part: PartRest},
				{Path: "/usr/share/x/run.sh", Kind: KindFile, Mode: 0o755, Source: runSh, Part: PartRest},
				// Symbolic links are kept as links, not followed.
				{Path: "/usr/share/x/lnk", Kind: KindLink, Target: "a/b.txt", Part: PartRest},
			},
		},
		{
			// A directory never replaces a link (or a file) already there.
			"dir does not replace a link",
			"link /lib usr/lib\ndir /lib 0700",
			[]Entry{{Path: "/lib", Kind: KindLink, Target: "usr/lib", Part: PartRest}},
		},
		{
			// A later line replaces an earlier one at the same path.
			"last entry wins",
			"file etc/conf /etc/x\nlink /etc/x conf",
			[]Entry{dirEntry("/etc", 0o755), {Path: "/etc/x", Kind: KindLink, Target: "conf", Part: PartRest}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im := build(t, tt.text, map[string]string{"OUT": "out"}, o)
			want := map[string]*Entry{}
			for i := range tt.want {
				want[tt.want[i].Path] = &tt.want[i]
			}
			for p, e := range im.Entries {
				if w, ok := want[p]; !ok {
					t.Errorf("unexpected entry %+v", *e)
				} else if !reflect.DeepEqual(*e, *w) {
					t.Errorf("entry %s = %+v, want %+v", p, *e, *w)
				}
			}
			for p := range want {
				if _, ok := im.Entries[p]; !ok {
					t.Errorf("missing entry %s", p)
				}
			}
		})
	}
}

func TestApplyErrors(t *testing.T) {
	root := t.TempDir()
	writeFile(t, root, "f", "x", 0o644)
	o := Options{Root: root, HostRoot: root}
	tests := []struct {
		text string
		line int
		verb string
		want string // in the message
	}{
		{"frobnicate /x", 1, "frobnicate", `unknown verb "frobnicate"`},
		{"dir /a\n# comment\n\nDir /b", 4, "Dir", "unknown verb"},
		{"dir", 1, "dir", "takes 1 to 2 arguments, got 0"},
		{"dir /ok\ndir /a 0755 extra", 2, "dir", "got 3"},
		{"dir /a 9z", 1, "dir", "not octal"},
		{"file f", 1, "file", "takes 2 to 3 arguments, got 1"},
		{"file f /f 0644 x", 1, "file", "got 4"},
		{"file f /f 0888", 1, "file", "not octal"},
		{"binary f", 1, "binary", "takes 2 to 3"},
		{"link /a", 1, "link", "takes 2 to 2 arguments, got 1"},
		{"link /a b c", 1, "link", "got 3"},
		{"dev /dev/x c 1", 1, "dev", "usage"},
		{"dev /dev/x c 1 2 0600 x", 1, "dev", "usage"},
		{"dev /dev/sda b 8 0", 1, "dev", "usage"}, // only character devices
		{"dev /dev/x c one 2", 1, "dev", "bad device numbers"},
		{"dev /dev/x c 1 -2", 1, "dev", "bad device numbers"},
		{"dev /dev/x c 1 2 0999", 1, "dev", "bad device numbers or mode"},
		{"elf", 1, "elf", "usage: elf PATH"},
		{"elf /a /b", 1, "elf", "want LIBRARY=SRC"},
		{"program /a", 1, "program", "usage: elf PATH"},
		{"elf /f", 1, "elf", "/f"}, // not an ELF file
		{"tree /", 1, "tree", "takes 2 to 2"},
		{"tree a b c", 1, "tree", "takes 2 to 2"},
		{"tree missing /x", 1, "tree", "no such file"},
		{"file missing /x", 1, "file", "no such file"},
		{"\n\nmodules ext4", 3, "modules", "no module directory"},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.text, "\n", `\n`), func(t *testing.T) {
			err := Apply(NewImage(), parse(t, tt.text, nil), o)
			if err == nil {
				t.Fatalf("no error")
			}
			prefix := fmt.Sprintf("contents line %d (%s): ", tt.line, tt.verb)
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want %q...%q", err, prefix, tt.want)
			}
		})
	}
	// A missing source stays recognisable for callers.
	err := Apply(NewImage(), parse(t, "file missing /x", nil), o)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v does not wrap fs.ErrNotExist", err)
	}
}

func TestImageAdd(t *testing.T) {
	im := NewImage()
	im.Add(Entry{Path: "a//b/../c/d", Kind: KindFile, Mode: 0o644, Data: []byte("1")})
	for _, p := range []string{"/a", "/a/c"} {
		if e := im.Entries[p]; e == nil || e.Kind != KindDir || e.Mode != 0o755 {
			t.Errorf("implicit parent %s = %+v, want a 0755 directory", p, e)
		}
	}
	if e := im.Entries["/a/c/d"]; e == nil || string(e.Data) != "1" {
		t.Fatalf("path not cleaned: entries %v", im.Entries)
	}
	if len(im.Entries) != 3 {
		t.Errorf("%d entries, want 3", len(im.Entries))
	}

	// The doc of Add: a directory never replaces anything (a later `dir`
	// or `tree` must not turn a file or a link into an empty directory).
	im.Add(Entry{Path: "/l", Kind: KindLink, Target: "a"})
	im.Add(Entry{Path: "/l", Kind: KindDir, Mode: 0o700})
	if e := im.Entries["/l"]; e.Kind != KindLink || e.Target != "a" {
		t.Errorf("dir replaced link: %+v", e)
	}
	im.Add(Entry{Path: "/a/c/d", Kind: KindDir, Mode: 0o700})
	if e := im.Entries["/a/c/d"]; e.Kind != KindFile || string(e.Data) != "1" {
		t.Errorf("dir replaced file: %+v", e)
	}
	// ...but a directory's mode is updated by a later one.
	im.Add(Entry{Path: "/a", Kind: KindDir, Mode: 0o711})
	if e := im.Entries["/a"]; e.Kind != KindDir || e.Mode != 0o711 {
		t.Errorf("dir mode not updated: %+v", e)
	}
	// A file replaces a file.
	im.Add(Entry{Path: "/a/c/d", Kind: KindFile, Mode: 0o600, Data: []byte("2")})
	if e := im.Entries["/a/c/d"]; string(e.Data) != "2" || e.Mode != 0o600 {
		t.Errorf("file not replaced: %+v", e)
	}
}

// TestRealContents applies each line of the shipped contents.txt on its
// own, so that a typo in a verb, an argument count or a mode is caught
// even though the build outputs (b2c, keymaps) and host programs are
// absent here: only errors about missing files are allowed.
func TestRealContents(t *testing.T) {
	f, err := os.Open("contents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []Line
	for _, arch := range []string{"amd64", "arm64"} {
		f.Seek(0, 0)
		l, err := ParseContents(f, map[string]string{"KERNEL_VERSION": "", "MODULES_DIR": "", "OUT": "out", "ARCH": arch})
		if err != nil {
			t.Fatal(err)
		}
		if len(l) < 10 {
			t.Fatalf("%s: only %d lines parsed", arch, len(l))
		}
		lines = append(lines, l...)
	}
	syntax := regexp.MustCompile(`unknown verb|takes \d+ to \d+ arguments|usage:|not octal|bad device`)
	o := Options{Root: "..", HostRoot: "/"}
	for _, l := range lines {
		err := Apply(NewImage(), []Line{l}, o)
		if err != nil && syntax.MatchString(err.Error()) {
			t.Errorf("%v", err)
		}
	}
}

package initramfs

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/u-root/u-root/pkg/cpio"

	"github.com/b2c-project/b2c/test/need"
)

const epoch = 1700000000 // SOURCE_DATE_EPOCH of the tests

// smallContents exercises every verb. /bin/true is on every Debian host.
const smallContents = `# a small initramfs
binary ${OUT}/b2c /bin/b2c 0755
link /init /bin/b2c
link /bin/podman b2c
dir /dev
dev /dev/console c 5 1 0600
dev /dev/null c 1 3 0666
dir /proc 0555
dir /tmp 01777
elf /bin/true
file etc/conf /etc/conf 0644
tree rootfs/etc /etc
tree ${OUT}/keymaps /usr/share/b2c/keymaps
modules ext4
`

// fixture lays out the sources of smallContents in a new directory. The
// order of creation and the host mtimes differ with variant, so that two
// fixtures are equal in content only.
func fixture(t *testing.T, variant int) (root string, o Options) {
	t.Helper()
	root = t.TempDir()
	files := []struct{ rel, content string }{
		{"out/b2c", "\x7fELF pretend b2c"},
		{"etc/conf", "key=value\n"},
		{"rootfs/etc/hosts", "127.0.0.1 localhost\n"},
		{"rootfs/etc/containers/policy.json", "{}\n"},
		{"rootfs/etc/containers/registries.conf.d/50-lab.conf", "# lab\n"},
		{"out/keymaps/fr.map", "keymap fr"},
		{"out/keymaps/us.map", "keymap us"},
	}
	if variant%2 == 1 {
		for i, j := 0, len(files)-1; i < j; i, j = i+1, j-1 {
			files[i], files[j] = files[j], files[i]
		}
	}
	mtime := time.Unix(int64(1e9+variant*12345), 0)
	for _, f := range files {
		p := writeFile(t, root, f.rel, f.content, 0o644)
		if f.rel == "out/b2c" {
			os.Chmod(p, 0o755)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("../run/resolv.conf", filepath.Join(root, "rootfs/etc/resolv.conf")); err != nil {
		t.Fatal(err)
	}
	return root, Options{Root: root, HostRoot: "/", ModulesDir: fakeModules(t), KernelVer: "6.1.0-test"}
}

func buildCpio(t *testing.T, o Options, mtime int64) ([]byte, Sizes, *Image) {
	t.Helper()
	if _, err := os.Stat("/bin/true"); err != nil {
		need.Missing(t, "no /bin/true")
	}
	vars := map[string]string{"OUT": "out", "KERNEL_VERSION": o.KernelVer, "MODULES_DIR": o.ModulesDir}
	im := build(t, smallContents, vars, o)
	var buf bytes.Buffer
	sizes, err := WriteCpio(&buf, im, mtime)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), sizes, im
}

func readRecords(t *testing.T, b []byte) []cpio.Record {
	t.Helper()
	// The reader stops at the trailer, or at the end of the data: check
	// the trailer is there, last (a 110-byte header, the name, padding).
	const trailerLen = 124
	if len(b) < trailerLen || !bytes.HasPrefix(b[len(b)-trailerLen:], []byte("070701")) ||
		string(b[len(b)-trailerLen+110:]) != cpio.Trailer+"\x00\x00\x00\x00" {
		t.Fatalf("archive does not end with a trailer")
	}
	recs, err := cpio.ReadAllRecords(cpio.Newc.Reader(bytes.NewReader(b)))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func content(t *testing.T, r cpio.Record) []byte {
	t.Helper()
	b, err := io.ReadAll(io.NewSectionReader(r.ReaderAt, 0, int64(r.FileSize)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReproducible(t *testing.T) {
	_, o1 := fixture(t, 0)
	_, o2 := fixture(t, 1)
	a, sa, _ := buildCpio(t, o1, epoch)
	b, sb, _ := buildCpio(t, o2, epoch)
	if !bytes.Equal(a, b) {
		t.Fatalf("two builds differ (%d and %d bytes)", len(a), len(b))
	}
	for p, n := range sa {
		if sb[p] != n {
			t.Errorf("size of %s: %d and %d", p, n, sb[p])
		}
	}
	// The epoch is what makes it reproducible: another one, other bytes.
	if c, _, _ := buildCpio(t, o1, epoch+1); bytes.Equal(a, c) {
		t.Errorf("mtime does not reach the archive")
	}

	for _, m := range []struct {
		method string
		unpack []string
	}{
		{"xz", []string{"xz", "-dc"}},
		{"zstd", []string{"zstd", "-dc"}},
		{"gzip", []string{"gzip", "-dc"}},
	} {
		t.Run(m.method, func(t *testing.T) {
			if _, err := exec.LookPath(m.method); err != nil {
				need.Missing(t, "%s is not installed", m.method)
			}
			ca, err := Compress(a, m.method, "amd64")
			if err != nil {
				t.Fatal(err)
			}
			cb, err := Compress(b, m.method, "amd64")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(ca, cb) {
				t.Errorf("two compressions differ")
			}
			cmd := exec.Command(m.unpack[0], m.unpack[1:]...)
			cmd.Stdin = bytes.NewReader(ca)
			out, err := cmd.Output()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, a) {
				t.Errorf("does not decompress to the archive")
			}
			switch m.method {
			case "xz":
				// Stream flags after the 6-byte magic: the kernel's
				// decoder supports CRC32 (0x01), not xz's default CRC64.
				if len(ca) < 8 || ca[7] != 0x01 {
					t.Errorf("xz check type %#x, want CRC32", ca[7])
				}
				// amd64's kernel unpacks the x86 branch filter; arm64's
				// (6.1) has no ARM64 one.
				for arch, want := range map[string]string{"amd64": "--x86 --lzma2=", "arm64": "--lzma2="} {
					c, err := Compress(a, "xz", arch)
					if err != nil {
						t.Fatal(err)
					}
					f := filepath.Join(t.TempDir(), "a.xz")
					os.WriteFile(f, c, 0o644)
					out, err := exec.Command("xz", "--robot", "-lvv", f).Output()
					if err != nil {
						t.Fatal(err)
					}
					var chain string
					for _, l := range strings.Split(string(out), "\n") {
						if fs := strings.Split(l, "\t"); len(fs) > 1 && fs[0] == "block" {
							chain = fs[len(fs)-1]
						}
					}
					if !strings.HasPrefix(chain, want) {
						t.Errorf("%s: xz filter chain %q, want it to start with %q", arch, chain, want)
					}
				}
			case "gzip":
				// No name (FNAME flag) and no timestamp in the header.
				if ca[3]&0x08 != 0 || !bytes.Equal(ca[4:8], []byte{0, 0, 0, 0}) {
					t.Errorf("gzip header carries a name or mtime: % x", ca[:10])
				}
			}
		})
	}
}

func TestCompress(t *testing.T) {
	data := []byte("data")
	for _, m := range []string{"", "none"} {
		if got, err := Compress(data, m, "amd64"); err != nil || !bytes.Equal(got, data) {
			t.Errorf("Compress(%q) = %q, %v", m, got, err)
		}
	}
	if _, err := Compress(data, "lz4", "amd64"); err == nil || !strings.Contains(err.Error(), "lz4") {
		t.Errorf("unknown method: err = %v", err)
	}
}

// TestCpioLayout reads the archive back and checks what the kernel relies
// on and what makes it reproducible.
func TestCpioLayout(t *testing.T) {
	root, o := fixture(t, 0)
	a, sizes, im := buildCpio(t, o, epoch)
	recs := readRecords(t, a)
	if len(recs) != len(im.Entries) {
		t.Errorf("%d records for %d entries", len(recs), len(im.Entries))
	}
	byName := map[string]cpio.Record{}
	dirs := map[string]bool{}
	var fileBytes int64
	for i, r := range recs {
		if i > 0 && recs[i-1].Name >= r.Name {
			t.Errorf("records not sorted: %q then %q", recs[i-1].Name, r.Name)
		}
		if r.MTime != epoch || r.UID != 0 || r.GID != 0 {
			t.Errorf("%s: mtime %d uid %d gid %d", r.Name, r.MTime, r.UID, r.GID)
		}
		if r.Ino != uint64(i+1) {
			t.Errorf("%s: inode %d, want %d", r.Name, r.Ino, i+1)
		}
		// The kernel does not create missing parents.
		if d := path.Dir(r.Name); d != "." && !dirs[d] {
			t.Errorf("%s comes before its directory %s", r.Name, d)
		}
		nlink := uint64(1) // no hard links: each file is its own inode
		if r.Mode&cpio.S_IFMT == cpio.S_IFDIR {
			dirs[r.Name] = true
			nlink = 2
		}
		if r.NLink != nlink {
			t.Errorf("%s: nlink %d, want %d", r.Name, r.NLink, nlink)
		}
		e := im.Entries["/"+r.Name]
		if e == nil {
			t.Errorf("record %s is not an entry", r.Name)
			continue
		}
		if r.Mode&cpio.S_IFMT == cpio.S_IFREG {
			want := e.Data
			if want == nil {
				var err error
				if want, err = os.ReadFile(e.Source); err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(content(t, r), want) {
				t.Errorf("%s: content differs from %s", r.Name, e.Source)
			}
			fileBytes += int64(len(want))
		}
		byName[r.Name] = r
	}

	check := func(name string, mode uint64) cpio.Record {
		t.Helper()
		r, ok := byName[name]
		if !ok {
			t.Errorf("%s missing", name)
		} else if r.Mode != mode {
			t.Errorf("%s: mode %o, want %o", name, r.Mode, mode)
		}
		return r
	}
	check("bin", cpio.S_IFDIR|0o755)
	check("bin/b2c", cpio.S_IFREG|0o755)
	check("proc", cpio.S_IFDIR|0o555)
	check("tmp", cpio.S_IFDIR|0o1777)
	check("etc/conf", cpio.S_IFREG|0o644)
	check("etc/containers/registries.conf.d/50-lab.conf", cpio.S_IFREG|0o644)
	check("usr/share/b2c/keymaps/us.map", cpio.S_IFREG|0o644)
	if r := check("dev/console", cpio.S_IFCHR|0o600); r.Rmajor != 5 || r.Rminor != 1 {
		t.Errorf("dev/console is %d:%d", r.Rmajor, r.Rminor)
	}
	if r := check("dev/null", cpio.S_IFCHR|0o666); r.Rmajor != 1 || r.Rminor != 3 {
		t.Errorf("dev/null is %d:%d", r.Rmajor, r.Rminor)
	}
	for name, target := range map[string]string{
		"init":            "/bin/b2c",
		"bin/podman":      "b2c",
		"etc/resolv.conf": "../run/resolv.conf",
	} {
		if r := check(name, cpio.S_IFLNK|0o777); string(content(t, r)) != target {
			t.Errorf("%s -> %q, want %q", name, content(t, r), target)
		}
	}
	if r := byName["bin/true"]; r.Mode&cpio.S_IFMT != cpio.S_IFREG || r.FileSize == 0 {
		t.Errorf("bin/true: %v", r.Info)
	}
	deps, err := ELFDeps("/", "/bin/true")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deps {
		// Links such as /lib64/ld-linux-x86-64.so.2 become the file.
		if r, ok := byName[d[1:]]; !ok || r.Mode&cpio.S_IFMT != cpio.S_IFREG {
			t.Errorf("library %s missing or not a regular file", d)
		}
	}
	for _, m := range []string{"kernel/fs/ext4/ext4.ko", "kernel/fs/jbd2/jbd2.ko", "modules.dep", "modules.alias"} {
		check("lib/modules/6.1.0-test/"+m, cpio.S_IFREG|0o644)
	}

	// The size report adds up to the file contents, and the b2c binary
	// is counted alone.
	var total int64
	for _, n := range sizes {
		total += n
	}
	if total != fileBytes {
		t.Errorf("sizes add up to %d, files hold %d", total, fileBytes)
	}
	if b2c, _ := os.ReadFile(filepath.Join(root, "out/b2c")); sizes[PartBinary] != int64(len(b2c)) {
		t.Errorf("binary size %d, want %d", sizes[PartBinary], len(b2c))
	}
	if sizes[PartHelpers] == 0 || sizes[PartModules] == 0 || sizes[PartRest] == 0 {
		t.Errorf("sizes %v", sizes)
	}

	// The package's own reader agrees.
	if got, err := ReadCpio(a); err != nil || len(got) != len(recs) {
		t.Errorf("ReadCpio: %d records, %v", len(got), err)
	}
}

// TestMkinitramfs runs the command as make does, twice with outputs in
// different directories (so ${OUT} differs) and SOURCE_DATE_EPOCH set:
// the archives must be identical and carry the epoch.
func TestMkinitramfs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		need.Missing(t, "no go tool")
	}
	if _, err := os.Stat("/bin/true"); err != nil {
		need.Missing(t, "no /bin/true")
	}
	bin := filepath.Join(t.TempDir(), "mkinitramfs")
	if out, err := exec.Command(goTool, "build", "-o", bin, "./cmd/mkinitramfs").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root, o := fixture(t, 0)
	// The command finds ${OUT}/b2c and ${OUT}/keymaps next to its output.
	for _, f := range []string{"b2c", "keymaps/fr.map", "keymaps/us.map"} {
		b, err := os.ReadFile(filepath.Join(root, "out", f))
		if err != nil {
			t.Fatal(err)
		}
		perm := os.FileMode(0o644)
		if f == "b2c" {
			perm = 0o755
		}
		writeFile(t, root, "out2/"+f, string(b), perm)
	}
	writeFile(t, root, "contents.txt", smallContents, 0o644)
	run := func(out string) []byte {
		cmd := exec.Command(bin, "-contents", "contents.txt", "-o", out, "-compress", "none", "-modules-dir", o.ModulesDir)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000", "KERNEL_VERSION=6.1.0-test")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", cmd.Args, err, b)
		}
		b, err := os.ReadFile(filepath.Join(root, out))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a := run("out/initramfs.cpio")
	b := run("out2/initramfs.cpio")
	if !bytes.Equal(a, b) {
		t.Fatalf("two runs differ")
	}
	want, _, _ := buildCpio(t, o, epoch)
	if !bytes.Equal(a, want) {
		t.Errorf("the command's archive differs from the library's")
	}
	var names []string
	for _, r := range readRecords(t, a) {
		if r.MTime != epoch {
			t.Errorf("%s: mtime %d", r.Name, r.MTime)
		}
		names = append(names, r.Name)
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("not sorted: %v", names)
	}
}

// TestWriteTree: the payload's tree holds what the archive holds, with the
// same modes and links; device nodes become mksquashfs pseudo definitions.
func TestWriteTree(t *testing.T) {
	_, o := fixture(t, 0)
	b, _, im := buildCpio(t, o, epoch)
	dir := filepath.Join(t.TempDir(), "tree")
	pseudo, err := WriteTree(dir, im)
	if err != nil {
		t.Fatal(err)
	}
	devs := 0
	for _, r := range readRecords(t, b) {
		p := filepath.Join(dir, r.Name)
		fi, err := os.Lstat(p)
		switch r.Mode & cpio.S_IFMT {
		case cpio.S_IFCHR:
			devs++
			want := fmt.Sprintf("/%s c %04o 0 0 %d %d", r.Name, r.Mode&0o7777, r.Rmajor, r.Rminor)
			if !slices.Contains(pseudo, want) {
				t.Errorf("no pseudo definition %q in %q", want, pseudo)
			}
			continue
		case cpio.S_IFLNK:
			got, _ := os.Readlink(p)
			if want := string(content(t, r)); got != want {
				t.Errorf("%s -> %q, want %q", r.Name, got, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", r.Name, err)
			continue
		}
		st := fi.Sys().(*syscall.Stat_t)
		if uint64(st.Mode) != r.Mode {
			t.Errorf("%s: mode %o, want %o", r.Name, st.Mode, r.Mode)
		}
		if r.Mode&cpio.S_IFMT == cpio.S_IFREG {
			if got, _ := os.ReadFile(p); !bytes.Equal(got, content(t, r)) {
				t.Errorf("%s: content differs", r.Name)
			}
		}
	}
	if devs == 0 || len(pseudo) != devs {
		t.Errorf("%d device nodes, %d pseudo definitions", devs, len(pseudo))
	}
}

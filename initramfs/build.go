package initramfs

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
	"github.com/u-root/u-root/pkg/cpio"
)

// Options says where the builder finds things.
type Options struct {
	Root     string // the repository: relative sources are read from here
	HostRoot string // "/" normally; tests point it elsewhere
	// SysRoot is where `elf` programs and their libraries are taken
	// from: HostRoot when empty, a foreign architecture's root
	// (hack/sysroot.sh) when cross-building.
	SysRoot    string
	ModulesDir string // e.g. /lib/modules/6.1.0-26-amd64
	KernelVer  string
}

// Apply carries out the contents lines into im.
func Apply(im *Image, lines []Line, o Options) error {
	for _, l := range lines {
		if err := applyLine(im, l, o); err != nil {
			return fmt.Errorf("contents line %d (%s): %w", l.Num, l.Verb, err)
		}
	}
	return nil
}

func (o Options) src(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Join(o.HostRoot, p)
	}
	return filepath.Join(o.Root, p)
}

func argc(l Line, min, max int) error {
	if len(l.Args) < min || len(l.Args) > max {
		return fmt.Errorf("takes %d to %d arguments, got %d", min, max, len(l.Args))
	}
	return nil
}

func applyLine(im *Image, l Line, o Options) error {
	a := l.Args
	switch l.Verb {
	case "dir":
		if err := argc(l, 1, 2); err != nil {
			return err
		}
		m, err := parseMode(at(a, 1), 0o755)
		if err != nil {
			return err
		}
		im.Add(Entry{Path: a[0], Kind: KindDir, Mode: m, Part: PartRest})
	case "binary", "file":
		if err := argc(l, 2, 3); err != nil {
			return err
		}
		st, err := os.Stat(o.src(a[0]))
		if err != nil {
			return err
		}
		m, err := parseMode(at(a, 2), uint32(st.Mode().Perm()))
		if err != nil {
			return err
		}
		part := PartRest
		if l.Verb == "binary" {
			part = PartBinary
		}
		im.Add(Entry{Path: a[1], Kind: KindFile, Mode: m, Source: o.src(a[0]), Part: part})
	case "link":
		if err := argc(l, 2, 2); err != nil {
			return err
		}
		im.Add(Entry{Path: a[0], Kind: KindLink, Target: a[1], Part: PartRest})
	case "dev":
		if err := argc(l, 4, 5); err != nil || a[1] != "c" {
			return fmt.Errorf("usage: dev PATH c MAJOR MINOR [MODE]")
		}
		maj, err1 := strconv.ParseUint(a[2], 10, 32)
		min, err2 := strconv.ParseUint(a[3], 10, 32)
		m, err3 := parseMode(at(a, 4), 0o600)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("bad device numbers or mode")
		}
		im.Add(Entry{Path: a[0], Kind: KindCharDev, Major: uint32(maj), Minor: uint32(min), Mode: m, Part: PartRest})
	case "elf", "program":
		// elf PATH [LIB=SRC]...: PATH in the target root; program SRC DEST:
		// a program built here, installed as DEST.
		if len(a) < 1 || (l.Verb == "program" && len(a) != 2) {
			return fmt.Errorf("usage: elf PATH [LIBRARY=SRC]... or program SRC DEST")
		}
		root := o.SysRoot
		if root == "" {
			root = o.HostRoot
		}
		bin, subst := a[0], map[string]string{}
		if l.Verb == "program" {
			bin = a[1]
			subst[bin] = o.src(a[0])
		} else {
			for _, kv := range a[1:] {
				lib, s, ok := strings.Cut(kv, "=")
				if !ok || lib == "" || s == "" || strings.Contains(lib, "/") {
					return fmt.Errorf("elf %s: %q: want LIBRARY=SRC", bin, kv)
				}
				subst[lib] = o.src(s)
			}
		}
		deps, srcs, err := ELFDepsSubst(root, bin, subst)
		if err != nil {
			return err
		}
		for lib := range subst {
			if lib != bin && !slices.ContainsFunc(deps, func(d string) bool { return path.Base(d) == lib }) {
				return fmt.Errorf("elf %s: %s stands in for a library the program does not load", bin, lib)
			}
		}
		if err := CheckStandIns(root, bin, deps, srcs); err != nil {
			return fmt.Errorf("elf %s: %w", bin, err)
		}
		for _, p := range append([]string{bin}, deps...) {
			file := filepath.Join(root, p)
			if s, ok := srcs[p]; ok {
				file = s
			}
			st, err := os.Stat(file) // follows links: copy the real file
			if err != nil {
				return err
			}
			im.Add(Entry{Path: p, Kind: KindFile, Mode: uint32(st.Mode().Perm()), Source: file, Part: PartHelpers})
		}
	case "tree":
		if err := argc(l, 2, 2); err != nil {
			return err
		}
		root := o.src(a[0])
		return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			dest := path.Join(a[1], filepath.ToSlash(rel))
			info, err := d.Info()
			if err != nil {
				return err
			}
			switch {
			case d.IsDir():
				im.Add(Entry{Path: dest, Kind: KindDir, Mode: 0o755, Part: PartRest})
			case d.Type()&fs.ModeSymlink != 0:
				t, err := os.Readlink(p)
				if err != nil {
					return err
				}
				im.Add(Entry{Path: dest, Kind: KindLink, Target: t, Part: PartRest})
			default:
				im.Add(Entry{Path: dest, Kind: KindFile, Mode: uint32(info.Mode().Perm()), Source: p, Part: PartRest})
			}
			return nil
		})
	case "modules":
		if o.ModulesDir == "" {
			return fmt.Errorf("no module directory (set -modules-dir or KERNEL_VERSION)")
		}
		x, err := modindex.Load(os.DirFS(o.ModulesDir))
		if err != nil {
			return fmt.Errorf("module index of %s: %w", o.ModulesDir, err)
		}
		mods, err := moduleClosure(x, a)
		if err != nil {
			return fmt.Errorf("%s: %w", o.ModulesDir, err)
		}
		base := path.Join("/lib/modules", o.KernelVer)
		for _, m := range mods {
			p := x.Paths[m]
			im.Add(Entry{Path: path.Join(base, p), Kind: KindFile, Mode: 0o644, Source: filepath.Join(o.ModulesDir, p), Part: PartModules})
			im.Modules[m] = true
		}
		all := make([]string, 0, len(im.Modules))
		for m := range im.Modules {
			all = append(all, m)
		}
		sort.Strings(all)
		for name, data := range moduleIndex(x, o.ModulesDir, all) {
			im.Add(Entry{Path: path.Join(base, name), Kind: KindFile, Mode: 0o644, Data: data, Part: PartModules})
		}
	default:
		return fmt.Errorf("unknown verb %q", l.Verb)
	}
	return nil
}

func at(a []string, i int) string {
	if i < len(a) {
		return a[i]
	}
	return ""
}

// Sizes is the uncompressed size of each part.
type Sizes map[Part]int64

// WriteCpio writes the image as a newc archive: entries sorted by path,
// inode numbers in that order, owner root, every mtime set to mtime, so
// that the same inputs give the same bytes.
func WriteCpio(w io.Writer, im *Image, mtime int64) (Sizes, error) {
	paths := make([]string, 0, len(im.Entries))
	for p := range im.Entries {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	sizes := Sizes{}
	rw := cpio.Newc.Writer(w)
	for i, p := range paths {
		e := im.Entries[p]
		var r cpio.Record
		switch e.Kind {
		case KindDir:
			r = cpio.Directory(p[1:], uint64(e.Mode))
		case KindLink:
			r = cpio.Symlink(p[1:], e.Target)
		case KindCharDev:
			r = cpio.CharDev(p[1:], uint64(e.Mode), uint64(e.Major), uint64(e.Minor))
		case KindFile:
			data := e.Data
			if data == nil {
				var err error
				if data, err = os.ReadFile(e.Source); err != nil {
					return nil, err
				}
			}
			r = cpio.StaticRecord(data, cpio.Info{Name: p[1:], Mode: cpio.S_IFREG | uint64(e.Mode)})
			sizes[e.Part] += int64(len(data))
		}
		r.Ino = uint64(i + 1)
		r.MTime = uint64(mtime)
		r.NLink = 1
		if e.Kind == KindDir {
			r.NLink = 2
		}
		if err := rw.WriteRecord(r); err != nil {
			return nil, err
		}
	}
	return sizes, cpio.WriteTrailer(rw)
}

// ReadCpio lists an archive's records (tests and size reports).
func ReadCpio(b []byte) ([]cpio.Record, error) {
	return cpio.ReadAllRecords(cpio.Newc.Reader(bytes.NewReader(b)))
}

// WriteTree writes the image as a directory (for the netboot payload,
// which mksquashfs makes into an image). Device nodes need root to be
// made: they are returned instead, as mksquashfs pseudo definitions
// ("/dev/console c 0600 0 0 5 1").
func WriteTree(dir string, im *Image) (pseudo []string, err error) {
	paths := make([]string, 0, len(im.Entries))
	for p := range im.Entries {
		paths = append(paths, p)
	}
	// Sorted: a directory comes before what it holds.
	sort.Strings(paths)
	for _, p := range paths {
		e := im.Entries[p]
		dst := filepath.Join(dir, p)
		switch e.Kind {
		case KindDir:
			if err := os.MkdirAll(dst, 0o755); err != nil {
				return nil, err
			}
			if err := syscall.Chmod(dst, e.Mode&0o7777); err != nil {
				return nil, err
			}
		case KindLink:
			if err := os.Symlink(e.Target, dst); err != nil {
				return nil, err
			}
		case KindCharDev:
			pseudo = append(pseudo, fmt.Sprintf("%s c %04o 0 0 %d %d", p, e.Mode&0o7777, e.Major, e.Minor))
		case KindFile:
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return nil, err
			}
			data := e.Data
			if data == nil {
				if data, err = os.ReadFile(e.Source); err != nil {
					return nil, err
				}
			}
			if err := os.WriteFile(dst, data, 0o600); err != nil {
				return nil, err
			}
			if err := syscall.Chmod(dst, e.Mode&0o7777); err != nil {
				return nil, err
			}
		}
	}
	return pseudo, nil
}

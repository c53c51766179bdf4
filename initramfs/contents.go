// Package initramfs builds b2c's initramfs from a declarative contents
// file (see contents.txt and docs/initramfs.md) into a reproducible newc
// cpio archive.
package initramfs

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Part names the groups whose sizes are reported.
type Part string

const (
	PartBinary  Part = "b2c binary"
	PartHelpers Part = "C helpers + libs"
	PartModules Part = "kernel modules"
	PartRest    Part = "rest (config, certs, keymaps)"
)

// Kind of an entry.
type Kind int

const (
	KindDir Kind = iota
	KindFile
	KindLink
	KindCharDev
)

// Entry is one file of the archive.
type Entry struct {
	Path   string // absolute path inside the initramfs
	Kind   Kind
	Mode   uint32 // permission bits
	Source string // host file whose content to copy (KindFile), if Data is nil
	Data   []byte // content (KindFile), or nil to read Source
	Target string // KindLink
	Major  uint32 // KindCharDev
	Minor  uint32
	Part   Part
}

// Line is one parsed line of the contents file.
type Line struct {
	Num  int
	Verb string
	Args []string
}

// ParseContents reads the contents file, expanding ${VAR} from vars. A
// line that starts with [ARCH] (or [ARCH1,ARCH2]) is kept only when
// building for one of those architectures (vars["ARCH"]): module names and
// helpers' paths differ between amd64 and arm64.
func ParseContents(r io.Reader, vars map[string]string) ([]Line, error) {
	var out []Line
	s := bufio.NewScanner(r)
	n := 0
	for s.Scan() {
		n++
		l := s.Text()
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		l = os.Expand(l, func(k string) string { return vars[k] })
		f := strings.Fields(l)
		if len(f) > 0 && strings.HasPrefix(f[0], "[") {
			archs, ok := strings.CutSuffix(f[0][1:], "]")
			if !ok || archs == "" {
				return nil, fmt.Errorf("contents line %d: %q: want [ARCH,...]", n, f[0])
			}
			if !slices.Contains(strings.Split(archs, ","), vars["ARCH"]) {
				continue
			}
			f = f[1:]
		}
		if len(f) == 0 {
			continue
		}
		out = append(out, Line{Num: n, Verb: f[0], Args: f[1:]})
	}
	return out, s.Err()
}

// Image is the set of entries being built, by path.
type Image struct {
	Entries map[string]*Entry
	// Modules accumulates every `modules` line: the index files describe
	// all of them.
	Modules map[string]bool
}

// NewImage returns an empty image.
func NewImage() *Image { return &Image{Entries: map[string]*Entry{}, Modules: map[string]bool{}} }

// Add adds e and its missing parent directories. A path added twice keeps
// the last entry, except that a directory never replaces anything.
func (im *Image) Add(e Entry) {
	e.Path = path.Clean("/" + e.Path)
	for d := path.Dir(e.Path); d != "/"; d = path.Dir(d) {
		if _, ok := im.Entries[d]; !ok {
			im.Entries[d] = &Entry{Path: d, Kind: KindDir, Mode: 0o755, Part: PartRest}
		}
	}
	if old, ok := im.Entries[e.Path]; ok && e.Kind == KindDir {
		if old.Kind == KindDir {
			old.Mode = e.Mode
		}
		return
	}
	im.Entries[e.Path] = &e
}

func parseMode(s string, def uint32) (uint32, error) {
	if s == "" {
		return def, nil
	}
	m, err := strconv.ParseUint(s, 8, 32)
	if err != nil {
		return 0, fmt.Errorf("mode %q is not octal", s)
	}
	return uint32(m), nil
}

// Package keymap loads a console keymap (b2c.keymap). Maps are shipped in
// the binary format `loadkeys -b` writes (made at build time by
// hack/keymaps.sh), so that the initramfs needs neither loadkeys nor the
// keymap sources.
package keymap

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Dir is where the initramfs keeps the binary keymaps.
var Dir = "/usr/share/b2c/keymaps"

const (
	magic      = "bkeymap"
	maxKeymaps = 256 // MAX_NR_KEYMAPS
	nrKeys     = 128 // NR_KEYS
	kdskbent   = 0x4B47
)

// Entry is one key of one table.
type Entry struct {
	Table, Index uint8
	Value        uint16
}

// Parse decodes a `loadkeys -b` binary keymap.
func Parse(b []byte) ([]Entry, error) {
	if len(b) < len(magic)+maxKeymaps || string(b[:len(magic)]) != magic {
		return nil, errors.New("not a binary keymap (loadkeys -b)")
	}
	flags := b[len(magic) : len(magic)+maxKeymaps]
	rest := b[len(magic)+maxKeymaps:]
	var out []Entry
	for t, on := range flags {
		if on == 0 {
			continue
		}
		if len(rest) < 2*nrKeys {
			return nil, errors.New("truncated binary keymap")
		}
		for k := 0; k < nrKeys; k++ {
			out = append(out, Entry{uint8(t), uint8(k), binary.LittleEndian.Uint16(rest[2*k:])})
		}
		rest = rest[2*nrKeys:]
	}
	return out, nil
}

var validName = regexp.MustCompile(`^[A-Za-z0-9_.+-]+$`)

// Load loads the keymap called name on the console.
func Load(name string) error {
	if !validName.MatchString(name) {
		return fmt.Errorf("invalid keymap name %q", name)
	}
	b, err := os.ReadFile(filepath.Join(Dir, name+".bmap"))
	if err != nil {
		avail, _ := filepath.Glob(filepath.Join(Dir, "*.bmap"))
		var names []string
		for _, a := range avail {
			names = append(names, filepath.Base(a[:len(a)-5]))
		}
		return fmt.Errorf("no keymap %q in the initramfs (available: %v)", name, names)
	}
	es, err := Parse(b)
	if err != nil {
		return err
	}
	f, err := os.OpenFile("/dev/tty0", os.O_RDWR, 0)
	if err != nil {
		f, err = os.OpenFile("/dev/console", os.O_RDWR, 0)
		if err != nil {
			return err
		}
	}
	defer f.Close()
	for _, e := range es {
		e := e
		if _, _, errno := unix.Syscall(unix.SYS_IOCTL, f.Fd(), kdskbent, uintptr(unsafe.Pointer(&e))); errno != 0 {
			return fmt.Errorf("KDSKBENT: %w (the console is not a virtual terminal?)", errno)
		}
	}
	return nil
}

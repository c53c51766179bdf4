package modules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/u-root/u-root/pkg/kmodule"
	"golang.org/x/sys/unix"
)

// Loader loads modules from the running kernel's module directory.
type Loader struct {
	dir      string
	prober   *kmodule.Prober
	aliases  []Alias
	softdeps Softdeps
	loaded   map[string]error
}

// NewLoader reads /lib/modules/$(uname -r).
func NewLoader() (*Loader, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, err
	}
	rel := unix.ByteSliceToString(u.Release[:])
	l := &Loader{dir: filepath.Join("/lib/modules", rel), loaded: map[string]error{}}
	p, err := kmodule.NewProber(kmodule.ProbeOpts{KVer: rel})
	if err != nil {
		return nil, fmt.Errorf("no modules for kernel %s: %w", rel, err)
	}
	l.prober = p
	if f, err := os.Open(filepath.Join(l.dir, "modules.alias")); err == nil {
		l.aliases, _ = ParseAliases(f)
		f.Close()
	}
	if f, err := os.Open(filepath.Join(l.dir, "modules.softdep")); err == nil {
		l.softdeps, _ = ParseSoftdeps(f)
		f.Close()
	}
	return l, nil
}

// Load loads one module (by name or alias), its softdeps and its
// dependencies, once. A name that is neither a module file nor an alias in
// the initramfs is an error.
func (l *Loader) Load(given string) error {
	name := Normalize(given)
	if err, done := l.loaded[name]; done {
		return err
	}
	l.loaded[name] = nil // breaks softdep cycles
	sd := l.softdeps[name]
	for _, pre := range sd.Pre {
		l.Load(pre) // softdeps are optional by definition
	}
	err := l.prober.Probe(name, "")
	if errors.Is(err, unix.EEXIST) {
		err = nil
	}
	if err != nil {
		// Not a module file: maybe an alias (crc32c, fs-ext4, ...).
		if ms := Resolve(l.aliases, given); len(ms) > 0 {
			err = nil
			for _, m := range ms {
				if e := l.Load(m); e != nil {
					err = e
				}
			}
		}
	}
	for _, post := range sd.Post {
		l.Load(post)
	}
	l.loaded[name] = err
	return err
}

// Modaliases lists the modalias of every device under /sys/devices.
func Modaliases() []string {
	var out []string
	seen := map[string]bool{}
	filepath.WalkDir("/sys/devices", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		if d.Name() == "modalias" && !d.IsDir() {
			if b, err := os.ReadFile(p); err == nil {
				a := strings.TrimSpace(string(b))
				if a != "" && !seen[a] {
					seen[a] = true
					out = append(out, a)
				}
			}
		}
		return nil
	})
	return out
}

// Coldplug loads the modules matching the present devices, then wanted.
// Loading a bus driver (virtio_pci) makes new devices appear, so it goes
// round until a pass loads nothing new. It returns the modules it loaded
// and the errors of the wanted ones (a device without a driver in the
// initramfs is normal).
func (l *Loader) Coldplug(wanted []string) (loaded []string, errs []error) {
	isWanted := map[string]bool{}
	for _, w := range wanted {
		isWanted[Normalize(w)] = true
	}
	for round := 0; round < 8; round++ {
		progress := false
		for _, m := range Plan(l.aliases, Modaliases(), wanted) {
			if _, tried := l.loaded[m]; tried {
				continue
			}
			progress = true
			err := l.Load(m)
			switch {
			case err == nil:
				loaded = append(loaded, m)
			case isWanted[m]:
				errs = append(errs, fmt.Errorf("module %s: %w", m, err))
			}
		}
		if !progress {
			break
		}
	}
	return loaded, errs
}

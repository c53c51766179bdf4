package modules

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
	"github.com/u-root/u-root/pkg/kmodule"
	"golang.org/x/sys/unix"
)

// Loader inserts modules from the running kernel's module directory.
type Loader struct {
	dir      string
	idx      *modindex.Index
	inserted map[string]error // module -> its insertion's result
	tried    map[string]error // key(name given to Load) -> Load's result
}

// NewLoader reads the index of /lib/modules/$(uname -r).
func NewLoader() (*Loader, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, err
	}
	rel := unix.ByteSliceToString(u.Release[:])
	dir := filepath.Join("/lib/modules", rel)
	idx, err := modindex.Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("no modules for kernel %s: %w", rel, err)
	}
	l := &Loader{dir: dir, idx: idx, inserted: map[string]error{}, tried: map[string]error{}}
	// Modules already in the kernel: the netboot loader's, when this init
	// is its payload's.
	if b, err := os.ReadFile("/proc/modules"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) > 0 {
				l.inserted[f[0]] = nil
			}
		}
	}
	return l, nil
}

// Load inserts what name (a module or an alias) stands for, with its
// dependencies and softdeps, once. A name that is neither a module, an
// alias nor built in is an error, as is the failure of a module it needs;
// a softdep's failure is not.
func (l *Loader) Load(name string) error {
	if err, done := l.tried[key(name)]; done {
		return err
	}
	steps, err := l.idx.Order(name)
	for _, s := range steps {
		if e := l.insert(s.Module); e != nil && !s.Optional && err == nil {
			err = fmt.Errorf("module %s: %w", s.Module, e)
		}
	}
	l.tried[key(name)] = err
	return err
}

// insert inserts one module, once, unless a dependency failed.
func (l *Loader) insert(m string) error {
	if err, done := l.inserted[m]; done {
		return err
	}
	err := l.insertFile(m)
	l.inserted[m] = err
	return err
}

func (l *Loader) insertFile(m string) error {
	for _, d := range l.idx.Deps[m] {
		if err := l.inserted[d]; err != nil {
			return fmt.Errorf("needs %s: %w", d, err)
		}
	}
	p := filepath.Join(l.dir, l.idx.Paths[m])
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := kmodule.FileInit(f, "", 0); err != nil && !errors.Is(err, unix.EEXIST) {
		return fmt.Errorf("insert %s: %w", p, err)
	}
	return nil
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
		isWanted[key(w)] = true
	}
	for round := 0; round < 8; round++ {
		progress := false
		for _, m := range plan(l.idx, Modaliases(), wanted) {
			if _, tried := l.tried[key(m)]; tried {
				continue
			}
			progress = true
			err := l.Load(m)
			switch {
			case err == nil:
				loaded = append(loaded, m)
			case isWanted[key(m)]:
				errs = append(errs, err)
			}
		}
		if !progress {
			break
		}
	}
	return loaded, errs
}

package initramfs

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// ModuleDB is what a kernel's module directory says about its modules.
type ModuleDB struct {
	Dir      string
	Paths    map[string]string   // name -> path relative to Dir
	Deps     map[string][]string // name -> names
	Softdeps map[string][]string // name -> names (pre and post)
	Aliases  [][2]string         // pattern, name
	Builtin  map[string]bool
}

// ModName turns a module path or spelling into the kernel's name.
func ModName(p string) string {
	b := path.Base(p)
	for _, ext := range []string{".xz", ".zst", ".gz"} {
		b = strings.TrimSuffix(b, ext)
	}
	return strings.ReplaceAll(strings.TrimSuffix(b, ".ko"), "-", "_")
}

func readLines(p string, fn func([]string)) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 64*1024), 1024*1024)
	for s.Scan() {
		fn(strings.Fields(s.Text()))
	}
	return s.Err()
}

// LoadModuleDB reads modules.dep, modules.softdep, modules.alias and
// modules.builtin of dir.
func LoadModuleDB(dir string) (*ModuleDB, error) {
	db := &ModuleDB{Dir: dir, Paths: map[string]string{}, Deps: map[string][]string{}, Softdeps: map[string][]string{}, Builtin: map[string]bool{}}
	err := readLines(filepath.Join(dir, "modules.dep"), func(f []string) {
		if len(f) == 0 {
			return
		}
		p := strings.TrimSuffix(f[0], ":")
		n := ModName(p)
		db.Paths[n] = p
		for _, d := range f[1:] {
			db.Deps[n] = append(db.Deps[n], ModName(d))
		}
	})
	if err != nil {
		return nil, err
	}
	readLines(filepath.Join(dir, "modules.softdep"), func(f []string) {
		if len(f) > 2 && f[0] == "softdep" {
			for _, w := range f[2:] {
				if w != "pre:" && w != "post:" {
					db.Softdeps[ModName(f[1])] = append(db.Softdeps[ModName(f[1])], w)
				}
			}
		}
	})
	readLines(filepath.Join(dir, "modules.alias"), func(f []string) {
		if len(f) == 3 && f[0] == "alias" {
			db.Aliases = append(db.Aliases, [2]string{f[1], ModName(f[2])})
		}
	})
	readLines(filepath.Join(dir, "modules.builtin"), func(f []string) {
		if len(f) > 0 {
			db.Builtin[ModName(f[0])] = true
		}
	})
	return db, nil
}

// resolve maps a name that is not a module file (crc32c) to the modules
// that provide it through an exact alias.
func (db *ModuleDB) resolve(name string) []string {
	n := ModName(name)
	if _, ok := db.Paths[n]; ok {
		return []string{n}
	}
	var out []string
	for _, a := range db.Aliases {
		if a[0] == name || ModName(a[0]) == n {
			out = append(out, a[1])
		}
	}
	return out
}

// Closure returns the modules wanted plus their dependencies and softdeps,
// sorted. Built-in modules are skipped; an unknown name is an error.
func (db *ModuleDB) Closure(wanted []string) ([]string, error) {
	set := map[string]bool{}
	var add func(n string, explicit bool) error
	add = func(n string, explicit bool) error {
		if db.Builtin[ModName(n)] {
			return nil
		}
		names := db.resolve(n)
		if len(names) == 0 {
			if explicit {
				return fmt.Errorf("module %s is not in %s", n, db.Dir)
			}
			return nil // an optional softdep the kernel does not have
		}
		for _, m := range names {
			if set[m] {
				continue
			}
			set[m] = true
			for _, d := range db.Deps[m] {
				if err := add(d, true); err != nil {
					return err
				}
			}
			for _, d := range db.Softdeps[m] {
				add(d, false)
			}
		}
		return nil
	}
	for _, w := range wanted {
		if err := add(w, true); err != nil {
			return nil, err
		}
	}
	out := make([]string, 0, len(set))
	for m := range set {
		out = append(out, m)
	}
	sort.Strings(out)
	return out, nil
}

// Index renders modules.dep and modules.alias restricted to mods, and the
// kernel's own modules.softdep and modules.builtin, so that the init can
// resolve dependencies and match modaliases.
func (db *ModuleDB) Index(mods []string) map[string][]byte {
	in := map[string]bool{}
	for _, m := range mods {
		in[m] = true
	}
	var dep, alias strings.Builder
	for _, m := range mods {
		fmt.Fprintf(&dep, "%s:", db.Paths[m])
		for _, d := range db.Deps[m] {
			fmt.Fprintf(&dep, " %s", db.Paths[d])
		}
		dep.WriteString("\n")
	}
	for _, a := range db.Aliases {
		if in[a[1]] {
			fmt.Fprintf(&alias, "alias %s %s\n", a[0], a[1])
		}
	}
	out := map[string][]byte{"modules.dep": []byte(dep.String()), "modules.alias": []byte(alias.String())}
	for _, f := range []string{"modules.softdep", "modules.builtin"} {
		if b, err := os.ReadFile(filepath.Join(db.Dir, f)); err == nil {
			out[f] = b
		}
	}
	return out
}

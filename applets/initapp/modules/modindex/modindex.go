// Package modindex reads a kernel's module index (modules.dep,
// modules.alias, modules.softdep, modules.builtin) and answers what to load
// for a name, with kmod's rules. It is pure: the initramfs builder uses it
// on the build host, the init's coldplug at boot.
package modindex

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Alias is one line of modules.alias: Pattern, as written, is an fnmatch
// glob over modaliases and alias names.
type Alias struct {
	Pattern, Module string
	norm            string // Pattern as lookups compare it
}

// Index is what a module directory says about its modules. Module names
// are in the kernel's spelling (Name).
type Index struct {
	Paths     map[string]string   // module -> file, relative to the module directory
	Deps      map[string][]string // module -> the modules it needs, modules.dep's order
	Pre, Post map[string][]string // module -> softdeps, as written (names or aliases)
	Aliases   []Alias             // modules.alias's order
	Builtin   map[string]bool
}

// Step is one module to insert.
type Step struct {
	Module string
	// Optional: reached only through a softdep, so its failure (a CPU
	// without the instructions crc32c_intel needs) is not the caller's.
	Optional bool
}

// Name gives the kernel's name of a module from its file or spelling: the
// base name up to the first dot, '-' read as '_' (kmod's modname_normalize).
func Name(s string) string {
	s = path.Base(s)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, "-", "_")
}

// normAlias is kmod's alias_normalize: '-' is '_' except inside a bracket
// expression, where it may be a range ([0-9]).
func normAlias(s string) string {
	b := []byte(s)
	in := false
	for i, c := range b {
		switch {
		case c == '[':
			in = true
		case c == ']':
			in = false
		case c == '-' && !in:
			b[i] = '_'
		}
	}
	return string(b)
}

// Load reads the index files of a module directory. modules.dep is
// required; the others are optional, as for kmod.
func Load(fsys fs.FS) (*Index, error) {
	x := &Index{Paths: map[string]string{}, Deps: map[string][]string{},
		Pre: map[string][]string{}, Post: map[string][]string{}, Builtin: map[string]bool{}}
	// Dependencies are kept as paths until every module is known.
	depPaths := map[string][]string{}
	err := lines(fsys, "modules.dep", false, func(f []string) error {
		if !strings.HasSuffix(f[0], ":") {
			return fmt.Errorf("%q: want \"path: deps...\"", f[0])
		}
		p := strings.TrimSuffix(f[0], ":")
		if path.IsAbs(p) {
			return fmt.Errorf("absolute path %s: depmod writes them relative to the module directory", p)
		}
		x.Paths[Name(p)] = p
		depPaths[Name(p)] = f[1:]
		return nil
	})
	if err != nil {
		return nil, err
	}
	for m, ds := range depPaths {
		for _, d := range ds {
			x.Deps[m] = append(x.Deps[m], Name(d))
		}
	}
	err = lines(fsys, "modules.alias", true, func(f []string) error {
		if len(f) != 3 || f[0] != "alias" {
			return fmt.Errorf("want \"alias PATTERN MODULE\"")
		}
		x.Aliases = append(x.Aliases, Alias{Pattern: f[1], Module: Name(f[2]), norm: normAlias(f[1])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines(fsys, "modules.softdep", true, func(f []string) error {
		if len(f) < 2 || f[0] != "softdep" {
			return fmt.Errorf("want \"softdep MODULE pre: ... post: ...\"")
		}
		m := Name(f[1])
		// Words before pre: or post: belong to neither: kmod drops them
		// (cifs's "softdep cifs gcm", a kernel typo).
		var list map[string][]string
		for _, w := range f[2:] {
			switch {
			case w == "pre:":
				list = x.Pre
			case w == "post:":
				list = x.Post
			case list != nil:
				list[m] = append(list[m], w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = lines(fsys, "modules.builtin", true, func(f []string) error {
		x.Builtin[Name(f[0])] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return x, nil
}

// lines calls fn with the fields of each line of file that is neither
// blank nor a comment.
func lines(fsys fs.FS, file string, optional bool, fn func([]string) error) error {
	f, err := fsys.Open(file)
	if optional && errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	return scan(f, file, fn)
}

func scan(r io.Reader, file string, fn func([]string) error) error {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; s.Scan(); n++ {
		f := strings.Fields(s.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s line %d: %w", file, n, err)
		}
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// Match returns the modules whose alias pattern matches name (a modalias
// or an alias such as crypto-crc32c), in modules.alias's order, each once.
// Both sides are normalized, as kmod does.
func (x *Index) Match(name string) []string {
	name = normAlias(name)
	var out []string
	seen := map[string]bool{}
	for _, a := range x.Aliases {
		if !seen[a.Module] && Glob(a.norm, name) {
			seen[a.Module] = true
			out = append(out, a.Module)
		}
	}
	return out
}

// Lookup returns the modules name stands for, in kmod's order: a module,
// else the modules of matching aliases, else nothing to load if it is built
// in. ok is false when it is none of these.
func (x *Index) Lookup(name string) (mods []string, ok bool) {
	if n := Name(name); x.Paths[n] != "" {
		return []string{n}, true
	}
	if ms := x.Match(name); len(ms) > 0 {
		return ms, true
	}
	return nil, x.Builtin[Name(name)]
}

// Order returns the modules to insert for names, each once, in an order the
// kernel accepts: a module's dependencies (theirs first), its pre softdeps,
// the module, its post softdeps, like modprobe. An unknown name or
// dependency is an error; an unknown softdep is skipped, as modprobe does.
func (x *Index) Order(names ...string) ([]Step, error) {
	var out []Step
	at := map[string]int{} // module -> its index in out
	var visit func(m string, optional bool) error
	visit = func(m string, optional bool) error {
		if i, seen := at[m]; seen {
			if i >= 0 && !optional && out[i].Optional {
				// Now needed: so are its dependencies, placed before it.
				out[i].Optional = false
				for _, d := range x.Deps[m] {
					visit(d, false)
				}
			}
			return nil
		}
		at[m] = -1 // in progress: breaks softdep cycles
		for _, d := range x.Deps[m] {
			if x.Paths[d] == "" {
				return fmt.Errorf("module %s needs %s, which modules.dep does not list", m, d)
			}
			if err := visit(d, optional); err != nil {
				return err
			}
		}
		x.soft(x.Pre[m], visit)
		at[m] = len(out)
		out = append(out, Step{Module: m, Optional: optional})
		x.soft(x.Post[m], visit)
		return nil
	}
	for _, n := range names {
		mods, ok := x.Lookup(n)
		if !ok {
			return nil, fmt.Errorf("module %s: not a module, alias or built-in of this kernel", n)
		}
		for _, m := range mods {
			if err := visit(m, false); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// soft visits the modules of softdeps, optional ones.
func (x *Index) soft(names []string, visit func(string, bool) error) {
	for _, n := range names {
		mods, _ := x.Lookup(n)
		for _, m := range mods {
			visit(m, true)
		}
	}
}

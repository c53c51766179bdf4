package initramfs

import (
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// LibDirs are where Debian's dynamic loader finds libraries (multiarch
// first), in its own order.
var LibDirs = []string{
	"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
	"/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
	"/lib64", "/usr/lib64", "/lib", "/usr/lib",
}

// ELFDeps returns the dynamic loader and every shared library bin needs,
// recursively, as paths on this host (the same paths are used in the
// initramfs, so the loader's default search finds them).
func ELFDeps(root, bin string) ([]string, error) {
	deps, _, err := ELFDepsSubst(root, bin, nil)
	return deps, err
}

// ELFDepsSubst is ELFDeps where subst maps a library's name (as DT_NEEDED
// says it, libsystemd.so.0), or bin itself, to a host file that stands in
// for it: the library keeps its path, src maps that path to the stand-in,
// and the stand-in's needs are followed instead.
func ELFDepsSubst(root, bin string, subst map[string]string) (deps []string, src map[string]string, err error) {
	src = map[string]string{}
	if s, ok := subst[bin]; ok {
		src[bin] = s
	}
	seen := map[string]bool{}
	var out []string
	var walk func(p string, runpath []string) error
	walk = func(p string, runpath []string) error {
		file := filepath.Join(root, p)
		if s, ok := src[p]; ok {
			file = s
		}
		f, err := elf.Open(file)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		defer f.Close()
		for _, prog := range f.Progs {
			if prog.Type == elf.PT_INTERP {
				b := make([]byte, prog.Filesz)
				if _, err := prog.ReadAt(b, 0); err != nil {
					return err
				}
				interp := strings.TrimRight(string(b), "\x00")
				if !seen[interp] {
					seen[interp] = true
					out = append(out, interp)
				}
			}
		}
		needed, err := f.ImportedLibraries()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		rp, _ := f.DynString(elf.DT_RUNPATH)
		if len(rp) == 0 {
			rp, _ = f.DynString(elf.DT_RPATH)
		}
		dirs := append([]string(nil), runpath...)
		for _, r := range rp {
			dirs = append(dirs, strings.Split(r, ":")...)
		}
		dirs = append(dirs, LibDirs...)
		for _, lib := range needed {
			found := ""
			for _, d := range dirs {
				c := filepath.Join(d, lib)
				if _, err := os.Stat(filepath.Join(root, c)); err == nil {
					found = c
					break
				}
			}
			if found == "" {
				return fmt.Errorf("%s needs %s, which is not in %v", p, lib, dirs)
			}
			if seen[found] {
				continue
			}
			seen[found] = true
			out = append(out, found)
			if s, ok := subst[lib]; ok {
				src[found] = s
			}
			if err := walk(found, nil); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(bin, nil); err != nil {
		return nil, nil, err
	}
	return out, src, nil
}

// CheckStandIns makes sure each stand-in (a library path of deps that srcs
// maps to another file, as ELFDepsSubst returns them) defines every symbol
// that bin and deps import and the real library under root defines. A
// stand-in is only safe for what nothing uses: when the program (or an
// update of it) starts using a symbol, the build fails here instead of
// the loader failing at boot.
func CheckStandIns(root, bin string, deps []string, srcs map[string]string) error {
	file := func(p string) string {
		if s, ok := srcs[p]; ok {
			return s
		}
		return filepath.Join(root, p)
	}
	imports := map[string][]string{} // symbol -> who imports it
	for _, p := range append([]string{bin}, deps...) {
		syms, err := dynSymbols(file(p))
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		for _, s := range syms {
			// Weak references may stay unresolved.
			if s.Section == elf.SHN_UNDEF && elf.ST_BIND(s.Info) != elf.STB_WEAK && s.Name != "" {
				imports[s.Name] = append(imports[s.Name], path.Base(p))
			}
		}
	}
	for _, lib := range deps {
		standIn, ok := srcs[lib]
		if !ok || lib == bin {
			continue
		}
		real, err := exports(filepath.Join(root, lib))
		if err != nil {
			return fmt.Errorf("%s: %w", lib, err)
		}
		has, err := exports(standIn)
		if err != nil {
			return fmt.Errorf("%s: %w", standIn, err)
		}
		var missing []string
		for name, by := range imports {
			if real[name] && !has[name] {
				missing = append(missing, fmt.Sprintf("%s (%s)", name, strings.Join(by, ", ")))
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			return fmt.Errorf("%s: the stand-in %s lacks what the real library gives and is imported: %s",
				lib, standIn, strings.Join(missing, " "))
		}
	}
	return nil
}

// exports is the set of names the dynamic symbol table of file defines.
func exports(file string) (map[string]bool, error) {
	syms, err := dynSymbols(file)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, s := range syms {
		if s.Section != elf.SHN_UNDEF && s.Name != "" && elf.ST_BIND(s.Info) != elf.STB_LOCAL {
			out[s.Name] = true
		}
	}
	return out, nil
}

func dynSymbols(file string) ([]elf.Symbol, error) {
	f, err := elf.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	syms, err := f.DynamicSymbols()
	if errors.Is(err, elf.ErrNoSymbols) {
		return nil, nil
	}
	return syms, err
}

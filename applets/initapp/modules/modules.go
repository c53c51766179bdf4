// Package modules loads kernel modules the way udev's coldplug would:
// every device's modalias under /sys is matched against modules.alias, and
// the matching modules are loaded with their dependencies and softdeps.
// Parsing and matching are pure; loading goes through u-root's kmodule.
package modules

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"
)

// Alias is one line of modules.alias: a glob over modaliases.
type Alias struct {
	Pattern, Module string
}

// ParseAliases reads modules.alias.
func ParseAliases(r io.Reader) ([]Alias, error) {
	var out []Alias
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 64*1024), 1024*1024)
	for s.Scan() {
		f := strings.Fields(s.Text())
		if len(f) == 3 && f[0] == "alias" {
			out = append(out, Alias{Pattern: f[1], Module: f[2]})
		}
	}
	return out, s.Err()
}

// Softdeps maps a module to the modules to load before and after it.
type Softdeps map[string]struct{ Pre, Post []string }

// ParseSoftdeps reads modules.softdep (`softdep MOD pre: a b post: c`).
func ParseSoftdeps(r io.Reader) (Softdeps, error) {
	out := Softdeps{}
	s := bufio.NewScanner(r)
	for s.Scan() {
		f := strings.Fields(s.Text())
		if len(f) < 2 || f[0] != "softdep" {
			continue
		}
		mod := Normalize(f[1])
		d := out[mod]
		var list *[]string
		for _, w := range f[2:] {
			switch w {
			case "pre:":
				list = &d.Pre
			case "post:":
				list = &d.Post
			default:
				// As written: an entry may be an alias with dashes
				// (crypto-crc32c), which Resolve looks up that way.
				if list != nil {
					*list = append(*list, w)
				}
			}
		}
		out[mod] = d
	}
	return out, s.Err()
}

// Normalize gives the kernel's spelling of a module name: '-' and '_' are
// the same to it.
func Normalize(name string) string {
	name = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	for _, ext := range []string{".ko"} {
		name = strings.TrimSuffix(name, ext)
	}
	return strings.ReplaceAll(name, "-", "_")
}

// Resolve returns the modules an alias name stands for (a softdep such as
// "crypto-crc32c", or an option's "fs-ext4"). modules.alias keeps the
// dashes the modules declared, so the name is tried as written before its
// normalized form: normalizing first turned ext4's softdep crypto-crc32c
// into crypto_crc32c, which matches nothing, and ext4 then failed to
// mount on arm64 ("Cannot load crc32c driver"; on amd64, crc32c_intel,
// loaded for the CPU, hid it).
func Resolve(aliases []Alias, name string) []string {
	if ms := Match(aliases, name); len(ms) > 0 {
		return ms
	}
	return Match(aliases, Normalize(name))
}

// Match returns the modules whose alias patterns match modalias, in
// modules.alias order, without duplicates.
func Match(aliases []Alias, modalias string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range aliases {
		if ok, _ := filepath.Match(a.Pattern, modalias); ok && !seen[a.Module] {
			seen[a.Module] = true
			out = append(out, a.Module)
		}
	}
	return out
}

// Plan returns the modules to load, in order, for the given modaliases
// followed by the explicitly wanted modules, each once.
func Plan(aliases []Alias, modaliases, wanted []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(m string) {
		m = Normalize(m)
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, ma := range modaliases {
		for _, m := range Match(aliases, ma) {
			add(m)
		}
	}
	for _, m := range wanted {
		add(m)
	}
	return out
}

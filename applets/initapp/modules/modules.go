// Package modules loads kernel modules the way udev's coldplug would:
// every device's modalias under /sys is matched against the module index
// (package modindex), and the matching modules are inserted with their
// dependencies and softdeps, through u-root's kmodule.
package modules

import (
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
)

// plan returns what a coldplug round asks for: the modules matching the
// modaliases, then the wanted names (modules or aliases), each once.
func plan(x *modindex.Index, modaliases, wanted []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[key(n)] {
			seen[key(n)] = true
			out = append(out, n)
		}
	}
	for _, ma := range modaliases {
		for _, m := range x.Match(ma) {
			add(m)
		}
	}
	for _, w := range wanted {
		add(w)
	}
	return out
}

// key is a name's spelling for "asked for already": '-' and '_' are one.
// Not modindex.Name: a wanted alias may hold dots or slashes.
func key(name string) string { return strings.ReplaceAll(name, "-", "_") }

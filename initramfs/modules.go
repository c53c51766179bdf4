package initramfs

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
)

// moduleClosure returns the modules wanted plus their dependencies and
// softdeps, sorted; built-in ones need no file. An unknown name is an
// error: a typo in the contents must not silently drop a driver.
func moduleClosure(x *modindex.Index, wanted []string) ([]string, error) {
	steps, err := x.Order(wanted...)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(steps))
	for _, s := range steps {
		out = append(out, s.Module)
	}
	sort.Strings(out)
	return out, nil
}

// moduleIndex renders modules.dep and modules.alias restricted to mods,
// and copies the kernel's own modules.softdep and modules.builtin, so that
// the init's modindex.Load reads what it can load.
func moduleIndex(x *modindex.Index, dir string, mods []string) map[string][]byte {
	in := map[string]bool{}
	for _, m := range mods {
		in[m] = true
	}
	var dep, alias strings.Builder
	for _, m := range mods {
		fmt.Fprintf(&dep, "%s:", x.Paths[m])
		for _, d := range x.Deps[m] {
			fmt.Fprintf(&dep, " %s", x.Paths[d])
		}
		dep.WriteString("\n")
	}
	for _, a := range x.Aliases {
		if in[a.Module] {
			fmt.Fprintf(&alias, "alias %s %s\n", a.Pattern, a.Module)
		}
	}
	out := map[string][]byte{"modules.dep": []byte(dep.String()), "modules.alias": []byte(alias.String())}
	for _, f := range []string{"modules.softdep", "modules.builtin"} {
		if b, err := os.ReadFile(filepath.Join(dir, f)); err == nil {
			out[f] = b
		}
	}
	return out
}

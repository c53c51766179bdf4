// Package vendormod reads vendor/modules.txt, for the tools that list the
// vendored modules (hack/licenses, hack/sbom).
package vendormod

import (
	"os"
	"strings"
)

// Module is one vendored module: Path and Version as the build requires
// them, and the module whose code vendor/ holds, which is a replacement's
// where go.mod replaces it.
type Module struct {
	Path, Version                 string
	VendoredPath, VendoredVersion string
}

// Read lists the modules of a vendor/modules.txt in its order: its
// "# PATH VERSION" and "# PATH VERSION => REPLACEMENT VERSION" lines. A bare
// "# PATH => REPLACEMENT VERSION" only repeats a replace directive.
func Read(name string) ([]Module, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var mods []Module
	for _, l := range strings.Split(string(b), "\n") {
		w := strings.Fields(l)
		switch {
		case len(w) == 3 && w[0] == "#":
			mods = append(mods, Module{w[1], w[2], w[1], w[2]})
		case len(w) == 6 && w[0] == "#" && w[3] == "=>":
			mods = append(mods, Module{w[1], w[2], w[4], w[5]})
		}
	}
	return mods, nil
}

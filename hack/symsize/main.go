// Command symsize says where the bytes of a Go binary go: it reads the
// ELF symbol table of an unstripped build and sums the sizes of the
// symbols that take room in the file (not .bss/.noptrbss, which cost
// nothing until touched) per module (from vendor/modules.txt) and per
// package.
//
//	go run ./hack/symsize -modules vendor/modules.txt out/size/b2c.syms
package main

import (
	"debug/elf"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	modFile := flag.String("modules", "vendor/modules.txt", "vendor/modules.txt, for module boundaries")
	top := flag.Int("top", 25, "rows per table")
	flag.Parse()
	mods, err := modules(*modFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "symsize:", err)
		os.Exit(1)
	}
	f, err := elf.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "symsize:", err)
		os.Exit(1)
	}
	syms, err := f.Symbols()
	if err != nil {
		fmt.Fprintln(os.Stderr, "symsize:", err)
		os.Exit(1)
	}
	byMod, byPkg := map[string]int64{}, map[string]int64{}
	var total int64
	for _, sym := range syms {
		i := int(sym.Section)
		if sym.Size == 0 || i <= 0 || i >= len(f.Sections) || f.Sections[i].Type == elf.SHT_NOBITS {
			continue
		}
		pkg := packageOf(sym.Name)
		byPkg[pkg] += int64(sym.Size)
		byMod[moduleOf(pkg, mods)] += int64(sym.Size)
		total += int64(sym.Size)
	}
	fmt.Printf("symbols in the file: %d bytes in all\n\n", total)
	print("module", byMod, total, *top)
	fmt.Println()
	print("package", byPkg, total, *top)
}

// packageOf returns the Go package a symbol belongs to, or a group name
// for what is not Go code of a package.
func packageOf(name string) string {
	switch {
	case strings.HasPrefix(name, "type:"), strings.HasPrefix(name, "go:"), strings.HasPrefix(name, "runtime."):
		return "(Go runtime and type metadata)"
	case !strings.Contains(name, "."):
		return "(C: cgo code, libc, sqlite)"
	}
	slash := strings.LastIndex(name, "/")
	if i := strings.IndexByte(name[slash+1:], '.'); i >= 0 {
		return name[:slash+1+i]
	}
	return name
}

// moduleOf returns the longest module path that is a prefix of pkg, "std"
// for the standard library.
func moduleOf(pkg string, mods []string) string {
	if strings.HasPrefix(pkg, "(") {
		return pkg
	}
	best := ""
	for _, m := range mods {
		if (pkg == m || strings.HasPrefix(pkg, m+"/")) && len(m) > len(best) {
			best = m
		}
	}
	if best != "" {
		return best
	}
	if first, _, _ := strings.Cut(pkg, "/"); !strings.Contains(first, ".") {
		return "std"
	}
	return pkg
}

func modules(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	mods := []string{"github.com/b2c-project/b2c"}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 3 && f[0] == "#" && !strings.HasPrefix(f[1], "=>") {
			mods = append(mods, f[1])
		}
	}
	return mods, nil
}

func print(what string, m map[string]int64, total int64, top int) {
	type row struct {
		name string
		size int64
	}
	var rows []row
	for k, v := range m {
		rows = append(rows, row{k, v})
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].size > rows[j].size || rows[i].size == rows[j].size && rows[i].name < rows[j].name
	})
	fmt.Printf("| %s | bytes | %% |\n|---|---:|---:|\n", what)
	for i, r := range rows {
		if i == top {
			fmt.Printf("| (%d more) | | |\n", len(rows)-top)
			break
		}
		fmt.Printf("| %s | %d | %.1f |\n", r.name, r.size, 100*float64(r.size)/float64(total))
	}
}

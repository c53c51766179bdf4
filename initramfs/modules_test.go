package initramfs

import (
	"bytes"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// fakeModules lays out a small module directory the way depmod does:
// ext4 has hard dependencies and a softdep on an alias (crc32c, provided by
// two modules), virtio_net has dependencies and an optional softdep the
// kernel does not have, virtio_pci is built in, unused is never wanted.
func fakeModules(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, m := range []string{
		"kernel/fs/ext4/ext4.ko",
		"kernel/fs/jbd2/jbd2.ko",
		"kernel/fs/mbcache.ko",
		"kernel/lib/crc16.ko",
		"kernel/crypto/crc32c_generic.ko",
		"kernel/arch/x86/crypto/crc32c-intel.ko",
		"kernel/drivers/net/virtio_net.ko",
		"kernel/drivers/net/net_failover.ko",
		"kernel/net/core/failover.ko",
		"kernel/drivers/misc/unused.ko",
	} {
		// Distinct contents, to tell the copied files apart.
		writeFile(t, dir, m, "module "+m, 0o644)
	}
	writeFile(t, dir, "modules.dep", `kernel/fs/ext4/ext4.ko: kernel/lib/crc16.ko kernel/fs/mbcache.ko kernel/fs/jbd2/jbd2.ko
kernel/fs/jbd2/jbd2.ko:
kernel/fs/mbcache.ko:
kernel/lib/crc16.ko:
kernel/crypto/crc32c_generic.ko:
kernel/arch/x86/crypto/crc32c-intel.ko:
kernel/drivers/net/virtio_net.ko: kernel/drivers/net/net_failover.ko kernel/net/core/failover.ko
kernel/drivers/net/net_failover.ko: kernel/net/core/failover.ko
kernel/net/core/failover.ko:
kernel/drivers/misc/unused.ko:
`, 0o644)
	writeFile(t, dir, "modules.softdep", `# Soft dependencies extracted from modules themselves.
softdep ext4 pre: crc32c
softdep virtio_net post: not_in_this_kernel
`, 0o644)
	writeFile(t, dir, "modules.alias", `# Aliases extracted from modules themselves.
alias crc32c crc32c_generic
alias crypto-crc32c crc32c_generic
alias crc32c crc32c_intel
alias fs-ext4 ext4
alias virtio:d00000001v* virtio_net
alias pci:v*d*sv*sd*bc*sc*i* unused
`, 0o644)
	writeFile(t, dir, "modules.builtin", "kernel/drivers/virtio/virtio_pci.ko\nkernel/drivers/virtio/virtio.ko\n", 0o644)
	return dir
}

var ext4Closure = []string{"crc16", "crc32c_generic", "crc32c_intel", "ext4", "jbd2", "mbcache"}

func TestModName(t *testing.T) {
	for in, want := range map[string]string{
		"ext4":                                   "ext4",
		"kernel/fs/ext4/ext4.ko":                 "ext4",
		"kernel/fs/ext4/ext4.ko.xz":              "ext4",
		"kernel/arch/x86/crypto/crc32c-intel.ko": "crc32c_intel",
		"crc32c-intel.ko.zst":                    "crc32c_intel",
		"snd-hda-intel.ko.gz":                    "snd_hda_intel",
		"virtio-net":                             "virtio_net",
	} {
		if got := ModName(in); got != want {
			t.Errorf("ModName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadModuleDB(t *testing.T) {
	db, err := LoadModuleDB(fakeModules(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := db.Paths["crc32c_intel"]; got != "kernel/arch/x86/crypto/crc32c-intel.ko" {
		t.Errorf("path of crc32c_intel = %q", got)
	}
	if got := db.Deps["ext4"]; !reflect.DeepEqual(got, []string{"crc16", "mbcache", "jbd2"}) {
		t.Errorf("deps of ext4 = %v", got)
	}
	// "pre:" and "post:" are keywords, not module names.
	if got := db.Softdeps["ext4"]; !reflect.DeepEqual(got, []string{"crc32c"}) {
		t.Errorf("softdeps of ext4 = %v", got)
	}
	if !db.Builtin["virtio_pci"] || db.Builtin["ext4"] {
		t.Errorf("builtin = %v", db.Builtin)
	}
	if len(db.Aliases) != 6 {
		t.Errorf("aliases = %v, want the 6 lines (comments skipped)", db.Aliases)
	}
	if _, err := LoadModuleDB(t.TempDir()); err == nil {
		t.Errorf("no error for a directory without modules.dep")
	}
}

func TestClosure(t *testing.T) {
	db, err := LoadModuleDB(fakeModules(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		wanted []string
		want   []string
	}{
		{"leaf", []string{"crc16"}, []string{"crc16"}},
		// Dependencies, and the softdep through its alias to both providers.
		{"deps and softdep alias", []string{"ext4"}, ext4Closure},
		{"requested by alias", []string{"fs-ext4"}, ext4Closure},
		{"dash spelling", []string{"crc32c-intel"}, []string{"crc32c_intel"}},
		// Like modprobe, - and _ are the same in an alias asked for.
		{"alias spelling", []string{"fs_ext4"}, ext4Closure},
		{"alias with two providers", []string{"crc32c"}, []string{"crc32c_generic", "crc32c_intel"}},
		// A missing optional softdep is not an error.
		{"transitive deps", []string{"virtio_net"}, []string{"failover", "net_failover", "virtio_net"}},
		{"builtin skipped", []string{"virtio_pci", "virtio"}, []string{}},
		{"builtin among others", []string{"virtio_pci", "crc16"}, []string{"crc16"}},
		{"duplicates", []string{"ext4", "jbd2", "fs-ext4"}, ext4Closure},
		{"nothing", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.Closure(tt.wanted)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Closure(%v) = %v, want %v", tt.wanted, got, tt.want)
			}
		})
	}
	// An unknown module asked for by name is an error (a typo in the
	// contents must not silently drop a driver).
	if _, err := db.Closure([]string{"ext4", "no_such_module"}); err == nil || !strings.Contains(err.Error(), "no_such_module") {
		t.Errorf("Closure of an unknown module: err = %v", err)
	}
}

// parseDep reads a modules.dep into module path -> dependency paths.
func parseDep(t *testing.T, b []byte) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 || !strings.HasSuffix(f[0], ":") {
			t.Fatalf("bad modules.dep line %q", l)
		}
		out[strings.TrimSuffix(f[0], ":")] = f[1:]
	}
	return out
}

// TestModulesVerb checks the files the modules verb puts in the image and
// that the index it writes describes exactly those, across two lines: each
// line must add to the index, not replace it (a past bug).
func TestModulesVerb(t *testing.T) {
	dir := fakeModules(t)
	const kver = "6.1.0-test"
	base := "/lib/modules/" + kver
	im := build(t, "modules ext4\n# more\nmodules virtio-net virtio_pci\n", nil,
		Options{Root: t.TempDir(), HostRoot: "/", ModulesDir: dir, KernelVer: kver})

	wantMods := append([]string{"failover", "net_failover", "virtio_net"}, ext4Closure...)
	sort.Strings(wantMods)
	db, err := LoadModuleDB(dir)
	if err != nil {
		t.Fatal(err)
	}
	var gotMods []string
	index := map[string][]byte{}
	for p, e := range im.Entries {
		if !strings.HasPrefix(p, base+"/") || e.Kind != KindFile {
			continue
		}
		if e.Part != PartModules || e.Mode != 0o644 {
			t.Errorf("%s: part %q mode %o", p, e.Part, e.Mode)
		}
		rel := strings.TrimPrefix(p, base+"/")
		if strings.HasPrefix(rel, "modules.") {
			index[rel] = e.Data
			continue
		}
		if e.Source != filepath.Join(dir, rel) {
			t.Errorf("%s copied from %s", p, e.Source)
		}
		gotMods = append(gotMods, ModName(rel))
	}
	sort.Strings(gotMods)
	if !reflect.DeepEqual(gotMods, wantMods) {
		t.Errorf("modules in image = %v, want %v", gotMods, wantMods)
	}

	// modules.dep: one line per included module, and every dependency it
	// names is in the image.
	dep := parseDep(t, index["modules.dep"])
	var depMods []string
	for p, deps := range dep {
		depMods = append(depMods, ModName(p))
		if p != db.Paths[ModName(p)] {
			t.Errorf("modules.dep names %s, want %s", p, db.Paths[ModName(p)])
		}
		for _, d := range deps {
			if _, ok := im.Entries[path.Join(base, d)]; !ok {
				t.Errorf("modules.dep: %s needs %s, which is not in the image", p, d)
			}
		}
	}
	sort.Strings(depMods)
	if !reflect.DeepEqual(depMods, wantMods) {
		t.Errorf("modules.dep lists %v, want %v", depMods, wantMods)
	}
	if got, want := dep["kernel/fs/ext4/ext4.ko"], []string{"kernel/lib/crc16.ko", "kernel/fs/mbcache.ko", "kernel/fs/jbd2/jbd2.ko"}; !reflect.DeepEqual(got, want) {
		t.Errorf("modules.dep for ext4: %v, want %v (depmod's order)", got, want)
	}

	// modules.alias: the aliases of included modules only.
	wantAlias := `alias crc32c crc32c_generic
alias crypto-crc32c crc32c_generic
alias crc32c crc32c_intel
alias fs-ext4 ext4
alias virtio:d00000001v* virtio_net
`
	if got := string(index["modules.alias"]); got != wantAlias {
		t.Errorf("modules.alias =\n%s\nwant\n%s", got, wantAlias)
	}
	// softdep and builtin are the kernel's own, unfiltered.
	for _, f := range []string{"modules.softdep", "modules.builtin"} {
		if !bytes.Contains(index[f], []byte("virtio")) {
			t.Errorf("%s not copied: %q", f, index[f])
		}
	}
	if len(index) != 4 {
		t.Errorf("index files %v, want dep, alias, softdep, builtin", index)
	}

	// The index of the two lines equals that of one line with both.
	one := build(t, "modules ext4 virtio-net virtio_pci\n", nil,
		Options{Root: t.TempDir(), HostRoot: "/", ModulesDir: dir, KernelVer: kver})
	for _, f := range []string{"modules.dep", "modules.alias"} {
		if a, b := im.Entries[path.Join(base, f)].Data, one.Entries[path.Join(base, f)].Data; !bytes.Equal(a, b) {
			t.Errorf("%s differs between two lines and one:\n%s\n---\n%s", f, a, b)
		}
	}
}

func TestModulesVerbErrors(t *testing.T) {
	dir := fakeModules(t)
	o := Options{Root: t.TempDir(), HostRoot: "/", ModulesDir: dir, KernelVer: "k"}
	err := Apply(NewImage(), parse(t, "modules ext4\nmodules typo_module\n", nil), o)
	if err == nil || !strings.Contains(err.Error(), "contents line 2 (modules)") || !strings.Contains(err.Error(), "typo_module") {
		t.Errorf("err = %v", err)
	}
	o.ModulesDir = filepath.Join(dir, "nope")
	if err := Apply(NewImage(), parse(t, "modules ext4\n", nil), o); err == nil {
		t.Errorf("no error for a missing module directory")
	}
}

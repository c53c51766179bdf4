package initramfs

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/b2c-project/b2c/applets/initapp/modules/modindex"
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
	x, err := modindex.Load(os.DirFS(dir))
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
		gotMods = append(gotMods, modindex.Name(rel))
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
		depMods = append(depMods, modindex.Name(p))
		if p != x.Paths[modindex.Name(p)] {
			t.Errorf("modules.dep names %s, want %s", p, x.Paths[modindex.Name(p)])
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
	// The init reads the index back: the same modules, in load order.
	fsys := fstest.MapFS{}
	for f, b := range index {
		fsys[f] = &fstest.MapFile{Data: b}
	}
	y, err := modindex.Load(fsys)
	if err != nil {
		t.Fatalf("the init cannot read the index: %v", err)
	}
	for _, w := range []string{"ext4", "virtio_net", "virtio_pci"} {
		a, err1 := x.Order(w)
		b, err2 := y.Order(w)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("Order(%s): kernel's index %v (%v), image's %v (%v)", w, a, err1, b, err2)
		}
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

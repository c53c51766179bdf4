package modindex

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// fake is a small module directory the way depmod lays it out: ext4 has
// hard dependencies and a softdep on an alias with a dash (crypto-crc32c,
// two providers), virtio_net has a chain of dependencies (modules.dep puts
// the deepest last) and an optional softdep the kernel does not have,
// virtio_pci is built in, unused is never wanted.
var fake = fstest.MapFS{
	"modules.dep": {Data: []byte(`kernel/fs/ext4/ext4.ko: kernel/lib/crc16.ko kernel/fs/mbcache.ko kernel/fs/jbd2/jbd2.ko
kernel/fs/jbd2/jbd2.ko:
kernel/fs/mbcache.ko:
kernel/lib/crc16.ko:
kernel/crypto/crc32c_generic.ko:
kernel/arch/x86/crypto/crc32c-intel.ko:
kernel/drivers/net/virtio_net.ko: kernel/drivers/net/net_failover.ko kernel/net/core/failover.ko
kernel/drivers/net/net_failover.ko: kernel/net/core/failover.ko
kernel/net/core/failover.ko:
kernel/drivers/misc/unused.ko.xz:
kernel/sound/pci/hda/snd-hda-intel.ko:
kernel/drivers/platform/x86/dell-laptop.ko:
`)},
	"modules.softdep": {Data: []byte(`# Soft dependencies extracted from modules themselves.
softdep ext4 pre: crypto-crc32c
softdep virtio-net post: not_in_this_kernel failover
softdep cifs gcm
softdep snd_hda_intel pre: crc16 post: unused
softdep snd_hda_intel pre: mbcache
`)},
	"modules.alias": {Data: []byte(`# Aliases extracted from modules themselves.
alias crypto-crc32c crc32c_generic
alias crc32c crc32c_generic
alias crypto-crc32c crc32c_intel
alias crc32c crc32c_intel
alias fs-ext4 ext4
alias virtio:d00000001v* virtio_net
alias pci:v*d*sv*sd*bc*sc*i* unused
alias usb:v13FDp3940d0[0-2]*dc* unused
alias dmi:*svnDellInc.:pnLatitude* dell_laptop
`)},
	"modules.builtin": {Data: []byte("kernel/drivers/virtio/virtio_pci.ko\nkernel/drivers/virtio/virtio.ko\n")},
}

func load(t *testing.T) *Index {
	t.Helper()
	x, err := Load(fake)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"ext4":                                   "ext4",
		"kernel/fs/ext4/ext4.ko":                 "ext4",
		"kernel/fs/ext4/ext4.ko.xz":              "ext4",
		"kernel/arch/x86/crypto/crc32c-intel.ko": "crc32c_intel",
		"crc32c-intel.ko.zst":                    "crc32c_intel",
		"snd-hda-intel.ko.gz":                    "snd_hda_intel",
		"virtio-net":                             "virtio_net",
		// Whatever the compression, the name ends at the first dot.
		"foo.ko.bz2": "foo",
	} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoad(t *testing.T) {
	x := load(t)
	if got := x.Paths["crc32c_intel"]; got != "kernel/arch/x86/crypto/crc32c-intel.ko" {
		t.Errorf("path of crc32c_intel = %q", got)
	}
	if got := x.Deps["ext4"]; !reflect.DeepEqual(got, []string{"crc16", "mbcache", "jbd2"}) {
		t.Errorf("deps of ext4 = %v", got)
	}
	for _, tc := range []struct {
		mod       string
		pre, post []string
	}{
		// As written: a softdep may be an alias, dashes and all.
		{"ext4", []string{"crypto-crc32c"}, nil},
		// The module's name is normalized.
		{"virtio_net", nil, []string{"not_in_this_kernel", "failover"}},
		// Lines add up; pre: and post: are keywords, not names.
		{"snd_hda_intel", []string{"crc16", "mbcache"}, []string{"unused"}},
		// Words before pre:/post: are in neither list, as for kmod.
		{"cifs", nil, nil},
	} {
		if got := x.Pre[tc.mod]; !reflect.DeepEqual(got, tc.pre) {
			t.Errorf("pre of %s = %v, want %v", tc.mod, got, tc.pre)
		}
		if got := x.Post[tc.mod]; !reflect.DeepEqual(got, tc.post) {
			t.Errorf("post of %s = %v, want %v", tc.mod, got, tc.post)
		}
	}
	if !x.Builtin["virtio_pci"] || x.Builtin["ext4"] {
		t.Errorf("builtin = %v", x.Builtin)
	}
	if len(x.Aliases) != 9 || x.Aliases[0].Pattern != "crypto-crc32c" || x.Aliases[0].Module != "crc32c_generic" {
		t.Errorf("aliases = %v, want the 9 lines as written (comments skipped)", x.Aliases)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		fs   fstest.MapFS
		want string // in the error
	}{
		{"no modules.dep", fstest.MapFS{"modules.alias": {}}, "modules.dep"},
		{"no colon", fstest.MapFS{"modules.dep": {Data: []byte("a.ko:\nkernel/b.ko kernel/a.ko\n")}}, "modules.dep line 2"},
		// kmod reads paths relative to the module directory; depmod
		// writes nothing else.
		{"absolute", fstest.MapFS{"modules.dep": {Data: []byte("/lib/modules/6.1/kernel/a.ko:\n")}}, "modules.dep line 1: absolute path"},
		{"bad alias", fstest.MapFS{"modules.dep": {}, "modules.alias": {Data: []byte("# c\n\nalias a\n")}}, "modules.alias line 3"},
		{"bad softdep", fstest.MapFS{"modules.dep": {}, "modules.softdep": {Data: []byte("options a b=1\n")}}, "modules.softdep line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(tc.fs); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one with %q", err, tc.want)
			}
		})
	}
	// Only modules.dep is required.
	if _, err := Load(fstest.MapFS{"modules.dep": {}}); err != nil {
		t.Errorf("modules.dep alone: %v", err)
	}
}

// Glob follows fnmatch(3) as kmod calls it (no flags).
func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pattern, s string
		want       bool
	}{
		{"", "", true},
		{"", "a", false},
		{"abc", "abc", true},
		{"abc", "abd", false},
		{"a*", "a", true},
		{"*", "", true},
		{"a*c", "abbbc", true},
		{"a*c", "abbbd", false},
		{"a?c", "abc", true},
		{"a?c", "ac", false},
		{"virtio:d00000001v*", "virtio:d00000001v00001AF4", true},
		{"pci:v00001AF4d*sv*sd*bc*sc*i*", "pci:v00001AF4d00001000sv00001AF4sd00000001bc02sc00i00", true},
		{"pci:v00001AF4d*sv*sd*bc*sc*i*", "pci:v00008086d00001000sv00001AF4sd00000001bc02sc00i00", false},
		// '*' and '?' match '/', unlike path.Match: DMI dates.
		{"dmi:*svnDellInc.:*", "dmi:bvnDellInc.:bvrA07:bd05/20/2016:svnDellInc.:pnLatitude", true},
		{"a?b", "a/b", true},
		{"usb:v13FDp3940d0[0-2]*", "usb:v13FDp3940d0100dc00", true},
		{"usb:v13FDp3940d0[0-2]*", "usb:v13FDp3940d0300dc00", false},
		{"x[!0-2]", "x3", true},
		{"x[!0-2]", "x1", false},
		{"x[^a]", "xb", true},
		{"x[]a]", "x]", true},
		{"x[a-]", "x-", true},
		{"x[", "x[", true}, // no ']': literal
		{`a\*`, "a*", true},
		{`a\*`, "ab", false},
		{"*a*b*c*", "xxaxxbxxcxx", true},
		{"*a*b*c*d", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabc", false},
	} {
		if got := Glob(tc.pattern, tc.s); got != tc.want {
			t.Errorf("Glob(%q, %q) = %v, want %v", tc.pattern, tc.s, got, tc.want)
		}
	}
}

func TestMatch(t *testing.T) {
	x := load(t)
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"virtio:d00000001v00001AF4", []string{"virtio_net"}},
		{"virtio:d00000003v00001AF4", nil},
		{"pci:v00001AF4d00001000sv00001AF4sd00000001bc02sc00i00", []string{"unused"}},
		{"crc32c", []string{"crc32c_generic", "crc32c_intel"}},
		// Both sides normalized ('-' is '_'), as kmod: the softdep
		// crypto-crc32c, and the underscore spelling a user may type.
		{"crypto-crc32c", []string{"crc32c_generic", "crc32c_intel"}},
		{"crypto_crc32c", []string{"crc32c_generic", "crc32c_intel"}},
		{"fs_ext4", []string{"ext4"}},
		// but not in a bracket, where '-' is a range.
		{"usb:v13FDp3940d0100dc00", []string{"unused"}},
		{"dmi:bvnDellInc.:bvrA07:bd05/20/2016:svnDellInc.:pnLatitude-7490:", []string{"dell_laptop"}},
		{"acpi:PNP0A03:", nil},
	} {
		if got := x.Match(tc.name); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Match(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestLookup(t *testing.T) {
	x := load(t)
	for _, tc := range []struct {
		name string
		want []string
		ok   bool
	}{
		{"ext4", []string{"ext4"}, true},
		{"fs-ext4", []string{"ext4"}, true},
		// A module's name, spelled either way, even mixed.
		{"snd_hda-intel", []string{"snd_hda_intel"}, true},
		{"crc32c-intel", []string{"crc32c_intel"}, true},
		{"virtio:d00000001v00001AF4", []string{"virtio_net"}, true},
		{"virtio_pci", nil, true},
		{"virtio-pci", nil, true},
		{"no_such_module", nil, false},
	} {
		got, ok := x.Lookup(tc.name)
		if !reflect.DeepEqual(got, tc.want) || ok != tc.ok {
			t.Errorf("Lookup(%q) = %v, %v, want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

var ext4Closure = []string{"crc16", "crc32c_generic", "crc32c_intel", "ext4", "jbd2", "mbcache"}

func modules(steps []Step) []string {
	out := []string{}
	for _, s := range steps {
		out = append(out, s.Module)
	}
	return out
}

// The set of modules the initramfs builder takes.
func TestOrderClosure(t *testing.T) {
	x := load(t)
	for _, tc := range []struct {
		name   string
		wanted []string
		want   []string
	}{
		{"leaf", []string{"crc16"}, []string{"crc16"}},
		// Dependencies, and the softdep through its alias to both providers.
		{"deps and softdep alias", []string{"ext4"}, ext4Closure},
		{"requested by alias", []string{"fs-ext4"}, ext4Closure},
		{"alias spelling", []string{"fs_ext4"}, ext4Closure},
		{"dash spelling", []string{"crc32c-intel"}, []string{"crc32c_intel"}},
		{"alias with two providers", []string{"crc32c"}, []string{"crc32c_generic", "crc32c_intel"}},
		// A glob alias, as a modalias asks.
		{"modalias", []string{"virtio:d00000001v00001AF4"}, []string{"failover", "net_failover", "virtio_net"}},
		// A missing optional softdep is not an error.
		{"transitive deps", []string{"virtio_net"}, []string{"failover", "net_failover", "virtio_net"}},
		{"builtin skipped", []string{"virtio_pci", "virtio"}, []string{}},
		{"builtin among others", []string{"virtio_pci", "crc16"}, []string{"crc16"}},
		{"duplicates", []string{"ext4", "jbd2", "fs-ext4"}, ext4Closure},
		{"nothing", nil, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			steps, err := x.Order(tc.wanted...)
			if err != nil {
				t.Fatal(err)
			}
			got := modules(steps)
			sort.Strings(got)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Order(%v) = %v, want %v", tc.wanted, got, tc.want)
			}
		})
	}
	if _, err := x.Order("ext4", "no_such_module"); err == nil || !strings.Contains(err.Error(), "no_such_module") {
		t.Errorf("Order of an unknown module: err = %v", err)
	}
	y, err := Load(fstest.MapFS{"modules.dep": {Data: []byte("a.ko: b.ko\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := y.Order("a"); err == nil || !strings.Contains(err.Error(), "a needs b") {
		t.Errorf("Order with a dependency modules.dep lacks: err = %v", err)
	}
}

// The order the init inserts in: dependencies (theirs first), pre
// softdeps, the module, post softdeps; what only a softdep reaches is
// optional.
func TestOrder(t *testing.T) {
	x := load(t)
	for _, tc := range []struct {
		wanted []string
		want   []Step
	}{
		{[]string{"ext4"}, []Step{{"crc16", false}, {"mbcache", false}, {"jbd2", false},
			{"crc32c_generic", true}, {"crc32c_intel", true}, {"ext4", false}}},
		// failover before net_failover, though modules.dep lists it last.
		{[]string{"virtio_net"}, []Step{{"failover", false}, {"net_failover", false}, {"virtio_net", false}}},
		{[]string{"snd-hda-intel"}, []Step{{"crc16", true}, {"mbcache", true}, {"snd_hda_intel", false}, {"unused", true}}},
		// Wanted after a softdep reached it: no longer optional.
		{[]string{"ext4", "crc32c_intel"}, []Step{{"crc16", false}, {"mbcache", false}, {"jbd2", false},
			{"crc32c_generic", true}, {"crc32c_intel", false}, {"ext4", false}}},
	} {
		got, err := x.Order(tc.wanted...)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Order(%v) =\n%v, want\n%v", tc.wanted, got, tc.want)
		}
	}
	// Softdeps in a cycle end.
	y, err := Load(fstest.MapFS{"modules.dep": {Data: []byte("a.ko:\nb.ko:\n")},
		"modules.softdep": {Data: []byte("softdep a pre: b\nsoftdep b pre: a\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := y.Order("a"); err != nil || !reflect.DeepEqual(got, []Step{{"b", true}, {"a", false}}) {
		t.Errorf("softdep cycle: %v, %v", got, err)
	}
}

// TestRealIndex reads this host's module index, what the initramfs builder
// reads for amd64.
func TestRealIndex(t *testing.T) {
	dir := "/lib/modules/6.1.0-57-amd64"
	if _, err := os.Stat(filepath.Join(dir, "modules.dep")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs the kernel's modules: %v", err)
		}
		t.Skipf("no module index: %v", err)
	}
	x, err := Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	steps, err := x.Order("ext4")
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, s := range steps {
		if _, dup := at[s.Module]; dup {
			t.Errorf("%s twice in %v", s.Module, steps)
		}
		at[s.Module] = i
		// Every dependency comes first.
		for _, d := range x.Deps[s.Module] {
			if j, ok := at[d]; !ok || j > i {
				t.Errorf("%s before its dependency %s: %v", s.Module, d, steps)
			}
		}
	}
	for _, d := range []string{"jbd2", "mbcache", "crc16"} {
		if i, ok := at[d]; !ok || i > at["ext4"] {
			t.Errorf("ext4's closure %v: want %s before ext4", steps, d)
		}
	}
	// ext4's softdep crypto-crc32c reaches crc32c modules, optional.
	var crc []string
	for _, s := range steps {
		if strings.HasPrefix(s.Module, "crc32c") {
			crc = append(crc, s.Module)
			if !s.Optional {
				t.Errorf("%s: not optional", s.Module)
			}
		}
	}
	if len(crc) == 0 {
		t.Errorf("ext4's closure %v has no crc32c module", steps)
	}
	if ms := x.Match("virtio:d00000001v00001AF4"); !reflect.DeepEqual(ms, []string{"virtio_net"}) {
		t.Errorf("virtio-net's modalias: %v", ms)
	}
}

package modules

import (
	"reflect"
	"strings"
	"testing"
)

const aliasFile = `# Aliases extracted from modules themselves.
alias pci:v00001AF4d00001000sv*sd*bc*sc*i* virtio_pci
alias pci:v00001AF4d*sv*sd*bc*sc*i* virtio_pci
alias virtio:d00000001v* virtio_net
alias virtio:d00000002v* virtio_blk
alias fs-ext4 ext4
alias crypto-crc32c crc32c_generic
alias crc32c crc32c_generic
alias crc32c crc32c_intel
`

func TestParseAndMatch(t *testing.T) {
	as, err := ParseAliases(strings.NewReader(aliasFile))
	if err != nil || len(as) != 8 {
		t.Fatalf("ParseAliases: %d %v", len(as), err)
	}
	for _, tc := range []struct {
		modalias string
		want     []string
	}{
		{"pci:v00001AF4d00001000sv00001AF4sd00000001bc02sc00i00", []string{"virtio_pci"}},
		{"virtio:d00000001v00001AF4", []string{"virtio_net"}},
		{"virtio:d00000003v00001AF4", nil},
		{"crc32c", []string{"crc32c_generic", "crc32c_intel"}},
		{"acpi:PNP0A03:", nil},
	} {
		if got := Match(as, tc.modalias); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Match(%q) = %v, want %v", tc.modalias, got, tc.want)
		}
	}
}

func TestPlanLoadsEachOnce(t *testing.T) {
	as, _ := ParseAliases(strings.NewReader(aliasFile))
	got := Plan(as,
		[]string{"virtio:d00000001v00001AF4", "virtio:d00000002v00001AF4", "virtio:d00000001v00001AF4"},
		[]string{"ext4", "virtio-net", "overlay"})
	want := []string{"virtio_net", "virtio_blk", "ext4", "overlay"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Plan = %v, want %v", got, want)
	}
}

func TestSoftdeps(t *testing.T) {
	sd, err := ParseSoftdeps(strings.NewReader("# comment\nsoftdep ext4 pre: crypto-crc32c\nsoftdep virtio-net pre: a post: b c\n"))
	if err != nil {
		t.Fatal(err)
	}
	// The module is normalized, its softdeps kept as written: they may be
	// aliases, whose dashes matter (TestResolveDashedAlias).
	if got := sd["ext4"].Pre; !reflect.DeepEqual(got, []string{"crypto-crc32c"}) {
		t.Errorf("ext4 pre = %v", got)
	}
	if d := sd["virtio_net"]; !reflect.DeepEqual(d.Pre, []string{"a"}) || !reflect.DeepEqual(d.Post, []string{"b", "c"}) {
		t.Errorf("virtio_net = %+v", d)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"virtio-net":                         "virtio_net",
		"kernel/fs/ext4/ext4.ko":             "ext4",
		"kernel/crypto/crc32c_generic.ko.xz": "crc32c_generic",
		"crc32c-intel":                       "crc32c_intel",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Softdeps name aliases with dashes (ext4: "pre: crypto-crc32c"), as
// modules.alias writes them: Resolve must find them, and still accept
// the underscore spelling a user may type in b2c.insmods.
func TestResolveDashedAlias(t *testing.T) {
	as, err := ParseAliases(strings.NewReader("alias crypto-crc32c crc32c_generic\nalias crc32c crc32c_generic\nalias fs_foo foo\n"))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]string{
		"crypto-crc32c": {"crc32c_generic"},
		"crc32c":        {"crc32c_generic"},
		"fs-foo":        {"foo"},
	} {
		if got := Resolve(as, name); !reflect.DeepEqual(got, want) {
			t.Errorf("Resolve(%q) = %v, want %v", name, got, want)
		}
	}
}

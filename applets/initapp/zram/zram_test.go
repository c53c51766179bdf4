package zram

import (
	"strings"
	"testing"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
)

func TestSwap(t *testing.T) {
	const mib = 1 << 20
	for _, c := range []struct {
		o    Option
		ram  int64
		want int64
	}{
		{Option{Mode: "auto"}, 160 * mib, 80 * mib},
		{Option{}, 160 * mib, 80 * mib}, // the zero value is auto
		{Option{Mode: "auto"}, 511 * mib, 511 * mib / 2},
		{Option{Mode: "auto"}, 512 * mib, 0},
		{Option{Mode: "auto"}, 4096 * mib, 0},
		{Option{Mode: "auto"}, 0, 0}, // RAM unknown: nothing
		{Option{Mode: "off"}, 160 * mib, 0},
		{Option{Mode: "size", Size: "64M", Bytes: 64 * mib}, 4096 * mib, 64 * mib},
		{Option{Mode: "size", Size: "64M", Bytes: 64 * mib}, 160 * mib, 64 * mib},
	} {
		if got := c.o.Swap(c.ram); got != c.want {
			t.Errorf("%+v with %d MiB: %d, want %d", c.o, c.ram/mib, got, c.want)
		}
	}
}

func TestSysctls(t *testing.T) {
	names := func(ss []Setting) string {
		var n []string
		for _, s := range ss {
			n = append(n, s.Name+"="+s.Value)
		}
		return strings.Join(n, " ")
	}
	for _, c := range []struct{ cmdline, want string }{
		{"console=ttyS0 b2c.run=x", "vm.swappiness=200 vm.page-cluster=0"},
		{"sysctl.vm.swappiness=100 quiet", "vm.page-cluster=0"},
		{"sysctl/vm/page-cluster=3", "vm.swappiness=200"},
		{"sysctl.vm.swappiness=10 sysctl.vm.page-cluster=2", ""},
		// Not a setting: a value is needed, and the prefix is sysctl's.
		{"sysctl.vm.swappiness b2c.vm.swappiness=1 vm.swappiness=1", "vm.swappiness=200 vm.page-cluster=0"},
	} {
		if got := names(Sysctls(strings.Fields(c.cmdline))); got != c.want {
			t.Errorf("Sysctls(%q) = %q, want %q", c.cmdline, got, c.want)
		}
	}
}

// A container's arguments that look like a setting are not one: the
// worker gives Sysctls the words of cmdline.Split, quotes kept together.
func TestSysctlsQuoted(t *testing.T) {
	words, _ := cmdline.Split(`b2c.run="docker://busybox sh -c 'echo sysctl.vm.swappiness=5'" sysctl.vm.page-cluster=1`)
	if got := Sysctls(words); len(got) != 1 || got[0].Name != "vm.swappiness" || got[0].Value != "200" {
		t.Errorf("Sysctls(%q) = %v, want vm.swappiness=200 only", words, got)
	}
}

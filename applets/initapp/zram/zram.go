// Package zram gives a small machine a swap of compressed RAM
// (b2c.zram): the idle pages of PID 1, the init's worker and podman
// compress to about a third, which leaves room for the pages of the
// binary that podman and mcli run from. Choosing the size is pure; making
// the device is zram_linux.go.
package zram

import "strings"

// AutoBelow is the RAM under which b2c.zram=auto (the default) makes a
// zram swap: below it, b2c's own processes are a large share of the RAM.
const AutoBelow = 512 << 20

// Device is the zram device b2c uses (the module creates zram0).
const Device = "/dev/zram0"

// Option is b2c.zram as planned.
type Option struct {
	Mode  string // "auto", "off" or "size"
	Size  string // as given, for "size"
	Bytes int64  // for "size"
}

// Swap returns the size of the swap to make on a machine with memTotal
// bytes of RAM, 0 for none: half the RAM below AutoBelow for auto, the
// size asked for otherwise (the uncompressed capacity: zram uses what the
// pages compress to).
func (o Option) Swap(memTotal int64) int64 {
	switch o.Mode {
	case "off":
		return 0
	case "size":
		return o.Bytes
	}
	if memTotal <= 0 || memTotal >= AutoBelow {
		return 0
	}
	return memTotal / 2
}

// Describe says what the option does, for check-cmdline.
func (o Option) Describe() string {
	switch o.Mode {
	case "off":
		return "off"
	case "size":
		return o.Size + " of compressed RAM (zram)"
	}
	return "auto: half the RAM as compressed swap (zram) below 512 MiB of RAM, else none"
}

// Setting is one /proc/sys value a zram swap wants.
type Setting struct{ Name, Value string } // Name as in sysctl: vm.swappiness

// tuning are the VM settings for a swap in RAM. swappiness 200 tells the
// kernel that swapping is as cheap as reading a file again: a page
// swapped to zram is one small decompression, a page of b2c dropped
// from a netbooted payload is a whole squashfs block decompressed again
// (at 160 MiB the default 60 thrashes on those; docs/bench.md).
// page-cluster 0: reading ahead in swap helps disks; for zram it only
// decompresses pages nobody asked for.
var tuning = []Setting{{"vm.swappiness", "200"}, {"vm.page-cluster", "0"}}

// Sysctls are the settings to write with a zram swap, less those the
// kernel command line sets itself (sysctl.vm.swappiness=N, or with
// slashes): the user's value, which the kernel applied at boot, stays.
// words is the command line as cmdline.Split makes it (quoted values are
// one word, so a container's arguments are never taken for a setting).
func Sysctls(words []string) []Setting {
	set := map[string]bool{}
	for _, w := range words {
		name, _, ok := strings.Cut(w, "=")
		if !ok {
			continue // a value is needed
		}
		for _, p := range []string{"sysctl.", "sysctl/"} {
			if rest, found := strings.CutPrefix(name, p); found {
				set[strings.ReplaceAll(rest, "/", ".")] = true
			}
		}
	}
	var out []Setting
	for _, s := range tuning {
		if !set[s.Name] {
			out = append(out, s)
		}
	}
	return out
}

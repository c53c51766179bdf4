package localboot

import (
	"strings"
	"testing"
)

func TestParseSelector(t *testing.T) {
	for in, want := range map[string]string{"": "", " default ": "", "2": "2", "Debian": "Debian", "B2C_BOOT": "B2C_BOOT"} {
		if got := ParseSelector(in).Value; got != want {
			t.Errorf("ParseSelector(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"": "the default entry", "3": "entry number 3", "-1": `titled "-1"`, "01": `titled "01"`} {
		if got := ParseSelector(in).String(); !strings.Contains(got, want) {
			t.Errorf("ParseSelector(%q).String() = %q, want it to contain %q", in, got, want)
		}
	}
}

func TestChoose(t *testing.T) {
	entries := []Entry{
		{Index: 0, Device: "vdb1", PartLabel: "ESP", FSUUID: "1234-ABCD", Format: "BLS", Title: "Debian BLS"},
		{Index: 1, Device: "vdb2", FSLabel: "rootfs", FSUUID: "0b3a4c1e-aaaa-bbbb-cccc-0123456789ab", Format: "GRUB", Title: "Debian GRUB"},
		{Index: 2, Device: "vdb2", FSLabel: "rootfs", Format: "GRUB", Title: "1"},
	}
	for _, c := range []struct {
		sel  string
		want int // -1: an error
	}{
		{"", 0},
		{"default", 0},
		{"1", 1},
		{"2", 2},
		{"3", -1},
		{"Debian GRUB", 1},
		{"ESP", 0},
		{"rootfs", 1},
		{"0B3A4C1E-AAAA-BBBB-CCCC-0123456789AB", 1}, // UUIDs are not case-sensitive
		{"ROOTFS", -1}, // labels are
		{"nothing", -1},
	} {
		e, err := Choose(entries, ParseSelector(c.sel))
		switch {
		case c.want < 0 && err == nil:
			t.Errorf("%q: chose entry %d, want an error", c.sel, e.Index)
		case c.want >= 0 && err != nil:
			t.Errorf("%q: %v", c.sel, err)
		case c.want >= 0 && e.Index != c.want:
			t.Errorf("%q: chose entry %d, want %d", c.sel, e.Index, c.want)
		}
	}
	if _, err := Choose(nil, Selector{}); err == nil || !strings.Contains(err.Error(), "no boot entry") {
		t.Errorf("no entries: %v", err)
	}
}

func TestFollow(t *testing.T) {
	for _, c := range []struct {
		always    bool
		status    int
		otherwise string
		want      bool
	}{
		{false, 0, "", true},
		{false, 1, "", false},
		{true, 1, "", true},
		{true, 0, "a reboot was asked for", false},
		{false, 0, "a poweroff was requested", false},
	} {
		ok, why := Follow(c.always, c.status, c.otherwise)
		if ok != c.want || ok != (why == "") {
			t.Errorf("Follow(%t, %d, %q) = %t, %q", c.always, c.status, c.otherwise, ok, why)
		}
	}
}

func TestDescribe(t *testing.T) {
	e := Entry{Index: 1, Device: "vdb1", PartLabel: "B2C_BOOT", FSLabel: "B2C_BOOT", FSUUID: "u", Format: "BLS", Title: "t",
		Kernel: "vdb1:/vmlinuz", Cmdline: "console=ttyS0"}
	want := `entry 1 "t" (BLS on vdb1, partition label B2C_BOOT, UUID u): kernel vdb1:/vmlinuz, initramfs none, command line: console=ttyS0`
	if got := e.Describe(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

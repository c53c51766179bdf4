package storage

import (
	"bytes"
	"encoding/binary"
	"testing"
)

var (
	vda  = BlockDev{Name: "vda", Size: 1 << 30}
	vdb  = BlockDev{Name: "vdb", Size: 1 << 30}
	vdb1 = BlockDev{Name: "vdb1", Partition: true, Parent: "vdb", Size: 1 << 29, FSType: "ext4", Label: Label}
	vdc1 = BlockDev{Name: "vdc1", Partition: true, Parent: "vdc", Size: 1 << 29}
	vdd1 = BlockDev{Name: "vdd1", Partition: true, Parent: "vdd", Size: 1 << 29, FSType: "xfs"}
	sr0  = BlockDev{Name: "sr0", Optical: true, Size: 1 << 20}
	loop = BlockDev{Name: "loop0", Size: 1 << 20}
)

func TestPlan(t *testing.T) {
	for _, tc := range []struct {
		value string
		devs  []BlockDev
		fs    []string
		op    Op
		dev   string
		wait  bool
	}{
		{"", []BlockDev{vda}, nil, None, "", false},
		{"none", []BlockDev{vda}, nil, None, "", false},
		{"auto", []BlockDev{sr0, vda, vdb, vdb1}, nil, Use, "vdb1", false},
		{"reset", []BlockDev{vda, vdb, vdb1}, nil, Format, "vdb1", false},
		{"auto", []BlockDev{sr0, loop, vda}, nil, PartitionDisk, "vda", false},
		{"auto", []BlockDev{sr0, loop}, nil, None, "", true},
		{"reset", nil, nil, None, "", true},
		{"/dev/vdb1", []BlockDev{vdb, vdb1}, nil, Use, "vdb1", false},
		{"/dev/vdc1", []BlockDev{vdc1}, nil, Format, "vdc1", false},
		{"/dev/vdd1", []BlockDev{vdd1}, nil, None, "", false}, // someone's XFS: left alone
		{"/dev/vdb", []BlockDev{vda, vdb, vdb1}, nil, Use, "vdb1", false},
		{"/dev/vda", []BlockDev{vda, vdb, vdb1}, nil, PartitionDisk, "vda", false},
		{"/dev/vdz", []BlockDev{vda}, nil, None, "", true},
		{"mycache", []BlockDev{vda}, []string{"other", "mycache"}, Filesystem, "mycache", false},
		{"bogus", []BlockDev{vda}, nil, None, "", false},
	} {
		a, wait := Plan(tc.value, tc.devs, tc.fs)
		dev := a.Partition + a.Disk + a.Filesystem
		if a.Op != tc.op || dev != tc.dev || wait != tc.wait {
			t.Errorf("Plan(%q) = %+v wait=%v; want op %v on %q wait=%v", tc.value, a, wait, tc.op, tc.dev, tc.wait)
		}
		if a.Reason == "" {
			t.Errorf("Plan(%q): no reason given", tc.value)
		}
	}
}

func TestPartitionName(t *testing.T) {
	for disk, want := range map[string]string{"vda": "vda1", "sda": "sda1", "nvme0n1": "nvme0n1p1", "mmcblk0": "mmcblk0p1"} {
		if got := PartitionName(disk, 1); got != want {
			t.Errorf("PartitionName(%q) = %q", disk, got)
		}
	}
}

func TestParseExtSuperblock(t *testing.T) {
	sb := make([]byte, 1024)
	if fs, _ := ParseExtSuperblock(sb); fs != "" {
		t.Fatal("zeroes are no filesystem")
	}
	binary.LittleEndian.PutUint16(sb[0x38:], 0xEF53)
	copy(sb[0x78:], Label)
	if fs, l := ParseExtSuperblock(sb); fs != "ext4" || l != Label {
		t.Fatalf("got %q %q", fs, l)
	}
}

func TestNewTable(t *testing.T) {
	tb, err := NewTable(2<<20, Label) // 1 GiB
	if err != nil {
		t.Fatal(err)
	}
	p := tb.Primary.Parts[0]
	if p.FirstLBA != 2048 || p.LastLBA < p.FirstLBA || p.LastLBA > tb.Primary.LastLBA || (p.LastLBA+1)%2048 != 0 {
		t.Fatalf("partition %d-%d within %d-%d", p.FirstLBA, p.LastLBA, tb.Primary.FirstLBA, tb.Primary.LastLBA)
	}
	if tb.Backup.CurrentLBA != 2<<20-1 || tb.Backup.PartStart != tb.Backup.CurrentLBA-32 {
		t.Fatalf("backup header at %d, entries at %d", tb.Backup.CurrentLBA, tb.Backup.PartStart)
	}
	if !bytes.HasPrefix(p.Name[:], []byte{'B', 0, '2', 0, 'C', 0}) {
		t.Fatalf("name %q", p.Name[:20])
	}
	if _, err := NewTable(100, Label); err == nil {
		t.Fatal("a 50 KiB disk must be refused")
	}
}

func TestSwapHeader(t *testing.T) {
	h, err := SwapHeader(64<<20, 4096)
	if err != nil {
		t.Fatal(err)
	}
	if string(h[4096-10:]) != "SWAPSPACE2" || binary.LittleEndian.Uint32(h[1024:]) != 1 || binary.LittleEndian.Uint32(h[1028:]) != 16383 {
		t.Fatal("bad header")
	}
	if _, err := SwapHeader(4096, 4096); err == nil {
		t.Fatal("a one-page swap must be refused")
	}
}

// TestIdentify: ext with its label, the formats people keep data in, and
// blank (or too short) heads.
func TestIdentify(t *testing.T) {
	at := func(off int, magic string) []byte {
		b := make([]byte, ProbeSize)
		copy(b[off:], magic)
		return b
	}
	ext := make([]byte, ProbeSize)
	binary.LittleEndian.PutUint16(ext[1024+0x38:], 0xEF53)
	copy(ext[1024+0x78:], Label)
	for _, tc := range []struct {
		name      string
		head      []byte
		fs, label string
	}{
		{"blank", make([]byte, ProbeSize), "", ""},
		{"short", []byte("XF"), "", ""},
		{"empty", nil, "", ""},
		{"ext", ext, "ext4", Label},
		{"xfs", at(0, "XFSB"), "xfs", ""},
		{"btrfs", at(0x10040, "_BHRfS_M"), "btrfs", ""},
		{"fat32", at(0x52, "FAT32   "), "vfat", ""},
		{"fat16", at(0x36, "FAT16   "), "vfat", ""},
		{"ntfs", at(3, "NTFS    "), "ntfs", ""},
		{"exfat", at(3, "EXFAT   "), "exfat", ""},
		{"swap", at(0xff6, "SWAPSPACE2"), "swap", ""},
		{"luks", at(0, "LUKS\xba\xbe"), "crypto_LUKS", ""},
		{"lvm", at(0x218, "LVM2 001"), "LVM2_member", ""},
		{"iso", at(0x8001, "CD001"), "iso9660", ""},
		{"squashfs", at(0, "hsqs"), "squashfs", ""},
		{"f2fs", at(0x400, "\x10\x20\xf5\xf2"), "f2fs", ""},
		{"md", at(0x1000, "\xfc\x4e\x2b\xa9"), "linux_raid_member", ""},
		{"btrfs cut short", at(0x10040, "_BHRfS_M")[:0x10044], "", ""},
	} {
		if fs, l := Identify(tc.head); fs != tc.fs || l != tc.label {
			t.Errorf("%s: Identify = %q, %q; want %q, %q", tc.name, fs, l, tc.fs, tc.label)
		}
	}
}

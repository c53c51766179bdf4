package storage

import (
	"bytes"
	"encoding/binary"
)

// ProbeSize is how much of a device Identify reads: enough for btrfs's
// superblock at 64 KiB.
const ProbeSize = 72 << 10

// signature is a filesystem's (or volume format's) magic at an offset.
type signature struct {
	name  string
	off   int
	magic []byte
}

// signatures are what a partition holds when it is not ext: formats people
// keep data in, so that b2c never takes such a partition for a blank one.
// Offsets and magics as the formats define them (libblkid knows the same).
var signatures = []signature{
	{"xfs", 0, []byte("XFSB")},
	{"btrfs", 0x10040, []byte("_BHRfS_M")},
	{"vfat", 0x52, []byte("FAT32   ")},
	{"vfat", 0x36, []byte("FAT12   ")},
	{"vfat", 0x36, []byte("FAT16   ")},
	{"exfat", 3, []byte("EXFAT   ")},
	{"ntfs", 3, []byte("NTFS    ")},
	{"swap", 0xff6, []byte("SWAPSPACE2")},
	{"swap", 0xff6, []byte("SWAP-SPACE")},
	{"crypto_LUKS", 0, []byte("LUKS\xba\xbe")},
	{"LVM2_member", 0x218, []byte("LVM2 001")},
	{"iso9660", 0x8001, []byte("CD001")},
	{"squashfs", 0, []byte("hsqs")},
	{"f2fs", 0x400, []byte{0x10, 0x20, 0xf5, 0xf2}},
	{"erofs", 0x400, []byte{0xe2, 0xe1, 0xf5, 0xe0}},
	{"linux_raid_member", 0x1000, []byte{0xfc, 0x4e, 0x2b, 0xa9}}, // md 1.2
	{"linux_raid_member", 0, []byte{0xfc, 0x4e, 0x2b, 0xa9}},      // md 1.1
}

// Identify says what the first bytes of a device hold: "ext4" and its
// label for an ext2/3/4 filesystem, another format's name (label "") when
// one of signatures matches, or "" for nothing b2c knows: a blank device.
func Identify(head []byte) (fstype, label string) {
	if len(head) >= 1024+0x88 {
		if fs, l := ParseExtSuperblock(head[1024 : 1024+0x88]); fs != "" {
			return fs, l
		}
	}
	for _, s := range signatures {
		if len(head) >= s.off+len(s.magic) && bytes.Equal(head[s.off:s.off+len(s.magic)], s.magic) {
			return s.name, ""
		}
	}
	return "", ""
}

// ParseExtSuperblock returns "ext4" and the label when sb (the 1024 bytes
// at offset 1024) is an ext superblock.
func ParseExtSuperblock(sb []byte) (fstype, label string) {
	if len(sb) < 0x88 || binary.LittleEndian.Uint16(sb[0x38:]) != 0xEF53 {
		return "", ""
	}
	l := sb[0x78:0x88]
	if i := bytes.IndexByte(l, 0); i >= 0 {
		l = l[:i]
	}
	return "ext4", string(l)
}

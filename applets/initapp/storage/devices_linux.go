package storage

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Scan lists the block devices the kernel knows, in /sys/class/block order.
func Scan() []BlockDev {
	ents, err := os.ReadDir("/sys/class/block")
	if err != nil {
		return nil
	}
	var out []BlockDev
	for _, e := range ents {
		out = append(out, describe(e.Name()))
	}
	return out
}

func sysRead(name, attr string) string {
	b, _ := os.ReadFile(filepath.Join("/sys/class/block", name, attr))
	return strings.TrimSpace(string(b))
}

func describe(name string) BlockDev {
	d := BlockDev{Name: name}
	if _, err := os.Stat(filepath.Join("/sys/class/block", name, "partition")); err == nil {
		d.Partition = true
		if p, err := filepath.EvalSymlinks(filepath.Join("/sys/class/block", name)); err == nil {
			d.Parent = filepath.Base(filepath.Dir(p))
		}
	}
	d.ReadOnly = sysRead(name, "ro") == "1"
	if n, err := strconv.ParseInt(sysRead(name, "size"), 10, 64); err == nil {
		d.Size = n * 512 // /sys counts 512-byte sectors whatever the disk's
	}
	// SCSI type 5 is a CD/DVD drive; sr* is their kernel name.
	d.Optical = strings.HasPrefix(name, "sr") || sysRead(name, "device/type") == "5"
	if !d.Optical && d.Size > 0 {
		d.FSType, d.Label = probeExt(filepath.Join("/dev", name))
	}
	return d
}

// probeExt reads an ext2/3/4 superblock: its magic and volume label.
func probeExt(dev string) (fstype, label string) {
	f, err := os.Open(dev)
	if err != nil {
		return "", ""
	}
	defer f.Close()
	sb := make([]byte, 1024)
	if _, err := f.ReadAt(sb, 1024); err != nil {
		return "", ""
	}
	return ParseExtSuperblock(sb)
}

// ParseExtSuperblock returns "ext4" and the label when sb (the 1024 bytes
// at offset 1024) is an ext superblock.
func ParseExtSuperblock(sb []byte) (fstype, label string) {
	if len(sb) < 0x88 || binary.LittleEndian.Uint16(sb[0x38:]) != 0xEF53 {
		return "", ""
	}
	l := sb[0x78:0x88]
	if i := strings.IndexByte(string(l), 0); i >= 0 {
		l = l[:i]
	}
	return "ext4", string(l)
}

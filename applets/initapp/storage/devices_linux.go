package storage

import (
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
		d.FSType, d.Label = probe(filepath.Join("/dev", name))
	}
	return d
}

// probe reads the start of a device and says what it holds (Identify).
// A short device is read as far as it goes.
func probe(dev string) (fstype, label string) {
	f, err := os.Open(dev)
	if err != nil {
		return "", ""
	}
	defer f.Close()
	head := make([]byte, ProbeSize)
	n, _ := f.ReadAt(head, 0)
	return Identify(head[:n])
}

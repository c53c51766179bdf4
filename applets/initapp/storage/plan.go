// Package storage gives podman a place to keep images, containers and
// volumes: the cache partition (b2c.cache_device), or RAM. Choosing what to
// do with the disks is pure (Plan); doing it is in cache_linux.go.
package storage

import (
	"fmt"
	"strings"
)

// Label is the ext4 label (and GPT partition name) of the cache partition.
const Label = "B2C_CACHE"

// BlockDev is what the planner needs to know about one block device.
type BlockDev struct {
	Name      string // vda, vda1, sr0, nvme0n1p1
	Partition bool
	Parent    string // the disk of a partition
	Optical   bool
	ReadOnly  bool
	Size      int64  // bytes
	FSType    string // what Identify found: "ext4", another format's name, "" when blank
	Label     string // filesystem label
}

// Op is what to do with the cache.
type Op int

const (
	// None: no cache, podman uses RAM.
	None Op = iota
	// Use mounts Partition as it is.
	Use
	// Format formats Partition (ext4, label B2C_CACHE) then mounts it.
	Format
	// PartitionDisk writes a new GPT with one partition on Disk, then
	// formats and mounts that partition.
	PartitionDisk
	// Filesystem mounts the named b2c.filesystem as the cache.
	Filesystem
)

// Action is the planner's decision.
type Action struct {
	Op         Op
	Partition  string // for Use and Format
	Disk       string // for PartitionDisk
	Filesystem string // for Filesystem
	Reason     string // one line for the console
}

// Plan decides what b2c.cache_device=value means given the block devices
// present now. filesystems are the names of the b2c.filesystem entries.
// wait says whether the caller should look again later (disks and device
// nodes may appear late) before settling for the returned action.
func Plan(value string, devs []BlockDev, filesystems []string) (a Action, wait bool) {
	v := strings.TrimSpace(value)
	switch {
	case v == "" || v == "none":
		return Action{Op: None, Reason: "no cache device requested"}, false
	case v == "auto" || v == "reset":
		if p := findLabelled(devs, ""); p != nil {
			if v == "reset" {
				return Action{Op: Format, Partition: p.Name, Reason: fmt.Sprintf("b2c.cache_device=reset: reformatting the %s partition %s", Label, p.Name)}, false
			}
			return Action{Op: Use, Partition: p.Name, Reason: fmt.Sprintf("using the %s partition %s", Label, p.Name)}, false
		}
		if d := firstDisk(devs); d != nil {
			return Action{Op: PartitionDisk, Disk: d.Name, Reason: fmt.Sprintf("no %s partition: partitioning and formatting the disk %s", Label, d.Name)}, false
		}
		return Action{Op: None, Reason: "no disk found: running without a cache"}, true
	case strings.HasPrefix(v, "/dev/"):
		name := strings.TrimPrefix(v, "/dev/")
		d := find(devs, name)
		if d == nil {
			return Action{Op: None, Reason: fmt.Sprintf("%s does not exist: running without a cache", v)}, true
		}
		if d.Partition {
			switch d.FSType {
			case "":
				return Action{Op: Format, Partition: d.Name, Reason: fmt.Sprintf("%s has no filesystem: formatting it", v)}, false
			case "ext4":
				return Action{Op: Use, Partition: d.Name, Reason: fmt.Sprintf("using %s", v)}, false
			}
			// Someone's data, in a format the cache cannot use: never
			// formatted unasked (b2c.cache_device=reset does not name it).
			return Action{Op: None, Reason: fmt.Sprintf("%s holds %s, not an ext4 filesystem: b2c leaves it alone and runs without a cache", v, d.FSType)}, false
		}
		if p := findLabelled(devs, d.Name); p != nil {
			return Action{Op: Use, Partition: p.Name, Reason: fmt.Sprintf("using the %s partition %s of %s", Label, p.Name, v)}, false
		}
		return Action{Op: PartitionDisk, Disk: d.Name, Reason: fmt.Sprintf("%s has no %s partition: partitioning and formatting it", v, Label)}, false
	}
	for _, fs := range filesystems {
		if fs == v {
			return Action{Op: Filesystem, Filesystem: v, Reason: fmt.Sprintf("using the filesystem %q", v)}, false
		}
	}
	return Action{Op: None, Reason: fmt.Sprintf("b2c.cache_device=%s is neither none, auto, reset, /dev/... nor a b2c.filesystem name: running without a cache", v)}, false
}

func find(devs []BlockDev, name string) *BlockDev {
	for i := range devs {
		if devs[i].Name == name {
			return &devs[i]
		}
	}
	return nil
}

// findLabelled returns the first partition labelled B2C_CACHE, on disk
// if disk is not empty.
func findLabelled(devs []BlockDev, disk string) *BlockDev {
	for i := range devs {
		d := &devs[i]
		if d.Partition && d.Label == Label && (disk == "" || d.Parent == disk) {
			return d
		}
	}
	return nil
}

// firstDisk is the first whole disk that can hold a cache: not optical,
// not read-only, not a RAM or loop device, not empty.
func firstDisk(devs []BlockDev) *BlockDev {
	for i := range devs {
		d := &devs[i]
		if d.Partition || d.Optical || d.ReadOnly || d.Size == 0 || virtual(d.Name) {
			continue
		}
		return d
	}
	return nil
}

func virtual(name string) bool {
	for _, p := range []string{"loop", "ram", "zram", "nbd", "dm-", "md", "sr"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// PartitionName is the kernel's name for partition n of disk: vda1, but
// nvme0n1p1 and mmcblk0p1 when the disk name ends with a digit.
func PartitionName(disk string, n int) string {
	if disk != "" && disk[len(disk)-1] >= '0' && disk[len(disk)-1] <= '9' {
		return fmt.Sprintf("%sp%d", disk, n)
	}
	return fmt.Sprintf("%s%d", disk, n)
}

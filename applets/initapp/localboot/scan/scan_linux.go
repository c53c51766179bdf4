// Package scan reads the boot entries of every partition with u-root's
// pkg/boot parsers, for b2c.kexec_local (package localboot chooses).
package scan

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/b2c-project/b2c/applets/initapp/localboot"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/u-root/u-root/pkg/boot"
	"github.com/u-root/u-root/pkg/boot/bls"
	"github.com/u-root/u-root/pkg/boot/grub"
	"github.com/u-root/u-root/pkg/mount"
	"github.com/u-root/u-root/pkg/mount/block"
	"github.com/u-root/u-root/pkg/ulog"
)

// Found is what a scan found: the entries, each with its loadable image
// (Images[i] is Entries[i]'s), and the read-only mounts they are read from.
type Found struct {
	Entries []localboot.Entry
	Images  []*boot.LinuxImage
	pool    *mount.Pool
}

// Close unmounts what the scan mounted.
func (f *Found) Close() {
	if f.pool != nil {
		f.pool.UnmountAll(mount.MNT_DETACH)
	}
}

// Scan mounts every partition (and every disk that holds a filesystem
// itself) read-only and reads its boot entries. logf gets one line per
// entry skipped. The caller closes the result once the kernel is loaded.
func Scan(ctx context.Context, logf func(string, ...any)) (*Found, error) {
	rereadPartitions()
	devs, err := block.GetBlockDevices()
	if err != nil {
		return nil, fmt.Errorf("list the block devices: %w", err)
	}
	var disks block.BlockDevices
	for _, d := range devs {
		if scanned(d.Name) {
			disks = append(disks, d)
		}
	}
	f := &Found{pool: &mount.Pool{}}
	for _, d := range disks {
		if ctx.Err() != nil {
			return f, ctx.Err()
		}
		m, err := f.pool.Mount(d, mount.ReadOnly)
		if err != nil {
			continue // no filesystem this kernel mounts: nothing to boot there
		}
		part := partition(d)
		add := func(format string, found []boot.OSImage) {
			for _, img := range found {
				li, ok := img.(*boot.LinuxImage)
				if !ok {
					logf("kexec_local: skipping %q on %s: %T is not a Linux kernel", img.Label(), d.Name, img)
					continue
				}
				e := part
				e.Index, e.Format, e.Title = len(f.Entries), format, li.Name
				e.Kernel, e.Initrd = f.where(li.Kernel), f.where(li.Initrd)
				e.Cmdline = li.Cmdline
				f.Entries = append(f.Entries, e)
				f.Images = append(f.Images, li)
			}
		}
		// Each parser reports "nothing here" as an error: only what they
		// find counts.
		found, _ := bls.ScanBLSEntries(ulog.Null, m.Path, nil, "")
		add("BLS", found)
		found, _ = grub.ParseLocalConfig(ctx, m.Path, devs, f.pool)
		add("GRUB", found)
	}
	return f, nil
}

// rereadPartitions makes the kernel read every disk's partition table
// again: a stage that wrote a whole disk image (dd) left it with the old
// one. Everything is unmounted by now, so no disk is busy; a disk that
// refuses keeps the table the kernel has.
func rereadPartitions() {
	ents, _ := os.ReadDir("/sys/class/block")
	for _, e := range ents {
		n := e.Name()
		if _, err := os.Stat(filepath.Join("/sys/class/block", n, "partition")); err == nil || !scanned(n) {
			continue
		}
		(&block.BlockDev{Name: n}).ReadPartitionTable()
	}
}

// scanned says whether a device may hold a system to boot: not a loop,
// RAM or compressed-RAM device, nor an optical drive (slow to probe
// without a disc).
func scanned(name string) bool {
	for _, p := range []string{"loop", "ram", "zram", "sr", "nbd"} {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	return true
}

// partition is an entry's device part: its names.
func partition(d *block.BlockDev) localboot.Entry {
	e := localboot.Entry{Device: d.Name, FSUUID: d.FsUUID}
	if b, err := os.ReadFile(filepath.Join("/sys/class/block", d.Name, "uevent")); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "PARTNAME="); ok {
				e.PartLabel = v
			}
		}
	}
	if dev, err := os.Open(d.DevicePath()); err == nil {
		head := make([]byte, storage.ProbeSize)
		n, _ := dev.ReadAt(head, 0)
		dev.Close()
		_, e.FSLabel = storage.Identify(head[:n])
	}
	return e
}

// where names a kernel or initramfs file as DEVICE:/path instead of the
// temporary mount point it is read from.
func (f *Found) where(r io.ReaderAt) string {
	if r == nil {
		return ""
	}
	var s string
	switch v := r.(type) {
	case fmt.Stringer:
		s = v.String()
	case interface{ Name() string }:
		s = v.Name()
	default:
		return fmt.Sprintf("%T", r)
	}
	s = strings.TrimPrefix(s, "file://")
	for _, m := range f.pool.MountPoints {
		if rel, ok := strings.CutPrefix(s, m.Path+"/"); ok {
			return filepath.Base(m.Device) + ":/" + rel
		}
	}
	return s
}

package storage

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"golang.org/x/sys/unix"
)

// Mountpoint is where the cache (or the tmpfs standing for it) is mounted.
const Mountpoint = "/storage"

// DeviceWait is how long b2c.cache_device waits for late disks (the init
// and the netboot loader alike).
const DeviceWait = 10 * time.Second

// Mke2fs is the mke2fs shipped in the initramfs.
var Mke2fs = "/usr/sbin/mke2fs"

// Result says what Setup did.
type Result struct {
	Action Action
	Cached bool // a persistent cache is mounted; false: tmpfs
}

// Setup carries out b2c.cache_device=value: it looks for the devices for up
// to wait (disks may appear late), then uses, formats or partitions as
// Plan decides, and mounts the result on /storage. Whatever fails, /storage
// ends up mounted (tmpfs at worst) and the reason is in the error.
// mountFS mounts a named b2c.filesystem (b2c.cache_device=NAME) on a
// target.
func Setup(value string, filesystems []string, mountFS func(name, target string) error, wait time.Duration, logf func(string, ...any)) (Result, error) {
	if err := os.MkdirAll(Mountpoint, 0o755); err != nil {
		return Result{}, err
	}
	deadline := time.Now().Add(wait)
	var a Action
	for {
		var again bool
		a, again = Plan(value, Scan(), filesystems)
		if !again || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	logf("Cache: %s", a.Reason)
	err := apply(a, mountFS, logf)
	if err == nil && a.Op != None {
		return Result{Action: a, Cached: true}, nil
	}
	if terr := mountTmpfs(); terr != nil {
		return Result{Action: a}, errors.Join(err, terr)
	}
	return Result{Action: a}, err
}

func apply(a Action, mountFS func(name, target string) error, logf func(string, ...any)) error {
	switch a.Op {
	case None:
		return nil
	case Filesystem:
		return mountFS(a.Filesystem, Mountpoint)
	case PartitionDisk:
		if err := PartitionWholeDisk(a.Disk, Label); err != nil {
			return fmt.Errorf("partitioning %s: %w", a.Disk, err)
		}
		part := PartitionName(a.Disk, 1)
		if err := waitNode("/dev/"+part, 10*time.Second); err != nil {
			return err
		}
		a.Partition = part
		fallthrough
	case Format:
		logf("Formatting /dev/%s (ext4, label %s)", a.Partition, Label)
		if err := MakeFS(a.Partition); err != nil {
			return err
		}
		fallthrough
	case Use:
		if err := unix.Mount("/dev/"+a.Partition, Mountpoint, "ext4", unix.MS_NOATIME, ""); err != nil {
			// Never reformat a cache that fails to mount: it holds the
			// user's volumes. Run in RAM and say why.
			return fmt.Errorf("mounting /dev/%s on %s: %w", a.Partition, Mountpoint, err)
		}
	}
	return nil
}

// MakeFS makes an ext4 filesystem labelled B2C_CACHE, with the encrypt
// feature so that volumes can use fscrypt.
func MakeFS(part string) error {
	cmd := exec.Command(Mke2fs, "-q", "-F", "-t", "ext4", "-O", "encrypt", "-L", Label, "/dev/"+part)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("mke2fs /dev/%s: %v: %s", part, err, out)
	}
	return nil
}

func waitNode(path string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		if _, err := os.Stat(path); err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s did not appear", path)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func mountTmpfs() error {
	err := unix.Mount("storage", Mountpoint, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "mode=0755")
	if errors.Is(err, unix.EBUSY) {
		return nil
	}
	return err
}

// FreeSpace returns the bytes available on /storage.
func FreeSpace() (avail, total uint64, err error) {
	var st unix.Statfs_t
	if err := unix.Statfs(Mountpoint, &st); err != nil {
		return 0, 0, err
	}
	return st.Bavail * uint64(st.Bsize), st.Blocks * uint64(st.Bsize), nil
}

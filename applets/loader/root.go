package loader

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// The payload's layers, on the initramfs. After the switch they are out of
// the new root's sight but stay mounted: the overlay uses them.
const (
	lowerDir = "/mnt/payload" // the squashfs, read-only
	rwDir    = "/mnt/rw"      // tmpfs: the overlay's upper and work dirs
	newRoot  = "/mnt/root"    // the overlay: the payload's init's /
)

// pseudo are what the loader needs mounted; it unmounts them before the
// switch, so the payload's init mounts them as in its own initramfs.
var pseudo = []struct{ src, dir, fstype string }{
	{"proc", "/proc", "proc"},
	{"sysfs", "/sys", "sysfs"},
	{"devtmpfs", "/dev", "devtmpfs"},
}

func mountPseudo() error {
	for _, m := range pseudo {
		if err := os.MkdirAll(m.dir, 0o755); err != nil {
			return err
		}
		if err := unix.Mount(m.src, m.dir, m.fstype, unix.MS_NOSUID, ""); err != nil && !errors.Is(err, unix.EBUSY) {
			return fmt.Errorf("mount %s on %s: %w", m.fstype, m.dir, err)
		}
	}
	return nil
}

// resetNetwork takes the interfaces down and their addresses away: the
// payload's init sets the network up itself, as on any boot.
func resetNetwork() {
	links, err := netlink.LinkList()
	if err != nil {
		console.Warnf("loader: network reset: %v", err)
		return
	}
	for _, l := range links {
		if l.Attrs().Flags&unix.IFF_LOOPBACK != 0 {
			continue
		}
		addrs, _ := netlink.AddrList(l, netlink.FAMILY_ALL)
		for _, a := range addrs {
			netlink.AddrDel(l, &a)
		}
		netlink.LinkSetDown(l)
	}
}

// attachLoop puts a file on a free loop device, read-only; the device goes
// away with its last user (autoclear). The caller closes the returned
// device once it has mounted it: closed before, the device is cleared.
func attachLoop(path string) (*os.File, error) {
	ctl, err := os.OpenFile("/dev/loop-control", os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	defer ctl.Close()
	n, err := unix.IoctlRetInt(int(ctl.Fd()), unix.LOOP_CTL_GET_FREE)
	if err != nil {
		return nil, fmt.Errorf("LOOP_CTL_GET_FREE: %w", err)
	}
	dev := fmt.Sprintf("/dev/loop%d", n)
	var loop *os.File
	// devtmpfs creates the node as the kernel adds the device.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if loop, err = os.OpenFile(dev, os.O_RDONLY, 0); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	img, err := os.Open(path)
	if err != nil {
		loop.Close()
		return nil, err
	}
	defer img.Close()
	cfg := unix.LoopConfig{Fd: uint32(img.Fd())}
	cfg.Info.Flags = unix.LO_FLAGS_READ_ONLY | unix.LO_FLAGS_AUTOCLEAR
	if err := unix.IoctlLoopConfigure(int(loop.Fd()), &cfg); err != nil {
		loop.Close()
		return nil, fmt.Errorf("LOOP_CONFIGURE %s: %w", dev, err)
	}
	return loop, nil
}

// switchRoot mounts the payload as a writable overlay, makes it the root
// and execs its init, which becomes PID 1's program. The initramfs's own
// files are deleted first (RAM they would keep), as switch_root does;
// the payload file stays in use by its loop device.
func switchRoot(img string) error {
	loop, err := attachLoop(img)
	if err != nil {
		return fmt.Errorf("loop device for the payload: %w", err)
	}
	dev := loop.Name()
	defer loop.Close()
	for _, d := range []string{lowerDir, rwDir, newRoot} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := unix.Mount(dev, lowerDir, "squashfs", unix.MS_RDONLY, ""); err != nil {
		return fmt.Errorf("mount the payload (%s, squashfs): %w", dev, err)
	}
	loop.Close()
	if err := unix.Mount("payload-rw", rwDir, "tmpfs", 0, "mode=0755"); err != nil {
		return fmt.Errorf("mount tmpfs on %s: %w", rwDir, err)
	}
	for _, d := range []string{"upper", "work"} {
		if err := os.Mkdir(filepath.Join(rwDir, d), 0o755); err != nil {
			return err
		}
	}
	opts := fmt.Sprintf("lowerdir=%s,upperdir=%s/upper,workdir=%s/work", lowerDir, rwDir, rwDir)
	if err := unix.Mount("payload", newRoot, "overlay", 0, opts); err != nil {
		return fmt.Errorf("mount the overlay on %s: %w", newRoot, err)
	}
	if _, err := os.Lstat(filepath.Join(newRoot, "init")); err != nil {
		return fmt.Errorf("the payload has no /init: %w", err)
	}
	console.Logf("loader: the payload is mounted (%s): starting its b2c", dev)
	var rootDev uint64
	if st, err := os.Stat("/"); err == nil {
		rootDev = devOf(st)
	}
	for i := len(pseudo) - 1; i >= 0; i-- {
		unix.Unmount(pseudo[i].dir, unix.MNT_DETACH)
	}
	removeRootfs("/", rootDev)
	if err := os.Chdir(newRoot); err != nil {
		return err
	}
	if err := unix.Mount(".", "/", "", unix.MS_MOVE, ""); err != nil {
		return fmt.Errorf("move %s to /: %w", newRoot, err)
	}
	if err := unix.Chroot("."); err != nil {
		return fmt.Errorf("chroot: %w", err)
	}
	if err := os.Chdir("/"); err != nil {
		return err
	}
	err = unix.Exec("/init", []string{"/init"}, os.Environ())
	return fmt.Errorf("exec the payload's /init: %w", err)
}

func devOf(fi os.FileInfo) uint64 {
	if st, ok := fi.Sys().(*unix.Stat_t); ok {
		return st.Dev
	}
	return 0
}

// removeRootfs deletes the initramfs's files, staying on its filesystem.
// /mnt, which holds the payload's mounts, is not entered at all: on
// Debian's 6.1 kernel, walking into it deleted the overlay's upper files
// (seen in the lab: every write under / then failed with ENOENT).
func removeRootfs(dir string, dev uint64) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		p := filepath.Join(dir, e.Name())
		fi, err := os.Lstat(p)
		if err != nil || devOf(fi) != dev {
			continue
		}
		if fi.IsDir() {
			if p == "/mnt" {
				continue
			}
			removeRootfs(p, dev)
			os.Remove(p) // fails for a mount point: kept
			continue
		}
		os.Remove(p)
	}
}

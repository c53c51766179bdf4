// Package mounts sets up the filesystems PID 1 needs before anything else.
package mounts

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// Mount is one entry of the early mount table.
type Mount struct {
	Source, Target, FSType string
	Flags                  uintptr
	Data                   string
	Mode                   os.FileMode
}

const nodevExecSuid = unix.MS_NOSUID | unix.MS_NODEV | unix.MS_NOEXEC

// Early is what podman, crun and the init expect to find mounted: the
// pseudo-filesystems, /dev/shm (podman's lock manager fails without it), a
// cgroup2 hierarchy (crun, cgroupfs manager) and tmpfs scratch space.
var Early = []Mount{
	{"proc", "/proc", "proc", nodevExecSuid, "", 0o555},
	{"sysfs", "/sys", "sysfs", nodevExecSuid, "", 0o555},
	{"devtmpfs", "/dev", "devtmpfs", unix.MS_NOSUID, "mode=0755", 0o755},
	{"devpts", "/dev/pts", "devpts", unix.MS_NOSUID | unix.MS_NOEXEC, "gid=5,mode=0620,ptmxmode=0666", 0o755},
	{"shm", "/dev/shm", "tmpfs", unix.MS_NOSUID | unix.MS_NODEV, "mode=1777", 0o1777},
	{"run", "/run", "tmpfs", unix.MS_NOSUID | unix.MS_NODEV, "mode=0755", 0o755},
	{"tmp", "/tmp", "tmpfs", unix.MS_NOSUID | unix.MS_NODEV, "mode=1777", 0o1777},
	{"tmp", "/var/tmp", "tmpfs", unix.MS_NOSUID | unix.MS_NODEV, "mode=1777", 0o1777},
	{"cgroup2", "/sys/fs/cgroup", "cgroup2", nodevExecSuid, "", 0o555},
}

// MountAll mounts each entry, creating its target. An entry already mounted
// (EBUSY, e.g. devtmpfs with CONFIG_DEVTMPFS_MOUNT) is fine.
func MountAll(ms []Mount) error {
	var errs []error
	for _, m := range ms {
		if err := os.MkdirAll(m.Target, m.Mode|0o700); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := unix.Mount(m.Source, m.Target, m.FSType, m.Flags, m.Data); err != nil && !errors.Is(err, unix.EBUSY) {
			errs = append(errs, fmt.Errorf("mount %s on %s: %w", m.FSType, m.Target, err))
		}
	}
	return errors.Join(errs...)
}

// EnableControllers delegates every available cgroup2 controller to the
// children of the root cgroup, so that podman's cgroupfs manager can set
// memory, pids and cpu limits.
func EnableControllers() error {
	b, err := os.ReadFile("/sys/fs/cgroup/cgroup.controllers")
	if err != nil {
		return err
	}
	var req string
	for _, c := range strings.Fields(string(b)) {
		req += " +" + c
	}
	if req == "" {
		return nil
	}
	return os.WriteFile("/sys/fs/cgroup/cgroup.subtree_control", []byte(req[1:]), 0o644)
}

// Package shutdown takes the machine down cleanly: sync, swap off, unmount
// what can be unmounted, then reboot(2) — or the user's own command.
package shutdown

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Mode is how the machine goes down.
type Mode int

const (
	Poweroff Mode = iota
	Reboot
	// Kexec boots the kernel loaded by kexec_file_load(2) (package kexec).
	Kexec
)

func (m Mode) String() string {
	switch m {
	case Reboot:
		return "reboot"
	case Kexec:
		return "kexec"
	}
	return "poweroff"
}

// pseudo are the filesystems never worth unmounting (and /dev/console
// keeps printing through devtmpfs until the end).
var pseudo = map[string]bool{
	"proc": true, "sysfs": true, "devtmpfs": true, "devpts": true,
	"cgroup2": true, "rootfs": true, "ramfs": true,
}

// UnmountOrder returns the mount points of /proc/self/mounts content that
// should be unmounted, deepest first.
func UnmountOrder(mounts string) []string {
	var out []string
	s := bufio.NewScanner(strings.NewReader(mounts))
	for s.Scan() {
		f := strings.Fields(s.Text())
		if len(f) < 3 || pseudo[f[2]] || f[1] == "/" {
			continue
		}
		switch f[1] {
		case "/dev/shm", "/run", "/tmp", "/var/tmp", "/dev/pts":
			// tmpfs in RAM: nothing to flush, and the console may still
			// need /dev.
			continue
		}
		out = append(out, unescape(f[1]))
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.Count(out[i], "/") > strings.Count(out[j], "/")
	})
	return out
}

// unescape undoes /proc/mounts' octal escapes (\040 for a space).
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			v := 0
			ok := true
			for _, c := range s[i+1 : i+4] {
				if c < '0' || c > '7' {
					ok = false
					break
				}
				v = v*8 + int(c-'0')
			}
			if ok {
				b.WriteByte(byte(v))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// SwapsOff disables every active swap area.
func SwapsOff() {
	b, err := os.ReadFile("/proc/swaps")
	if err != nil {
		return
	}
	lines := strings.Split(string(b), "\n")
	for _, l := range lines[1:] {
		if f := strings.Fields(l); len(f) > 0 {
			swapoff(unescape(f[0]))
		}
	}
}

// Unmount unmounts what /proc/self/mounts lists, deepest first; a busy
// filesystem is lazily detached and remounted read-only.
func Unmount(logf func(string, ...any)) {
	b, err := os.ReadFile("/proc/self/mounts")
	if err != nil {
		return
	}
	for _, m := range UnmountOrder(string(b)) {
		if err := unix.Unmount(m, 0); err != nil {
			unix.Mount("", m, "", unix.MS_REMOUNT|unix.MS_RDONLY, "")
			if err := unix.Unmount(m, unix.MNT_DETACH); err != nil && logf != nil {
				logf("could not unmount %s: %v", m, err)
			}
		}
	}
}

// Final syncs and calls reboot(2). It returns only if the kernel refused.
func Final(mode Mode) error {
	unix.Sync()
	cmd := unix.LINUX_REBOOT_CMD_POWER_OFF
	switch mode {
	case Reboot:
		cmd = unix.LINUX_REBOOT_CMD_RESTART
	case Kexec:
		cmd = unix.LINUX_REBOOT_CMD_KEXEC
	}
	return unix.Reboot(cmd)
}

// swapoff wraps swapoff(2), which x/sys/unix does not.
func swapoff(path string) error {
	p, err := unix.BytePtrFromString(path)
	if err != nil {
		return err
	}
	if _, _, e := unix.Syscall(unix.SYS_SWAPOFF, uintptr(unsafe.Pointer(p)), 0, 0); e != 0 {
		return e
	}
	return nil
}

// Leftovers lists the processes that would keep filesystems busy: every
// live process but PID 1, the caller and kernel threads.
func Leftovers() []int {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	self := os.Getpid()
	var out []int
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == 1 || pid == self {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		if live, user := statLive(string(b)); live && user {
			out = append(out, pid)
		}
	}
	return out
}

// pfKthread is PF_KTHREAD in /proc/PID/stat's flags.
const pfKthread = 0x00200000

// statLive reads /proc/PID/stat: whether the process is alive (not a
// zombie) and a user process (not a kernel thread).
func statLive(stat string) (live, user bool) {
	// The command name is in parentheses and may hold anything.
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return false, false
	}
	f := strings.Fields(stat[i+1:])
	// f[0] is the state, f[6] the flags (fields 3 and 9 of proc(5)).
	if len(f) < 7 {
		return false, false
	}
	flags, err := strconv.ParseUint(f[6], 10, 64)
	return f[0] != "Z" && f[0] != "X", err == nil && flags&pfKthread == 0
}

// KillLeftovers ends what is still running before the unmount, as
// systemd's shutdown does: SIGTERM to everything (kill(-1) spares PID 1
// and the caller), up to grace for it to go, then SIGKILL to the rest.
// Zombies do not count: they hold no file open.
func KillLeftovers(grace time.Duration, logf func(string, ...any)) {
	left := Leftovers()
	if len(left) == 0 {
		return
	}
	logf("Shutdown: %d process(es) still running: SIGTERM", len(left))
	unix.Kill(-1, unix.SIGTERM)
	deadline := time.Now().Add(grace)
	for len(left) > 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		left = Leftovers()
	}
	if len(left) == 0 {
		return
	}
	logf("Shutdown: %d process(es) still running after %v: SIGKILL", len(left), grace)
	unix.Kill(-1, unix.SIGKILL)
	for end := time.Now().Add(2 * time.Second); len(Leftovers()) > 0 && time.Now().Before(end); {
		time.Sleep(100 * time.Millisecond)
	}
}

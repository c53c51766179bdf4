package kexec

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/u-root/u-root/pkg/boot"
	"golang.org/x/sys/unix"
)

// Load puts the request's kernel in place for reboot(LINUX_REBOOT_CMD_KEXEC)
// (shutdown.Kexec) and returns the system call that did it. It reads the
// files now: the volume may be unmounted before the machine goes down.
func Load(r *Request) (string, error) {
	k, err := os.Open(r.Kernel)
	if err != nil {
		return "", err
	}
	defer k.Close()
	li := &boot.LinuxImage{Kernel: k, Cmdline: r.Cmdline}
	if r.Initrd != "" {
		f, err := os.Open(r.Initrd)
		if err != nil {
			return "", err
		}
		defer f.Close()
		li.Initrd = f
	}
	return LoadImage(li)
}

// LoadImage loads a kernel the one way b2c does (b2c.kexec, b2c.kexec_from,
// b2c.kexec_local): pkg/boot's Linux image with kexec_file_load(2), or
// kexec_load(2) where the kernel has no kexec_file_load. It returns the
// system call used.
func LoadImage(li *boot.LinuxImage) (string, error) {
	// pkg/boot copies what is not a read-only tmpfs file to the temporary
	// directory first; those copies are RAM once loaded, or useless.
	defer removeCopies()
	li.LoadSyscall = false
	err := li.Load()
	if err == nil {
		return FileLoadCall, nil
	}
	if !FallBack(err) {
		return "", fmt.Errorf("%s: %w", FileLoadCall, bare(err))
	}
	li.LoadSyscall = true
	if err2 := li.Load(); err2 != nil {
		return "", fmt.Errorf("%s (after %s: %v): %w", LoadCall, FileLoadCall, bare(err), bare(err2))
	}
	return LoadCall, nil
}

// bare is the system call's own error when there is one: pkg/boot's
// kexec_file_load error spells out the command line, which may hold a
// secret.
func bare(err error) error {
	var errno unix.Errno
	if errors.As(err, &errno) {
		return errno
	}
	return err
}

// removeCopies deletes pkg/boot's temporary copies (CopyToFileIfNotRegular).
func removeCopies() {
	m, _ := filepath.Glob(filepath.Join(os.TempDir(), "kexec-image*"))
	for _, f := range m {
		os.Remove(f)
	}
}

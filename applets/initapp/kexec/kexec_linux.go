package kexec

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// Load puts the request's kernel in place for reboot(LINUX_REBOOT_CMD_KEXEC)
// (shutdown.Kexec). It reads the files now: the volume may be unmounted
// before the machine goes down.
func Load(r *Request) error {
	k, err := os.Open(r.Kernel)
	if err != nil {
		return err
	}
	defer k.Close()
	initrd, flags := -1, unix.KEXEC_FILE_NO_INITRAMFS
	if r.Initrd != "" {
		f, err := os.Open(r.Initrd)
		if err != nil {
			return err
		}
		defer f.Close()
		initrd, flags = int(f.Fd()), 0
	}
	if err := unix.KexecFileLoad(int(k.Fd()), initrd, r.Cmdline, flags); err != nil {
		return fmt.Errorf("kexec_file_load: %w", err)
	}
	return nil
}

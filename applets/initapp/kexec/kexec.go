// Package kexec hands the machine over to another kernel without going
// through the firmware: a stage leaves a kernel (and optionally an
// initramfs and a command line) in the volume named by b2c.kexec_from,
// and after the pipeline's end b2c boots it. Finding the request is pure;
// loading it is pkg/boot's Linux image (kexec_linux.go), which every kexec
// of b2c goes through.
package kexec

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"
)

// The system calls a kernel is loaded with, as the console names them.
const (
	FileLoadCall = "kexec_file_load"
	LoadCall     = "kexec_load"
)

// FallBack says whether kexec_file_load's error means the running kernel
// does not have it (not built in, or not for this architecture), so that
// kexec_load is worth a try. Other errors (a bad image, a signature
// the kernel rejects, no permission) would fail the same way or worse.
func FallBack(err error) bool {
	return errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EOPNOTSUPP)
}

// The files of a request, in the volume's top directory.
const (
	KernelFile  = "kernel"  // required: its presence is the request
	InitrdFile  = "initrd"  // optional
	CmdlineFile = "cmdline" // optional: the new kernel's command line
)

// maxCmdline is x86's COMMAND_LINE_SIZE, the smallest of the common ones.
const maxCmdline = 2048

// Request is a kernel to boot.
type Request struct {
	Kernel  string
	Initrd  string // "" for none
	Cmdline string
}

// Find returns the request left in dir, or nil when there is no kernel
// file (no request: the machine goes down as usual).
func Find(dir string) (*Request, error) {
	r := &Request{Kernel: filepath.Join(dir, KernelFile)}
	st, err := os.Stat(r.Kernel)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() || st.Size() == 0 {
		return nil, fmt.Errorf("%s is not a kernel image (empty or not a file)", KernelFile)
	}
	if st, err := os.Stat(filepath.Join(dir, InitrdFile)); err == nil {
		if !st.Mode().IsRegular() {
			return nil, fmt.Errorf("%s is not a file", InitrdFile)
		}
		r.Initrd = filepath.Join(dir, InitrdFile)
	}
	if b, err := os.ReadFile(filepath.Join(dir, CmdlineFile)); err == nil {
		// One line per option is allowed: lines are joined with spaces.
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		r.Cmdline = strings.Join(lines, " ")
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if len(r.Cmdline) >= maxCmdline {
		return nil, fmt.Errorf("%s: %d bytes, more than a kernel takes (%d)", CmdlineFile, len(r.Cmdline), maxCmdline-1)
	}
	return r, nil
}

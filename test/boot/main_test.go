// Package boot holds b2c's end-to-end tests: each boots the real kernel
// and initramfs in QEMU inside the lab (test/lab) and asserts what a user
// sees on the console and finds on the machine's disks and in S3.
//
// They run only with B2C_LAB=1, as root (make test sets everything):
//
//	B2C_LAB=1 B2C_KERNEL=/boot/vmlinuz-... B2C_INITRAMFS=$PWD/out/initramfs.linux_amd64.cpio.xz \
//	B2C_MINIO=$(sh hack/minio.sh) go test -v -parallel 2 -run TestMarker ./test/boot/
//
// Most scenarios call t.Parallel: two VMs boot side by side, each with
// its own vCPU, taps and MAC (-parallel sets how many). Those that read a
// log every VM writes to (the registry's) stay serial and run first.
package boot

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/b2c-project/b2c/test/lab"
	"github.com/b2c-project/b2c/test/need"
)

// theLab is started once for all the scenarios: they boot back to back.
var theLab *lab.Lab

// The images every scenario may use.
var images = []lab.Image{
	{Name: "busybox"},
	{Name: "hello", Cmd: `["/bin/sh", "-c", "echo Hello from a container booted by b2c; uname -sr"]`},
}

func TestMain(m *testing.M) {
	if os.Getenv("B2C_LAB") == "" {
		os.Exit(need.MainMissing("B2C_LAB is not set: the boot tests need root, QEMU and the lab (make test sets it)"))
	}
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	l, err := lab.Start(lab.Options{Minio: os.Getenv("B2C_MINIO")})
	if err != nil {
		fmt.Fprintln(os.Stderr, "starting the lab:", err)
		return 1
	}
	// Deferred, so the namespace goes when a test fails. A panicking
	// test ends the binary without running it: the services die with it
	// (Pdeathsig), only the namespace stays behind.
	defer l.Close()
	// An interrupted run (ctrl-c, go test's timeout) still stops the
	// services and deletes the namespace.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sigs
		l.Close()
		os.Exit(2)
	}()
	bin, err := lab.FindBin()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := l.PushImages(bin, images...); err != nil {
		fmt.Fprintln(os.Stderr, "pushing the test images:", err)
		return 1
	}
	theLab = l
	return m.Run()
}

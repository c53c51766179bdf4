package boot

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/b2c-project/b2c/test/lab"
	"github.com/b2c-project/b2c/test/need"
)

// arm64Push pushes the arm64 busybox image once for the tests that need
// it: two pushes of the same image side by side fail now and then.
var arm64Push struct {
	sync.Mutex
	done bool
}

func pushArm64Busybox(t *testing.T, busybox string) {
	t.Helper()
	arm64Push.Lock()
	defer arm64Push.Unlock()
	if arm64Push.done {
		return
	}
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	if err := theLab.PushImages(bin, lab.Image{Name: "busybox-arm64", Arch: "arm64", Busybox: busybox}); err != nil {
		t.Fatal(err)
	}
	arm64Push.done = true
}

// TestArm64: the cross-built b2c and initramfs (make ARCH=arm64) boot
// Debian's stock arm64 kernel on QEMU's virt board. The init loads that
// kernel's virtio, ext4 and overlay modules by itself, gets a lease,
// formats a cache disk with the arm64 mke2fs and runs an arm64 image from
// the lab registry with the arm64 crun and conmon. make lab-test sets the
// B2C_ARM64_* variables.
func TestArm64(t *testing.T) {
	t.Parallel()
	kernel, initrd, busybox := os.Getenv("B2C_ARM64_KERNEL"), os.Getenv("B2C_ARM64_INITRAMFS"), os.Getenv("B2C_ARM64_BUSYBOX")
	if kernel == "" || initrd == "" || busybox == "" {
		need.Missing(t, "B2C_ARM64_KERNEL, B2C_ARM64_INITRAMFS and B2C_ARM64_BUSYBOX are not set (make lab-test sets them)")
	}
	pushArm64Busybox(t, busybox)
	d := disk(t, 512)
	vm := boot(t, lab.VMConfig{Arch: "arm64", Kernel: kernel, Initramfs: initrd, Disks: []string{d},
		Cmdline: "b2c.cache_device=auto b2c.volume=v " + runWith("-v v:/v", "busybox-arm64", "sh", "-c",
			`'echo ARCH=$(uname -m); echo on-the-cache > /v/f && echo WROTE-VOLUME'`)})
	// The cache mounts only if ext4's softdep alias crypto-crc32c
	// loaded crc32c_generic: no other arm64 module provides crc32c. The
	// ERRO line was podman's CPU-variant probe in PID 1 (patch 0007).
	wantLines(t, vm, `Linux \S+-arm64 \(aarch64\), `, `Formatting /dev/vda1`,
		`Free space on the cache`, `^ARCH=aarch64$`, `^WROTE-VOLUME$`, `pipeline status: 0$`)
	noLine(t, vm, `running without a cache`, `getCPUVariant`)
	if _, err := fsckCache(d); err != nil {
		t.Error(err)
	}
}

// TestArm64Netboot: the arm64 netboot initramfs's loader fetches the arm64
// payload and boots the b2c inside, which runs an arm64 container.
func TestArm64Netboot(t *testing.T) {
	t.Parallel()
	kernel, initrd, payload, busybox := os.Getenv("B2C_ARM64_KERNEL"), os.Getenv("B2C_ARM64_NETBOOT"), os.Getenv("B2C_ARM64_PAYLOAD"), os.Getenv("B2C_ARM64_BUSYBOX")
	if kernel == "" || initrd == "" || payload == "" || busybox == "" {
		need.Missing(t, "B2C_ARM64_KERNEL, B2C_ARM64_NETBOOT, B2C_ARM64_PAYLOAD and B2C_ARM64_BUSYBOX are not set (make ARCH=arm64 netboot; make lab-test sets them)")
	}
	pushArm64Busybox(t, busybox)
	b, err := os.ReadFile(payload)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(theLab.WWW(), "payload-arm64.squashfs"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	vm := boot(t, lab.VMConfig{Arch: "arm64", Kernel: kernel, Initramfs: initrd,
		Cmdline: "b2c.payload_url=" + lab.HTTPURL + "/payload-arm64.squashfs " + run("busybox-arm64", "sh", "-c", `'echo ARCH=$(uname -m)'`)})
	wantLines(t, vm, `loader: downloaded the payload: \d+ bytes in [0-9.]+s, sha256 verified$`,
		`loader: the payload is mounted \(/dev/loop\d+\): starting its b2c$`,
		`Linux \S+-arm64 \(aarch64\), `, `^ARCH=aarch64$`, `pipeline status: 0$`)
}

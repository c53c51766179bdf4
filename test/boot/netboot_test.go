package boot

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/u-root/u-root/pkg/mount/gpt"

	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/test/lab"
	"github.com/b2c-project/b2c/test/need"
)

// netbootFiles returns the netboot initramfs (compressed as shipped, and
// the archive alone, quicker under TCG) and serves the payload on the
// lab's HTTP server under name.
func netbootFiles(t *testing.T, name string) (shipped, cpio string) {
	t.Helper()
	shipped, cpio, payload := os.Getenv("B2C_NETBOOT_INITRAMFS"), os.Getenv("B2C_NETBOOT_CPIO"), os.Getenv("B2C_PAYLOAD")
	if shipped == "" || cpio == "" || payload == "" {
		need.Missing(t, "B2C_NETBOOT_INITRAMFS, B2C_NETBOOT_CPIO and B2C_PAYLOAD are not set (make netboot)")
	}
	if name != "" {
		b, err := os.ReadFile(payload)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(theLab.WWW(), name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return shipped, cpio
}

// The 4 MB netboot initramfs booted by the NIC's iPXE ROM: its loader
// fetches the payload, checks its digest and boots the b2c inside, which
// runs the pipeline as the self-contained initramfs does.
func TestNetbootPayload(t *testing.T) {
	t.Parallel()
	shipped, _ := netbootFiles(t, "payload-cold.squashfs")
	vm := boot(t, lab.VMConfig{Netboot: true, Initramfs: shipped,
		Cmdline: "b2c.payload_url=" + lab.HTTPURL + "/payload-cold.squashfs " + run("hello")})
	wantLines(t, vm, `loader: downloading the payload from http://`,
		`loader: downloaded the payload: \d+ bytes in [0-9.]+s, sha256 verified$`,
		`loader: the payload is mounted \(/dev/loop\d+\): starting its b2c$`,
		`^Hello from a container booted by b2c$`, `pipeline status: 0$`)
}

// With a cache partition, the first boot keeps the payload there under its
// digest and the next one downloads nothing.
func TestNetbootPayloadCached(t *testing.T) {
	t.Parallel()
	_, cpio := netbootFiles(t, "payload-warm.squashfs")
	img := cacheDisk(t, 256)
	opts := "b2c.cache_device=auto b2c.payload_url=" + lab.HTTPURL + "/payload-warm.squashfs "
	vm := boot(t, lab.VMConfig{Initramfs: cpio, Disks: []string{img}, Cmdline: opts + run("busybox", "echo", "FIRST-BOOT")})
	wantLines(t, vm, `loader: downloaded the payload: \d+ bytes`, `loader: payload kept on the cache \(/dev/vda1\) for the next boots$`,
		`^FIRST-BOOT$`, `pipeline status: 0$`)
	// The payload's init uses the same cache: podman's images stay.
	vm = boot(t, lab.VMConfig{Initramfs: cpio, Disks: []string{img}, Cmdline: opts + run("busybox", "echo", "SECOND-BOOT")})
	wantLines(t, vm, `loader: payload [0-9a-f]{64}\.squashfs found on the cache \(/dev/vda1\), sha256 verified: nothing to download$`,
		`^SECOND-BOOT$`, `pipeline status: 0$`)
	noLine(t, vm, `loader: downloading the payload`)
}

// A payload of another digest is refused: one line, a failed status, and
// the machine powers off without running anything.
func TestNetbootPayloadWrongDigest(t *testing.T) {
	t.Parallel()
	_, cpio := netbootFiles(t, "")
	// Any other file stands for a tampered payload: the kernel.
	b, err := os.ReadFile(os.Getenv("B2C_KERNEL"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(theLab.WWW(), "payload-other.squashfs"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	vm := boot(t, lab.VMConfig{Initramfs: cpio, Cmdline: "b2c.payload_url=" + lab.HTTPURL + "/payload-other.squashfs " + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `loader: the payload's sha256 is [0-9a-f]{64}, not the [0-9a-f]{64} this loader was built for: refused$`)
	wantFailed(t, vm, "for a payload of another digest")
	noLine(t, vm, `^MUST-NOT-RUN$`, `starting its b2c`)
}

// An unreachable payload server: the loader says so after its retries and
// powers off with a failed status.
func TestNetbootPayloadUnreachable(t *testing.T) {
	t.Parallel()
	_, cpio := netbootFiles(t, "")
	// Nothing listens on port 9 of the lab's host.
	vm := boot(t, lab.VMConfig{Initramfs: cpio, Cmdline: "b2c.payload_url=http://" + lab.HostIP + ":9/payload.squashfs " + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `loader: downloading the payload from http://`+lab.HostIP+`:9/payload\.squashfs: .*connection refused`)
	wantFailed(t, vm, "for an unreachable payload")
	noLine(t, vm, `^MUST-NOT-RUN$`)
}

// cacheDisk is a disk with a GPT partition holding an empty ext4 labelled
// B2C_CACHE, as the init leaves it after its first boot.
func cacheDisk(t *testing.T, sizeMB int64) string {
	t.Helper()
	img := disk(t, sizeMB)
	f, err := os.OpenFile(img, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	pt, err := storage.NewTable(uint64(sizeMB)<<20/512, storage.Label)
	if err == nil {
		err = gpt.Write(f, pt)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	p := pt.Primary.Parts[0]
	offset := int64(p.FirstLBA) * 512
	blocks := (int64(p.LastLBA) - int64(p.FirstLBA) + 1) * 512 / 4096
	out, err := exec.Command("mke2fs", "-q", "-F", "-t", "ext4", "-b", "4096", "-L", storage.Label,
		"-E", "offset="+strconv.FormatInt(offset, 10), img, strconv.FormatInt(blocks, 10)).CombinedOutput()
	if err != nil {
		t.Fatalf("mke2fs: %v %s", err, out)
	}
	return img
}

// The payload as a pre-signed S3 URL over HTTPS (the lab's MinIO over TLS,
// its CA in the loader's bundle): its signature is never printed.
func TestNetbootPayloadHTTPS(t *testing.T) {
	t.Parallel()
	needMinio(t)
	_, cpio := netbootFiles(t, "")
	mcli(t, "mb", "--ignore-existing", "labtls/netboot")
	mcli(t, "cp", os.Getenv("B2C_PAYLOAD"), "labtls/netboot/payload.squashfs")
	shared, sig := presign(t, "labtls/netboot/payload.squashfs")
	vm := boot(t, lab.VMConfig{Initramfs: cpio, TrustLabCA: true, Cmdline: "b2c.payload_url=" + shared + " " + run("busybox", "echo", "HTTPS-PAYLOAD")})
	wantLines(t, vm, `loader: downloading the payload from https://`, `loader: downloaded the payload: \d+ bytes in [0-9.]+s, sha256 verified$`,
		`^HTTPS-PAYLOAD$`, `pipeline status: 0$`)
	noLine(t, vm, sig)
}

package boot

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/u-root/u-root/pkg/cpio"

	"github.com/b2c-project/b2c/test/lab"
)

// klStage is the provisioning stage of TestKexecLocal, served over HTTP
// (not on the command line, which the boot banner echoes): it partitions
// the VM's only disk (no cache on it), formats the partition with the
// label KXBOOT and, unless its argument is "empty", installs Debian's
// kernel and the marker initramfs with a BLS entry and a GRUB config.
const klStage = `set -e
printf 'o\nn\np\n1\n\n\nw\n' | busybox fdisk /dev/vda >/dev/null 2>&1 || true
i=0
while [ ! -e /sys/class/block/vda1/dev ]; do
	i=$((i+1)); [ $i -lt 100 ] || { echo "no vda1"; exit 1; }
	sleep 0.1
done
# The container's /dev was made before the partition existed.
busybox mknod /tmp/vda1 b $(tr : ' ' </sys/class/block/vda1/dev)
busybox mke2fs -q -L KXBOOT /tmp/vda1
mkdir -p /mnt
mount -t ext2 /tmp/vda1 /mnt
if [ "$1" != empty ]; then
	wget -q -O /mnt/vmlinuz ` + lab.HTTPURL + `/kl-vmlinuz
	wget -q -O /mnt/initrd.img ` + lab.HTTPURL + `/kl-initrd
	mkdir -p /mnt/loader/entries /mnt/boot/grub
	printf 'title KL BLS entry\nlinux /vmlinuz\ninitrd /initrd.img\noptions console=ttyS0 quiet panic=-1 klentry=bls\n' >/mnt/loader/entries/kl.conf
	printf 'menuentry "KL GRUB entry" {\n\tlinux /vmlinuz console=ttyS0 quiet panic=-1 klentry=grub\n\tinitrd /initrd.img\n}\n' >/mnt/boot/grub/grub.cfg
fi
umount /mnt
sync
echo "provisioned: $1"
`

// klInit is the marker initramfs's /init: it says which entry booted it.
// Its text is in no command line, so the marker cannot come from a boot
// banner.
const klInit = `#!/bin/sh
/bin/busybox mount -t proc proc /proc
for w in $(/bin/busybox cat /proc/cmdline); do
	case $w in klentry=*) e=${w#klentry=} ;; esac
done
/bin/busybox echo "LOCAL-ENTRY-BOOTED: $e"
/bin/busybox poweroff -f
`

// b2c.kexec_local: a stage installs a system on the disk (a BLS entry and
// a GRUB config on one partition); once the pipeline is over and all is
// unmounted, b2c boots the entry its selector names. A disk without
// entries, and a failed pipeline, power off instead.
func TestKexecLocal(t *testing.T) {
	t.Parallel()
	serveKexecLocalFiles(t)
	stage := func(arg string) string {
		return run("busybox", "sh", "-c", `'wget -q -O - `+lab.HTTPURL+`/kl-stage.sh | sh -s `+arg+`'`)
	}
	bootDisk := func(t *testing.T, cmdline string) *lab.VM {
		return boot(t, lab.VMConfig{Disks: []string{disk(t, 64)}, Cmdline: cmdline})
	}
	// The default entry is the BLS one; this boot is also the positive
	// control of "failed pipeline": the same setup, status 0, boots.
	t.Run("default-BLS", func(t *testing.T) {
		t.Parallel()
		vm := bootDisk(t, "b2c.kexec_local "+stage("full"))
		wantLines(t, vm, `^provisioned: full$`, `pipeline status: 0$`, `b2c\.kexec_local: 2 boot entries found$`,
			`b2c\.kexec_local: booting entry 0 "KL BLS entry" \(BLS on vda1, label KXBOOT, UUID [-0-9a-f]+\): kernel vda1:/vmlinuz, initramfs vda1:/initrd\.img, command line: console=ttyS0 quiet panic=-1 klentry=bls$`,
			`kexec: loaded with kexec_file_load\(2\)$`,
			`It's now safe`, `^LOCAL-ENTRY-BOOTED: bls$`, `reboot: Power down`)
		noLine(t, vm, `LOCAL-ENTRY-BOOTED: grub`)
	})
	t.Run("title-GRUB", func(t *testing.T) {
		t.Parallel()
		vm := bootDisk(t, `b2c.kexec_local="KL GRUB entry" `+stage("full"))
		wantLines(t, vm, `pipeline status: 0$`, `b2c\.kexec_local: \[1\] "KL GRUB entry" \(GRUB on vda1\)$`,
			`b2c\.kexec_local: booting entry 1 "KL GRUB entry" \(GRUB on vda1, .*\): kernel \S*vmlinuz, initramfs \S*initrd\.img, command line: console=ttyS0 quiet panic=-1 klentry=grub$`,
			`kexec: loaded with kexec_file_load\(2\)$`, `It's now safe`, `^LOCAL-ENTRY-BOOTED: grub$`, `reboot: Power down`)
		noLine(t, vm, `LOCAL-ENTRY-BOOTED: bls`)
	})
	t.Run("no-entries", func(t *testing.T) {
		t.Parallel()
		vm := bootDisk(t, "b2c.kexec_local "+stage("empty"))
		wantStatus(t, vm, 0)
		wantLines(t, vm, `^provisioned: empty$`, `pipeline status: 0$`,
			`ERROR: b2c\.kexec_local: no boot entry \(BLS or GRUB\) on any partition: powering off$`,
			`It's now safe`, `reboot: Power down`)
		noLine(t, vm, `LOCAL-ENTRY-BOOTED`, `kexec: loaded`)
	})
	t.Run("failed-pipeline", func(t *testing.T) {
		t.Parallel()
		vm := bootDisk(t, "b2c.kexec_local "+stage("full")+" "+run("busybox", "false"))
		wantFailed(t, vm, "after a failing stage")
		wantLines(t, vm, `^provisioned: full$`, `pipeline status: [1-9]`,
			`b2c\.kexec_local: not booting a local entry: the pipeline status is [1-9][0-9]*, not 0`, `It's now safe`, `reboot: Power down`)
		noLine(t, vm, `LOCAL-ENTRY-BOOTED`, `kexec: loaded`, `boot entries found`)
	})
}

// serveKexecLocalFiles puts TestKexecLocal's stage, Debian's kernel and
// the marker initramfs on the lab's HTTP server.
func serveKexecLocalFiles(t *testing.T) {
	t.Helper()
	kernel, err := os.ReadFile(os.Getenv("B2C_KERNEL"))
	if err != nil {
		t.Fatal(err)
	}
	bb, err := os.ReadFile("/bin/busybox")
	if err != nil {
		t.Fatal(err)
	}
	var initrd bytes.Buffer
	w := cpio.Newc.Writer(&initrd)
	recs := []cpio.Record{
		cpio.Directory("bin", 0o755), cpio.Directory("dev", 0o755), cpio.Directory("proc", 0o755),
		cpio.CharDev("dev/console", 0o600, 5, 1),
		cpio.StaticFile("bin/busybox", string(bb), 0o755),
		cpio.Symlink("bin/sh", "busybox"),
		cpio.StaticFile("init", klInit, 0o755),
	}
	if err := cpio.WriteRecords(w, recs); err != nil {
		t.Fatal(err)
	}
	if err := cpio.WriteTrailer(w); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"kl-vmlinuz": kernel, "kl-initrd": initrd.Bytes(), "kl-stage.sh": []byte(klStage)} {
		if err := os.WriteFile(filepath.Join(theLab.WWW(), name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

package boot

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/test/lab"
	"github.com/u-root/u-root/pkg/mount/gpt"
)

// b2c.hostname and a static b2c.iface: the container (host network) sees
// the name, the address and the nameserver; no DHCP happens.
func TestHostnameStaticIface(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.hostname=labhost " +
		"b2c.iface=eth0,address=10.77.0.50/24,gateway=10.77.0.1,nameserver=10.77.0.1 " +
		run("busybox", "sh", "-c", `'echo HOST=$(hostname); ip -4 addr show eth0; cat /etc/resolv.conf'`)})
	wantLines(t, vm, `Configured eth0`, `^HOST=labhost$`, `inet 10\.77\.0\.50/24`, `^nameserver 10\.77\.0\.1`)
	noLine(t, vm, `Got a DHCP lease`)
	wantStatus(t, vm, 0)
}

// The default hostname, the DHCP lease and NTP from the lab's chronyd
// setting a clock that starts in 2001.
func TestDefaultHostnameNTP(t *testing.T) {
	t.Parallel()
	year := time.Now().UTC().Format("2006")
	vm := boot(t, lab.VMConfig{RTCBase: "2001-01-01", Cmdline: "b2c.ntp_peer=10.77.0.1 " +
		run("busybox", "sh", "-c", `'echo HOST=$(hostname) YEAR=$(date -u +%Y)'`)})
	wantLines(t, vm, `Got a DHCP lease`, `Time before NTP: 2001-`, `Time after NTP: `+year+`-.* \(from 10\.77\.0\.1`,
		`^HOST=boot2container YEAR=`+year+`$`)
	wantStatus(t, vm, 0)
}

// b2c.extra_args_url adds options fetched over HTTP; a failed download
// stops the boot cleanly with a line naming the option.
func TestExtraArgsURL(t *testing.T) {
	t.Parallel()
	t.Run("ok", func(t *testing.T) {
		t.Parallel()
		// b2c.hostname from the URL too: set once the body is read.
		body := run("busybox", "sh", "-c", `'echo EXTRA-ARGS-WORK HOST=$(hostname)'`) + "\nb2c.hostname=fromurl\n"
		if err := os.WriteFile(filepath.Join(theLab.WWW(), "extra.txt"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/extra.txt"})
		wantLines(t, vm, `extra_args_url: got \d+ bytes`, `^EXTRA-ARGS-WORK HOST=fromurl$`, `pipeline status: 0$`)
	})
	t.Run("404", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/missing.txt " + run("busybox", "echo", "MUST-NOT-RUN")})
		wantLines(t, vm, `b2c\.extra_args_url: the download failed`)
		noLine(t, vm, `^MUST-NOT-RUN$`)
		wantFailed(t, vm, "after a failed extra_args_url")
	})
}

// Unknown options warn and the boot goes on; a fatal problem stops it
// before any container with a line naming the option.
func TestBadOptions(t *testing.T) {
	t.Parallel()
	t.Run("unknown", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.frobnicate=yes " + run("busybox", "echo", "STILL-RUNS")})
		wantLines(t, vm, `b2c\.frobnicate: unknown option, ignored`, `^STILL-RUNS$`)
		wantStatus(t, vm, 0)
	})
	t.Run("absurd swap", func(t *testing.T) {
		t.Parallel()
		// On a cache disk: without one, any swap is refused for lack
		// of a place, which proves nothing about the size.
		vm := boot(t, lab.VMConfig{Disks: []string{disk(t, 256)}, Cmdline: "b2c.cache_device=auto b2c.swap=999T " + run("busybox", "echo", "SWAP-IGNORED")})
		wantLines(t, vm, `b2c\.swap=999T: larger than the free space of the cache \(`, `^SWAP-IGNORED$`)
		wantStatus(t, vm, 0)
		noLine(t, vm, `Swap: .* enabled`)
	})
}

// The cache: the first boot partitions and formats a blank disk, enables
// swap on it and keeps a volume there; the second boot finds the
// B2C_CACHE partition as it was and the volume's data is still there.
// Its image has a repository of its own, so that the registry's log lines
// of VMs booting beside it are told apart.
func TestCacheAuto(t *testing.T) {
	t.Parallel()
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	const repo = "cache-auto"
	if err := theLab.PushImages(bin, lab.Image{Name: repo}); err != nil {
		t.Fatal(err)
	}
	d := disk(t, 1024)
	opts := "b2c.cache_device=auto b2c.swap=64M "
	vols := `b2c.volume="keep" b2c.volume="scratch,expiration=pipeline_end" `
	first := len(theLab.Log("registry"))
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: opts + vols +
		runWith("-v keep:/keep -v scratch:/scratch", repo, "sh", "-c",
			`'echo KEPT-ACROSS-BOOTS > /keep/f; echo GONE > /scratch/f; echo SWAPS=$(grep -c /storage/swapfile /proc/swaps)'`)})
	wantLines(t, vm, `Block devices: vda \(1\.0 GiB\)`, `B2C_CACHE`, `Swap: 64M enabled`, `Free space on`,
		`^SWAPS=1$`, `Removed the volume scratch`, `pipeline status: 0$`)
	if err := checkCacheDisk(d); err != nil {
		t.Fatal(err)
	}
	before := len(theLab.Log("registry"))
	// The positive control: the first boot, on a blank cache, did download
	// a layer, and bigBlobGets saw it.
	if len(bigBlobGets(theLab.Log("registry")[first:before], repo)) == 0 {
		t.Fatal("the first boot downloaded no layer that bigBlobGets sees: the check below would prove nothing")
	}
	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: opts + vols +
		runWith("-v keep:/keep -v scratch:/scratch", repo, "sh", "-c", `'cat /keep/f; ls /scratch | wc -l | sed s/^/SCRATCH=/'`)})
	wantLines(t, vm, `B2C_CACHE`, `^KEPT-ACROSS-BOOTS$`, `^SCRATCH=0$`, `pipeline status: 0$`)
	// --pull=always asks for the manifest and the small config blob
	// again, but the layers are on the cache: no layer is served again.
	if big := bigBlobGets(theLab.Log("registry")[before:], repo); len(big) > 0 {
		t.Errorf("the second boot downloaded layers again:\n%s", strings.Join(big, "\n"))
	}
	noLine(t, vm, `[Ff]ormatting`)
}

// No disk at all with cache_device=auto: a warning, the pipeline runs.
func TestCacheAutoNoDisk(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.cache_device=auto " + run("busybox", "echo", "NO-CACHE-OK")})
	wantLines(t, vm, `running without a cache`, `^NO-CACHE-OK$`, `pipeline status: 0$`)
}

// checkCacheDisk reads the disk image the way a user's tools would: a GPT
// with one partition holding an ext4 filesystem labelled B2C_CACHE with
// the encrypt feature.
func checkCacheDisk(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	pt, err := gpt.New(f)
	if err != nil {
		return fmt.Errorf("%s: no GPT: %v", path, err)
	}
	p := pt.Primary.Parts[0]
	if p.FirstLBA == 0 {
		return fmt.Errorf("%s: the GPT has no first partition", path)
	}
	sb := make([]byte, 1024)
	if _, err := f.ReadAt(sb, int64(p.FirstLBA)*512+1024); err != nil {
		return err
	}
	if binary.LittleEndian.Uint16(sb[0x38:]) != 0xEF53 {
		return fmt.Errorf("%s: partition 1 is not ext2/3/4", path)
	}
	if label := strings.TrimRight(string(sb[0x78:0x88]), "\x00"); label != "B2C_CACHE" {
		return fmt.Errorf("%s: partition 1 is labelled %q, want B2C_CACHE", path, label)
	}
	const incompatEncrypt = 0x10000
	if binary.LittleEndian.Uint32(sb[0x60:])&incompatEncrypt == 0 {
		return fmt.Errorf("%s: the cache filesystem lacks the encrypt feature", path)
	}
	return nil
}

// A keymap, an explicit module, a poweroff delay and a user shutdown
// command (run, then the built-in poweroff).
func TestKeymapInsmodsShutdown(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.keymap=fr b2c.insmods=virtio_balloon.ko b2c.poweroff_delay=2 " +
		`b2c.shutdown_cmd="/bin/b2c --version" ` + run("busybox", "echo", "OK")})
	wantLines(t, vm, `Loaded modules: .*virtio_balloon`, `Loaded the keymap fr`, `pipeline status: 0$`,
		`Waiting 2 seconds`, `Running "/bin/b2c --version" instead of the built-in poweroff`, `^podman: v4\.9\.5`,
		`It's now safe`, `reboot: Power down`)
}

// b2c.filesystem on a disk the user formatted: a volume mounts it, the
// container's file lands on that filesystem.
func TestFilesystemVolume(t *testing.T) {
	t.Parallel()
	d := disk(t, 64)
	if out, err := exec.Command("mke2fs", "-q", "-F", "-t", "ext4", "-L", "USERDATA", d).CombinedOutput(); err != nil {
		t.Fatalf("mke2fs: %v %s", err, out)
	}
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: `b2c.filesystem="userdata,src=/dev/vda,type=ext4" ` +
		`b2c.volume="results,filesystem=userdata,expiration=pipeline_end" ` +
		runWith("-v results:/r", "busybox", "sh", "-c", `'echo ON-USER-DISK > /r/result.txt'`)})
	wantStatus(t, vm, 0)
	out, err := exec.Command("debugfs", "-R", "cat /result.txt", d).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ON-USER-DISK") {
		t.Errorf("the user's filesystem lacks result.txt: %v %s", err, out)
	}
}

// ip= on a stock kernel whose NIC driver is a module: the kernel cannot
// apply it before /init, so b2c does, with the DNS server it names.
func TestKernelIPOption(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: "ip=10.77.0.61::10.77.0.1:255.255.255.0::eth0:off:10.77.0.1 " +
		run("busybox", "sh", "-c", `'ip -4 addr show eth0; cat /etc/resolv.conf'`)})
	wantLines(t, vm, `Configured eth0: 10\.77\.0\.61/24`, `inet 10\.77\.0\.61/24`, `^nameserver 10\.77\.0\.1`, `pipeline status: 0$`)
	noLine(t, vm, `Got a DHCP lease`)
}

// Two NICs on the same network: the first lease wins, once.
func TestTwoNICs(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{NICs: 2, Cmdline: run("busybox", "echo", "TWO-NICS")})
	n := 0
	for _, l := range vm.Lines() {
		if strings.Contains(l.Text, "Got a DHCP lease") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d DHCP lease lines, want 1", n)
	}
	// The contract: DHCP on every eth*/en*, the first lease to come wins
	// (whichever NIC it is on), and only that one is configured.
	wantLines(t, vm, `Got a DHCP lease .* on eth[01]: 10\.77\.0\.`, `^TWO-NICS$`, `pipeline status: 0$`)
}

// cache_device=/dev/vdb formats only that disk; reset reformats the cache
// (its data is gone, as asked); a device that never appears means no cache.
func TestCacheExplicitResetMissing(t *testing.T) {
	t.Parallel()
	a, b := disk(t, 256), disk(t, 512)
	vm := boot(t, lab.VMConfig{Disks: []string{a, b}, Cmdline: `b2c.cache_device=/dev/vdb b2c.volume="v" ` +
		runWith("-v v:/v", "busybox", "sh", "-c", `'echo BEFORE-RESET > /v/f'`)})
	wantLines(t, vm, `Formatting /dev/vdb1`, `pipeline status: 0$`)
	if err := checkCacheDisk(b); err != nil {
		t.Fatal(err)
	}
	if err := checkZero(a, 1<<20); err != nil {
		t.Fatalf("vda was touched: %v", err)
	}
	vm = boot(t, lab.VMConfig{Disks: []string{a, b}, Cmdline: `b2c.cache_device=reset b2c.volume="v" ` +
		runWith("-v v:/v", "busybox", "sh", "-c", `'ls /v | wc -l | sed s/^/FILES=/'`)})
	wantLines(t, vm, `Formatting /dev/vdb1`, `^FILES=0$`, `pipeline status: 0$`)
	vm = boot(t, lab.VMConfig{Disks: []string{a, b}, Cmdline: `b2c.cache_device=/dev/vdc ` + run("busybox", "echo", "NO-VDC")})
	wantLines(t, vm, `running without a cache`, `^NO-VDC$`, `pipeline status: 0$`)
}

// b2c.cache_device=/dev/vda1 naming a partition that holds another
// filesystem (XFS here) leaves it alone: no format, no cache, and the
// pipeline still runs. Before this check, anything but ext was taken for
// a blank partition and formatted.
func TestCacheForeignPartition(t *testing.T) {
	t.Parallel()
	img := disk(t, 128)
	f, err := os.OpenFile(img, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	pt, err := storage.NewTable(128<<20/512, "data")
	if err == nil {
		err = gpt.Write(f, pt)
	}
	// An XFS superblock's magic, then bytes of the user's data.
	data := append([]byte("XFSB"), []byte(strings.Repeat("users-data ", 90000))...)
	start := int64(pt.Primary.Parts[0].FirstLBA) * 512
	if err == nil {
		_, err = f.WriteAt(data, start)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	vm := boot(t, lab.VMConfig{Disks: []string{img}, Cmdline: `b2c.cache_device=/dev/vda1 ` + run("busybox", "echo", "FOREIGN-OK")})
	wantLines(t, vm, `Cache: /dev/vda1 holds xfs, not an ext4 filesystem: b2c leaves it alone and runs without a cache$`,
		`^FOREIGN-OK$`, `pipeline status: 0$`)
	got := make([]byte, len(data))
	f, err = os.Open(img)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.ReadAt(got, start); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("the XFS partition's bytes changed")
	}
}

// checkZero checks the first n bytes of a disk image are zero.
func checkZero(path string, n int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, 0); err != nil {
		return err
	}
	for i, c := range buf {
		if c != 0 {
			return fmt.Errorf("byte %d is %#x", i, c)
		}
	}
	return nil
}

// bigBlobGets returns the registry's access-log lines of blob downloads
// from the repository repo larger than an image config (the busybox layer
// is about a megabyte).
func bigBlobGets(log, repo string) []string {
	re := regexp.MustCompile(`"GET /v2/` + regexp.QuoteMeta(repo) + `/blobs/[^ ]+ HTTP/[0-9.]+" 200 (\d+)`)
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if m := re.FindStringSubmatch(l); m != nil {
			if n, _ := strconv.Atoi(m[1]); n > 64<<10 {
				out = append(out, l)
			}
		}
	}
	return out
}

// cachePartition copies the B2C_CACHE partition of a disk image to a file
// next to it, for e2fsck and debugfs.
func cachePartition(path string) (string, error) {
	if err := checkCacheDisk(path); err != nil {
		return "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	pt, err := gpt.New(f)
	if err != nil {
		return "", err
	}
	p := pt.Primary.Parts[0]
	part := path + ".cache-partition"
	out, err := os.Create(part)
	if err != nil {
		return "", err
	}
	_, err = io.Copy(out, io.NewSectionReader(f, int64(p.FirstLBA)*512, int64(p.LastLBA-p.FirstLBA+1)*512))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return part, err
}

// fsckCache checks the B2C_CACHE partition of a disk image was unmounted
// cleanly (no journal to replay) and is consistent (e2fsck -fn). It
// returns the partition's copy, for debugfs.
func fsckCache(path string) (string, error) {
	part, err := cachePartition(path)
	if err != nil {
		return "", err
	}
	sb := make([]byte, 1024)
	f, err := os.Open(part)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := f.ReadAt(sb, 1024); err != nil {
		return "", err
	}
	const incompatRecover = 0x4
	if binary.LittleEndian.Uint32(sb[0x60:])&incompatRecover != 0 {
		return "", fmt.Errorf("%s: the cache was not unmounted (its journal needs a replay)", path)
	}
	if o, err := exec.Command("e2fsck", "-fn", part).CombinedOutput(); err != nil {
		return "", fmt.Errorf("e2fsck -fn on the cache: %v\n%s", err, o)
	}
	return part, nil
}

// b2c.cache_device naming a b2c.filesystem: podman's storage and the
// volumes live on the user's own filesystem, found there by the next boot.
func TestCacheOnFilesystem(t *testing.T) {
	t.Parallel()
	d := disk(t, 512)
	if out, err := exec.Command("mke2fs", "-q", "-F", "-t", "ext4", "-L", "MYCACHE", d).CombinedOutput(); err != nil {
		t.Fatalf("mke2fs: %v %s", err, out)
	}
	opts := `b2c.filesystem="mycache,src=/dev/vda,type=ext4" b2c.cache_device=mycache b2c.volume=keep `
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: opts +
		runWith("-v keep:/keep", "busybox", "sh", "-c", `'echo ON-THE-USER-CACHE > /keep/f'`)})
	wantLines(t, vm, `filesystem "mycache"`, `pipeline status: 0$`)
	out, err := exec.Command("debugfs", "-R", "cat /containers/storage/volumes/keep/_data/f", d).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ON-THE-USER-CACHE") {
		t.Errorf("the volume is not on the user's filesystem: %v %s", err, out)
	}
	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: opts + runWith("-v keep:/keep", "busybox", "cat", "/keep/f")})
	wantLines(t, vm, `^ON-THE-USER-CACHE$`, `pipeline status: 0$`)
}

// A real network boot: no -kernel, the NIC's iPXE ROM gets a lease and the
// script's URL from dnsmasq, fetches the kernel and the initramfs over
// HTTP, and b2c runs the pipeline.
func TestNetboot(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Shipped: true, Netboot: true, Cmdline: run("hello")})
	wantLines(t, vm, `Kernel command line: .*b2c\.run=`, `^Hello from a container booted by b2c$`, `pipeline status: 0$`)
	if log := theLab.Log("dnsmasq"); !strings.Contains(log, "boot.ipxe") {
		t.Errorf("dnsmasq gave no iPXE script:\n%s", tail(log, 30))
	}
}

// kexec hand-off: a stage leaves a kernel, an initramfs and a command line
// in the b2c.kexec_from volume; after the pipeline b2c boots them without
// the firmware, and the second boot runs the stage of its own command
// line.
func TestKexec(t *testing.T) {
	t.Parallel()
	serveBootFiles(t, "kexec-vmlinuz", "kexec-initrd")
	second := "console=ttyS0 rootfstype=ramfs panic=-1 quiet b2c.hostname=second " + run("busybox", "echo", "SECOND-KERNEL-RUNS")
	if err := writeWWW("kexec-cmdline", second+"\n"); err != nil {
		t.Fatal(err)
	}
	get := func(name, to string) string { return "wget -q -O /kexec/" + to + " " + lab.HTTPURL + "/" + name }
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.kexec_from=kexec " + runWith("-v kexec:/kexec", "busybox", "sh", "-c",
		`'`+get("kexec-vmlinuz", "kernel")+` && `+get("kexec-initrd", "initrd")+` && `+get("kexec-cmdline", "cmdline")+` && echo FIRST-KERNEL-DONE'`)})
	wantLines(t, vm, `^FIRST-KERNEL-DONE$`, `kexec: loaded the kernel from the volume kexec \(initramfs: true\)`,
		`kexec: loaded with kexec_file_load\(2\)$`, `It's now safe`, `Kernel command line: .*b2c\.hostname=second`, `^SECOND-KERNEL-RUNS$`, `pipeline status: 0$`, `reboot: Power down`)
}

// b2c.kexec chain-boots at start: the kernel and initramfs come over HTTP,
// the command line from cmdline_url; the first kernel runs no container.
func TestKexecChainBoot(t *testing.T) {
	t.Parallel()
	serveBootFiles(t, "chain-vmlinuz", "chain-initrd")
	if err := writeWWW("chain-cmdline", "console=ttyS0 rootfstype=ramfs panic=-1 quiet b2c.hostname=chained "+run("busybox", "echo", "CHAINED-KERNEL-RUNS")+"\n"); err != nil {
		t.Fatal(err)
	}
	u := lab.HTTPURL + "/"
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.kexec=" + u + "chain-vmlinuz,initrd=" + u + "chain-initrd,cmdline_url=" + u + "chain-cmdline " +
		run("busybox", "echo", "MUST-NOT-RUN-IN-THE-FIRST")})
	wantLines(t, vm, `b2c\.kexec: got the kernel`, `b2c\.kexec: got the initramfs`, `kexec: loaded`,
		`kexec: loaded with kexec_file_load\(2\)$`, `It's now safe`,
		`Kernel command line: .*b2c\.hostname=chained`, `^CHAINED-KERNEL-RUNS$`, `pipeline status: 0$`, `reboot: Power down`)
	noLine(t, vm, `^MUST-NOT-RUN-IN-THE-FIRST$`)
	if n := strings.Count(vm.Console(), "Execution is over"); n != 1 {
		t.Errorf("%d status lines, want 1 (the second kernel's)", n)
	}
}

// serveBootFiles puts the kernel and the initramfs under test on the lab's
// HTTP server under the given names.
func serveBootFiles(t *testing.T, kernel, initrd string) {
	t.Helper()
	for src, name := range map[string]string{os.Getenv("B2C_KERNEL"): kernel, os.Getenv("B2C_INITRAMFS"): initrd} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(theLab.WWW(), name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// b2c.zram: a machine under 512 MiB gets half its RAM as compressed swap
// by default; off turns that off; a size makes one on any machine.
func TestZram(t *testing.T) {
	t.Parallel()
	// vm.* settings are the machine's: the container sees b2c's.
	swaps := run("busybox", "sh", "-c", `'echo ZRAM-SWAPS=$(grep -c ^/dev/zram0 /proc/swaps) SWAPPINESS=$(cat /proc/sys/vm/swappiness) PAGE-CLUSTER=$(cat /proc/sys/vm/page-cluster)'`)
	made := `Swap: [0-9.]+ MiB of compressed RAM \(zram\) enabled on /dev/zram0, for [0-9.]+ MiB of RAM$`
	t.Run("auto", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{MemoryMB: 384, Cmdline: swaps})
		wantLines(t, vm, made, `^ZRAM-SWAPS=1 SWAPPINESS=200 PAGE-CLUSTER=0$`, `pipeline status: 0$`)
	})
	t.Run("off", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{MemoryMB: 384, Cmdline: "b2c.zram=off " + swaps})
		// "auto" above is the positive control of these checks; 60 and
		// 3 are the kernel's defaults.
		wantLines(t, vm, `^ZRAM-SWAPS=0 SWAPPINESS=60 PAGE-CLUSTER=3$`, `pipeline status: 0$`)
		noLine(t, vm, `compressed RAM \(zram\)`)
	})
	t.Run("size", func(t *testing.T) {
		t.Parallel()
		// The command line's own setting, applied by the kernel, stays.
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.zram=48M sysctl.vm.swappiness=100 " + swaps})
		wantLines(t, vm, `Swap: 48\.0 MiB of compressed RAM \(zram\) enabled on /dev/zram0, for [0-9.]+ MiB of RAM$`,
			`^ZRAM-SWAPS=1 SWAPPINESS=100 PAGE-CLUSTER=0$`, `pipeline status: 0$`)
	})
}

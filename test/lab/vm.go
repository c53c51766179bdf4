package lab

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// VMConfig describes one boot.
type VMConfig struct {
	Kernel string // bzImage (default: $B2C_KERNEL)
	// Initramfs defaults to $B2C_INITRAMFS_CPIO, the shipped archive
	// uncompressed (under TCG, unpacking its xz took 12 of a boot's 28 s),
	// else to $B2C_INITRAMFS, the shipped file; Shipped forces the latter.
	Initramfs string
	Shipped   bool
	Cmdline   string   // b2c options, appended to the console options
	MemoryMB  int      // default 1024
	CPUs      int      // default 1: see Boot
	Disks     []string // raw disk images, as virtio disks in order
	NoNIC     bool     // boot without a network card
	NICs      int      // network cards on the lab bridge (default 1)
	// Isolated plugs the NICs into nothing: a link, but no DHCP server.
	Isolated bool
	RTCBase  string // the guest's clock at start, e.g. "2001-01-01"
	// Netboot boots from the NIC (iPXE ROM, DHCP, NetbootURL) instead of
	// QEMU's -kernel/-initrd: Kernel, Initramfs and Cmdline then go to
	// the lab's HTTP server and its iPXE script.
	Netboot bool
	// TrustLabCA adds the lab's CA to the guest's CA bundle (for
	// MinioTLSURL and the other TLS services).
	TrustLabCA bool
	// Console, if set, also receives the console as it comes (make demo).
	Console io.Writer
	// Name names the console log file in the lab directory.
	Name string
	// Watchdog adds QEMU's i6300esb watchdog, which resets the machine
	// (QEMU then exits: -no-reboot) when the guest stops feeding it.
	Watchdog bool
	// Arch is the guest's architecture: "" or "amd64" (a PC), or "arm64"
	// (QEMU's virt board; no Netboot).
	Arch string
}

// monitorSocket is where QEMU's human monitor listens, for SendKey; short,
// as unix socket paths must be under 108 bytes.
func (vm *VM) monitorSocket() string { return filepath.Join(vm.lab.Dir, fmt.Sprintf("mon%d", vm.id)) }

// Line is one console line with the host time it arrived at.
type Line struct {
	At   time.Duration // since QEMU started
	Text string
}

var vmIDs atomic.Int64

// VM is a running QEMU.
type VM struct {
	Log string // console log file, lines prefixed by host time

	cmd     *exec.Cmd
	id      int64
	slot    int // MAC slot: see Boot
	stdin   io.WriteCloser
	taps    []string
	lab     *Lab
	start   time.Time
	mu      sync.Mutex
	lines   []Line
	partial string
	changed chan struct{}
	done    chan struct{}
	exitErr error
}

// ansi matches the escape sequences of GitLab section markers, so that
// tests match the text users read.
var ansi = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

// Boot starts QEMU in the lab's namespace.
func (l *Lab) Boot(c VMConfig) (*VM, error) {
	if c.Kernel == "" {
		c.Kernel = os.Getenv("B2C_KERNEL")
	}
	if c.Initramfs == "" && !c.Shipped {
		c.Initramfs = os.Getenv("B2C_INITRAMFS_CPIO")
	}
	if c.Initramfs == "" {
		c.Initramfs = os.Getenv("B2C_INITRAMFS")
	}
	if c.Kernel == "" || c.Initramfs == "" {
		return nil, errors.New("no kernel or initramfs: set B2C_KERNEL and B2C_INITRAMFS")
	}
	if c.TrustLabCA {
		var err error
		if c.Initramfs, err = l.withLabCA(c.Initramfs); err != nil {
			return nil, fmt.Errorf("adding the lab CA to the initramfs: %v", err)
		}
	}
	if c.MemoryMB == 0 {
		c.MemoryMB = 1024
	}
	// One vCPU by default: with two, TCG guests on this 2-core host now
	// and then livelock both vCPUs in the kernel (soft lockups, RCU
	// stalls) as podman starts a container.
	if c.CPUs == 0 {
		c.CPUs = 1
	}
	if c.Name == "" {
		c.Name = "vm"
	}
	machine, console := []string{"qemu-system-x86_64", "-accel", "tcg", "-cpu", "max"}, "ttyS0"
	switch c.Arch {
	case "", "amd64":
	case "arm64":
		// virt: PCI for the virtio devices, a PL011 UART for the
		// console, no firmware needed with -kernel. pauth-impdef: TCG's
		// standard pointer authentication is slow to emulate.
		machine, console = []string{"qemu-system-aarch64", "-M", "virt", "-accel", "tcg", "-cpu", "max,pauth-impdef=on"}, "ttyAMA0"
		if c.Netboot {
			return nil, errors.New("arm64: no netboot in the lab (no iPXE ROM for virt)")
		}
	default:
		return nil, fmt.Errorf("arch %q: want amd64 or arm64", c.Arch)
	}
	args := append(machine,
		"-m", strconv.Itoa(c.MemoryMB), "-smp", strconv.Itoa(c.CPUs),
		"-nodefaults", "-display", "none", "-no-reboot",
		"-serial", "stdio",
		"-device", "virtio-rng-pci",
	)
	// ramfs: the initramfs is not capped at half the RAM; panic=-1: a
	// kernel panic ends QEMU (-no-reboot) instead of hanging a test.
	cmdline := strings.TrimSpace("console=" + console + " rootfstype=ramfs panic=-1 quiet " + c.Cmdline)
	vm := &VM{lab: l, start: time.Now(), changed: make(chan struct{}), done: make(chan struct{}), id: vmIDs.Add(1)}
	if c.NICs == 0 {
		c.NICs = 1
	}
	// QEMU gives every VM the same MAC: VMs booting side by side on the
	// bridge need their own. A slot is reused once its VM is gone, so
	// that dnsmasq hands the same few leases out again.
	vm.slot = l.takeSlot()
	if c.Netboot {
		if err := l.writeNetboot(vm.slot, c.Kernel, c.Initramfs, cmdline); err != nil {
			vm.release()
			return nil, err
		}
		args = append(args, "-boot", "n")
	} else {
		args = append(args, "-kernel", c.Kernel, "-initrd", c.Initramfs, "-append", cmdline)
	}
	for i := 0; i < c.NICs && !c.NoNIC; i++ {
		tap, err := l.newTap(c.Isolated)
		if err != nil {
			vm.release()
			return nil, err
		}
		vm.taps = append(vm.taps, tap)
		args = append(args, "-netdev", fmt.Sprintf("tap,id=n%d,ifname=%s,script=no,downscript=no", i, tap),
			"-device", fmt.Sprintf("virtio-net-pci,netdev=n%d,mac=52:54:00:b2:%02x:%02x", i, vm.slot, i))
	}
	if c.Watchdog {
		args = append(args, "-device", "i6300esb", "-action", "watchdog=reset")
	}
	if c.RTCBase != "" {
		args = append(args, "-rtc", "base="+c.RTCBase)
	}
	for i, d := range c.Disks {
		// A device with an id, so that UnplugDisk can remove it.
		args = append(args, "-drive", fmt.Sprintf("file=%s,if=none,format=raw,id=disk%d", d, i),
			"-device", fmt.Sprintf("virtio-blk-pci,drive=disk%d,id=vd%d", i, i))
	}
	vm.Log = filepath.Join(l.Dir, "logs", fmt.Sprintf("%s-%d.console", c.Name, time.Now().UnixNano()))
	args = append(args, "-monitor", "unix:"+vm.monitorSocket()+",server=on,wait=off")
	a := l.nsCmd(args...)
	vm.cmd = exec.Command(a[0], a[1:]...)
	vm.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	out, err := vm.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	vm.cmd.Stderr = vm.cmd.Stdout
	// QEMU's stdin is the serial console's input: see Type.
	if vm.stdin, err = vm.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	logf, err := os.Create(vm.Log)
	if err != nil {
		vm.release()
		return nil, err
	}
	l.logf("booting %s: %s", c.Name, c.Cmdline)
	if err := vm.cmd.Start(); err != nil {
		logf.Close()
		vm.release()
		return nil, err
	}
	go vm.read(out, logf, c.Console)
	return vm, nil
}

// read splits the console into lines, stamps them, and wakes waiters.
func (vm *VM) read(r io.Reader, logf *os.File, tee io.Writer) {
	br := bufio.NewReader(r)
	buf := make([]byte, 4096)
	for {
		n, err := br.Read(buf)
		if n > 0 {
			if tee != nil {
				tee.Write(buf[:n])
			}
			vm.mu.Lock()
			text := vm.partial + string(buf[:n])
			parts := strings.Split(text, "\n")
			vm.partial = parts[len(parts)-1]
			at := time.Since(vm.start)
			for _, p := range parts[:len(parts)-1] {
				p = strings.TrimRight(ansi.ReplaceAllString(p, ""), "\r")
				vm.lines = append(vm.lines, Line{at, p})
				fmt.Fprintf(logf, "[%8.3f] %s\n", at.Seconds(), p)
			}
			close(vm.changed)
			vm.changed = make(chan struct{})
			vm.mu.Unlock()
		}
		if err != nil {
			break
		}
	}
	err := vm.cmd.Wait()
	vm.mu.Lock()
	if vm.partial != "" {
		vm.lines = append(vm.lines, Line{time.Since(vm.start), ansi.ReplaceAllString(vm.partial, "")})
		fmt.Fprintf(logf, "[%8.3f] %s\n", time.Since(vm.start).Seconds(), vm.partial)
		vm.partial = ""
	}
	vm.exitErr = err
	logf.Close()
	close(vm.changed)
	vm.changed = make(chan struct{})
	vm.mu.Unlock()
	vm.release()
	close(vm.done)
}

// release deletes the VM's taps and frees its MAC slot.
func (vm *VM) release() {
	for _, t := range vm.taps {
		vm.lab.delTap(t)
	}
	vm.taps = nil
	vm.lab.freeSlot(vm.slot)
}

// Lines returns the console so far.
func (vm *VM) Lines() []Line {
	vm.mu.Lock()
	defer vm.mu.Unlock()
	return append([]Line(nil), vm.lines...)
}

// Console returns the whole console so far as text.
func (vm *VM) Console() string {
	var b strings.Builder
	for _, l := range vm.Lines() {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// WaitLine waits for a console line matching re and returns it.
func (vm *VM) WaitLine(re *regexp.Regexp, timeout time.Duration) (Line, error) {
	deadline := time.After(timeout)
	seen := 0
	for {
		vm.mu.Lock()
		for ; seen < len(vm.lines); seen++ {
			if re.MatchString(vm.lines[seen].Text) {
				l := vm.lines[seen]
				vm.mu.Unlock()
				return l, nil
			}
		}
		ch := vm.changed
		vm.mu.Unlock()
		select {
		case <-ch:
		case <-vm.done:
			// Lines that arrived with the end are matched on the next round.
			vm.mu.Lock()
			left := seen < len(vm.lines)
			vm.mu.Unlock()
			if !left {
				return Line{}, fmt.Errorf("QEMU ended without a line matching %q (console: %s)", re, vm.Log)
			}
		case <-deadline:
			return Line{}, fmt.Errorf("no line matching %q after %v (console: %s)", re, timeout, vm.Log)
		}
	}
}

// Wait waits for the VM to end by itself (it powers off or reboots with
// -no-reboot). On timeout it kills QEMU and says so: a test must never
// pass by killing the machine.
func (vm *VM) Wait(timeout time.Duration) error {
	select {
	case <-vm.done:
		return vm.exitErr
	case <-time.After(timeout):
		vm.Kill()
		return fmt.Errorf("the VM did not shut down by itself within %v (console: %s)", timeout, vm.Log)
	}
}

// takeSlot returns the lowest MAC slot no running VM holds.
func (l *Lab) takeSlot() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := 0; ; i++ {
		if !l.slots[i] {
			if l.slots == nil {
				l.slots = map[int]bool{}
			}
			l.slots[i] = true
			return i
		}
	}
}

func (l *Lab) freeSlot(i int) {
	l.mu.Lock()
	delete(l.slots, i)
	l.mu.Unlock()
}

// Kill ends QEMU at once (fault tests: power cut).
func (vm *VM) Kill() {
	syscall.Kill(-vm.cmd.Process.Pid, syscall.SIGKILL)
	<-vm.done
}

// Status is the pipeline status the init printed, or -1.
func (vm *VM) Status() int {
	re := regexp.MustCompile(`Execution is over, pipeline status: (-?\d+)`)
	for _, l := range vm.Lines() {
		if m := re.FindStringSubmatch(l.Text); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
	}
	return -1
}

// Run boots, waits for the VM to end by itself and returns it.
func (l *Lab) Run(ctx context.Context, c VMConfig, timeout time.Duration) (*VM, error) {
	vm, err := l.Boot(c)
	if err != nil {
		return nil, err
	}
	errc := make(chan error, 1)
	go func() { errc <- vm.Wait(timeout) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
		vm.Kill()
		err = ctx.Err()
	}
	return vm, err
}

// MakeDisk creates a sparse raw disk image of the given size.
func MakeDisk(path string, sizeMB int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Truncate(sizeMB << 20)
}

// SendKey presses keys on the VM's keyboard through QEMU's monitor, e.g.
// "ctrl-alt-delete".
func (vm *VM) SendKey(keys string) error { return vm.Monitor("sendkey " + keys) }

// UnplugDisk hot-unplugs the i-th disk of VMConfig.Disks (fault tests: a
// disk that disappears).
func (vm *VM) UnplugDisk(i int) error { return vm.Monitor(fmt.Sprintf("device_del vd%d", i)) }

// Monitor runs one command in QEMU's human monitor.
func (vm *VM) Monitor(command string) error {
	c, err := net.DialTimeout("unix", vm.monitorSocket(), 5*time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	// The monitor drops what arrives before its first prompt.
	if err := readUntil(c, "(qemu)"); err != nil {
		return fmt.Errorf("QEMU monitor: %v", err)
	}
	if _, err := fmt.Fprintf(c, "%s\n", command); err != nil {
		return err
	}
	// The next prompt means the command ran.
	return readUntil(c, "(qemu)")
}

func readUntil(r io.Reader, want string) error {
	buf := make([]byte, 4096)
	var got strings.Builder
	for !strings.Contains(got.String(), want) {
		n, err := r.Read(buf)
		if err != nil {
			return err
		}
		got.Write(buf[:n])
	}
	return nil
}

// Type sends text to the serial console, as if typed on it.
func (vm *VM) Type(text string) error {
	_, err := io.WriteString(vm.stdin, text)
	return err
}

// writeNetboot puts the kernel, the initramfs and an iPXE script booting
// them with cmdline on the lab's HTTP server. The script dnsmasq names
// (NetbootURL) chains to the one of the NIC's MAC, so that VMs booting side
// by side each get their own files.
func (l *Lab) writeNetboot(slot int, kernel, initrd, cmdline string) error {
	mac := fmt.Sprintf("52-54-00-b2-%02x-00", slot)
	for src, name := range map[string]string{kernel: "vmlinuz-" + mac, initrd: "initrd-" + mac} {
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(l.WWW(), name), b, 0o644); err != nil {
			return err
		}
	}
	// iPXE joins the kernel's arguments with single spaces, quotes
	// included: the command line arrives as written.
	script := "#!ipxe\n" +
		"echo b2c lab: netboot\n" +
		"kernel " + HTTPURL + "/vmlinuz-" + mac + " " + cmdline + "\n" +
		"initrd " + HTTPURL + "/initrd-" + mac + "\n" +
		"boot\n"
	if err := os.WriteFile(filepath.Join(l.WWW(), "boot-"+mac+".ipxe"), []byte(script), 0o644); err != nil {
		return err
	}
	chain := "#!ipxe\nchain " + HTTPURL + "/boot-${net0/mac:hexhyp}.ipxe\n"
	return os.WriteFile(filepath.Join(l.WWW(), "boot.ipxe"), []byte(chain), 0o644)
}

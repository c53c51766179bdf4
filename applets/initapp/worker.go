package initapp

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets"
	"github.com/b2c-project/b2c/applets/initapp/bootplan"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/kexec"
	"github.com/b2c-project/b2c/applets/initapp/keymap"
	"github.com/b2c-project/b2c/applets/initapp/localboot"
	"github.com/b2c-project/b2c/applets/initapp/localboot/scan"
	"github.com/b2c-project/b2c/applets/initapp/modules"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/pipeline"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/shutdown"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/applets/initapp/timeline"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
	"github.com/b2c-project/b2c/applets/initapp/zram"
	"golang.org/x/sys/unix"
)

// work is the whole boot, pipeline and clean shutdown. Its return value
// tells PID 1 how to take the machine down.
func work() (code int) {
	console.SetOutput(os.Stdout)
	timeline.Default.Clock = console.Uptime
	if ns, err := strconv.ParseInt(os.Getenv(initStartedEnv), 10, 64); err == nil {
		timeline.Default.Add("kernel, initramfs unpacking", 0, time.Duration(ns))
	}
	defer func() {
		if r := recover(); r != nil {
			console.Errorf("init: internal error: %v\n%s", r, debug.Stack())
			salvage()
			printStatus(255)
			shutdown.KillLeftovers(leftoverGrace, console.Logf)
			shutdown.SwapsOff()
			shutdown.Unmount(console.Warnf)
			code = workerPoweroff
		}
	}()
	watchStopRequests()
	startBeating()
	os.Setenv("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
	os.Setenv("HOME", "/root")

	raw, _ := os.ReadFile("/proc/cmdline")
	b := &boot{line: strings.TrimSpace(string(raw)), mode: shutdown.Poweroff}
	if b.self, _ = os.Executable(); b.self == "" {
		b.self = "/bin/b2c"
	}
	banner(b.line)
	// The heap the packages' init() functions left is garbage: give it
	// back before the machine is set up (see supervise).
	debug.FreeOSMemory()
	cfg, problems := cmdline.Parse(b.line)
	b.cfg = cfg
	if report(problems) {
		b.status = 1
	} else {
		b.replan()
		b.run(b.step)
	}
	b.stopRequested()
	if !b.chained {
		printStatus(b.status)
	}
	b.shutdown()
	switch b.mode {
	case shutdown.Reboot:
		return workerReboot
	case shutdown.Kexec:
		return workerKexec
	}
	return workerPoweroff
}

// boot is one boot: its command line, the plan made of it, and how far the
// plan's steps got.
type boot struct {
	line, self string
	cfg        *cmdline.Config
	p          *bootplan.Plan
	status     int // the pipeline status: 0 until a step fails
	mode       shutdown.Mode
	chained    bool // b2c.kexec loaded: the next kernel prints the status
	// warns are the plan's warnings, printed when the volumes are set up
	// (only the last plan's: b2c.extra_args_url makes a second one).
	warns []cmdline.Problem
}

// replan makes the plan of the configuration as it stands: once at the
// start, once more when b2c.extra_args_url added to it.
func (b *boot) replan() {
	b.p, b.warns = bootplan.Make(b.cfg)
}

// run executes the plan's steps in order with step (b.step) until one
// fails.
func (b *boot) run(step func(bootplan.Step) int) {
	for i := 0; i < len(b.p.Steps) && b.status == 0; i++ {
		s := b.p.Steps[i]
		b.status = step(s)
		if s == bootplan.StepExtraArgs {
			// The new plan has the same steps up to this one: go on
			// with its next.
			i = slices.Index(b.p.Steps, bootplan.StepExtraArgs)
		}
	}
}

// step runs one step of the plan and returns the pipeline status so far.
func (b *boot) step(s bootplan.Step) int {
	p := b.p
	switch s {
	case bootplan.StepModules:
		// zram's module loads with the others: one pass over the index.
		swap, ram := zramSize(p.Zram)
		wanted := p.Modules
		if swap > 0 {
			wanted = append(slices.Clip(wanted), "zram")
		}
		loadModules(wanted)
		setupZram(swap, ram, b.line)
		// The drivers are loaded: PID 1 may open the watchdog.
		heart.SetTimeout(time.Duration(p.Watchdog) * time.Second)
		setHostname(p.Hostname)
	case bootplan.StepNetwork:
		if err := network.LoopbackUp(); err != nil {
			console.Warnf("loopback: %v", err)
		}
		end := console.Section("b2c_network", "Setting up the network")
		defer end()
		if !netsetup.Network(b.cfg) {
			return 1
		}
	case bootplan.StepExtraArgs:
		if !setupExtraArgs(b.cfg) {
			return 1
		}
		b.replan()
		if b.p.Hostname != p.Hostname {
			setHostname(b.p.Hostname)
		}
		if b.p.Watchdog != p.Watchdog {
			heart.SetTimeout(time.Duration(b.p.Watchdog) * time.Second)
		}
	case bootplan.StepKeymap:
		if err := keymap.Load(p.Keymap); err != nil {
			console.Warnf("b2c.keymap=%s: %v", p.Keymap, err)
		} else {
			console.Logf("Loaded the keymap %s", p.Keymap)
		}
	case bootplan.StepClock:
		netsetup.Clock(b.cfg)
	case bootplan.StepCache:
		end := console.Section("b2c_cache", "Setting up the cache")
		setupStorage(p)
		end()
	case bootplan.StepChainBoot:
		if !chainBoot(p.Kexec, b.line) {
			return 1
		}
		b.mode, b.chained = shutdown.Kexec, true
	case bootplan.StepLogins:
		return registryLogins(p.Logins)
	case bootplan.StepPipeline:
		var status int
		status, b.mode = runPipeline(p, b.warns, b.self)
		return status
	}
	return 0
}

// stopRequested makes a shutdown request end the boot the way it asked,
// whatever step it came in (the pipeline already accounted for it).
func (b *boot) stopRequested() {
	m := stopRequested()
	if m == "" {
		return
	}
	b.mode = shutdown.Poweroff
	if m == pipeline.ModeReboot {
		b.mode = shutdown.Reboot
	}
	if b.status == 0 {
		b.status = pipeline.StoppedStatus
	}
}

// shutdown is the clean part of going down: b2c.poweroff_delay, what is
// left running stopped, disks synced and unmounted, the timeline, and
// b2c.shutdown_cmd or b2c.reboot_cmd.
func (b *boot) shutdown() {
	endShutdown := timeline.Default.Begin("shutdown: sync, swap off, unmount")
	var sd bootplan.Shutdown
	if b.p != nil {
		sd = b.p.Shutdown
	}
	if sd.PoweroffDelay > 0 {
		console.Logf("Waiting %d seconds before the %v (b2c.poweroff_delay)", sd.PoweroffDelay, b.mode)
		time.Sleep(time.Duration(sd.PoweroffDelay) * time.Second)
	}
	shutdown.KillLeftovers(leftoverGrace, console.Logf)
	unix.Sync()
	shutdown.SwapsOff()
	storage.RemoveSwap()
	shutdown.Unmount(console.Warnf)
	endShutdown()
	if b.localBoot() {
		b.mode = shutdown.Kexec
	}
	printTimeline(b.p != nil && b.p.Timeline)
	userCmd := sd.ShutdownCmd
	switch b.mode {
	case shutdown.Kexec:
		userCmd = ""
	case shutdown.Reboot:
		userCmd = sd.RebootCmd
	}
	if userCmd != "" {
		runUserShutdown(userCmd, b.mode)
	}
}

func banner(line string) {
	var u unix.Utsname
	unix.Uname(&u)
	console.Raw(fmt.Sprintf("\n%s\n", strings.TrimSpace(applets.Version())))
	var si unix.Sysinfo_t
	unix.Sysinfo(&si)
	console.Logf("Linux %s (%s), %d CPUs, %s of RAM", unix.ByteSliceToString(u.Release[:]), unix.ByteSliceToString(u.Machine[:]), cpuCount(),
		console.HumanBytes(uint64(si.Totalram)*uint64(si.Unit)))
	console.Logf("Kernel command line: %s", cmdline.MaskLine(line))
}

func cpuCount() int {
	var set unix.CPUSet
	if unix.SchedGetaffinity(0, &set) != nil {
		return 1
	}
	return set.Count()
}

// report prints every problem of the command line and says whether one of
// them is fatal.
func report(problems []cmdline.Problem) bool {
	fatal := false
	for _, p := range problems {
		if p.Fatal {
			fatal = true
			console.Errorf("%s", p.String())
		} else {
			console.Warnf("%s", p.String())
		}
	}
	return fatal
}

// loadModules loads the plan's modules and what the devices need
// (coldplug); failures are warnings.
func loadModules(wanted []string) {
	end := console.Section("b2c_modules", "Loading kernel modules")
	defer end()
	l, err := modules.NewLoader()
	if err != nil {
		console.Warnf("kernel modules: %v", err)
	} else {
		loaded, errs := l.Coldplug(wanted)
		console.Logf("Loaded modules: %s", strings.Join(loaded, " "))
		for _, e := range errs {
			console.Warnf("%v", e)
		}
	}
	console.Logf("Block devices: %s", blockDevices())
}

// zramSize is the size of the b2c.zram swap this machine gets (0: none),
// and its RAM.
func zramSize(o zram.Option) (size, ram int64) {
	ram, err := zram.MemTotal()
	if err != nil {
		console.Warnf("b2c.zram: %v", err)
	}
	return o.Swap(ram), ram
}

// setupZram makes the b2c.zram swap of size bytes (its module loaded by
// loadModules), before the first processes that need the room (the
// network's, podman), with the VM settings it wants that the command line
// does not set; a failure is only a warning.
func setupZram(size, ram int64, line string) {
	if size == 0 {
		return
	}
	if err := zram.Enable(size); err != nil {
		console.Warnf("b2c.zram: %v: no zram swap", err)
		return
	}
	console.Logf("Swap: %s of compressed RAM (zram) enabled on %s, for %s of RAM", console.HumanBytes(uint64(size)), zram.Device, console.HumanBytes(uint64(ram)))
	words, _ := cmdline.Split(line)
	if err := zram.Tune(words); err != nil {
		console.Warnf("b2c.zram: %v", err)
	}
}

// setHostname sets the machine's name; a failure is only a warning.
func setHostname(name string) {
	if err := network.SetHostname(name); err != nil {
		console.Warnf("hostname %q: %v", name, err)
	}
}

// runPipeline sets the volumes up, runs the containers between the
// volumes' hooks, cleans up, and returns the pipeline status and how the
// machine must go down.
func runPipeline(p *bootplan.Plan, warns []cmdline.Problem, self string) (int, shutdown.Mode) {
	mode := shutdown.Poweroff
	vm := &volumes.Manager{Self: self, Console: os.Stdout, Vols: p.Volumes, Hooks: p.Hooks, Stall: p.Stall,
		MountFS: func(name, target string) error { return mountFilesystem(p, name, target) }}
	r := &pipeline.Runner{Self: self, Console: os.Stdout, RetryDelay: time.Second, Hooks: volumeHooks{vm}, Stall: p.Stall}
	activeRunner.Store(r)
	if m := stopRequested(); m != "" {
		console.Logf("A %s was requested: the pipeline does not start", m)
		return pipeline.StoppedStatus, mode
	}

	end := console.Section("b2c_volumes", "Setting up the volumes")
	for _, w := range warns {
		console.Warnf("%s", w.Msg)
	}
	if len(p.Minio) > 0 {
		if err := volumes.WriteConfig(volumes.ConfigDir, p.Minio); err != nil {
			console.Errorf("writing the MinIO client configuration: %v", err)
			end()
			return 1, mode
		}
	}
	vm.RemoveExpired()
	if err := vm.Setup(); err != nil {
		console.Errorf("%v", err)
		end()
		return 1, mode
	}
	// A failed pull leaves the volume incomplete: running the containers,
	// or pushing it back (with remove, that deletes bucket data), would
	// lose data. Stop here.
	if err := vm.Run(volumes.PipelineStart); err != nil {
		console.Errorf("%v", err)
		end()
		return 1, mode
	}
	vm.StartWatch()
	// From here on the volumes hold the pipeline's work: a panic saves
	// them (salvage). Not deferred: a deferred clear would run before the
	// recover.
	activeVolumes.Store(vm)
	end()

	injectPanic("pipeline")
	debug.FreeOSMemory() // what the setup used, before podman needs it
	st := r.Run(p.Pipeline)
	status := st.Status
	if st.ShutdownMode == pipeline.ModeReboot {
		mode = shutdown.Reboot
	}

	end = console.Section("b2c_cleanup", "Cleaning up")
	r.Cleanup()
	vm.StopWatch()
	if err := vm.Run(volumes.PipelineEnd); err != nil {
		console.Errorf("%v", err)
		if status == 0 {
			status = 1
		}
	}
	// After the end hooks (volumes pushed), before the volumes go away.
	if p.KexecFrom != "" && stopRequested() == "" && loadKexec(vm, p.KexecFrom) {
		mode = shutdown.Kexec
	}
	activeVolumes.Store(nil)
	vm.Teardown()
	end()
	return status, mode
}

// userShutdownDeadline bounds b2c.shutdown_cmd/b2c.reboot_cmd.
const userShutdownDeadline = 2 * time.Minute

// leftoverGrace is how long what still runs at the shutdown (a --pid=host
// job's background processes, a stuck podman) has to end after SIGTERM.
const leftoverGrace = 5 * time.Second

// activeVolumes is the volume manager while the pipeline runs, for
// salvage.
var activeVolumes atomic.Pointer[volumes.Manager]

// salvage, after a panic of the worker, stops the containers and runs the
// end pushes: a bug in b2c must not lose what the pipeline wrote.
func salvage() {
	defer func() {
		if r := recover(); r != nil {
			console.Errorf("init: internal error while saving the volumes: %v", r)
		}
	}()
	vm := activeVolumes.Swap(nil)
	if vm == nil {
		return
	}
	console.Logf("Saving the volumes after the internal error: stopping the containers, then the end pushes")
	if r := activeRunner.Load(); r != nil {
		r.Cleanup()
	}
	vm.StopWatch()
	if err := vm.Run(volumes.PipelineEnd); err != nil {
		console.Errorf("%v", err)
	}
	vm.Teardown()
}

// stopMode is the shutdown PID 1 passed on (pipeline.ModeReboot or
// ModePoweroff), "" while none; activeRunner is the pipeline to stop.
var (
	stopMode     atomic.Value
	activeRunner atomic.Pointer[pipeline.Runner]
)

func stopRequested() string {
	m, _ := stopMode.Load().(string)
	return m
}

// watchStopRequests turns PID 1's SIGINT (reboot) or SIGTERM (poweroff)
// into a clean stop: the running container is stopped, the end hooks
// push the volumes, the status line is printed, then the machine goes
// down as asked. Without it the worker would die at once, losing all that.
func watchStopRequests() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				console.Errorf("init: internal error while stopping the pipeline: %v", r)
			}
		}()
		for s := range sigs {
			if stopRequested() != "" {
				continue // PID 1 handles a second request itself
			}
			mode := pipeline.ModePoweroff
			if s == syscall.SIGINT {
				mode = pipeline.ModeReboot
			}
			stopMode.Store(mode)
			if r := activeRunner.Load(); r != nil {
				r.Stop(mode)
			}
		}
	}()
}

// runUserShutdown runs b2c.shutdown_cmd/b2c.reboot_cmd. The initramfs has
// no shell, so the command is split with the command line's quoting rules
// and executed directly; if it fails or returns, the built-in way follows.
func runUserShutdown(userCmd string, mode shutdown.Mode) {
	// A command that hangs must not keep the machine up: past its
	// deadline, the built-in way follows.
	console.Logf("Running %q instead of the built-in %v", userCmd, mode)
	argv, err := cmdline.SplitArgs(userCmd)
	if err != nil || len(argv) == 0 {
		console.Warnf("%q: cannot split it into arguments (%v): falling back to the built-in %v", userCmd, err, mode)
		return
	}
	c := exec.Command(argv[0], argv[1:]...)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	if code, err := proc.RunLimited(c, proc.Limits{Deadline: userShutdownDeadline}); err != nil || code != 0 {
		console.Warnf("%q failed (status %d, %v): falling back to the built-in %v", userCmd, code, err, mode)
	}
}

// blockDevices lists the disks (not partitions, loops or RAM disks) with
// their sizes, for the start summary: after coldplug, since their drivers
// are modules.
func blockDevices() string {
	ents, _ := os.ReadDir("/sys/class/block")
	var out []string
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, "loop") || strings.HasPrefix(n, "ram") {
			continue
		}
		if _, err := os.Stat("/sys/class/block/" + n + "/partition"); err == nil {
			continue
		}
		raw, _ := os.ReadFile("/sys/class/block/" + n + "/size")
		var sectors uint64
		fmt.Sscan(strings.TrimSpace(string(raw)), &sectors)
		out = append(out, fmt.Sprintf("%s (%s)", n, console.HumanBytes(sectors*512)))
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// printTimeline prints the boot's phases, and with b2c.timeline also one
// JSON line for hack/timeline and make bench.
func printTimeline(asJSON bool) {
	spans := timeline.Default.Spans()
	console.Raw("Boot timeline (seconds since the kernel started):\n" + timeline.Table(spans))
	if asJSON {
		console.Raw(timeline.Prefix + timeline.JSON(spans) + "\n")
	}
}

// registryLogins gives podman the b2c.login credentials: a 0600 auth file
// named by REGISTRY_AUTH_FILE, which every podman the init runs inherits.
func registryLogins(logins []cmdline.Login) int {
	if err := pipeline.WriteAuth(pipeline.AuthFile, logins); err != nil {
		console.Errorf("b2c.login: writing %s: %v", pipeline.AuthFile, err)
		return 1
	}
	os.Setenv("REGISTRY_AUTH_FILE", pipeline.AuthFile)
	for _, l := range logins {
		console.Logf("Registry credentials for %s (user %s)", l.Registry, l.User)
	}
	return 0
}

// loadKexec loads the kernel a stage left in the volume named by
// b2c.kexec_from, if any (docs/init.md, "kexec"). A request that cannot be
// loaded is reported and the machine goes down as it would have.
func loadKexec(vm *volumes.Manager, volume string) bool {
	dir, err := vm.Path(volume)
	if err != nil {
		console.Warnf("b2c.kexec_from: %v", err)
		return false
	}
	req, err := kexec.Find(dir)
	if err == nil && req == nil {
		console.Logf("b2c.kexec_from: no %s in the volume %s: no kexec", kexec.KernelFile, volume)
		return false
	}
	var call string
	if err == nil {
		call, err = kexec.Load(req)
	}
	if err != nil {
		console.Errorf("b2c.kexec_from: the volume %s: %v", volume, err)
		return false
	}
	console.Logf("kexec: loaded the kernel from the volume %s (initramfs: %t), command line: %s",
		volume, req.Initrd != "", cmdline.MaskLine(req.Cmdline))
	loadedWith(call)
	return true
}

// loadedWith says which system call loaded the next kernel (kexec.Load,
// kexec.LoadImage), in the one line every kexec prints.
func loadedWith(call string) { console.Logf("kexec: loaded with %s(2)", call) }

// localBootDeadline bounds b2c.kexec_local's scan and load: a disk that
// hangs must not keep the machine up.
const localBootDeadline = 2 * time.Minute

// localBoot is b2c.kexec_local (docs/init.md): once everything is
// unmounted, boot the chosen entry of what the disks hold. Any failure is
// one line and the usual poweroff.
func (b *boot) localBoot() bool {
	// A chain boot (b2c.kexec) passes b2c.kexec_local on to the next
	// kernel, which runs the pipeline.
	if b.p == nil || b.p.KexecLocal == nil || b.chained {
		return false
	}
	k := b.p.KexecLocal
	otherwise := ""
	switch {
	case stopRequested() != "":
		otherwise = "a " + stopRequested() + " was requested"
	case b.mode == shutdown.Kexec:
		otherwise = "another kernel is already loaded (b2c.kexec_from)"
	case b.mode != shutdown.Poweroff:
		otherwise = "a " + b.mode.String() + " was asked for"
	}
	if ok, why := localboot.Follow(k.Always, b.status, otherwise); !ok {
		console.Logf("b2c.kexec_local: not booting a local entry: %s", why)
		return false
	}
	done := make(chan error, 1)
	ctx, cancel := context.WithTimeout(context.Background(), localBootDeadline)
	defer cancel()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("internal error: %v", r)
			}
		}()
		done <- loadLocal(ctx, localboot.ParseSelector(k.Selector))
	}()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		err = fmt.Errorf("no kernel loaded after %v", localBootDeadline)
	}
	if err != nil {
		console.Errorf("b2c.kexec_local: %v: powering off", err)
		return false
	}
	return true
}

// loadLocal scans the disks, picks the selector's entry and loads it.
func loadLocal(ctx context.Context, sel localboot.Selector) error {
	found, err := scan.Scan(ctx, console.Logf)
	if found != nil {
		defer found.Close()
	}
	if err != nil {
		return fmt.Errorf("scanning the disks: %w", err)
	}
	console.Logf("b2c.kexec_local: %d boot entries found", len(found.Entries))
	for _, e := range found.Entries {
		console.Logf("b2c.kexec_local: [%d] %q (%s on %s)", e.Index, e.Title, e.Format, e.Device)
	}
	e, err := localboot.Choose(found.Entries, sel)
	if err != nil {
		return err
	}
	e.Cmdline = cmdline.MaskLine(e.Cmdline)
	console.Logf("b2c.kexec_local: booting %s", e.Describe())
	call, err := kexec.LoadImage(found.Images[e.Index])
	if err != nil {
		return fmt.Errorf("load entry %d: %w", e.Index, err)
	}
	loadedWith(call)
	return nil
}

// downloadLimit bounds a b2c.kexec download, which goes to RAM: half of
// what is free.
func downloadLimit() int64 {
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return 1 << 30
	}
	return int64(uint64(si.Freeram) * uint64(si.Unit) / 2)
}

// chainBoot downloads and loads b2c.kexec's kernel. Without cmdline_url,
// the new kernel gets this command line minus b2c.kexec (no loop).
func chainBoot(k *cmdline.Kexec, line string) bool {
	end := console.Section("b2c_kexec", "Chain-booting "+cmdline.MaskURL(k.Kernel))
	defer end()
	dir := "/run/b2c-kexec"
	if err := os.MkdirAll(dir, 0o700); err != nil {
		console.Errorf("b2c.kexec: %v", err)
		return false
	}
	req := &kexec.Request{Kernel: dir + "/kernel", Cmdline: cmdline.Without(line, "b2c.kexec")}
	ctx := context.Background()
	for _, d := range []struct{ url, path, what string }{{k.Kernel, req.Kernel, "kernel"}, {k.Initrd, dir + "/initrd", "initramfs"}} {
		if d.url == "" {
			continue
		}
		n, err := network.Download(ctx, d.url, d.path, 10*time.Second, downloadLimit())
		if err != nil {
			console.Errorf("b2c.kexec: downloading the %s: %v", d.what, err)
			return false
		}
		console.Logf("b2c.kexec: got the %s (%s)", d.what, console.HumanBytes(uint64(n)))
		if d.what == "initramfs" {
			req.Initrd = d.path
		}
	}
	if k.CmdlineURL != "" {
		b, err := network.Fetch(ctx, k.CmdlineURL, 10*time.Second)
		if err != nil {
			console.Errorf("b2c.kexec: downloading the command line: %v", err)
			return false
		}
		req.Cmdline = strings.Join(strings.Fields(string(b)), " ")
	}
	call, err := kexec.Load(req)
	if err != nil {
		console.Errorf("b2c.kexec: %v", err)
		return false
	}
	console.Logf("kexec: loaded %s, command line: %s", cmdline.MaskURL(k.Kernel), cmdline.MaskLine(req.Cmdline))
	loadedWith(call)
	return true
}

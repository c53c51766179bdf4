package initapp

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/kexec"
	"github.com/b2c-project/b2c/applets/initapp/keymap"
	"github.com/b2c-project/b2c/applets/initapp/modules"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/pipeline"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/shutdown"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/applets/initapp/timeline"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
	"golang.org/x/sys/unix"
)

// Modules b2c itself needs whatever the hardware: the cache and volumes
// are ext4, podman's storage is overlay, and fscrypt asks the crypto API
// for xts(aes), cts(cbc(aes)) and hmac(sha512), which nothing loads on
// demand (there is no modprobe). evdev: the power button's key reaches
// PID 1 through it (package powerbutton). Devices get theirs by coldplug.
var baseModules = []string{"ext4", "overlay", "sha512_generic", "xts", "cts", "ecb", "evdev"}

// work is the whole boot, pipeline and clean shutdown. Its return value
// tells PID 1 how to take the machine down.
func work() (code int) {
	console.SetOutput(os.Stdout)
	timeline.Default.Clock = console.Uptime
	if ns, err := strconv.ParseInt(os.Getenv(initStartedEnv), 10, 64); err == nil {
		timeline.Default.Add("kernel, initramfs unpacking", 0, time.Duration(ns))
	}
	status := 0
	mode := shutdown.Poweroff
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
	line := strings.TrimSpace(string(raw))
	banner(line)
	cfg, problems := cmdline.Parse(line)
	if fatal := report(problems); fatal {
		status = 1
	}

	self, err := os.Executable()
	if err != nil {
		self = "/bin/b2c"
	}

	if status == 0 {
		status = setup(cfg)
	}
	chained := false
	if status == 0 && cfg.Kexec != nil {
		// Chain-booting: the next kernel runs the pipeline, not this one.
		if chained = chainBoot(cfg.Kexec, line); chained {
			mode = shutdown.Kexec
		} else {
			status = 1
		}
	}
	if status == 0 && !chained && len(cfg.Logins) > 0 {
		status = registryLogins(cfg.Logins)
	}
	if status == 0 && !chained {
		status, mode = runPipeline(cfg, self)
	}
	if m := stopRequested(); m != "" {
		// A shutdown request ends the boot the way it asked, whatever
		// stage it came in (the pipeline already accounted for it).
		mode = shutdown.Poweroff
		if m == pipeline.ModeReboot {
			mode = shutdown.Reboot
		}
		if status == 0 {
			status = pipeline.StoppedStatus
		}
	}
	if !chained {
		printStatus(status)
	}
	endShutdown := timeline.Default.Begin("shutdown: sync, swap off, unmount")

	if cfg != nil && cfg.PoweroffDelay > 0 {
		console.Logf("Waiting %d seconds before the %v (b2c.poweroff_delay)", cfg.PoweroffDelay, mode)
		time.Sleep(time.Duration(cfg.PoweroffDelay) * time.Second)
	}
	shutdown.KillLeftovers(leftoverGrace, console.Logf)
	unix.Sync()
	shutdown.SwapsOff()
	storage.RemoveSwap()
	shutdown.Unmount(console.Warnf)
	endShutdown()
	printTimeline(cfg != nil && cfg.Timeline)
	if cfg != nil && mode != shutdown.Kexec {
		userCmd := cfg.ShutdownCmd
		if mode == shutdown.Reboot {
			userCmd = cfg.RebootCmd
		}
		if userCmd != "" {
			runUserShutdown(userCmd, mode)
		}
	}
	switch mode {
	case shutdown.Reboot:
		return workerReboot
	case shutdown.Kexec:
		return workerKexec
	}
	return workerPoweroff
}

func banner(line string) {
	var u unix.Utsname
	unix.Uname(&u)
	console.Raw(fmt.Sprintf("\n%s\n", strings.TrimSpace(applets.Version())))
	var si unix.Sysinfo_t
	unix.Sysinfo(&si)
	console.Logf("Linux %s (%s), %d CPUs, %s of RAM", unix.ByteSliceToString(u.Release[:]), unix.ByteSliceToString(u.Machine[:]), cpuCount(),
		humanBytes(uint64(si.Totalram)*uint64(si.Unit)))
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

// setup prepares the machine for the pipeline: modules, hostname, network,
// storage. It returns a non-zero status when the pipeline cannot run.
func setup(cfg *cmdline.Config) int {
	end := console.Section("b2c_modules", "Loading kernel modules")
	if l, err := modules.NewLoader(); err != nil {
		console.Warnf("kernel modules: %v", err)
	} else {
		loaded, errs := l.Coldplug(append(append([]string{}, baseModules...), cfg.Insmods...))
		console.Logf("Loaded modules: %s", strings.Join(loaded, " "))
		for _, e := range errs {
			console.Warnf("%v", e)
		}
	}
	console.Logf("Block devices: %s", blockDevices())
	end()
	// The drivers are loaded: PID 1 may open the watchdog.
	watchdogTimeout := cfg.Watchdog
	heart.SetTimeout(time.Duration(watchdogTimeout) * time.Second)

	setHostname(cfg.Hostname)
	if err := network.LoopbackUp(); err != nil {
		console.Warnf("loopback: %v", err)
	}

	end = console.Section("b2c_network", "Setting up the network")
	ok := netsetup.Network(cfg)
	end()
	hostname := cfg.Hostname
	if !ok || !setupExtraArgs(cfg) {
		return 1
	}
	if cfg.Hostname != hostname {
		// b2c.hostname came with the extra arguments.
		setHostname(cfg.Hostname)
	}
	if cfg.Watchdog != watchdogTimeout {
		heart.SetTimeout(time.Duration(cfg.Watchdog) * time.Second)
	}
	if cfg.Keymap != "" {
		if err := keymap.Load(cfg.Keymap); err != nil {
			console.Warnf("b2c.keymap=%s: %v", cfg.Keymap, err)
		} else {
			console.Logf("Loaded the keymap %s", cfg.Keymap)
		}
	}

	netsetup.Clock(cfg)
	end = console.Section("b2c_cache", "Setting up the cache")
	setupStorage(cfg)
	end()
	return 0
}

// setHostname sets the machine's name; a failure is only a warning.
func setHostname(name string) {
	if err := network.SetHostname(name); err != nil {
		console.Warnf("hostname %q: %v", name, err)
	}
}

func planOf(cfg *cmdline.Config) pipeline.Plan {
	conv := func(ss []cmdline.Stage) []pipeline.Container {
		var out []pipeline.Container
		for _, s := range ss {
			// Raw is only ever printed: masked. podman gets the Args.
			out = append(out, pipeline.Container{Raw: cmdline.MaskStage(s).Raw, Args: s.Args})
		}
		return out
	}
	return pipeline.Plan{
		Services: conv(cfg.Services),
		Stages:   conv(cfg.Stages),
		Post:     conv(cfg.PostContainers),
		Pipefail: cfg.Pipefail,
	}
}

// runPipeline sets the volumes up, runs the containers between the
// volumes' hooks, cleans up, and returns the pipeline status and how the
// machine must go down.
func runPipeline(cfg *cmdline.Config, self string) (int, shutdown.Mode) {
	mode := shutdown.Poweroff
	stall := time.Duration(cfg.StallTimeout) * time.Second
	vm := &volumes.Manager{Self: self, Console: os.Stdout, Vols: volumes.FromConfig(cfg.Volumes), Stall: stall,
		MountFS: func(name, target string) error { return mountFilesystem(cfg, name, target) }}
	r := &pipeline.Runner{Self: self, Console: os.Stdout, RetryDelay: time.Second, Hooks: volumeHooks{vm}, Stall: stall}
	activeRunner.Store(r)
	if m := stopRequested(); m != "" {
		console.Logf("A %s was requested: the pipeline does not start", m)
		return pipeline.StoppedStatus, mode
	}

	end := console.Section("b2c_volumes", "Setting up the volumes")
	if len(cfg.Minio) > 0 {
		if err := volumes.WriteConfig(volumes.ConfigDir, aliasesOf(cfg)); err != nil {
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
	st := r.Run(planOf(cfg))
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
	if cfg.KexecFrom != "" && stopRequested() == "" && loadKexec(vm, cfg.KexecFrom) {
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
		out = append(out, fmt.Sprintf("%s (%s)", n, humanBytes(sectors*512)))
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
	if err == nil {
		err = kexec.Load(req)
	}
	if err != nil {
		console.Errorf("b2c.kexec_from: the volume %s: %v", volume, err)
		return false
	}
	console.Logf("kexec: loaded the kernel from the volume %s (initramfs: %t), command line: %s",
		volume, req.Initrd != "", cmdline.MaskLine(req.Cmdline))
	return true
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
		console.Logf("b2c.kexec: got the %s (%s)", d.what, humanBytes(uint64(n)))
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
	if err := kexec.Load(req); err != nil {
		console.Errorf("b2c.kexec: %v", err)
		return false
	}
	console.Logf("kexec: loaded %s, command line: %s", cmdline.MaskURL(k.Kernel), cmdline.MaskLine(req.Cmdline))
	return true
}

// Package bootplan decides, from the parsed command line alone, what a
// boot will do: which modules, how the network and the cache come up,
// the volumes and when they move, the containers, how the machine goes
// down, and in which order the init runs its steps. It runs nothing and
// touches nothing: the init executes the plan, `b2c check-cmdline`
// prints it, so the two agree by construction.
package bootplan

import (
	"fmt"
	"strings"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/clock"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/pipeline"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
	"github.com/b2c-project/b2c/applets/initapp/zram"
)

// BaseModules are what b2c itself needs whatever the hardware: the cache
// and volumes are ext4, podman's storage is overlay, and fscrypt asks the
// crypto API for xts(aes), cts(cbc(aes)) and hmac(sha512), which nothing
// loads on demand (there is no modprobe). evdev: the power button's key
// reaches PID 1 through it. Devices get theirs by coldplug.
var BaseModules = []string{"ext4", "overlay", "sha512_generic", "xts", "cts", "ecb", "evdev"}

// DefaultFSType is the type of a b2c.filesystem that names none.
const DefaultFSType = "ext4"

// Step is one phase of the boot, in the order Plan.Steps lists them.
type Step string

const (
	StepModules   Step = "modules"    // coldplug, then zram, the watchdog and the hostname
	StepNetwork   Step = "network"    // loopback, then Network
	StepExtraArgs Step = "extra_args" // b2c.extra_args_url: the init plans again
	StepKeymap    Step = "keymap"
	StepClock     Step = "clock"
	StepCache     Step = "cache" // the cache (or a tmpfs), then the swap
	StepChainBoot Step = "chain_boot"
	StepLogins    Step = "logins"
	StepPipeline  Step = "pipeline" // volumes, containers, end hooks, kexec_from
)

// Plan is everything the command line decides.
type Plan struct {
	Steps []Step

	Hostname string
	Keymap   string
	// Modules are coldplug's wanted list: BaseModules, then b2c.insmod.
	Modules []string
	Network Network
	NTP     NTP
	// ExtraArgsURL and PayloadURL are b2c.extra_args_url and
	// b2c.payload_url ("" if none).
	ExtraArgsURL string
	PayloadURL   string
	Cache        Cache
	Swap         *Swap // nil: no b2c.swap
	Zram         zram.Option
	// Filesystems are the b2c.filesystem entries, their types resolved.
	Filesystems []cmdline.Filesystem
	Watchdog    int // seconds; 0: /dev/watchdog is left alone
	Stall       time.Duration
	// Kexec is b2c.kexec: chain-boot instead of the pipeline.
	Kexec  *cmdline.Kexec
	Logins []cmdline.Login
	Minio  []cmdline.MinioAlias
	// Volumes and their transfers, planned by package volumes.
	Volumes  []cmdline.Volume
	Hooks    volumes.Hooks
	Pipeline pipeline.Plan
	// KexecFrom is b2c.kexec_from's volume, loaded after the end hooks.
	KexecFrom string
	// KexecLocal is b2c.kexec_local: after the shutdown's unmount, boot an
	// entry of what the disks hold instead of powering off.
	KexecLocal *cmdline.KexecLocal
	Shutdown   Shutdown
	Timeline   bool
}

// Network is how the network comes up (netsetup.ModeOf decides).
type Network struct {
	Mode     netsetup.Mode
	KernelIP string
	// DHCPOn are the interface patterns of the default DHCP; Interfaces
	// the b2c.iface entries. Only the mode's own list is set.
	DHCPOn      []string
	Interfaces  []cmdline.Iface
	DHCPTimeout time.Duration
}

// NTP is b2c.ntp_peer and the servers it means.
type NTP struct {
	Peer    string
	Servers []string
}

// Cache kinds of b2c.cache_device.
const (
	CacheNone       = "none"
	CacheAuto       = "auto"
	CacheReset      = "reset"
	CacheDevice     = "device"
	CacheFilesystem = "filesystem"
	CacheInvalid    = "invalid"
)

// Cache is b2c.cache_device and what it means.
type Cache struct {
	Value       string // as given, spaces trimmed
	Kind        string
	Description string
	Mountpoint  string        // "" when there is no cache
	Wait        time.Duration // how long the init waits for the device
}

// Swap is b2c.swap.
type Swap struct {
	Size  string
	Bytes int64
	File  string
}

// Shutdown is how the machine goes down after the pipeline.
type Shutdown struct {
	PoweroffDelay int // seconds
	ShutdownCmd   string
	RebootCmd     string
}

// Make plans the boot cfg describes. Its problems are the volume hooks'
// warnings (a `changes` that overrides other conditions). Make keeps no
// reference to cfg's slices that the plan could change.
func Make(cfg *cmdline.Config) (*Plan, []cmdline.Problem) {
	p := &Plan{
		Hostname:     cfg.Hostname,
		Keymap:       cfg.Keymap,
		Modules:      append(append([]string{}, BaseModules...), cfg.Insmods...),
		Network:      networkOf(cfg),
		NTP:          NTP{Peer: cfg.NTPPeer, Servers: clock.Servers(cfg.NTPPeer)},
		ExtraArgsURL: cfg.ExtraArgsURL,
		PayloadURL:   cfg.PayloadURL,
		Cache:        cacheOf(cfg),
		Watchdog:     cfg.Watchdog,
		Stall:        time.Duration(cfg.StallTimeout) * time.Second,
		Kexec:        cfg.Kexec,
		Logins:       append([]cmdline.Login(nil), cfg.Logins...),
		Minio:        append([]cmdline.MinioAlias(nil), cfg.Minio...),
		Volumes:      append([]cmdline.Volume(nil), cfg.Volumes...),
		KexecFrom:    cfg.KexecFrom,
		KexecLocal:   cfg.KexecLocal,
		Shutdown:     Shutdown{cfg.PoweroffDelay, cfg.ShutdownCmd, cfg.RebootCmd},
		Timeline:     cfg.Timeline,
	}
	if cfg.Swap != "" {
		p.Swap = &Swap{Size: cfg.Swap, Bytes: cfg.SwapBytes, File: storage.SwapFile}
	}
	switch cfg.Zram {
	case "":
		p.Zram = zram.Option{Mode: "auto"}
	case "off":
		p.Zram = zram.Option{Mode: "off"}
	default:
		p.Zram = zram.Option{Mode: "size", Size: cfg.Zram, Bytes: cfg.ZramBytes}
	}
	for _, f := range cfg.Filesystems {
		if f.Type == "" {
			f.Type = DefaultFSType
		}
		p.Filesystems = append(p.Filesystems, f)
	}
	p.Pipeline = pipeline.Plan{
		Services: maskedStages(cfg.Services),
		Stages:   maskedStages(cfg.Stages),
		Post:     maskedStages(cfg.PostContainers),
		Pipefail: cfg.Pipefail,
	}
	var problems []cmdline.Problem
	hooks, warns := volumes.PlanHooks(p.Volumes)
	p.Hooks = hooks
	for _, w := range warns {
		problems = append(problems, cmdline.Problem{Option: "b2c.volume", Msg: w})
	}

	p.Steps = []Step{StepModules, StepNetwork}
	if p.ExtraArgsURL != "" {
		p.Steps = append(p.Steps, StepExtraArgs)
	}
	if p.Keymap != "" {
		p.Steps = append(p.Steps, StepKeymap)
	}
	p.Steps = append(p.Steps, StepClock, StepCache)
	switch {
	case p.Kexec != nil:
		// The next kernel runs the pipeline, not this one.
		p.Steps = append(p.Steps, StepChainBoot)
	case len(p.Logins) > 0:
		p.Steps = append(p.Steps, StepLogins, StepPipeline)
	default:
		p.Steps = append(p.Steps, StepPipeline)
	}
	return p, problems
}

// Runs says whether the plan has step s.
func (p *Plan) Runs(s Step) bool {
	for _, t := range p.Steps {
		if t == s {
			return true
		}
	}
	return false
}

// Filesystem is the b2c.filesystem called name, or nil.
func (p *Plan) Filesystem(name string) *cmdline.Filesystem {
	for i := range p.Filesystems {
		if p.Filesystems[i].Name == name {
			return &p.Filesystems[i]
		}
	}
	return nil
}

// FilesystemNames lists the b2c.filesystem names, for the cache planner.
func (p *Plan) FilesystemNames() []string {
	var out []string
	for _, f := range p.Filesystems {
		out = append(out, f.Name)
	}
	return out
}

// Refusal is why the swap file cannot be made, "" when it can (or when
// there is no b2c.swap): it lives on the cache partition and must fit in
// its free space. The init asks with what it found; check-cmdline with
// what a line alone tells.
func (s *Swap) Refusal(cached bool, free uint64) string {
	switch {
	case s == nil:
		return ""
	case !cached:
		return "no cache partition to hold the swap file"
	case free < uint64(s.Bytes):
		return fmt.Sprintf("larger than the free space of the cache (%s)", console.HumanBytes(free))
	}
	return ""
}

// maskedStages copies stages with their Raw text masked: the pipeline
// prints it and hands it to the next containers. podman gets the Args.
func maskedStages(ss []cmdline.Stage) []cmdline.Stage {
	var out []cmdline.Stage
	for _, s := range ss {
		out = append(out, cmdline.Stage{Raw: cmdline.MaskStage(s).Raw, Args: s.Args})
	}
	return out
}

func networkOf(cfg *cmdline.Config) Network {
	n := Network{Mode: netsetup.ModeOf(cfg), KernelIP: cfg.KernelIP, DHCPTimeout: netsetup.DHCPTimeout}
	switch n.Mode {
	case netsetup.ModeInterfaces:
		n.Interfaces = append(n.Interfaces, cfg.Ifaces...)
	case netsetup.ModeDHCP:
		n.DHCPOn = network.DefaultInterfaceGlobs
	}
	return n
}

// cacheOf classifies b2c.cache_device with the cache's own planner
// (given no disks: which disk is used is only known at boot).
func cacheOf(cfg *cmdline.Config) Cache {
	v := strings.TrimSpace(cfg.CacheDevice)
	c := Cache{Value: v, Wait: storage.DeviceWait}
	var names []string
	for _, f := range cfg.Filesystems {
		names = append(names, f.Name)
	}
	a, _ := storage.Plan(v, nil, names)
	secs := int(storage.DeviceWait.Seconds())
	switch {
	case v == "" || v == "none":
		c.Kind = CacheNone
		c.Description = "no cache: podman keeps images, containers and volumes in RAM (tmpfs), lost at shutdown"
	case v == "auto":
		c.Kind = CacheAuto
		c.Description = fmt.Sprintf("the first partition labelled %s; if none, the first non-optical disk is given one partition formatted ext4 (label %s); no disk after about %d s: no cache", storage.Label, storage.Label, secs)
	case v == "reset":
		c.Kind = CacheReset
		c.Description = fmt.Sprintf("like auto, but an existing %s partition is reformatted: everything on it, volumes included, is lost at every boot; no disk after about %d s: no cache", storage.Label, secs)
	case strings.HasPrefix(v, "/dev/"):
		c.Kind = CacheDevice
		c.Description = fmt.Sprintf("%s: a partition is used as is (formatted only if it has no filesystem); a whole disk is searched for a %s partition and partitioned and formatted if it has none; missing after about %d s: no cache", v, storage.Label, secs)
	case a.Op == storage.Filesystem:
		c.Kind = CacheFilesystem
		c.Description = fmt.Sprintf("the b2c.filesystem %s", v)
		for _, f := range cfg.Filesystems {
			if f.Name == v {
				c.Description += " (" + f.Src + ")"
			}
		}
	default:
		c.Kind = CacheInvalid
		c.Description = a.Reason
	}
	if c.Kind != CacheNone && c.Kind != CacheInvalid {
		c.Mountpoint = storage.Mountpoint
	}
	return c
}

package checkcmdline

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/b2c-project/b2c/applets/initapp/clock"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
)

// Report is the plan a command line implies, as printed. Its JSON field
// names are an interface for users' scripts: add fields, never rename.
// Lists are never null, so that scripts need no special case.
//
// Everything in it comes from the masked configuration (cmdline.Config's
// Masked) or is scrubbed (problems): it is safe to print.
type Report struct {
	CommandLine string   `json:"command_line"` // masked
	OK          bool     `json:"ok"`           // no fatal problem
	Fatal       int      `json:"fatal"`
	Warnings    int      `json:"warnings"`
	Platform    Platform `json:"platform"`
	Pipeline    Pipeline `json:"pipeline"`
	Minio       []Alias  `json:"minio"`
	Volumes     []Volume `json:"volumes"`
	// Hooks has every condition of cmdline.Conditions as a key; "changes"
	// lists the continuous pushes.
	Hooks    map[string][]Transfer `json:"hooks"`
	Problems []cmdline.Problem     `json:"problems"`
}

// Platform is what the init sets up before the pipeline.
type Platform struct {
	Hostname     string       `json:"hostname"`
	Keymap       string       `json:"keymap"`
	Insmods      []string     `json:"insmods"`
	Network      Network      `json:"network"`
	NTP          NTP          `json:"ntp"`
	Cache        Cache        `json:"cache"`
	Swap         *Swap        `json:"swap"` // null: no swap
	Filesystems  []Filesystem `json:"filesystems"`
	ExtraArgsURL string       `json:"extra_args_url"` // masked, "" if none
	// PayloadURL is b2c.payload_url (masked): where the netboot loader
	// fetches the rest of b2c. "" if none.
	PayloadURL string `json:"payload_url"`
	// Kexec is b2c.kexec (URLs masked): chain-boot instead of the pipeline.
	Kexec *cmdline.Kexec `json:"kexec"`
	// Watchdog is b2c.watchdog: the hardware watchdog's timeout in
	// seconds, 0 when /dev/watchdog is left alone.
	Watchdog int `json:"watchdog"`
	// StallTimeout is b2c.stall_timeout: seconds a pull or a transfer may
	// go without progress before it is stopped, 0 for never.
	StallTimeout int `json:"stall_timeout"`
}

// Network modes, in the init's order of precedence (netsetup.ModeOf).
const (
	NetKernel     = string(netsetup.ModeKernel)     // ip=: the kernel configured it
	NetInterfaces = string(netsetup.ModeInterfaces) // b2c.iface: only those
	NetDHCP       = string(netsetup.ModeDHCP)       // the default
)

// Network says how the init brings the network up.
type Network struct {
	Mode     string `json:"mode"`
	KernelIP string `json:"kernel_ip"`
	// DHCPOn are the interface name patterns of the default DHCP
	// (network.DefaultInterfaces); empty in the other modes.
	DHCPOn     []string    `json:"dhcp_on"`
	Interfaces []Interface `json:"interfaces"`
}

// Interface is one b2c.iface the init configures.
type Interface struct {
	Name        string          `json:"name"`
	Mode        string          `json:"mode"` // "static" or "dhcp"
	Addresses   []string        `json:"addresses"`
	Gateway     string          `json:"gateway"`
	Nameservers []string        `json:"nameservers"`
	Routes      []cmdline.Route `json:"routes"`
	Forward     bool            `json:"forward"`
}

// NTP is b2c.ntp_peer and the servers it means.
type NTP struct {
	Peer    string   `json:"peer"`
	Servers []string `json:"servers"`
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
	Device      string `json:"device"`
	Kind        string `json:"kind"`
	Description string `json:"description"`
	Mountpoint  string `json:"mountpoint"` // "" when there is no cache
}

// Swap is b2c.swap.
type Swap struct {
	Size  string `json:"size"`
	Bytes int64  `json:"bytes"`
	File  string `json:"file"`
}

// Filesystem is one b2c.filesystem, with the type the init defaults to.
type Filesystem struct {
	Name string `json:"name"`
	Src  string `json:"src"`
	Type string `json:"type"`
	Opts string `json:"opts"`
}

// Pipeline is the containers and how the machine goes down.
type Pipeline struct {
	Services       []Container `json:"services"`
	Stages         []Container `json:"stages"`
	PostContainers []Container `json:"post_containers"`
	Pipefail       bool        `json:"pipefail"`
	PoweroffDelay  int         `json:"poweroff_delay"`
	ShutdownCmd    string      `json:"shutdown_cmd"`
	RebootCmd      string      `json:"reboot_cmd"`
	KexecFrom      string      `json:"kexec_from"` // b2c.kexec_from's volume, "" if none
}

// Container is one b2c.run, b2c.container, b2c.service or
// b2c.post_container: Args are what `podman create` gets after b2c's own
// options.
type Container struct {
	Raw  string   `json:"raw"`
	Args []string `json:"args"`
}

// Alias is one b2c.minio, without its keys.
type Alias struct {
	Alias string `json:"alias"`
	URL   string `json:"url"` // masked
}

// Volume is one b2c.volume and when it is transferred.
type Volume struct {
	Name       string   `json:"name"`
	Filesystem string   `json:"filesystem"`
	PullFrom   string   `json:"pull_from"`
	PushTo     string   `json:"push_to"`
	PullOn     []string `json:"pull_on"` // as written
	PushOn     []string `json:"push_on"`
	// PullsAt and PushesAt are the conditions the transfers really run
	// at, once `changes` is resolved (volumes.PlanHooks).
	PullsAt          []string `json:"pulls_at"`
	PushesAt         []string `json:"pushes_at"`
	PushContinuously bool     `json:"push_continuously"`
	Expiration       string   `json:"expiration"`
	Overwrite        bool     `json:"overwrite"`
	Remove           bool     `json:"remove"`
	Preserve         bool     `json:"preserve"`
	Exclude          []string `json:"exclude"`
	EncryptKey       string   `json:"encrypt_key"` // cmdline.Mask or ""
	FscryptKey       string   `json:"fscrypt_key"` // cmdline.Mask or ""
	FscryptResetKey  bool     `json:"fscrypt_reset_key"`
}

// Transfer is one mirror run at a condition.
type Transfer struct {
	Volume    string `json:"volume"`
	Direction string `json:"direction"` // "pull" or "push"
	Remote    string `json:"remote"`
}

// Check parses line like the init does and works out the plan. It never
// touches the machine.
func Check(line string) *Report {
	raw, problems := cmdline.Parse(line)
	// Only the masked configuration feeds the report; raw is kept for the
	// checks that need a secret's value (never its text).
	cfg := raw.Masked()
	r := &Report{
		CommandLine: cmdline.MaskLine(line),
		Platform:    platformOf(cfg),
		Pipeline:    pipelineOf(cfg),
		Minio:       []Alias{},
		Hooks:       map[string][]Transfer{},
	}
	for _, m := range cfg.Minio {
		r.Minio = append(r.Minio, Alias{m.Alias, m.URL})
	}

	// The same planner as the init's volume manager, so that the printed
	// hooks are the ones that will run.
	vols := volumes.FromConfig(cfg.Volumes)
	hooks, warns := volumes.PlanHooks(vols)
	for _, w := range warns {
		problems = append(problems, cmdline.Problem{Option: "b2c.volume", Msg: w})
	}
	for _, c := range cmdline.Conditions {
		r.Hooks[c] = transfers(hooks.At[c])
	}
	r.Hooks[volumes.Changes] = transfers(hooks.Watch)
	r.Volumes = volumeReports(cfg.Volumes, r.Hooks)

	problems = append(problems, crossChecks(raw, cfg, r)...)
	scrub := scrubber(line)
	for i := range problems {
		problems[i].Msg = scrub(problems[i].Msg)
		if problems[i].Fatal {
			r.Fatal++
		} else {
			r.Warnings++
		}
	}
	r.Problems = nonNil(problems)
	r.OK = r.Fatal == 0
	return r
}

func platformOf(cfg *cmdline.Config) Platform {
	p := Platform{
		Hostname:     cfg.Hostname,
		Keymap:       cfg.Keymap,
		Insmods:      nonNil(cfg.Insmods),
		Network:      networkOf(cfg),
		NTP:          NTP{Peer: cfg.NTPPeer, Servers: nonNil(clock.Servers(cfg.NTPPeer))},
		Cache:        cacheOf(cfg),
		Filesystems:  []Filesystem{},
		ExtraArgsURL: cfg.ExtraArgsURL,
		PayloadURL:   cfg.PayloadURL,
		Kexec:        cfg.Kexec,
		Watchdog:     cfg.Watchdog,
		StallTimeout: cfg.StallTimeout,
	}
	if cfg.Swap != "" {
		p.Swap = &Swap{Size: cfg.Swap, Bytes: cfg.SwapBytes, File: storage.SwapFile}
	}
	for _, f := range cfg.Filesystems {
		typ := f.Type
		if typ == "" {
			typ = "ext4" // the init's mountFilesystem default
		}
		p.Filesystems = append(p.Filesystems, Filesystem{f.Name, f.Src, typ, f.Opts})
	}
	return p
}

// networkOf follows the init's setupNetwork: ip= wins, then b2c.iface,
// then DHCP on the default interfaces.
func networkOf(cfg *cmdline.Config) Network {
	n := Network{Mode: string(netsetup.ModeOf(cfg)), KernelIP: cfg.KernelIP, DHCPOn: []string{}, Interfaces: []Interface{}}
	switch n.Mode {
	case NetInterfaces:
		for _, ifc := range cfg.Ifaces {
			mode := "static"
			if ifc.Mode != "" { // auto and dhcp both mean DHCP
				mode = "dhcp"
			}
			n.Interfaces = append(n.Interfaces, Interface{
				Name: ifc.Name, Mode: mode, Addresses: nonNil(ifc.Addresses), Gateway: ifc.Gateway,
				Nameservers: nonNil(ifc.Nameservers), Routes: nonNil(ifc.Routes), Forward: ifc.Forward,
			})
		}
	case NetDHCP:
		n.DHCPOn = network.DefaultInterfaceGlobs
	}
	return n
}

// cacheOf classifies b2c.cache_device with the init's own planner (given
// no disks, which is all an offline check knows) and describes it.
func cacheOf(cfg *cmdline.Config) Cache {
	v := strings.TrimSpace(cfg.CacheDevice)
	c := Cache{Device: cfg.CacheDevice}
	a, _ := storage.Plan(v, nil, filesystemNames(cfg))
	switch {
	case v == "" || v == "none":
		c.Kind = CacheNone
		c.Description = "no cache: podman keeps images, containers and volumes in RAM (tmpfs), lost at shutdown"
	case v == "auto":
		c.Kind = CacheAuto
		c.Description = fmt.Sprintf("the first partition labelled %s; if none, the first non-optical disk is given one partition formatted ext4 (label %s); no disk after about %d s: no cache", storage.Label, storage.Label, int(storage.DeviceWait.Seconds()))
	case v == "reset":
		c.Kind = CacheReset
		c.Description = fmt.Sprintf("like auto, but an existing %s partition is reformatted: everything on it, volumes included, is lost at every boot", storage.Label)
	case strings.HasPrefix(v, "/dev/"):
		c.Kind = CacheDevice
		c.Description = fmt.Sprintf("%s: a partition is used as is (formatted only if it has no filesystem); a whole disk is searched for a %s partition and partitioned and formatted if it has none; missing after about %d s: no cache", v, storage.Label, int(storage.DeviceWait.Seconds()))
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

func filesystemNames(cfg *cmdline.Config) []string {
	var out []string
	for _, f := range cfg.Filesystems {
		out = append(out, f.Name)
	}
	return out
}

func pipelineOf(cfg *cmdline.Config) Pipeline {
	conv := func(ss []cmdline.Stage) []Container {
		out := []Container{}
		for _, s := range ss {
			out = append(out, Container{s.Raw, nonNil(s.Args)})
		}
		return out
	}
	return Pipeline{
		Services:       conv(cfg.Services),
		Stages:         conv(cfg.Stages),
		PostContainers: conv(cfg.PostContainers),
		Pipefail:       cfg.Pipefail,
		PoweroffDelay:  cfg.PoweroffDelay,
		ShutdownCmd:    cfg.ShutdownCmd,
		RebootCmd:      cfg.RebootCmd,
		KexecFrom:      cfg.KexecFrom,
	}
}

func transfers(ts []volumes.Transfer) []Transfer {
	out := []Transfer{}
	for _, t := range ts {
		out = append(out, Transfer{Volume: t.Volume.Name, Direction: string(t.Direction), Remote: t.Remote})
	}
	return out
}

// volumeReports adds to each volume the conditions its transfers run at,
// read back from the planned hooks (volume names are unique: the parser
// keeps the last of a name).
func volumeReports(vs []cmdline.Volume, hooks map[string][]Transfer) []Volume {
	out := []Volume{}
	for _, v := range vs {
		rv := Volume{
			Name: v.Name, Filesystem: v.Filesystem, PullFrom: v.PullFrom, PushTo: v.PushTo,
			PullOn: nonNil(v.PullOn), PushOn: nonNil(v.PushOn), PullsAt: []string{}, PushesAt: []string{},
			Expiration: v.Expiration, Overwrite: v.Overwrite, Remove: v.Remove, Preserve: v.Preserve,
			Exclude: nonNil(v.Excludes), EncryptKey: v.EncryptKey, FscryptKey: v.FscryptKey,
			FscryptResetKey: v.FscryptResetKey,
		}
		for _, t := range hooks[volumes.Changes] {
			rv.PushContinuously = rv.PushContinuously || t.Volume == v.Name
		}
		for _, c := range cmdline.Conditions {
			if c == volumes.Changes {
				continue
			}
			for _, t := range hooks[c] {
				if t.Volume != v.Name {
					continue
				}
				if t.Direction == string(volumes.Pull) {
					rv.PullsAt = append(rv.PullsAt, c)
				} else {
					rv.PushesAt = append(rv.PushesAt, c)
				}
			}
		}
		out = append(out, rv)
	}
	return out
}

// crossChecks finds what the parser cannot see option by option: options
// that contradict or reference each other, and values the init rejects
// later. Fatal only when the init would certainly not run the pipeline.
func crossChecks(raw, cfg *cmdline.Config, r *Report) []cmdline.Problem {
	var ps []cmdline.Problem
	add := func(fatal bool, opt, format string, a ...any) {
		ps = append(ps, cmdline.Problem{Option: opt, Msg: fmt.Sprintf(format, a...), Fatal: fatal})
	}
	// b2c.extra_args_url may define what a reference points to: such
	// problems are then only warnings.
	extra := cfg.ExtraArgsURL != ""
	unlessExtra := ""
	if extra {
		unlessExtra = " (unless b2c.extra_args_url adds what is missing)"
	}

	if len(cfg.Stages) == 0 && !extra {
		add(false, "b2c.run", "no b2c.run or b2c.container: no stage will run")
	}

	if cfg.KernelIP != "" && len(cfg.Ifaces) > 0 {
		var names []string
		for _, ifc := range cfg.Ifaces {
			names = append(names, ifc.Name)
		}
		add(false, "b2c.iface", "ignored because ip= is set (the kernel configures the network): %s", strings.Join(names, ", "))
	}
	for _, ifc := range cfg.Ifaces {
		if ifc.Mode != "" && (len(ifc.Addresses) > 0 || ifc.Gateway != "" || len(ifc.Routes) > 0 || ifc.Forward) {
			add(false, "b2c.iface", "%s: %s: address=, gateway=, route= and forward are ignored", ifc.Name, ifc.Mode)
		}
	}

	switch r.Platform.Cache.Kind {
	case CacheInvalid:
		add(false, "b2c.cache_device", "%s%s", r.Platform.Cache.Description, unlessExtra)
		fallthrough
	case CacheNone:
		if cfg.Swap != "" {
			add(false, "b2c.swap", "%s: there is no cache partition to hold the swap file: no swap%s", cfg.Swap, unlessExtra)
		}
	}

	aliases := map[string]bool{}
	for _, m := range cfg.Minio {
		aliases[m.Alias] = true
	}
	fsNames := map[string]bool{}
	for _, f := range cfg.Filesystems {
		fsNames[f.Name] = true
	}
	for i, v := range cfg.Volumes {
		if v.Filesystem != "" && !fsNames[v.Filesystem] {
			add(!extra, "b2c.volume", "%s: filesystem=%s: no b2c.filesystem has that name%s", v.Name, v.Filesystem, unlessExtra)
		}
		if (v.PullFrom != "" || v.PushTo != "") && len(v.PullOn) == 0 && len(v.PushOn) == 0 {
			add(false, "b2c.volume", "%s: it has a remote but neither pull_on= nor push_on=: it is never transferred", v.Name)
		}
		// mcli knows a few aliases of its own, so an unknown one may
		// still work: a warning.
		seen := map[string]bool{}
		for _, remote := range []string{v.PullFrom, v.PushTo} {
			alias, _, _ := strings.Cut(remote, "/")
			if remote == "" || aliases[alias] || seen[alias] {
				continue
			}
			seen[alias] = true
			add(false, "b2c.volume", "%s: %s: no b2c.minio defines the alias %s%s", v.Name, remote, alias, unlessExtra)
		}
		// The init's volume setup rejects a malformed key: check it with
		// the same function. Its errors never quote the key.
		if k := raw.Volumes[i].FscryptKey; k != "" {
			if _, err := volumes.DecodeFscryptKey(k); err != nil {
				add(true, "b2c.volume", "%s: %v", v.Name, err)
			}
		} else if v.FscryptResetKey {
			add(false, "b2c.volume", "%s: fscrypt_reset_key without fscrypt_key is ignored", v.Name)
		}
	}
	return ps
}

// scrubber returns a function that masks, in a problem message, every
// secret of line. The parser masks what it knows to be secret, but some
// messages quote a malformed value whole (a b2c.minio URL with its
// password): the contract is that check-cmdline never prints a secret.
func scrubber(line string) func(string) string {
	set := map[string]bool{}
	addURL := func(u string) {
		// Whatever MaskURL would hide: the user info before the @.
		i, j := strings.Index(u, "://"), strings.LastIndex(u, "@")
		if i >= 0 && j > i+3 {
			info := u[i+3 : j]
			set[info] = true
			if _, pw, ok := strings.Cut(info, ":"); ok {
				set[pw] = true
			}
		}
	}
	words, _ := cmdline.Split(line)
	for _, w := range words {
		key, val, _ := strings.Cut(w, "=")
		switch key {
		case "b2c.minio":
			f := strings.Split(val, ",")
			if len(f) > 1 {
				addURL(f[1])
			}
			for _, s := range f[min(2, len(f)):] {
				set[s] = true
			}
		case "b2c.extra_args_url", "b2c.payload_url":
			addURL(val)
		case "b2c.login":
			if f := strings.SplitN(val, ",", 3); len(f) == 3 {
				set[f[2]] = true
			} else {
				set[val] = true
			}
		case "b2c.run", "b2c.container", "b2c.post_container", "b2c.service":
			if args, err := cmdline.SplitArgs(val); err == nil {
				for _, s := range cmdline.StageSecrets(args) {
					set[s] = true
				}
			}
		case "b2c.volume":
			for _, o := range strings.Split(val, ",") {
				k, s, _ := strings.Cut(o, "=")
				if k = strings.TrimSpace(k); k == "encrypt_key" || k == "fscrypt_key" {
					set[s] = true
				}
			}
		}
	}
	var secrets []string
	for s := range set {
		if s == "" || s == cmdline.Mask {
			continue
		}
		secrets = append(secrets, s)
		// Messages often quote values with %q.
		if q := strconv.Quote(s); q[1:len(q)-1] != s {
			secrets = append(secrets, q[1:len(q)-1])
		}
	}
	// Longest first, so that a secret containing another is masked whole.
	sort.Slice(secrets, func(i, j int) bool {
		if len(secrets[i]) != len(secrets[j]) {
			return len(secrets[i]) > len(secrets[j])
		}
		return secrets[i] < secrets[j]
	})
	return func(msg string) string {
		for _, s := range secrets {
			msg = maskWord(msg, s)
		}
		return msg
	}
}

// maskWord replaces s in msg where it is not part of a longer word or
// name, so that a short test key ("a") does not garble every message; a
// secret quoted in a message is delimited by quotes, "/", ":" or "@".
func maskWord(msg, s string) string {
	var b strings.Builder
	for from := 0; ; {
		i := strings.Index(msg[from:], s)
		if i < 0 {
			return b.String() + msg[from:]
		}
		start, end := from+i, from+i+len(s)
		before, _ := utf8.DecodeLastRuneInString(msg[:start])
		after, _ := utf8.DecodeRuneInString(msg[end:])
		if isWordRune(before) || isWordRune(after) {
			b.WriteString(msg[from : start+1])
			from = start + 1
			continue
		}
		b.WriteString(msg[from:start] + cmdline.Mask)
		from = end
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("_-.", r))
}

// nonNil makes empty lists encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

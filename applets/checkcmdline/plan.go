package checkcmdline

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/b2c-project/b2c/applets/initapp/bootplan"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/localboot"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
)

// Report is the plan a command line implies, as printed. Its JSON field
// names are an interface for users' scripts: add fields, never rename.
// Lists are never null, so that scripts need no special case.
//
// Everything in it comes from the masked configuration (cmdline.Config's
// Masked) or is scrubbed (problems): it is safe to print.
type Report struct {
	CommandLine string               `json:"command_line"` // masked
	OK          bool                 `json:"ok"`           // no fatal problem
	Fatal       int                  `json:"fatal"`
	Warnings    int                  `json:"warnings"`
	Platform    Platform             `json:"platform"`
	Pipeline    Pipeline             `json:"pipeline"`
	Minio       []cmdline.MinioAlias `json:"minio"`
	Volumes     []Volume             `json:"volumes"`
	// Hooks has every condition of cmdline.Conditions as a key; "changes"
	// lists the continuous pushes.
	Hooks    map[string][]Transfer `json:"hooks"`
	Problems []cmdline.Problem     `json:"problems"`
}

// Platform is what the init sets up before the pipeline.
type Platform struct {
	Hostname     string               `json:"hostname"`
	Keymap       string               `json:"keymap"`
	Insmods      []string             `json:"insmods"`
	Network      Network              `json:"network"`
	NTP          NTP                  `json:"ntp"`
	Cache        Cache                `json:"cache"`
	Swap         *Swap                `json:"swap"` // null: no swap
	Zram         Zram                 `json:"zram"`
	Filesystems  []cmdline.Filesystem `json:"filesystems"`
	ExtraArgsURL string               `json:"extra_args_url"` // masked, "" if none
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

// Cache kinds of b2c.cache_device (bootplan decides).
const (
	CacheNone       = bootplan.CacheNone
	CacheAuto       = bootplan.CacheAuto
	CacheReset      = bootplan.CacheReset
	CacheDevice     = bootplan.CacheDevice
	CacheFilesystem = bootplan.CacheFilesystem
	CacheInvalid    = bootplan.CacheInvalid
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

// Zram is b2c.zram.
type Zram struct {
	Mode        string `json:"mode"` // auto, off or size
	Bytes       int64  `json:"bytes,omitempty"`
	Description string `json:"description"`
}

// Pipeline is the containers and how the machine goes down.
type Pipeline struct {
	Services       []cmdline.Stage `json:"services"`
	Stages         []cmdline.Stage `json:"stages"`
	PostContainers []cmdline.Stage `json:"post_containers"`
	Pipefail       bool            `json:"pipefail"`
	PoweroffDelay  int             `json:"poweroff_delay"`
	ShutdownCmd    string          `json:"shutdown_cmd"`
	RebootCmd      string          `json:"reboot_cmd"`
	KexecFrom      string          `json:"kexec_from"` // b2c.kexec_from's volume, "" if none
	KexecLocal     *KexecLocal     `json:"kexec_local"`
}

// KexecLocal is b2c.kexec_local: which entry of the disks is booted after
// the pipeline, and when.
type KexecLocal struct {
	Selector string `json:"selector"` // "" for the default entry
	Picks    string `json:"picks"`    // what the selector picks, in words
	Always   bool   `json:"always"`   // whatever the pipeline status
}

// Volume is one b2c.volume (masked) and when it is really transferred.
type Volume struct {
	cmdline.Volume
	// PullsAt and PushesAt are the conditions the transfers really run
	// at, once `changes` is resolved (volumes.PlanHooks).
	PullsAt          []string `json:"pulls_at"`
	PushesAt         []string `json:"pushes_at"`
	PushContinuously bool     `json:"push_continuously"`
}

// Transfer is one mirror run at a condition.
type Transfer struct {
	Volume    string `json:"volume"`
	Direction string `json:"direction"` // "pull" or "push"
	Remote    string `json:"remote"`
}

// Check parses line like the init does and prints the init's own plan of
// it (package bootplan). It never touches the machine.
func Check(line string) *Report {
	raw, problems := cmdline.Parse(line)
	// Only the masked configuration feeds the report; raw is kept for the
	// checks that need a secret's value (never its text).
	cfg := raw.Masked()
	p, warns := bootplan.Make(cfg)
	problems = append(problems, warns...)
	r := &Report{
		CommandLine: cmdline.MaskLine(line),
		Platform:    platformOf(p),
		Pipeline:    pipelineOf(p),
		Minio:       nonNil(p.Minio),
		Hooks:       map[string][]Transfer{},
	}
	for _, c := range cmdline.Conditions {
		r.Hooks[c] = transfers(p.Hooks.At[c])
	}
	r.Hooks[volumes.Changes] = transfers(p.Hooks.Watch)
	r.Volumes = volumeReports(p.Volumes, r.Hooks)

	problems = append(problems, crossChecks(raw, cfg, p)...)
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

func platformOf(p *bootplan.Plan) Platform {
	out := Platform{
		Hostname:     p.Hostname,
		Keymap:       p.Keymap,
		Insmods:      nonNil(p.Modules[len(bootplan.BaseModules):]),
		Network:      networkOf(p.Network),
		NTP:          NTP{Peer: p.NTP.Peer, Servers: nonNil(p.NTP.Servers)},
		Cache:        Cache{Device: p.Cache.Value, Kind: p.Cache.Kind, Description: p.Cache.Description, Mountpoint: p.Cache.Mountpoint},
		Filesystems:  nonNil(p.Filesystems),
		ExtraArgsURL: p.ExtraArgsURL,
		PayloadURL:   p.PayloadURL,
		Kexec:        p.Kexec,
		Watchdog:     p.Watchdog,
		StallTimeout: int(p.Stall.Seconds()),
	}
	if p.Swap != nil {
		out.Swap = &Swap{Size: p.Swap.Size, Bytes: p.Swap.Bytes, File: p.Swap.File}
	}
	out.Zram = Zram{Mode: p.Zram.Mode, Bytes: p.Zram.Bytes, Description: p.Zram.Describe()}
	return out
}

func networkOf(n bootplan.Network) Network {
	out := Network{Mode: string(n.Mode), KernelIP: n.KernelIP, DHCPOn: nonNil(n.DHCPOn), Interfaces: []Interface{}}
	for _, ifc := range n.Interfaces {
		mode := "static"
		if ifc.Mode != "" { // auto and dhcp both mean DHCP
			mode = "dhcp"
		}
		out.Interfaces = append(out.Interfaces, Interface{
			Name: ifc.Name, Mode: mode, Addresses: nonNil(ifc.Addresses), Gateway: ifc.Gateway,
			Nameservers: nonNil(ifc.Nameservers), Routes: nonNil(ifc.Routes), Forward: ifc.Forward,
		})
	}
	return out
}

func pipelineOf(p *bootplan.Plan) Pipeline {
	conv := func(ss []cmdline.Stage) []cmdline.Stage {
		out := []cmdline.Stage{}
		for _, s := range ss {
			out = append(out, cmdline.Stage{Raw: s.Raw, Args: nonNil(s.Args)})
		}
		return out
	}
	return Pipeline{
		Services:       conv(p.Pipeline.Services),
		Stages:         conv(p.Pipeline.Stages),
		PostContainers: conv(p.Pipeline.Post),
		Pipefail:       p.Pipeline.Pipefail,
		PoweroffDelay:  p.Shutdown.PoweroffDelay,
		ShutdownCmd:    p.Shutdown.ShutdownCmd,
		RebootCmd:      p.Shutdown.RebootCmd,
		KexecFrom:      p.KexecFrom,
		KexecLocal:     kexecLocal(p.KexecLocal),
	}
}

func kexecLocal(k *cmdline.KexecLocal) *KexecLocal {
	if k == nil {
		return nil
	}
	return &KexecLocal{Selector: k.Selector, Picks: localboot.ParseSelector(k.Selector).String(), Always: k.Always}
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
		v.PullOn, v.PushOn, v.Excludes = nonNil(v.PullOn), nonNil(v.PushOn), nonNil(v.Excludes)
		rv := Volume{Volume: v, PullsAt: []string{}, PushesAt: []string{}}
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
func crossChecks(raw, cfg *cmdline.Config, p *bootplan.Plan) []cmdline.Problem {
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

	// The plan's network mode says whether b2c.iface is used.
	if p.Network.Mode == netsetup.ModeKernel && len(cfg.Ifaces) > 0 {
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

	if p.Cache.Kind == CacheInvalid {
		add(false, "b2c.cache_device", "%s%s", p.Cache.Description, unlessExtra)
	}
	// The init's rule, told what a line alone says: a cache if it may
	// find one, its free space unknown.
	cached := p.Cache.Kind != CacheNone && p.Cache.Kind != CacheInvalid
	if why := p.Swap.Refusal(cached, math.MaxUint64); why != "" {
		add(false, "b2c.swap", "%s: %s: no swap%s", p.Swap.Size, why, unlessExtra)
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
// Which parts are secret is cmdline's decision (ValueSecrets).
func scrubber(line string) func(string) string {
	set := map[string]bool{}
	words, _ := cmdline.Split(line)
	for _, w := range words {
		key, val, _ := strings.Cut(w, "=")
		for _, s := range cmdline.ValueSecrets(key, val) {
			set[s] = true
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

package cmdline

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// Problem is one thing wrong with the command line, printed as one line.
type Problem struct {
	Option string `json:"option"`
	Msg    string `json:"message"`
	Fatal  bool   `json:"fatal"`
}

func (p Problem) String() string { return p.Option + ": " + p.Msg }

// Stage is one container: b2c.run, b2c.container, b2c.service or
// b2c.post_container.
type Stage struct {
	Raw  string   `json:"raw"`
	Args []string `json:"args"`
}

// Route is a route=NET:GW of b2c.iface.
type Route struct {
	Net string `json:"net"`
	GW  string `json:"gw"`
}

// Iface is one b2c.iface.
type Iface struct {
	Name        string   `json:"name"`
	Addresses   []string `json:"addresses,omitempty"`
	Gateway     string   `json:"gateway,omitempty"`
	Nameservers []string `json:"nameservers,omitempty"`
	Routes      []Route  `json:"routes,omitempty"`
	Forward     bool     `json:"forward,omitempty"`
	Mode        string   `json:"mode,omitempty"` // "", "auto" or "dhcp"
}

// Filesystem is one b2c.filesystem.
type Filesystem struct {
	Name string `json:"name"`
	Src  string `json:"src"`
	Type string `json:"type"`
	Opts string `json:"opts"` // with | turned into ,
}

// MinioAlias is one b2c.minio.
type MinioAlias struct {
	Alias string `json:"alias"`
	URL   string `json:"url"`
	// The keys never go into JSON: check-cmdline prints these.
	AccessKey string `json:"-"`
	SecretKey string `json:"-"`
}

// Volume is one b2c.volume.
type Volume struct {
	Name            string   `json:"name"`
	Filesystem      string   `json:"filesystem"`
	PullFrom        string   `json:"pull_from"`
	PushTo          string   `json:"push_to"`
	PullOn          []string `json:"pull_on"`
	PushOn          []string `json:"push_on"`
	Expiration      string   `json:"expiration"`
	Overwrite       bool     `json:"overwrite"`
	Remove          bool     `json:"remove"`
	Preserve        bool     `json:"preserve"`
	Excludes        []string `json:"exclude"`
	EncryptKey      string   `json:"encrypt_key"`
	FscryptKey      string   `json:"fscrypt_key"`
	FscryptResetKey bool     `json:"fscrypt_reset_key"`
	// encryptKeyAsGiven is encrypt_key as the line spelled it (EncryptKey
	// is mc's form of it): both must be masked.
	encryptKeyAsGiven string
}

// Config is everything the command line asks for.
type Config struct {
	Hostname     string       `json:"hostname"`
	Keymap       string       `json:"keymap,omitempty"`
	Insmods      []string     `json:"insmods,omitempty"`
	KernelIP     string       `json:"kernel_ip,omitempty"`
	Ifaces       []Iface      `json:"ifaces,omitempty"`
	NTPPeer      string       `json:"ntp_peer"`
	CacheDevice  string       `json:"cache_device"`
	Swap         string       `json:"swap,omitempty"`
	SwapBytes    int64        `json:"swap_bytes,omitempty"`
	Zram         string       `json:"zram,omitempty"`
	ZramBytes    int64        `json:"zram_bytes,omitempty"` // b2c.zram: Zram is "" (auto), "off" or a size
	Filesystems  []Filesystem `json:"filesystems,omitempty"`
	ExtraArgsURL string       `json:"extra_args_url,omitempty"`
	// PayloadURL is where the netboot loader fetches the rest of b2c
	// (docs/netboot.md); the self-contained initramfs ignores it.
	PayloadURL     string       `json:"payload_url,omitempty"`
	Services       []Stage      `json:"services,omitempty"`
	Stages         []Stage      `json:"stages,omitempty"`
	PostContainers []Stage      `json:"post_containers,omitempty"`
	Pipefail       bool         `json:"pipefail,omitempty"`
	Timeline       bool         `json:"timeline,omitempty"`
	ShutdownCmd    string       `json:"shutdown_cmd,omitempty"`
	RebootCmd      string       `json:"reboot_cmd,omitempty"`
	PoweroffDelay  int          `json:"poweroff_delay,omitempty"`
	StallTimeout   int          `json:"stall_timeout"` // seconds without progress; 0: none
	Watchdog       int          `json:"watchdog"`      // seconds; 0: leave /dev/watchdog alone
	Minio          []MinioAlias `json:"minio,omitempty"`
	Volumes        []Volume     `json:"volumes,omitempty"`
	Logins         []Login      `json:"logins,omitempty"`
	KexecFrom      string       `json:"kexec_from,omitempty"`
	Kexec          *Kexec       `json:"kexec,omitempty"`
	KexecLocal     *KexecLocal  `json:"kexec_local,omitempty"`

	// extra is set while parsing b2c.extra_args_url's text (AddExtra).
	extra bool
}

// Kexec is b2c.kexec=KERNEL_URL[,initrd=URL][,cmdline_url=URL]: boot that
// kernel once the network and the clock are up, instead of the pipeline.
type Kexec struct {
	Kernel     string `json:"kernel"`
	Initrd     string `json:"initrd,omitempty"`
	CmdlineURL string `json:"cmdline_url,omitempty"`
}

// KexecLocal is b2c.kexec_local[=SELECTOR][,always]: after the pipeline,
// boot an entry of what is installed on the disks instead of powering off.
type KexecLocal struct {
	// Selector is "" for the default entry, else an index, a title, a
	// partition label or a filesystem UUID (package localboot).
	Selector string `json:"selector,omitempty"`
	// Always boots it whatever the pipeline status; without it, only
	// after a pipeline status of 0.
	Always bool `json:"always,omitempty"`
}

// Login is a b2c.login: credentials for one container registry.
type Login struct {
	Registry string `json:"registry"`
	User     string `json:"user"`
	Secret   string `json:"secret"`
}

// Conditions a volume may be pulled or pushed at.
var Conditions = []string{"pipeline_start", "container_start", "container_end", "pipeline_end", "changes"}

// maxSwap bounds b2c.swap: anything larger is a typo, not a swap file.
const maxSwap = 1 << 50 // 1 PiB

// DefaultStallTimeout is b2c.stall_timeout's default: long enough for a
// registry or S3 server that is slow to start sending, short enough that a
// dead one does not hold a CI machine for long.
const DefaultStallTimeout = 120

// DefaultWatchdog is b2c.watchdog's default timeout: a worker that has not
// beaten for half of it is wedged (package watchdog), long past any pause
// of a loaded machine.
const DefaultWatchdog = 60

// seconds parses a whole number of seconds from lo to hi.
func seconds(val string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(val))
	return n, err == nil && n >= lo && n <= hi
}

// Parse parses a whole kernel command line.
func Parse(line string) (*Config, []Problem) {
	c := &Config{Hostname: "boot2container", NTPPeer: "none", CacheDevice: "none", StallTimeout: DefaultStallTimeout, Watchdog: DefaultWatchdog}
	return c, c.Add(line)
}

// Add parses more options (b2c.extra_args_url's body) into c.
func (c *Config) Add(line string) []Problem {
	var ps []Problem
	words, unbalanced := Split(line)
	if unbalanced {
		ps = append(ps, Problem{"command line", "unbalanced double quote: the rest of the line was taken as one value", true})
	}
	for _, w := range words {
		key, val, hasVal := strings.Cut(w, "=")
		if key == "ip" {
			c.KernelIP = val
			continue
		}
		if !strings.HasPrefix(key, "b2c.") {
			continue // a kernel or another program's option
		}
		if p := c.option(key, val, hasVal); p != nil {
			ps = append(ps, *p)
		}
	}
	return ps
}

// AddExtra is Add for the text b2c.extra_args_url returned: the one place
// b2c.login is accepted.
func (c *Config) AddExtra(text string) []Problem {
	c.extra = true
	defer func() { c.extra = false }()
	return c.Add(text)
}

func fatal(opt, format string, a ...any) *Problem {
	return &Problem{opt, fmt.Sprintf(format, a...), true}
}

func warn(opt, format string, a ...any) *Problem {
	return &Problem{opt, fmt.Sprintf(format, a...), false}
}

func (c *Config) option(key, val string, hasVal bool) *Problem {
	needValue := func() *Problem {
		if !hasVal || strings.TrimSpace(val) == "" {
			return fatal(key, "needs a value")
		}
		return nil
	}
	switch key {
	case "b2c.pipefail":
		c.Pipefail = true
	case "b2c.timeline":
		c.Timeline = true
		return nil
	case "b2c.run", "b2c.container", "b2c.post_container", "b2c.service":
		if p := needValue(); p != nil {
			return p
		}
		args, err := SplitArgs(val)
		if err != nil {
			return fatal(key, "%v in %q", err, maskStageText(val))
		}
		s := Stage{Raw: val, Args: args}
		switch key {
		case "b2c.post_container":
			c.PostContainers = append(c.PostContainers, s)
		case "b2c.service":
			c.Services = append(c.Services, s)
		default:
			c.Stages = append(c.Stages, s)
		}
		return nil
	case "b2c.kexec":
		if p := needValue(); p != nil {
			return p
		}
		name, opts := splitSubOptions(val)
		k := &Kexec{Kernel: name}
		for _, o := range opts {
			switch o.Key {
			case "initrd":
				k.Initrd = o.Value
			case "cmdline_url":
				k.CmdlineURL = o.Value
			default:
				return fatal(key, "unknown sub-option %q (known: initrd, cmdline_url)", o.Key)
			}
		}
		for _, u := range []string{k.Kernel, k.Initrd, k.CmdlineURL} {
			if u != "" && !isHTTPURL(u) {
				return fatal(key, "%q is not an http:// or https:// URL", MaskURL(u))
			}
		}
		c.Kexec = k
	case "b2c.kexec_local":
		name, opts := splitSubOptions(val)
		if name == "default" {
			name = ""
		}
		k := &KexecLocal{Selector: name}
		var unknown []string
		for _, o := range opts {
			if o.Key != "always" {
				unknown = append(unknown, o.Key)
				continue
			}
			k.Always = true // a flag, whatever value follows it
		}
		c.KexecLocal = k
		if len(unknown) > 0 {
			return warn(key, "unknown sub-options ignored: %s (known: always; select a title with a comma by its index)", strings.Join(unknown, ", "))
		}
	case "b2c.kexec_from":
		if p := needValue(); p != nil {
			return p
		}
		c.KexecFrom = val
	case "b2c.hostname":
		if p := needValue(); p != nil {
			return p
		}
		if len(val) > 64 || strings.ContainsAny(val, " /") {
			return fatal(key, "%q is not a valid hostname", val)
		}
		c.Hostname = val
	case "b2c.keymap":
		if p := needValue(); p != nil {
			return p
		}
		c.Keymap = val
	case "b2c.insmods":
		for _, m := range strings.Split(val, ",") {
			if m = strings.TrimSpace(m); m != "" {
				c.Insmods = append(c.Insmods, m)
			}
		}
	case "b2c.ntp_peer":
		if p := needValue(); p != nil {
			return p
		}
		c.NTPPeer = val
	case "b2c.cache_device":
		if p := needValue(); p != nil {
			return p
		}
		c.CacheDevice = val
	case "b2c.swap":
		if p := needValue(); p != nil {
			return p
		}
		n, err := ParseSize(val)
		if err != nil {
			return fatal(key, "%v", err)
		}
		c.Swap, c.SwapBytes = val, n
	case "b2c.zram":
		if p := needValue(); p != nil {
			return p
		}
		switch strings.ToLower(strings.TrimSpace(val)) {
		case "auto":
			c.Zram, c.ZramBytes = "", 0
		case "off":
			c.Zram, c.ZramBytes = "off", 0
		default:
			n, err := ParseSize(val)
			if err != nil {
				return fatal(key, "%v, auto or off", err)
			}
			c.Zram, c.ZramBytes = val, n
		}
	case "b2c.login":
		if p := needValue(); p != nil {
			return p
		}
		if !c.extra {
			return fatal(key, "only accepted from b2c.extra_args_url: the kernel command line is readable by every process (/proc/cmdline) and shown by boot loaders")
		}
		f := strings.SplitN(val, ",", 3)
		if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
			return fatal(key, "use b2c.login=REGISTRY,USER,SECRET")
		}
		l := Login{Registry: f[0], User: f[1], Secret: f[2]}
		for i := range c.Logins {
			if c.Logins[i].Registry == l.Registry {
				c.Logins[i] = l
				return warn(key, "%s is given twice: the last one wins", l.Registry)
			}
		}
		c.Logins = append(c.Logins, l)
	case "b2c.extra_args_url", "b2c.payload_url":
		if p := needValue(); p != nil {
			return p
		}
		if !isHTTPURL(val) {
			return fatal(key, "%q is not an http:// or https:// URL", MaskURL(val))
		}
		if key == "b2c.extra_args_url" {
			c.ExtraArgsURL = val
		} else {
			c.PayloadURL = val
		}
	case "b2c.shutdown_cmd":
		c.ShutdownCmd = val
	case "b2c.reboot_cmd":
		c.RebootCmd = val
	case "b2c.stall_timeout":
		n, ok := seconds(val, 0, 86400)
		if !ok {
			return fatal(key, "%q is not a number of seconds (0 to 86400)", val)
		}
		c.StallTimeout = n
	case "b2c.watchdog":
		if v := strings.TrimSpace(val); v == "off" || v == "0" {
			c.Watchdog = 0
			return nil
		}
		n, ok := seconds(val, 10, 3600)
		if !ok {
			return fatal(key, "%q is not a number of seconds (10 to 3600) or off", val)
		}
		c.Watchdog = n
	case "b2c.poweroff_delay":
		n, ok := seconds(val, 0, 86400)
		if !ok {
			return fatal(key, "%q is not a number of seconds (0 to 86400)", val)
		}
		c.PoweroffDelay = n
	case "b2c.iface":
		return c.iface(key, val)
	case "b2c.filesystem":
		return c.filesystem(key, val)
	case "b2c.minio":
		return c.minio(key, val)
	case "b2c.volume":
		return c.volume(key, val)
	default:
		return warn(key, "unknown option, ignored")
	}
	return nil
}

// ParseSize reads a size with an optional K, M, G or T suffix (powers of
// 1024, optional trailing B or iB).
func ParseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		case 'T':
			mult = 1 << 40
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (e.g. 512M, 4G)", s)
	}
	if n > maxSwap/mult {
		return 0, fmt.Errorf("%q is absurdly large", s)
	}
	return n * mult, nil
}

func (c *Config) iface(key, val string) *Problem {
	name, opts := splitSubOptions(val)
	if name == "" {
		return fatal(key, "needs an interface name first")
	}
	ifc := Iface{Name: name}
	var ps []string
	for _, o := range opts {
		switch o.Key {
		case "address":
			if _, _, err := net.ParseCIDR(o.Value); err != nil {
				return fatal(key, "%s: address=%q is not ADDRESS/PREFIX", name, o.Value)
			}
			ifc.Addresses = append(ifc.Addresses, o.Value)
		case "gateway":
			if net.ParseIP(o.Value) == nil {
				return fatal(key, "%s: gateway=%q is not an IP address", name, o.Value)
			}
			ifc.Gateway = o.Value
		case "nameserver":
			if net.ParseIP(o.Value) == nil {
				return fatal(key, "%s: nameserver=%q is not an IP address", name, o.Value)
			}
			ifc.Nameservers = append(ifc.Nameservers, o.Value)
		case "route":
			dst, gw, ok := strings.Cut(o.Value, ":")
			_, _, err := net.ParseCIDR(dst)
			if !ok || (err != nil && dst != "default") || net.ParseIP(gw) == nil {
				return fatal(key, "%s: route=%q is not NET/PREFIX:GATEWAY", name, o.Value)
			}
			ifc.Routes = append(ifc.Routes, Route{dst, gw})
		case "forward":
			ifc.Forward = true
		case "auto", "dhcp":
			ifc.Mode = o.Key
		default:
			ps = append(ps, o.Key)
		}
	}
	c.Ifaces = append(c.Ifaces, ifc)
	if len(ps) > 0 {
		return warn(key, "%s: unknown sub-options ignored: %s", name, strings.Join(ps, ", "))
	}
	return nil
}

func (c *Config) filesystem(key, val string) *Problem {
	name, opts := splitSubOptions(val)
	if name == "" {
		return fatal(key, "needs a name first")
	}
	fs := Filesystem{Name: name}
	var unknown []string
	for _, o := range opts {
		switch o.Key {
		case "src":
			fs.Src = o.Value
		case "type":
			fs.Type = o.Value
		case "opts":
			fs.Opts = strings.ReplaceAll(o.Value, "|", ",")
		default:
			unknown = append(unknown, o.Key)
		}
	}
	if fs.Src == "" {
		return fatal(key, "%s: src= is required", name)
	}
	for i := range c.Filesystems {
		if c.Filesystems[i].Name == name {
			c.Filesystems[i] = fs
			return warn(key, "%s is defined twice: the last one wins", name)
		}
	}
	c.Filesystems = append(c.Filesystems, fs)
	if len(unknown) > 0 {
		return warn(key, "%s: unknown sub-options ignored: %s", name, strings.Join(unknown, ", "))
	}
	return nil
}

func (c *Config) minio(key, val string) *Problem {
	f := strings.Split(val, ",")
	if len(f) != 4 || f[0] == "" || f[1] == "" {
		return fatal(key, "needs ALIAS,URL,ACCESS_KEY,SECRET_KEY")
	}
	if u, err := url.Parse(f[1]); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		// Never quote the field: a user who swapped fields would see a key.
		return fatal(key, "%s: the second field is not an http(s) URL", f[0])
	}
	a := MinioAlias{Alias: f[0], URL: f[1], AccessKey: f[2], SecretKey: f[3]}
	for i := range c.Minio {
		if c.Minio[i].Alias == a.Alias {
			c.Minio[i] = a
			return warn(key, "the alias %s is defined twice: the last one wins", a.Alias)
		}
	}
	c.Minio = append(c.Minio, a)
	return nil
}

func conditions(key, name, sub, v string) ([]string, *Problem) {
	var out []string
	for _, cond := range strings.Split(v, "|") {
		ok := false
		for _, known := range Conditions {
			ok = ok || cond == known
		}
		if !ok {
			return nil, fatal(key, "%s: %s=%q: unknown condition %q (known: %s)", name, sub, v, cond, strings.Join(Conditions, ", "))
		}
		out = append(out, cond)
	}
	return out, nil
}

func (c *Config) volume(key, val string) *Problem {
	name, opts := splitSubOptions(val)
	if name == "" {
		return fatal(key, "needs a volume name first")
	}
	v := Volume{Name: name, Expiration: "never"}
	var unknown []string
	for _, o := range opts {
		var p *Problem
		switch o.Key {
		case "filesystem":
			v.Filesystem = o.Value
		case "mirror":
			v.PullFrom, v.PushTo = o.Value, o.Value
		case "pull_from":
			v.PullFrom = o.Value
		case "push_to":
			v.PushTo = o.Value
		case "pull_on":
			v.PullOn, p = conditions(key, name, o.Key, o.Value)
		case "push_on":
			v.PushOn, p = conditions(key, name, o.Key, o.Value)
		case "expiration":
			if o.Value != "never" && o.Value != "pipeline_end" {
				p = fatal(key, "%s: expiration=%q: use never or pipeline_end", name, o.Value)
			}
			v.Expiration = o.Value
		case "overwrite":
			v.Overwrite = true
		case "remove":
			v.Remove = true
		case "preserve":
			v.Preserve = true
		case "exclude":
			v.Excludes = append(v.Excludes, o.Value)
		case "encrypt_key":
			k, err := SSECKey(o.Value)
			if err != nil {
				p = fatal(key, "%s: encrypt_key: %v", name, err)
			}
			v.EncryptKey, v.encryptKeyAsGiven = k, o.Value
		case "fscrypt_key":
			v.FscryptKey = o.Value
		case "fscrypt_reset_key":
			v.FscryptResetKey = true
		default:
			unknown = append(unknown, o.Key)
		}
		if p != nil {
			return p
		}
	}
	for i := range c.Volumes {
		if c.Volumes[i].Name == name {
			c.Volumes[i] = v
			return warn(key, "the volume %s is defined twice: the last one wins", name)
		}
	}
	c.Volumes = append(c.Volumes, v)
	if len(unknown) > 0 {
		return warn(key, "%s: unknown sub-options ignored: %s", name, strings.Join(unknown, ", "))
	}
	return nil
}

// isHTTPURL says whether s is an absolute http:// or https:// URL with a
// host (b2c.extra_args_url, b2c.kexec).
func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

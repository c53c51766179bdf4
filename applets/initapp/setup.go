package initapp

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/clock"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"golang.org/x/sys/unix"
)

// dhcpTimeout is boot2container's "about 10 s" of DHCP retries.
const dhcpTimeout = 10 * time.Second

func setupNetwork(cfg *cmdline.Config) bool {
	if cfg.KernelIP != "" {
		// /proc/net/pnp exists whatever happened: an address on a NIC
		// tells whether the kernel managed it.
		if network.HasIPv4() {
			console.Logf("ip= is set: the kernel configured the network")
			if err := network.ResolvConfFromPNP("/proc/net/pnp", "/etc/resolv.conf"); err != nil {
				console.Warnf("DNS from /proc/net/pnp: %v", err)
			}
			return true
		}
		return applyKernelIP(cfg.KernelIP)
	}
	if len(cfg.Ifaces) > 0 {
		return setupIfaces(cfg)
	}
	links, err := network.Links(network.DefaultInterfaces, 5*time.Second)
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	start := time.Now()
	lease, err := network.DHCP(context.Background(), links, dhcpTimeout, "/etc/resolv.conf")
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	console.Logf("Got a DHCP lease in %.1fs on %s", time.Since(start).Seconds(), lease)
	return true
}

// applyKernelIP does what the kernel could not: its NIC driver was a
// module, loaded only now.
func applyKernelIP(v string) bool {
	k, err := network.ParseKernelIP(v)
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	console.Logf("ip= is set but the kernel had no network device yet: b2c applies it")
	re := network.DefaultInterfaces
	if k.Device != "" {
		re = regexp.MustCompile("^" + regexp.QuoteMeta(k.Device) + "$")
	}
	links, err := network.Links(re, 5*time.Second)
	if err != nil {
		console.Errorf("network: ip=: %v", err)
		return false
	}
	if k.DHCP {
		lease, err := network.DHCP(context.Background(), links, dhcpTimeout, "/etc/resolv.conf")
		if err != nil {
			console.Errorf("network: ip=: %v", err)
			return false
		}
		console.Logf("Got a DHCP lease on %s", lease)
	} else {
		st := network.Static{Name: links[0].Attrs().Name, Addresses: []string{k.Address}, Gateway: k.Gateway}
		if err := st.Configure(); err != nil {
			console.Errorf("network: ip=: %v", err)
			return false
		}
		console.Logf("Configured %s: %s (ip=)", st.Name, k.Address)
	}
	if len(k.DNS) > 0 {
		if err := os.WriteFile("/etc/resolv.conf", []byte(network.ResolvConf(k.DNS, nil)), 0o644); err != nil {
			console.Warnf("resolv.conf: %v", err)
		}
	}
	if k.Hostname != "" {
		network.SetHostname(k.Hostname)
	}
	return true
}

// setupIfaces configures only the interfaces named by b2c.iface: static
// addresses and routes, or DHCP for those marked auto/dhcp.
func setupIfaces(cfg *cmdline.Config) bool {
	var nameservers []string
	ok := true
	for _, ifc := range cfg.Ifaces {
		if _, err := network.Links(regexp.MustCompile("^"+regexp.QuoteMeta(ifc.Name)+"$"), 5*time.Second); err != nil {
			console.Errorf("b2c.iface=%s: %v", ifc.Name, err)
			ok = false
			continue
		}
		if ifc.Mode == "auto" || ifc.Mode == "dhcp" {
			links, _ := network.Links(regexp.MustCompile("^"+regexp.QuoteMeta(ifc.Name)+"$"), 0)
			lease, err := network.DHCP(context.Background(), links, dhcpTimeout, "/etc/resolv.conf")
			if err != nil {
				console.Errorf("b2c.iface=%s: %v", ifc.Name, err)
				ok = false
				continue
			}
			console.Logf("Got a DHCP lease on %s", lease)
			for _, ns := range lease.Nameservers {
				nameservers = append(nameservers, ns.String())
			}
		} else {
			st := network.Static{Name: ifc.Name, Addresses: ifc.Addresses, Gateway: ifc.Gateway, Forward: ifc.Forward}
			for _, r := range ifc.Routes {
				st.Routes = append(st.Routes, [2]string{r.Net, r.GW})
			}
			if err := st.Configure(); err != nil {
				console.Errorf("b2c.iface: %v", err)
				ok = false
				continue
			}
			console.Logf("Configured %s: %v", ifc.Name, ifc.Addresses)
		}
		nameservers = append(nameservers, ifc.Nameservers...)
	}
	if len(nameservers) > 0 {
		if err := os.WriteFile("/etc/resolv.conf", []byte(network.ResolvConf(nameservers, nil)), 0o644); err != nil {
			console.Warnf("resolv.conf: %v", err)
		}
	}
	return ok
}

// setupExtraArgs downloads b2c.extra_args_url and adds it to the command
// line. Any failure is fatal: the user's pipeline lives there.
func setupExtraArgs(cfg *cmdline.Config) bool {
	if cfg.ExtraArgsURL == "" {
		return true
	}
	body, err := network.Fetch(context.Background(), cfg.ExtraArgsURL, 10*time.Second)
	if err != nil {
		console.Errorf("b2c.extra_args_url: the download failed: %v", err)
		return false
	}
	console.Logf("b2c.extra_args_url: got %d bytes of extra arguments", len(body))
	if report(cfg.AddExtra(string(body))) {
		console.Errorf("b2c.extra_args_url: the extra arguments are invalid")
		return false
	}
	return true
}

// cacheWait is how long b2c.cache_device waits for late disks.
const cacheWait = 10 * time.Second

// setupStorage gives podman its storage: the cache device, or a tmpfs.
// Problems with the cache are warnings: the pipeline can run in RAM.
func setupStorage(cfg *cmdline.Config) {
	res, err := storage.Setup(cfg.CacheDevice, filesystemNames(cfg), func(name, target string) error {
		return mountFilesystem(cfg, name, target)
	}, cacheWait, console.Logf)
	if err != nil {
		console.Warnf("cache: %v: running without a cache", err)
	}
	// boot2container users know the cache as /container.
	if _, err := os.Lstat("/container"); os.IsNotExist(err) {
		os.Symlink(storage.Mountpoint, "/container")
	}
	if cfg.Swap != "" {
		switch {
		case !res.Cached:
			console.Warnf("b2c.swap=%s: no cache partition to hold the swap file", cfg.Swap)
		case freeBytes() < uint64(cfg.SwapBytes):
			console.Warnf("b2c.swap=%s: larger than the free space of the cache (%s): no swap", cfg.Swap, humanBytes(freeBytes()))
		default:
			if err := storage.EnableSwap(cfg.SwapBytes); err != nil {
				console.Warnf("b2c.swap=%s: %v", cfg.Swap, err)
			} else {
				console.Logf("Swap: %s enabled on %s", cfg.Swap, storage.SwapFile)
			}
		}
	}
	if avail, total, err := storage.FreeSpace(); err == nil {
		kind := "RAM (tmpfs)"
		if res.Cached {
			kind = "the cache"
		}
		console.Logf("Free space on %s: %s of %s", kind, humanBytes(avail), humanBytes(total))
	}
}

func freeBytes() uint64 {
	avail, _, _ := storage.FreeSpace()
	return avail
}

func filesystemNames(cfg *cmdline.Config) []string {
	var out []string
	for _, f := range cfg.Filesystems {
		out = append(out, f.Name)
	}
	return out
}

// mountFilesystem mounts the b2c.filesystem called name on target.
func mountFilesystem(cfg *cmdline.Config, name, target string) error {
	for _, f := range cfg.Filesystems {
		if f.Name != name {
			continue
		}
		if err := os.MkdirAll(target, 0o755); err != nil {
			return err
		}
		fstype := f.Type
		if fstype == "" {
			fstype = "ext4"
		}
		if err := unix.Mount(f.Src, target, fstype, 0, f.Opts); err != nil {
			return fmt.Errorf("mounting the filesystem %q (%s, %s) on %s: %w", name, f.Src, fstype, target, err)
		}
		return nil
	}
	return fmt.Errorf("no b2c.filesystem is named %q", name)
}

func humanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// setupClock sets the time by NTP when b2c.ntp_peer asks for it.
func setupClock(cfg *cmdline.Config) {
	servers := clock.Servers(cfg.NTPPeer)
	if len(servers) == 0 {
		return
	}
	end := console.Section("b2c_ntp", "Setting the clock by NTP")
	defer end()
	console.Logf("Time before NTP: %s", time.Now().UTC().Format(time.RFC3339))
	server, offset, err := clock.Sync(servers, 3)
	if err != nil {
		console.Warnf("NTP: %v", err)
		return
	}
	console.Logf("Time after NTP: %s (from %s, moved by %s)", time.Now().UTC().Format(time.RFC3339), server, offset.Round(time.Millisecond))
}

// Package netsetup brings the network up and sets the clock as the command
// line asks. The init and the netboot loader share it, so that both read
// ip=, b2c.iface and b2c.ntp_peer the same way.
package netsetup

import (
	"context"
	"os"
	"regexp"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/clock"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/network"
)

// DHCPTimeout is boot2container's "about 10 s" of DHCP retries.
const DHCPTimeout = 10 * time.Second

// Mode is how the network comes up, by order of precedence: the kernel's
// ip=, then the b2c.iface interfaces, else DHCP on DefaultInterfaceGlobs.
type Mode string

const (
	ModeKernel     Mode = "kernel"
	ModeInterfaces Mode = "interfaces"
	ModeDHCP       Mode = "dhcp"
)

// ModeOf is the one place that decides the mode (Network and
// check-cmdline both ask it).
func ModeOf(cfg *cmdline.Config) Mode {
	switch {
	case cfg.KernelIP != "":
		return ModeKernel
	case len(cfg.Ifaces) > 0:
		return ModeInterfaces
	}
	return ModeDHCP
}

// Network sets the network up as the command line asks: the kernel's
// ip= (done by the kernel, or applied here when its NIC driver was a
// module), the b2c.iface interfaces, or DHCP on every wired interface.
// Errors are printed; false means there is no usable network.
func Network(cfg *cmdline.Config) bool {
	switch ModeOf(cfg) {
	case ModeKernel:
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
	case ModeInterfaces:
		return setupIfaces(cfg)
	}
	links, err := network.Links(network.DefaultInterfaces, 5*time.Second)
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	start := time.Now()
	lease, err := network.DHCP(context.Background(), links, DHCPTimeout, "/etc/resolv.conf")
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
		lease, err := network.DHCP(context.Background(), links, DHCPTimeout, "/etc/resolv.conf")
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
			lease, err := network.DHCP(context.Background(), links, DHCPTimeout, "/etc/resolv.conf")
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

// Clock sets the time by NTP when b2c.ntp_peer asks for it; a failure is
// a warning.
func Clock(cfg *cmdline.Config) {
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

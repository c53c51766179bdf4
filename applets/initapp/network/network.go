// Package network brings the machine on the network: loopback, then DHCP
// on the wired interfaces (first lease wins), resolv.conf and hostname.
package network

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/u-root/u-root/pkg/dhclient"
	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// DefaultInterfaceGlobs are the names DHCP is tried on when the user
// names none: boot2container's eth* and en* (predictable names).
// DefaultInterfaces is the same as a regexp.
var (
	DefaultInterfaceGlobs = []string{"eth*", "en*"}
	DefaultInterfaces     = prefixRegexp(DefaultInterfaceGlobs)
)

// prefixRegexp matches the names that start like one of globs ("eth*").
func prefixRegexp(globs []string) *regexp.Regexp {
	var alt []string
	for _, g := range globs {
		alt = append(alt, regexp.QuoteMeta(strings.TrimSuffix(g, "*")))
	}
	return regexp.MustCompile("^(" + strings.Join(alt, "|") + ")")
}

// Lease is what the first successful DHCP exchange gave.
type Lease struct {
	Interface   string
	Address     string
	Router      string
	Nameservers []net.IP
	Search      []string
	Domain      string
	NTPServers  []net.IP
}

func (l *Lease) String() string {
	return fmt.Sprintf("%s: %s (router %s, dns %v)", l.Interface, l.Address, l.Router, l.Nameservers)
}

// LoopbackUp brings lo up: podman's host network and local services need it.
func LoopbackUp() error {
	lo, err := netlink.LinkByName("lo")
	if err != nil {
		return err
	}
	return netlink.LinkSetUp(lo)
}

// Links returns the interfaces whose names match re, waiting up to wait
// for at least one to appear (drivers may still be probing).
func Links(re *regexp.Regexp, wait time.Duration) ([]netlink.Link, error) {
	deadline := time.Now().Add(wait)
	for {
		all, err := netlink.LinkList()
		if err != nil {
			return nil, err
		}
		var out []netlink.Link
		for _, l := range all {
			if re.MatchString(l.Attrs().Name) {
				out = append(out, l)
			}
		}
		if len(out) > 0 || time.Now().After(deadline) {
			if len(out) == 0 {
				return nil, fmt.Errorf("no network interface matches %s", re)
			}
			return out, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// DHCP asks for a lease on every link at once, configures the first one
// that answers and writes resolvConf. It tries for about timeout.
func DHCP(ctx context.Context, links []netlink.Link, timeout time.Duration, resolvConf string) (*Lease, error) {
	// u-root's client logs through the standard logger: keep its chatter
	// off the console, our own lines say what matters.
	log.SetOutput(io.Discard)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cfg := dhclient.Config{Timeout: 2 * time.Second, Retries: int(timeout/(2*time.Second)) + 1}
	var errs []error
	for r := range dhclient.SendRequests(ctx, links, true, false, cfg, timeout) {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", r.Interface.Attrs().Name, r.Err))
			continue
		}
		if err := r.Lease.Configure(); err != nil {
			errs = append(errs, fmt.Errorf("%s: configure: %w", r.Interface.Attrs().Name, err))
			continue
		}
		cancel() // first lease wins
		l := describe(r)
		if err := dhclient.WriteDNSSettings(l.Nameservers, l.Search, l.Domain, resolvConf); err != nil {
			return l, fmt.Errorf("writing %s: %w", resolvConf, err)
		}
		return l, nil
	}
	if len(errs) == 0 {
		errs = append(errs, errors.New("no interface came up"))
	}
	return nil, fmt.Errorf("no DHCP lease after %s: %w", timeout, errors.Join(errs...))
}

func describe(r *dhclient.Result) *Lease {
	l := &Lease{Interface: r.Interface.Attrs().Name}
	if p, ok := r.Lease.(*dhclient.Packet4); ok {
		if ipn := p.Lease(); ipn != nil {
			l.Address = ipn.String()
		}
		l.Nameservers, l.Search, l.Domain = p.GatherDNSSettings()
		m, _ := r.Lease.Message()
		if m != nil {
			if rs := m.Router(); len(rs) > 0 {
				l.Router = rs[0].String()
			}
			l.NTPServers = m.NTPServers()
		}
	}
	return l
}

// SetHostname sets the kernel's hostname.
func SetHostname(name string) error {
	return unix.Sethostname([]byte(name))
}

// ParsePNP reads the kernel's /proc/net/pnp (written by ip=): nameserver
// and domain lines, in resolv.conf syntax already.
func ParsePNP(content string) (ns []net.IP, domain string) {
	for _, l := range strings.Split(content, "\n") {
		f := strings.Fields(l)
		if len(f) != 2 {
			continue
		}
		switch f[0] {
		case "nameserver":
			if ip := net.ParseIP(f[1]); ip != nil && !ip.IsUnspecified() {
				ns = append(ns, ip)
			}
		case "domain":
			domain = f[1]
		}
	}
	return ns, domain
}

// ResolvConfFromPNP writes resolv.conf from the kernel's ip= configuration.
func ResolvConfFromPNP(pnp, resolvConf string) error {
	b, err := os.ReadFile(pnp)
	if err != nil {
		return err
	}
	ns, domain := ParsePNP(string(b))
	return dhclient.WriteDNSSettings(ns, nil, domain, resolvConf)
}

package network

import (
	"fmt"
	"net"
	"os"
	"strings"

	"github.com/vishvananda/netlink"
)

// Static is a b2c.iface configuration without DHCP.
type Static struct {
	Name      string
	Addresses []string // CIDR
	Gateway   string
	Routes    [][2]string // NET (CIDR or "default"), GW
	Forward   bool
}

// ParseRoute checks one route: NET (CIDR, or default) and GW (an IP).
func ParseRoute(dst, gw string) (*net.IPNet, net.IP, error) {
	ip := net.ParseIP(gw)
	if ip == nil {
		return nil, nil, fmt.Errorf("route %s:%s: %q is not an IP address", dst, gw, gw)
	}
	if dst == "default" || dst == "" {
		return nil, ip, nil
	}
	_, n, err := net.ParseCIDR(dst)
	if err != nil {
		return nil, nil, fmt.Errorf("route %s:%s: %w", dst, gw, err)
	}
	return n, ip, nil
}

// Configure brings the interface up with its addresses and routes.
func (s Static) Configure() error {
	l, err := netlink.LinkByName(s.Name)
	if err != nil {
		return fmt.Errorf("interface %s: %w", s.Name, err)
	}
	if err := netlink.LinkSetUp(l); err != nil {
		return fmt.Errorf("interface %s: %w", s.Name, err)
	}
	for _, a := range s.Addresses {
		addr, err := netlink.ParseAddr(a)
		if err != nil {
			return fmt.Errorf("interface %s: address %q: %w", s.Name, a, err)
		}
		if err := netlink.AddrReplace(l, addr); err != nil {
			return fmt.Errorf("interface %s: address %s: %w", s.Name, a, err)
		}
	}
	routes := s.Routes
	if s.Gateway != "" {
		routes = append([][2]string{{"default", s.Gateway}}, routes...)
	}
	for _, r := range routes {
		dst, gw, err := ParseRoute(r[0], r[1])
		if err != nil {
			return fmt.Errorf("interface %s: %w", s.Name, err)
		}
		rt := &netlink.Route{LinkIndex: l.Attrs().Index, Dst: dst, Gw: gw}
		if err := netlink.RouteReplace(rt); err != nil {
			return fmt.Errorf("interface %s: route %s via %s: %w", s.Name, r[0], r[1], err)
		}
	}
	if s.Forward {
		for _, p := range []string{"/proc/sys/net/ipv4/ip_forward", "/proc/sys/net/ipv4/conf/" + s.Name + "/forwarding"} {
			if err := os.WriteFile(p, []byte("1\n"), 0o644); err != nil {
				return fmt.Errorf("interface %s: forwarding: %w", s.Name, err)
			}
		}
	}
	return nil
}

// ResolvConf renders nameservers (and an optional search list) in
// resolv.conf syntax.
func ResolvConf(nameservers []string, search []string) string {
	var b strings.Builder
	for _, ns := range nameservers {
		fmt.Fprintf(&b, "nameserver %s\n", ns)
	}
	if len(search) > 0 {
		fmt.Fprintf(&b, "search %s\n", strings.Join(search, " "))
	}
	return b.String()
}

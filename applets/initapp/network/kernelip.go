package network

import (
	"fmt"
	"net"
	"strings"
)

// KernelIP is the kernel's ip= option
// (ip=CLIENT:SERVER:GW:NETMASK:HOSTNAME:DEVICE:AUTOCONF:DNS0:DNS1:NTP).
// A stock distribution kernel has its NIC drivers as modules, so the
// kernel's own autoconfiguration finds no device before /init: b2c then
// applies the option itself once the modules are loaded.
type KernelIP struct {
	Address  string // CIDR, empty for DHCP
	Gateway  string
	Hostname string
	Device   string // empty: any eth*/en*
	DHCP     bool
	DNS      []string
}

// ParseKernelIP parses the value of ip=.
func ParseKernelIP(v string) (*KernelIP, error) {
	switch v {
	case "dhcp", "on", "any", "both", "bootp", "rarp":
		return &KernelIP{DHCP: true}, nil
	case "off", "none", "":
		return nil, fmt.Errorf("ip=%s: no network configuration", v)
	}
	f := strings.Split(v, ":")
	for len(f) < 10 {
		f = append(f, "")
	}
	k := &KernelIP{Gateway: f[2], Hostname: f[4], Device: f[5]}
	switch f[6] {
	case "", "off", "none":
	default:
		k.DHCP = true
	}
	for _, d := range f[7:9] {
		if d != "" {
			if net.ParseIP(d) == nil {
				return nil, fmt.Errorf("ip=: bad DNS server %q", d)
			}
			k.DNS = append(k.DNS, d)
		}
	}
	if f[0] == "" {
		k.DHCP = true
		return k, nil
	}
	ip := net.ParseIP(f[0])
	if ip == nil || ip.To4() == nil {
		return nil, fmt.Errorf("ip=: bad client address %q", f[0])
	}
	ones := 24
	if f[3] != "" {
		m := net.ParseIP(f[3])
		if m == nil || m.To4() == nil {
			return nil, fmt.Errorf("ip=: bad netmask %q", f[3])
		}
		ones, _ = net.IPMask(m.To4()).Size()
	} else if ip.To4()[0] < 128 {
		ones = 8 // the kernel's classful default
	} else if ip.To4()[0] < 192 {
		ones = 16
	}
	if k.Gateway != "" && net.ParseIP(k.Gateway) == nil {
		return nil, fmt.Errorf("ip=: bad gateway %q", k.Gateway)
	}
	k.Address = fmt.Sprintf("%s/%d", ip, ones)
	k.DHCP = false
	return k, nil
}

// HasIPv4 says whether an interface other than loopback has an IPv4
// address.
func HasIPv4() bool {
	ifs, _ := net.Interfaces()
	for _, i := range ifs {
		if i.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := i.Addrs()
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil {
				return true
			}
		}
	}
	return false
}

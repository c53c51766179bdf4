package netsetup

import (
	"testing"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/network"
)

func TestModeOf(t *testing.T) {
	for line, want := range map[string]Mode{
		"b2c.run=x":                            ModeDHCP,
		"b2c.iface=eth1,auto":                  ModeInterfaces,
		"ip=dhcp":                              ModeKernel,
		"ip=dhcp b2c.iface=eth1,auto":          ModeKernel, // the kernel's ip= wins
		"b2c.iface=eth0,10.0.0.2/24 b2c.run=x": ModeInterfaces,
	} {
		cfg, problems := cmdline.Parse(line)
		for _, p := range problems {
			if p.Fatal {
				t.Fatalf("%q: %v", line, p)
			}
		}
		if got := ModeOf(cfg); got != want {
			t.Errorf("%q: mode %s, want %s", line, got, want)
		}
	}
}

func TestDefaultInterfaces(t *testing.T) {
	for name, want := range map[string]bool{
		"eth0": true, "enp1s0": true, "ens3": true, "eno1": true,
		"wlan0": false, "lo": false, "veth12": false, "docker0": false, "br0": false,
	} {
		if got := network.DefaultInterfaces.MatchString(name); got != want {
			t.Errorf("%s: DHCP by default %v, want %v (globs %v)", name, got, want, network.DefaultInterfaceGlobs)
		}
	}
}

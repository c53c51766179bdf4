package network

import (
	"net"
	"reflect"
	"testing"
)

func TestParsePNP(t *testing.T) {
	ns, dom := ParsePNP("#PROTO: DHCP\ndomain lab\nnameserver 10.77.0.1\nnameserver 0.0.0.0\nbootserver 10.77.0.1\n")
	if dom != "lab" || !reflect.DeepEqual(ns, []net.IP{net.ParseIP("10.77.0.1")}) {
		t.Fatalf("got %v %q", ns, dom)
	}
}

func TestDefaultInterfaces(t *testing.T) {
	for name, want := range map[string]bool{"eth0": true, "enp0s3": true, "ens4": true, "lo": false, "wlan0": false, "docker0": false} {
		if got := DefaultInterfaces.MatchString(name); got != want {
			t.Errorf("%s: %v", name, got)
		}
	}
}

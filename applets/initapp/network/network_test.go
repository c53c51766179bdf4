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

func TestParseRoute(t *testing.T) {
	if n, gw, err := ParseRoute("10.1.0.0/16", "10.0.0.1"); err != nil || n.String() != "10.1.0.0/16" || gw.String() != "10.0.0.1" {
		t.Fatalf("got %v %v %v", n, gw, err)
	}
	if n, _, err := ParseRoute("default", "10.0.0.1"); err != nil || n != nil {
		t.Fatalf("default: %v %v", n, err)
	}
	for _, bad := range [][2]string{{"10.1.0.0/99", "10.0.0.1"}, {"10.1.0.0/16", "nope"}} {
		if _, _, err := ParseRoute(bad[0], bad[1]); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

func TestResolvConf(t *testing.T) {
	if got := ResolvConf([]string{"10.0.0.1", "10.0.0.2"}, []string{"lab"}); got != "nameserver 10.0.0.1\nnameserver 10.0.0.2\nsearch lab\n" {
		t.Fatalf("%q", got)
	}
}

package network

import (
	"net"
	"reflect"
	"testing"
)

func TestParseKernelIP(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want *KernelIP
		err  bool
	}{
		{"dhcp", &KernelIP{DHCP: true}, false},
		{"10.77.0.60::10.77.0.1:255.255.255.0:box:eth0:off:10.77.0.1",
			&KernelIP{Address: "10.77.0.60/24", Gateway: "10.77.0.1", Hostname: "box", Device: "eth0", DNS: []string{"10.77.0.1"}}, false},
		{"10.1.2.3", &KernelIP{Address: "10.1.2.3/8"}, false},
		{"192.168.1.9:::255.255.0.0", &KernelIP{Address: "192.168.1.9/16"}, false},
		{":::::eth1:dhcp", &KernelIP{Device: "eth1", DHCP: true}, false},
		{"off", nil, true},
		{"300.1.1.1", nil, true},
		{"10.0.0.1:::255.0.x.0", nil, true},
		{"10.0.0.1::gw", nil, true},
		{"10.0.0.1:::::::nodns", nil, true},
	} {
		got, err := ParseKernelIP(tc.in)
		if (err != nil) != tc.err {
			t.Errorf("%q: error %v, want error %v", tc.in, err, tc.err)
			continue
		}
		if !tc.err && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// FuzzParseKernelIP: any ip= value gives an error or a usable
// configuration, never a panic.
func FuzzParseKernelIP(f *testing.F) {
	for _, s := range []string{"dhcp", "10.77.0.60::10.77.0.1:255.255.255.0:box:eth0:off:10.77.0.1", ":::::eth1:dhcp", "1.2.3.4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		k, err := ParseKernelIP(v)
		if err != nil {
			return
		}
		if !k.DHCP {
			if _, _, err := net.ParseCIDR(k.Address); err != nil {
				t.Fatalf("%q: static address %q: %v", v, k.Address, err)
			}
		}
	})
}

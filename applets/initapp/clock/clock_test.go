package clock

import (
	"reflect"
	"testing"
)

func TestServers(t *testing.T) {
	for peer, want := range map[string][]string{
		"":          nil,
		"none":      nil,
		"auto":      {AutoPool},
		"10.0.0.1":  {"10.0.0.1"},
		" ntp.lab ": {"ntp.lab"},
	} {
		if got := Servers(peer); !reflect.DeepEqual(got, want) {
			t.Errorf("Servers(%q) = %v, want %v", peer, got, want)
		}
	}
}

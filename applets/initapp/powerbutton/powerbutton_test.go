package powerbutton

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func event(typ, code uint16, value int32) []byte {
	b := make([]byte, eventSize)
	binary.LittleEndian.PutUint16(b[16:], typ)
	binary.LittleEndian.PutUint16(b[18:], code)
	binary.LittleEndian.PutUint32(b[20:], uint32(value))
	return b
}

func TestIsPress(t *testing.T) {
	for _, tc := range []struct {
		ev   []byte
		want bool
	}{
		{event(evKey, keyPower, 1), true},
		{event(evKey, keyPower, 0), false}, // released
		{event(0, 0, 0), false},            // EV_SYN
		{event(evKey, 115, 1), false},      // another key
		{event(evKey, keyPower, 1)[:20], false},
	} {
		if got := IsPress(tc.ev); got != tc.want {
			t.Errorf("%v: %v, want %v", tc.ev, got, tc.want)
		}
	}
}

func TestDevices(t *testing.T) {
	sys := t.TempDir()
	for name, dev := range map[string]string{"event0": "AT Translated Set 2 keyboard", "event1": "Power Button", "event2": "Power Button", "mouse0": "Power Button"} {
		os.MkdirAll(filepath.Join(sys, name, "device"), 0o755)
		os.WriteFile(filepath.Join(sys, name, "device", "name"), []byte(dev+"\n"), 0o644)
	}
	if got, want := Devices(sys), []string{"/dev/input/event1", "/dev/input/event2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
}

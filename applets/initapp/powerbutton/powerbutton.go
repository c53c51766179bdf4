// Package powerbutton turns a press of the ACPI power button (QEMU's
// system_powerdown, a BMC's soft power-off) into a shutdown request. The
// kernel's button driver only reports the press as a key of an input
// device: without acpid or systemd-logind, nothing acts on it.
package powerbutton

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// deviceName is what the kernel's ACPI button driver names its devices.
const deviceName = "Power Button"

// The input event a press is: EV_KEY, KEY_POWER, value 1 (pressed).
const (
	evKey    = 1
	keyPower = 116
)

// eventSize is struct input_event on 64-bit kernels: a struct timeval
// (16 bytes), then type (u16), code (u16) and value (s32).
const eventSize = 24

// IsPress says whether one input_event is the power key going down.
func IsPress(ev []byte) bool {
	if len(ev) < eventSize {
		return false
	}
	typ := binary.LittleEndian.Uint16(ev[16:])
	code := binary.LittleEndian.Uint16(ev[18:])
	value := int32(binary.LittleEndian.Uint32(ev[20:]))
	return typ == evKey && code == keyPower && value == 1
}

// Devices lists the /dev/input event nodes of the power buttons that sys
// (/sys/class/input) shows.
func Devices(sys string) []string {
	ents, _ := os.ReadDir(sys)
	var out []string
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "event") {
			continue
		}
		name, err := os.ReadFile(filepath.Join(sys, e.Name(), "device", "name"))
		if err == nil && strings.TrimSpace(string(name)) == deviceName {
			out = append(out, "/dev/input/"+e.Name())
		}
	}
	return out
}

// Watch calls pressed at every press of a power button. The drivers are
// modules the worker loads after PID 1 started: it looks for the devices
// for up to wait, then reads them until the machine goes down.
func Watch(wait time.Duration, pressed func()) {
	var devs []string
	for end := time.Now().Add(wait); len(devs) == 0 && time.Now().Before(end); {
		if devs = Devices("/sys/class/input"); len(devs) == 0 {
			time.Sleep(time.Second)
		}
	}
	for _, d := range devs {
		go read(d, pressed)
	}
}

func read(dev string, pressed func()) {
	f, err := os.Open(dev)
	if err != nil {
		return
	}
	defer f.Close()
	ev := make([]byte, eventSize)
	for {
		if _, err := io.ReadFull(f, ev); err != nil {
			return
		}
		if IsPress(ev) {
			pressed()
		}
	}
}

package console

import (
	"bytes"
	"testing"
	"time"
)

func TestLogfFormat(t *testing.T) {
	var b bytes.Buffer
	SetOutput(&b)
	defer SetOutput(nil)
	uptime = func() time.Duration { return 12345 * time.Millisecond }
	defer func() { uptime = bootUptime }()
	Logf("two\nlines")
	if got, want := b.String(), "[12.35]: two\n[12.35]: lines\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestSections(t *testing.T) {
	tm := time.Unix(1700000000, 0)
	if got, want := SectionStart(tm, "b2c_net", "Network"), "\x1b[0Ksection_start:1700000000:b2c_net[collapsed=true]\r\x1b[0KNetwork\n"; got != want {
		t.Errorf("start %q", got)
	}
	if got, want := SectionEnd(tm, "b2c_net"), "\x1b[0Ksection_end:1700000000:b2c_net\r\x1b[0K"; got != want {
		t.Errorf("end %q", got)
	}
}

// The status line is a contract with boot2container's users' CI parsers.
func TestStatusLine(t *testing.T) {
	if got := StatusLine(3); got != "Execution is over, pipeline status: 3\n" {
		t.Errorf("StatusLine(3) = %q", got)
	}
}

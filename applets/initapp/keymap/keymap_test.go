package keymap

import (
	"os"
	"os/exec"
	"testing"

	"github.com/b2c-project/b2c/test/need"
)

func TestParseLoadkeysOutput(t *testing.T) {
	src := "/usr/share/keymaps/i386/azerty/fr-latin1.kmap.gz"
	if _, err := os.Stat(src); err != nil {
		need.Missing(t, "console-data is not installed")
	}
	b, err := exec.Command("loadkeys", "-b", src).Output()
	if err != nil {
		need.Missing(t, "loadkeys: %v", err)
	}
	es, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	// On an AZERTY keyboard, keycode 16 (Q on QWERTY) is 'a' in the plain
	// table: KT_LETTER (0x0b) << 8 | 'a'.
	found := false
	for _, e := range es {
		if e.Table == 0 && e.Index == 16 {
			found = true
			if e.Value != 0x0b61 {
				t.Fatalf("keycode 16 = %#x, want 0x0b61 ('a')", e.Value)
			}
		}
	}
	if !found {
		t.Fatal("no plain table in the keymap")
	}
	if _, err := Parse([]byte("garbage")); err == nil {
		t.Fatal("garbage accepted")
	}
	if _, err := Parse(b[:300]); err == nil {
		t.Fatal("truncated keymap accepted")
	}
}

func TestLoadRefusesPaths(t *testing.T) {
	if err := Load("../../etc/passwd"); err == nil {
		t.Fatal("a path was accepted as a keymap name")
	}
}

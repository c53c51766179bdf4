package kexec

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

func TestFind(t *testing.T) {
	dir := t.TempDir()
	if r, err := Find(dir); r != nil || err != nil {
		t.Fatalf("no kernel: %+v %v", r, err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(KernelFile, "")
	if _, err := Find(dir); err == nil {
		t.Error("an empty kernel accepted")
	}
	write(KernelFile, "MZ...")
	r, err := Find(dir)
	if err != nil || r.Initrd != "" || r.Cmdline != "" {
		t.Fatalf("kernel only: %+v %v", r, err)
	}
	write(InitrdFile, "cpio")
	write(CmdlineFile, "console=ttyS0\n  b2c.run=\"docker://x  y\"\n")
	r, err = Find(dir)
	if err != nil || r.Initrd != filepath.Join(dir, InitrdFile) || r.Cmdline != `console=ttyS0 b2c.run="docker://x  y"` {
		t.Fatalf("%+v %v", r, err)
	}
	write(CmdlineFile, strings.Repeat("x", maxCmdline))
	if _, err := Find(dir); err == nil {
		t.Error("an oversized command line accepted")
	}
}

func TestFallBack(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{fmt.Errorf("SYS_kexec_file_load(3, 4, secret, 0) = %w", unix.ENOSYS), true},
		{unix.EOPNOTSUPP, true},
		{fmt.Errorf("x: %w", unix.EPERM), false},
		{fmt.Errorf("x: %w", unix.ENOEXEC), false},
		{unix.EKEYREJECTED, false},
	} {
		if got := FallBack(c.err); got != c.want {
			t.Errorf("FallBack(%v) = %t, want %t", c.err, got, c.want)
		}
	}
}

package storage

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/u-root/u-root/pkg/mount/gpt"

	"github.com/b2c-project/b2c/test/need"
)

// TestTableReadsBack writes the cache's GPT into a file and reads it back
// with a GPT reader that checks both headers and their CRCs.
func TestTableReadsBack(t *testing.T) {
	const sectors = 64 << 20 / gpt.BlockSize
	img := filepath.Join(t.TempDir(), "disk.img")
	f, err := os.Create(img)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(sectors * gpt.BlockSize); err != nil {
		t.Fatal(err)
	}
	tb, err := NewTable(sectors, Label)
	if err != nil {
		t.Fatal(err)
	}
	if err := gpt.Write(f, tb); err != nil {
		t.Fatal(err)
	}
	got, err := gpt.New(f)
	if err != nil {
		t.Fatalf("reading the table back: %v", err)
	}
	if p := got.Primary.Parts[0]; p.FirstLBA != 2048 || p.PartGUID != linuxFS {
		t.Fatalf("partition %+v", p)
	}
}

// TestMakeFSOnLoopDevice formats a real block device and reads its label
// back the way the init's scan does.
func TestMakeFSOnLoopDevice(t *testing.T) {
	if os.Getuid() != 0 {
		need.Missing(t, "needs root for a loop device")
	}
	if _, err := os.Stat(Mke2fs); err != nil {
		Mke2fs = "/sbin/mke2fs"
	}
	img := filepath.Join(t.TempDir(), "disk.img")
	if err := os.WriteFile(img, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(img, 64<<20); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("losetup", "--find", "--show", img).Output()
	if err != nil {
		need.Missing(t, "losetup: %v (no loop devices here)", err)
	}
	dev := strings.TrimSpace(string(out))
	t.Cleanup(func() { exec.Command("losetup", "-d", dev).Run() })
	name := filepath.Base(dev)
	if d := describe(name); d.FSType != "" {
		t.Fatalf("blank device seen as %+v", d)
	}
	if err := MakeFS(name); err != nil {
		t.Fatal(err)
	}
	d := describe(name)
	if d.FSType != "ext4" || d.Label != Label || d.Size != 64<<20 {
		t.Fatalf("after mke2fs: %+v", d)
	}
	if feat, err := exec.Command("dumpe2fs", "-h", dev).CombinedOutput(); err == nil && !strings.Contains(string(feat), "encrypt") {
		t.Fatalf("no encrypt feature: %s", feat)
	}
}

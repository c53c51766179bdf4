package volumes

import (
	"bytes"
	"encoding/base64"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/b2c-project/b2c/test/need"
)

// ext4WithEncrypt mounts a fresh ext4 (encrypt feature) on a loop device
// and returns a directory on it.
func ext4WithEncrypt(t *testing.T) string {
	t.Helper()
	if os.Getuid() != 0 {
		need.Missing(t, "needs root to mount a loop device")
	}
	tmp := t.TempDir()
	img := filepath.Join(tmp, "fs.img")
	if err := os.WriteFile(img, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	os.Truncate(img, 32<<20)
	mke2fs := "/usr/sbin/mke2fs"
	if _, err := os.Stat(mke2fs); err != nil {
		mke2fs = "/sbin/mke2fs"
	}
	if out, err := exec.Command(mke2fs, "-q", "-F", "-t", "ext4", "-O", "encrypt", img).CombinedOutput(); err != nil {
		need.Missing(t, "mke2fs: %v %s", err, out)
	}
	out, err := exec.Command("losetup", "--find", "--show", img).Output()
	if err != nil {
		need.Missing(t, "losetup: %v", err)
	}
	dev := strings.TrimSpace(string(out))
	t.Cleanup(func() { exec.Command("losetup", "-d", dev).Run() })
	mnt := filepath.Join(tmp, "mnt")
	os.Mkdir(mnt, 0o755)
	if err := unix.Mount(dev, mnt, "ext4", 0, ""); err != nil {
		need.Missing(t, "mount: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(mnt, unix.MNT_DETACH) })
	dir := filepath.Join(mnt, "vol", "_data")
	os.MkdirAll(dir, 0o755)
	return dir
}

func key(b byte) string { return base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{b}, 64)) }

func TestFscryptLifecycle(t *testing.T) {
	dir := ext4WithEncrypt(t)
	v := &cmdline.Volume{Name: "v", FscryptKey: key(1)}
	if err := setupFscrypt(v, dir); err != nil {
		if strings.Contains(err.Error(), "does not support") {
			need.Missing(t, "%v", err)
		}
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, enc, _ := policyOf(dir); !enc {
		t.Fatal("the volume is not encrypted")
	}
	// Same key again (next boot): accepted, content intact.
	if err := setupFscrypt(v, dir); err != nil {
		t.Fatal(err)
	}
	// No key: refused.
	if err := checkNotLocked(dir); err == nil {
		t.Fatal("an encrypted volume without a key was accepted")
	}
	// Wrong key: refused, nothing wiped.
	wrong := &cmdline.Volume{Name: "v", FscryptKey: key(2)}
	if err := setupFscrypt(wrong, dir); err == nil || !strings.Contains(err.Error(), "another key") {
		t.Fatalf("wrong key: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "secret.txt")); err != nil || string(b) != "hello" {
		t.Fatalf("content lost after a refused key: %q %v", b, err)
	}
	// Wrong key with fscrypt_reset_key: wiped and re-encrypted.
	wrong.FscryptResetKey = true
	if err := setupFscrypt(wrong, dir); err != nil {
		t.Fatal(err)
	}
	if !isEmpty(dir) {
		t.Fatal("reset did not wipe the volume")
	}
	// A bad key is refused before anything happens.
	if err := setupFscrypt(&cmdline.Volume{FscryptKey: "short"}, dir); err == nil {
		t.Fatal("a bad key was accepted")
	}
}

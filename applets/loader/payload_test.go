package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	sum := sha256.Sum256([]byte("payload"))
	d := hex.EncodeToString(sum[:])
	if err := Check(d, d); err != nil {
		t.Errorf("same digest refused: %v", err)
	}
	if err := Check(strings.ToUpper(d), d); err != nil {
		t.Errorf("same digest in capitals refused: %v", err)
	}
	other := sha256.Sum256([]byte("tampered"))
	err := Check(hex.EncodeToString(other[:]), d)
	if err == nil || !strings.Contains(err.Error(), "refused") || !strings.Contains(err.Error(), d) {
		t.Errorf("another digest: %v, want a refusal naming the pinned digest", err)
	}
	if err := Check(d, ""); err == nil {
		t.Error("a loader without a pinned digest accepted a payload")
	}
}

func TestCopyVerified(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "copy")
	got, err := copyVerified(dst, strings.NewReader("payload"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte("payload"))
	if got != hex.EncodeToString(sum[:]) {
		t.Errorf("digest %s, want %x", got, sum)
	}
	if b, _ := os.ReadFile(dst); string(b) != "payload" {
		t.Errorf("copied %q", b)
	}
	if d, err := fileDigest(dst); err != nil || d != got {
		t.Errorf("fileDigest = %s, %v; want %s", d, err, got)
	}
}

func TestCachePath(t *testing.T) {
	if got := CachePath("/cache", "abc"); got != "/cache/b2c-payload/abc.squashfs" {
		t.Errorf("CachePath = %s", got)
	}
}

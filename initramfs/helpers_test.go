package initramfs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile creates dir/rel with its parents and the given permissions
// (chmod'ed explicitly so that the test does not depend on the umask).
func writeFile(t *testing.T, dir, rel, content string, perm os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, perm); err != nil {
		t.Fatal(err)
	}
	return p
}

// copyInto copies the host file p to the same path under root.
func copyInto(t *testing.T, root, p string) {
	t.Helper()
	copyFile(t, p, root, p, 0o755)
}

// copyFile copies the host file src to dir/rel with the given permissions.
func copyFile(t *testing.T, src, dir, rel string, perm os.FileMode) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, rel, string(b), perm)
}

// parse parses contents text with vars, failing the test on error.
func parse(t *testing.T, text string, vars map[string]string) []Line {
	t.Helper()
	lines, err := ParseContents(strings.NewReader(text), vars)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// build parses and applies contents text into a new image.
func build(t *testing.T, text string, vars map[string]string, o Options) *Image {
	t.Helper()
	im := NewImage()
	if err := Apply(im, parse(t, text, vars), o); err != nil {
		t.Fatal(err)
	}
	return im
}

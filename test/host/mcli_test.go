package host

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// minioBinary returns the MinIO server: $B2C_MINIO, or hack/minio.sh's
// build (made once into out/tools).
func minioBinary(t *testing.T) string {
	t.Helper()
	if m := os.Getenv("B2C_MINIO"); m != "" {
		return m
	}
	t.Log("sh hack/minio.sh (builds the MinIO server the first time, several minutes; a build under way is waited for)")
	cmd := exec.Command("sh", "../../hack/minio.sh")
	cmd.Stderr = os.Stderr // the build's progress
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("hack/minio.sh: %v", err)
	}
	return strings.TrimSpace(string(out))
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startMinio starts a server on 127.0.0.1 with a temporary data directory
// and returns its URL; it is stopped (by PID) when the test ends.
func startMinio(t *testing.T, user, password string) string {
	t.Helper()
	server := minioBinary(t)
	dir := t.TempDir()
	addr, console := freePort(t), freePort(t)
	logPath := filepath.Join(dir, "minio.log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	cmd := exec.Command(server, "server", "--quiet",
		"--address", addr, "--console-address", console,
		"--certs-dir", filepath.Join(dir, "certs"), filepath.Join(dir, "data"))
	cmd.Env = append(testEnv(t), "MINIO_ROOT_USER="+user, "MINIO_ROOT_PASSWORD="+password,
		"MINIO_BROWSER=off", "MINIO_UPDATE=off")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Logf("minio server pid %d on %s", cmd.Process.Pid, addr)
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("minio log:\n%s", b)
		}
	})
	url := "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-done:
			b, _ := os.ReadFile(logPath)
			t.Fatalf("minio exited at start:\n%s", b)
		default:
		}
		resp, err := http.Get(url + "/minio/health/live")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return url
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("minio not ready after 60s: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// writeTree creates nested files, including an empty one and one large
// enough to be sent in several parts.
func writeTree(t *testing.T, root string) {
	t.Helper()
	big := make([]byte, 17<<20)
	if _, err := rand.Read(big); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"top.txt":                       []byte("top\n"),
		"empty":                         nil,
		"a/one.txt":                     []byte("one\n"),
		"a/b/two.txt":                   []byte("two\n"),
		"a/b/c/d/deep.bin":              big[:4096],
		"a/b/c/d/e/big.bin":             big,
		"with space/and-ünicode.txt":    []byte("names survive the round trip\n"),
		"x/y/z/.hidden":                 []byte("dot file\n"),
		"a/b/sibling/same-name/one.txt": []byte("another one\n"),
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree maps each regular file's path under root to its contents.
func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !d.Type().IsRegular() {
			t.Errorf("%s is not a regular file", p)
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		files[rel], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestMcliMirrorMinio(t *testing.T) {
	bin := b2cBin(t)
	links := linkDir(t, bin)
	secret := make([]byte, 12)
	rand.Read(secret)
	user, password := "b2ctest", hex.EncodeToString(secret)
	url := startMinio(t, user, password)

	cfg := t.TempDir()
	mcli := filepath.Join(links, "mcli")
	// --config-dir on the command line for some commands, MC_CONFIG_DIR for
	// the others: both must reach the same configuration.
	env := testEnv(t, "MC_CONFIG_DIR="+cfg)
	withDir := func(args ...string) []string { return append([]string{"--config-dir", cfg, "--no-color"}, args...) }

	mustRun(t, env, mcli, withDir("alias", "set", "b2c", url, user, password)...)
	mustRun(t, env, bin, "mcli", "mb", "b2c/b2c-test")

	src, dst := filepath.Join(t.TempDir(), "src"), filepath.Join(t.TempDir(), "dst")
	writeTree(t, src)
	mustRun(t, env, mcli, withDir("mirror", "--quiet", src, "b2c/b2c-test/tree")...)
	r := mustRun(t, env, filepath.Join(links, "mc"), "ls", "--recursive", "b2c/b2c-test")
	t.Logf("bucket:\n%s", r.stdout)
	mustRun(t, env, mcli, "mirror", "--quiet", "b2c/b2c-test/tree", dst)

	want, got := readTree(t, src), readTree(t, dst)
	if len(want) != 9 {
		t.Fatalf("source tree has %d files, want 9", len(want))
	}
	for name, data := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s did not come back", name)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s came back different (%d bytes, want %d)", name, len(g), len(data))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected file %s came back", name)
		}
	}
	if !strings.Contains(r.stdout, "big.bin") {
		t.Errorf("mc ls does not list big.bin")
	}
}

package lab

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/need"
)

// TestLabServices starts the lab and checks each service answers from
// inside the namespace, and that a test image reaches the registry.
func TestLabServices(t *testing.T) {
	if os.Getenv("B2C_LAB") == "" {
		need.Missing(t, "B2C_LAB is not set: lab tests need root, QEMU and the lab's packages (make test sets it)")
	}
	l, err := Start(Options{Minio: os.Getenv("B2C_MINIO"), Log: testWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := os.WriteFile(l.WWW()+"/hello.txt", []byte("hello lab\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := l.Command(ctx, "busybox", "wget", "-q", "-O", "-", HTTPURL+"/hello.txt").CombinedOutput()
	if err != nil || string(out) != "hello lab\n" {
		t.Fatalf("HTTP server: %v %q", err, out)
	}
	bin, err := FindBin()
	if err != nil {
		t.Fatal(err)
	}
	if err := l.PushImages(bin, Image{Name: "labtest"}); err != nil {
		t.Fatal(err)
	}
	out, err = l.Command(ctx, "busybox", "wget", "-q", "-O", "-", "http://"+Registry+"/v2/_catalog").CombinedOutput()
	if err != nil || !strings.Contains(string(out), `"labtest"`) {
		t.Fatalf("registry catalog: %v %q", err, out)
	}
	if os.Getenv("B2C_MINIO") != "" {
		out, err = l.Command(ctx, "busybox", "wget", "-q", "-O", "-", MinioURL+"/minio/health/live").CombinedOutput()
		if err != nil {
			t.Fatalf("MinIO health: %v %q", err, out)
		}
	}
	ns := l.NS
	l.Close()
	if out, _ := execOut("ip", "netns", "list"); strings.Contains(out, ns) {
		t.Fatalf("namespace %s still exists after Close", ns)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

package network

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/args":
			fmt.Fprint(w, "b2c.run=docker://img\n")
		case "/big":
			w.Write(make([]byte, maxExtraArgs+1))
		case "/kernel":
			w.Write(bytes.Repeat([]byte("k"), 3<<20))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	if b, err := Fetch(ctx, srv.URL+"/args", time.Second); err != nil || string(b) != "b2c.run=docker://img\n" {
		t.Fatalf("got %q %v", b, err)
	}
	if _, err := Fetch(ctx, srv.URL+"/missing", time.Second); err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("404: %v", err)
	}
	if _, err := Fetch(ctx, srv.URL+"/big", time.Second); err == nil {
		t.Fatal("an oversized body must be refused")
	}
	// Download's limit is the caller's (kernels, initramfs: RAM).
	dst := filepath.Join(t.TempDir(), "kernel")
	if n, err := Download(ctx, srv.URL+"/kernel", dst, time.Second, 3<<20); err != nil || n != 3<<20 {
		t.Fatalf("download: %d %v", n, err)
	}
	if b, _ := os.ReadFile(dst); len(b) != 3<<20 {
		t.Fatalf("downloaded %d bytes", len(b))
	}
	if _, err := Download(ctx, srv.URL+"/kernel", dst, time.Second, 3<<20-1); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Fatalf("a download over the limit: %v", err)
	}
	if _, err := os.Stat(dst); err == nil {
		t.Fatal("a refused download left its file behind")
	}
	if _, err := Download(ctx, srv.URL+"/missing", dst, time.Second, 1<<30); err == nil {
		t.Fatal("a 404 downloaded")
	}
	if _, err := Fetch(ctx, "ftp://x/y", time.Second); err == nil {
		t.Fatal("ftp accepted")
	}
	// A refused connection is retried, then reported without the password.
	_, err := Fetch(ctx, "http://user:s3cret@127.0.0.1:1/args", 1500*time.Millisecond)
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("unreachable: %v", err)
	}
	// So is a pre-signed URL's query (its signature is a credential).
	_, err = Fetch(ctx, "http://127.0.0.1:1/args?X-Amz-Signature=SIGSECRET&a=b", 1500*time.Millisecond)
	if err == nil || strings.Contains(err.Error(), "SIGSECRET") || !strings.Contains(err.Error(), "127.0.0.1:1/args") {
		t.Fatalf("unreachable, signed: %v", err)
	}
}

package network

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
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

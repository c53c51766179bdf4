package boot

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

// The lab's MinIO over TLS, signed by the lab's CA (VMConfig.TrustLabCA).
const minioTLSOpt = `b2c.minio="labtls,` + lab.MinioTLSURL + `,` + lab.MinioUser + `,` + lab.MinioPass + `" `

// mcliErr is mcli for commands expected to fail.
func mcliErr(t *testing.T, args ...string) (string, error) {
	t.Helper()
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return theLab.Mcli(ctx, bin, args...)
}

// putObject uploads body as the object at remote (ALIAS/BUCKET/PATH),
// making the bucket when it does not exist.
func putObject(t *testing.T, remote, body string) {
	t.Helper()
	bucket, _ := splitRemote(remote)
	mcli(t, "mb", "--ignore-existing", bucket)
	f := filepath.Join(t.TempDir(), "object")
	if err := os.WriteFile(f, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	mcli(t, "cp", f, remote)
}

// presign returns a pre-signed HTTPS URL of remote (ALIAS/BUCKET/PATH)
// and its signature, a credential the tests check is never printed.
func presign(t *testing.T, remote string) (shared, sig string) {
	t.Helper()
	out := mcli(t, "--json", "share", "download", "--expire", "2h", remote)
	var share struct{ Share string }
	if err := json.Unmarshal([]byte(out), &share); err != nil || share.Share == "" {
		t.Fatalf("mcli share download: %v: %s", err, out)
	}
	u, err := url.Parse(share.Share)
	if err != nil {
		t.Fatal(err)
	}
	sig = u.Query().Get("X-Amz-Signature")
	if u.Scheme != "https" || sig == "" {
		t.Fatalf("not a signed HTTPS URL: %s", share.Share)
	}
	return share.Share, sig
}

// splitRemote splits ALIAS/BUCKET/PATH after the bucket.
func splitRemote(remote string) (bucket, path string) {
	n := 0
	for i, c := range remote {
		if c == '/' {
			if n++; n == 2 {
				return remote[:i], remote[i+1:]
			}
		}
	}
	return remote, ""
}

// encrypt_key: what b2c pushes is encrypted by MinIO with the customer
// key (SSE-C, which needs TLS): unreadable without the key, readable with
// it, and pulled back by the next boot that has it.
func TestVolumeEncryptKey(t *testing.T) {
	t.Parallel()
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "labtls/ssec")
	key := "b2c-lab-sse-c-key-0123456789abcd" // boot2container's form: 32 characters
	vol := `b2c.volume="v,mirror=labtls/ssec,encrypt_key=` + key + `,expiration=pipeline_end,`

	vm := boot(t, lab.VMConfig{TrustLabCA: true, Cmdline: minioTLSOpt + vol + `push_on=pipeline_end" ` +
		runWith("-v v:/v", "busybox", "sh", "-c", `'echo ENCRYPTED-AT-REST > /v/secret.txt'`)})
	wantStatus(t, vm, 0)
	noLine(t, vm, key, base64.RawStdEncoding.EncodeToString([]byte(key)))

	if out, err := mcliErr(t, "cat", "labtls/ssec/secret.txt"); err == nil {
		t.Errorf("the pushed object is readable without the key: %q", out)
	}
	enc := "labtls/ssec=" + base64.RawStdEncoding.EncodeToString([]byte(key))
	if got := mcli(t, "cat", "--enc-c", enc, "labtls/ssec/secret.txt"); got != "ENCRYPTED-AT-REST\n" {
		t.Errorf("labtls/ssec/secret.txt with the key = %q", got)
	}

	vm = boot(t, lab.VMConfig{TrustLabCA: true, Cmdline: minioTLSOpt + vol + `pull_on=pipeline_start" ` +
		runWith("-v v:/v", "busybox", "cat", "/v/secret.txt")})
	wantLines(t, vm, `^ENCRYPTED-AT-REST$`, `pipeline status: 0$`)
}

// extra_args_url over HTTPS with the CA bundle of the initramfs: a MinIO
// pre-signed URL, whose signature (a credential) is never printed. Without
// the CA, the download fails and the boot stops cleanly.
func TestExtraArgsHTTPS(t *testing.T) {
	t.Parallel()
	needMinio(t)
	putObject(t, "labtls/args/args.txt", run("busybox", "echo", "HTTPS-EXTRA-ARGS")+"\n")
	shared, sig := presign(t, "labtls/args/args.txt")

	t.Run("trusted", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{TrustLabCA: true, Cmdline: "b2c.extra_args_url=" + shared})
		wantLines(t, vm, `extra_args_url: got \d+ bytes`, `^HTTPS-EXTRA-ARGS$`, `pipeline status: 0$`)
		noLine(t, vm, sig)
	})
	t.Run("unknown CA", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + shared + " " + run("busybox", "echo", "MUST-NOT-RUN")})
		wantLines(t, vm, `b2c\.extra_args_url: the download failed.*certificate`)
		noLine(t, vm, `^MUST-NOT-RUN$`, `^HTTPS-EXTRA-ARGS$`, sig)
		wantFailed(t, vm, "after a failed extra_args_url")
	})
}

// b2c.login from extra_args_url: a stage's image comes from the lab's
// private registry (TLS, htpasswd); the password never reaches the console.
// On the kernel command line, b2c.login is refused before any container.
func TestRegistryLogin(t *testing.T) {
	t.Parallel()
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	if err := theLab.PushImages(bin, lab.Image{Name: "private", Private: true,
		Cmd: `["/bin/sh", "-c", "echo PRIVATE-IMAGE-RUNS"]`}); err != nil {
		t.Fatal(err)
	}
	// The registry really wants the credentials.
	code, err := theLab.Command(context.Background(), "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
		"--cacert", theLab.CA(), "https://"+lab.PrivateRegistry+"/v2/").Output()
	if err != nil || string(code) != "401" {
		t.Fatalf("an anonymous request to the private registry: %v %s, want 401", err, code)
	}
	login := "b2c.login=" + lab.PrivateRegistry + "," + lab.PrivateUser + "," + lab.PrivatePass
	stage := `b2c.run="docker://` + lab.PrivateRegistry + `/private:latest"`
	t.Run("extra_args_url", func(t *testing.T) {
		t.Parallel()
		if err := writeWWW("login.txt", login+"\n"+stage+"\n"); err != nil {
			t.Fatal(err)
		}
		vm := boot(t, lab.VMConfig{TrustLabCA: true, Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/login.txt"})
		wantLines(t, vm, `Registry credentials for `+lab.PrivateRegistry+` \(user `+lab.PrivateUser+`\)`,
			`^PRIVATE-IMAGE-RUNS$`, `pipeline status: 0$`)
		noLine(t, vm, lab.PrivatePass)
	})
	t.Run("kernel command line", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{TrustLabCA: true, Cmdline: login + " " + stage})
		wantLines(t, vm, `b2c\.login: only accepted from b2c\.extra_args_url`)
		noLine(t, vm, `^PRIVATE-IMAGE-RUNS$`, lab.PrivatePass)
		wantFailed(t, vm, "with b2c.login on the kernel command line")
	})
}

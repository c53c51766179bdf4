package host

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/need"
)

// cmdTimeout bounds every command, so that a hung podman or server fails
// the test instead of eating the whole `go test` timeout.
const cmdTimeout = 5 * time.Minute

// b2cBin returns the binary under test, or skips.
func b2cBin(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("B2C_BIN")
	if bin == "" {
		need.Missing(t, "B2C_BIN is not set: host tests drive the built binary (B2C_BIN=$PWD/out/b2c, or make test)")
	}
	abs, err := filepath.Abs(bin)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(abs); err != nil || st.Mode()&0o111 == 0 {
		t.Fatalf("B2C_BIN=%s is not an executable file (%v)", bin, err)
	}
	return abs
}

// linkDir makes a temporary directory of links to bin named after the
// applets, as `make install` lays them out.
func linkDir(t *testing.T, bin string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range []string{"b2c", "podman", "mcli", "mc"} {
		if err := os.Symlink(bin, filepath.Join(dir, n)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// testEnv is the environment of every command: HOME points to a temporary
// directory so that mc and podman write nothing into the real one.
func testEnv(t *testing.T, extra ...string) []string {
	t.Helper()
	var env []string
	for _, kv := range os.Environ() {
		// Start from a clean slate for the variables the tests control.
		if k, _, _ := strings.Cut(kv, "="); k == "HOME" || strings.HasPrefix(k, "MC_") || k == "CONTAINERS_CONF" {
			continue
		}
		env = append(env, kv)
	}
	return append(append(env, "HOME="+t.TempDir()), extra...)
}

type result struct {
	stdout, stderr string
	code           int
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs a command, logging it first, and fails the test only when it
// cannot be started or times out: callers check the status.
func run(t *testing.T, env []string, name string, args ...string) result {
	t.Helper()
	t.Logf("$ %s %s", name, strings.Join(args, " "))
	ctx, cancel := context.WithTimeout(context.Background(), cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	r := result{o.String(), e.String(), 0}
	if ctx.Err() != nil {
		t.Fatalf("%s timed out after %v\n%s", name, cmdTimeout, r)
	}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s: %v", name, err)
		}
		r.code = ee.ExitCode()
	}
	return r
}

// runArgv0 is run with argv[0] chosen (re-exec names, links); env nil is
// the empty environment.
func runArgv0(t *testing.T, env []string, path string, argv []string) result {
	t.Helper()
	t.Logf("$ (argv0 %s) %s", argv[0], strings.Join(argv[1:], " "))
	ctx, cancel := context.WithTimeout(context.Background(), cmdTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path)
	cmd.Args = argv
	cmd.Env = env
	if env == nil {
		cmd.Env = []string{}
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	r := result{o.String(), e.String(), 0}
	if ctx.Err() != nil {
		t.Fatalf("%s timed out after %v\n%s", argv[0], cmdTimeout, r)
	}
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("%s: %v", argv[0], err)
		}
		r.code = ee.ExitCode()
	}
	return r
}

// mustRun is run for commands that must succeed.
func mustRun(t *testing.T, env []string, name string, args ...string) result {
	t.Helper()
	r := run(t, env, name, args...)
	if r.code != 0 {
		t.Fatalf("%s %s failed: %s", name, strings.Join(args, " "), r)
	}
	return r
}

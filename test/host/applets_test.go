package host

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestVersions(t *testing.T) {
	bin := b2cBin(t)
	links := linkDir(t, bin)
	env := testEnv(t)

	r := mustRun(t, env, filepath.Join(links, "podman"), "--version")
	if strings.TrimSpace(r.stdout) != "podman version 4.9.5" {
		t.Errorf("podman --version printed %q, want podman version 4.9.5", r.stdout)
	}
	for _, name := range []string{"mcli", "mc"} {
		r = mustRun(t, env, filepath.Join(links, name), "--version")
		if !strings.HasPrefix(r.stdout, "mcli version ") && !strings.HasPrefix(r.stdout, "mc version ") {
			t.Errorf("%s --version printed %q, want mc's version banner", name, r.stdout)
		}
		// The Makefile sets mc's version strings from go.mod.
		if strings.Contains(r.stdout, "GOGET") || !regexp.MustCompile(`commit-id=[0-9a-f]{12}`).MatchString(r.stdout) {
			t.Errorf("%s --version printed %q: no version or commit from go.mod", name, r.stdout)
		}
	}

	r = mustRun(t, env, bin, "--version")
	t.Logf("b2c --version:\n%s", r.stdout)
	for _, re := range []string{
		`^b2c \S+$`,
		`^podman: +v4\.9\.5$`,
		`^mc: +v\S+$`,
		`^u-root: +v0\.16\.0$`,
		`^go: +go1\.26(\.\d+)?$`,
	} {
		if !regexp.MustCompile("(?m)" + re).MatchString(r.stdout) {
			t.Errorf("b2c --version has no line matching %s", re)
		}
	}
}

func TestList(t *testing.T) {
	bin := b2cBin(t)
	r := mustRun(t, testEnv(t), bin, "--list")
	got := strings.Fields(r.stdout)
	for _, want := range []string{"init", "mc", "mcli", "podman"} {
		found := false
		for _, g := range got {
			found = found || g == want
		}
		if !found {
			t.Errorf("b2c --list = %q, lacks %s", got, want)
		}
	}
}

func TestUsage(t *testing.T) {
	bin := b2cBin(t)
	r := run(t, testEnv(t), bin)
	if r.code != 2 || !strings.Contains(r.stderr, "Usage: b2c") {
		t.Errorf("b2c alone: want usage and exit 2, got %s", r)
	}
}

func TestMcliUpdateRefused(t *testing.T) {
	bin := b2cBin(t)
	links := linkDir(t, bin)
	before, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	cfg := t.TempDir()
	for _, argv := range [][]string{
		{filepath.Join(links, "mcli"), "update"},
		{filepath.Join(links, "mc"), "--config-dir", cfg, "update", "--json"},
		{bin, "mcli", "--quiet", "update"},
	} {
		r := run(t, testEnv(t), argv[0], argv[1:]...)
		if r.code == 0 || !strings.Contains(r.stderr, "'update' is disabled") {
			t.Errorf("%q: want a refusal, got %s", argv, r)
		}
	}
	after, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Fatal("mcli update changed the binary")
	}
}

// TestBadMCConfigEnvFile: mc parses MC_CONFIG_ENV_FILE and exits when it
// cannot. patches/0002 moved that from init() (run by every applet) to
// mc.Main, so only mcli may fail.
func TestBadMCConfigEnvFile(t *testing.T) {
	bin := b2cBin(t)
	links := linkDir(t, bin)
	bad := filepath.Join(t.TempDir(), "bad.env")
	if err := os.WriteFile(bad, []byte("this is not an alias file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := testEnv(t, "MC_CONFIG_ENV_FILE="+bad)

	for _, argv := range [][]string{{bin, "podman", "--version"}, {filepath.Join(links, "podman"), "--version"}, {bin, "--list"}} {
		r := run(t, env, argv[0], argv[1:]...)
		if r.code != 0 || strings.Contains(r.stderr, "Unable to parse") {
			t.Errorf("%q with a bad MC_CONFIG_ENV_FILE: %s", argv, r)
		}
	}
	if r := run(t, env, bin, "podman", "--version"); !strings.Contains(r.stdout, "version 4.9.5") {
		t.Errorf("b2c podman --version printed %q", r.stdout)
	}
	r := run(t, env, filepath.Join(links, "mcli"), "--config-dir", t.TempDir(), "alias", "list")
	if r.code == 0 || !strings.Contains(r.stderr, "Unable to parse "+bad) {
		t.Errorf("mcli with a bad MC_CONFIG_ENV_FILE: want an error, got %s", r)
	}
}

// TestEmptyEnvironment runs every applet, and the names under which podman
// and containers/storage re-execute the binary, with no environment at all,
// as podman does for `podman top` (podman-top). Nothing that runs for them
// may depend on mc's configuration: mc's package initialisation used to exit
// with "Unable to get mcConfigDir" when no home directory could be found.
func TestEmptyEnvironment(t *testing.T) {
	bin := b2cBin(t)
	links := linkDir(t, bin)
	for _, argv := range [][]string{
		{filepath.Join(links, "b2c"), "--version"},
		{filepath.Join(links, "podman"), "--version"},
		{filepath.Join(links, "mcli"), "--version"},
		{filepath.Join(links, "mc"), "--version"},
		{bin, "check-cmdline", "b2c.container=docker://x"},
		{bin, "init"},
	} {
		r := runArgv0(t, nil, argv[0], argv)
		// The same command with a home directory is the control.
		want := runArgv0(t, testEnv(t), argv[0], argv)
		if strings.Contains(r.stdout+r.stderr, "mcConfigDir") || r.code != want.code {
			t.Errorf("%q with an empty environment: %s\nwith HOME set: %s", argv, r, want)
		}
	}
	if r := runArgv0(t, nil, bin, []string{"podman", "--version"}); strings.TrimSpace(r.stdout) != "podman version 4.9.5" {
		t.Errorf("b2c podman --version with an empty environment: %s", r)
	}

	// Each re-exec entry point, run without its arguments, must reach its
	// own handler: podman-top says it lacks arguments and exits 255.
	r := runArgv0(t, nil, bin, []string{"podman-top"})
	if r.code != 255 || !strings.Contains(r.stderr, "need at least two arguments") {
		t.Errorf("podman-top re-exec with an empty environment: want podman-top's own error and exit 255, got %s", r)
	}
	for _, name := range []string{
		"storage-untar", "storage-tar", "storage-applyLayer", "storage-mountfrom",
		"storage-chown-by-maps", "buildah-copier", "buildah-chroot-runtime",
		"buildah-chroot-exec", "buildah-oci-runtime", "chrootuser-open",
	} {
		r := runArgv0(t, nil, bin, []string{name})
		want := runArgv0(t, testEnv(t), bin, []string{name})
		if strings.Contains(r.stdout+r.stderr, "mcConfigDir") || strings.Contains(r.stderr, "Usage: b2c") || r.code != want.code {
			t.Errorf("re-exec %s with an empty environment: %s\nwith HOME set: %s", name, r, want)
		}
	}
}

package host

import (
	"archive/tar"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/need"
)

// podman runs the podman applet with private storage under a temporary
// directory, working around the build host's quirks without changing it.
type podman struct {
	bin    string
	dir    string
	global []string
	env    []string
}

func newPodman(t *testing.T) *podman {
	t.Helper()
	bin := b2cBin(t)
	if os.Geteuid() != 0 {
		need.Missing(t, "the podman host tests need root")
	}
	for _, tool := range []string{"crun", "conmon", "unshare"} {
		if _, err := exec.LookPath(tool); err != nil {
			need.Missing(t, "%s is not installed (hack/deps.sh installs it)", tool)
		}
	}
	// Not t.TempDir(): podman refuses a runroot path longer than 50
	// characters (it holds sockets), and test names make those long.
	dir, err := os.MkdirTemp("", "b2c-podman.")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(dir); err != nil {
			t.Error(err)
		}
	})
	// The host's hard limit for open files is below podman's default
	// nofile ulimit for containers: crun would fail to set it.
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "containers.conf")
	err = os.WriteFile(conf, []byte(fmt.Sprintf(`[containers]
default_ulimits = ["nofile=%d:%d", "nproc=32768:32768"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
`, lim.Max, lim.Max)), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	// The host may have no /etc/containers (podman is not installed
	// there): a signature policy of our own, in HOME.
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(filepath.Join(home, ".config", "containers"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, ".config", "containers", "policy.json"),
		[]byte(`{"default":[{"type":"insecureAcceptAnything"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	p := &podman{
		bin: bin,
		dir: dir,
		global: []string{
			"--root", filepath.Join(dir, "root"),
			"--runroot", filepath.Join(dir, "runroot"),
			"--tmpdir", filepath.Join(dir, "tmp"),
			"--storage-driver", "vfs",
		},
		env: testEnv(t, "CONTAINERS_CONF="+conf, "HOME="+home),
	}
	t.Cleanup(func() {
		// Remove whatever a failed test left running, then make sure no
		// process of ours (conmon, a container) outlives the test.
		run(t, p.env, "unshare", p.wrap("podman", "rm", "-af", "-t", "0")...)
		killUnder(t, dir)
	})
	return p
}

// wrap returns unshare's arguments to run `b2c args...` (args[0] being an
// applet name or a podman global flag). crun refuses this host's cgroup v1
// hybrid layout while the cgroup2 hierarchy is mounted on
// /sys/fs/cgroup/unified: podman runs in a private mount namespace (unshare
// makes propagation private) without it, leaving the host untouched. All of
// podman's mounts die with that namespace as well.
func (p *podman) wrap(args ...string) []string {
	full := []string{"-m", "sh", "-c", `umount /sys/fs/cgroup/unified 2>/dev/null; exec "$@"`, "sh", p.bin}
	if args[0] == "podman" {
		full = append(full, "podman")
		args = args[1:]
	}
	full = append(full, p.global...)
	return append(full, args...)
}

// run runs `b2c podman GLOBAL-FLAGS args...`.
func (p *podman) run(t *testing.T, args ...string) result {
	t.Helper()
	return run(t, p.env, "unshare", p.wrap(append([]string{"podman"}, args...)...)...)
}

func (p *podman) mustRun(t *testing.T, args ...string) result {
	t.Helper()
	r := p.run(t, args...)
	if r.code != 0 {
		t.Fatalf("podman %s failed: %s", strings.Join(args, " "), r)
	}
	return r
}

// killUnder kills the processes whose command line mentions dir: only
// processes started by this test can (conmon and the exit command carry the
// test's --root).
func killUnder(t *testing.T, dir string) {
	t.Helper()
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, f := range procs {
		b, err := os.ReadFile(f)
		if err != nil || !strings.Contains(string(b), dir) {
			continue
		}
		pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(f)))
		if pid == os.Getpid() {
			continue
		}
		t.Logf("killing leftover process %d: %s", pid, strings.ReplaceAll(string(b), "\x00", " "))
		syscall.Kill(pid, syscall.SIGKILL)
	}
}

// importBusybox imports a one-binary busybox-static rootfs as an image.
func (p *podman) importBusybox(t *testing.T) string {
	t.Helper()
	busybox := "/bin/busybox"
	if out, err := exec.Command(busybox, "--help").CombinedOutput(); err != nil || !strings.Contains(string(out), "BusyBox") {
		need.Missing(t, "%s is not usable (install busybox-static): %v", busybox, err)
	}
	if out, _ := exec.Command("ldd", busybox).CombinedOutput(); !strings.Contains(string(out), "not a dynamic executable") {
		need.Missing(t, "%s is not static (install busybox-static): %s", busybox, out)
	}
	bb, err := os.ReadFile(busybox)
	if err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(p.dir, "rootfs.tar")
	f, err := os.Create(archive)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(f)
	hdr := func(h *tar.Header) {
		h.ModTime = time.Unix(0, 0)
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"bin/", "dev/", "etc/", "proc/", "sys/", "tmp/"} {
		hdr(&tar.Header{Typeflag: tar.TypeDir, Name: d, Mode: 0o755})
	}
	hdr(&tar.Header{Typeflag: tar.TypeReg, Name: "bin/busybox", Mode: 0o755, Size: int64(len(bb))})
	if _, err := tw.Write(bb); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"sh", "echo", "sleep", "cat", "true"} {
		hdr(&tar.Header{Typeflag: tar.TypeSymlink, Name: "bin/" + l, Linkname: "busybox", Mode: 0o777})
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	const image = "localhost/b2c-busybox:test"
	p.mustRun(t, "import", "--change", "ENV=PATH=/bin", archive, image)
	return image
}

// runFlags: the host's network (the tests' containers need none of their
// own). The seccomp default profile applies (TestPodmanSeccomp).
var runFlags = []string{"--network=host"}

func TestPodmanRun(t *testing.T) {
	p := newPodman(t)
	image := p.importBusybox(t)

	t.Log("foreground container")
	r := p.mustRun(t, append(append([]string{"run", "--rm", "--privileged"}, runFlags...), image, "echo", "hello")...)
	if r.stdout != "hello\n" {
		t.Errorf("podman run echo hello printed %q", r.stdout)
	}
	if r := p.mustRun(t, "ps", "-aq"); strings.TrimSpace(r.stdout) != "" {
		t.Errorf("podman run --rm left containers: %q", r.stdout)
	}

	t.Log("detached container: its removal goes through conmon's exit command, which re-executes b2c with podman's global flags first")
	r = p.mustRun(t, append(append([]string{"run", "-d", "--rm"}, runFlags...), image, "sleep", "2")...)
	id := strings.TrimSpace(r.stdout)
	if len(id) != 64 {
		t.Fatalf("podman run -d printed %q, want a container ID", r.stdout)
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		r := p.run(t, "container", "exists", id)
		if r.code == 1 {
			break
		}
		if r.code != 0 {
			t.Fatalf("podman container exists: %s", r)
		}
		if time.Now().After(deadline) {
			p.run(t, "ps", "-a")
			t.Fatalf("container %.12s was not removed after it exited", id)
		}
		time.Sleep(time.Second)
	}
	t.Logf("container %.12s removed by its exit command", id)
}

// TestPodmanGlobalFlagFirst: an unknown first argument goes to podman, as
// when podman re-executes /proc/self/exe (b2c) with only its global flags.
func TestPodmanGlobalFlagFirst(t *testing.T) {
	p := newPodman(t)
	r := run(t, p.env, "unshare", p.wrap("info", "--format", "{{.Store.GraphRoot}} {{.Store.GraphDriverName}}")...)
	if r.code != 0 {
		t.Fatalf("b2c --root ... info: %s", r)
	}
	if want := filepath.Join(p.dir, "root") + " vfs"; strings.TrimSpace(r.stdout) != want {
		t.Errorf("b2c --root ... info printed %q, want %q", r.stdout, want)
	}
}

// TestPodmanTop: `podman top -eo` runs ps(1) through podman's podman-top
// re-exec, which starts b2c with an empty environment: it used to die in
// mc's package initialisation (upstream's 085-top.bats failed merged only).
func TestPodmanTop(t *testing.T) {
	if _, err := exec.LookPath("ps"); err != nil {
		need.Missing(t, "ps (procps) is needed by podman top -eo: %v", err)
	}
	p := newPodman(t)
	image := p.importBusybox(t)
	r := p.mustRun(t, append(append([]string{"run", "-d"}, runFlags...), image, "sleep", "600")...)
	id := strings.TrimSpace(r.stdout)
	defer p.run(t, "rm", "-f", "-t", "0", id)
	r = p.run(t, "top", id, "-eo", "pid,comm")
	if r.code != 0 || !regexp.MustCompile(`(?m)^\s*1\s+sleep\s*$`).MatchString(r.stdout) {
		t.Errorf("podman top %.12s -eo pid,comm: want the line of PID 1, sleep: %s", id, r)
	}
	// psgo's own descriptors need no re-exec: the control.
	if r := p.run(t, "top", id, "pid", "comm"); r.code != 0 || !strings.Contains(r.stdout, "sleep") {
		t.Errorf("podman top %.12s pid comm: %s", id, r)
	}
}

// TestPodmanSeccomp: b2c is built with the seccomp tag (Debian's static
// libseccomp), so podman applies its default profile, and a profile given
// with --security-opt seccomp=FILE, as upstream podman does.
func TestPodmanSeccomp(t *testing.T) {
	p := newPodman(t)
	image := p.importBusybox(t)
	base := []string{"run", "--rm", "--network=host"}

	r := p.run(t, append(base, image, "sh", "-c", "grep ^Seccomp: /proc/self/status")...)
	if r.code != 0 || !regexp.MustCompile(`(?m)^Seccomp:\s+2$`).MatchString(r.stdout) {
		t.Errorf("default profile: want a filter (Seccomp: 2): %s", r)
	}

	profile := filepath.Join(t.TempDir(), "no-mkdir.json")
	if err := os.WriteFile(profile, []byte(`{"defaultAction":"SCMP_ACT_ALLOW",`+
		`"syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	r = p.run(t, append(base, "--security-opt", "seccomp="+profile, image, "sh", "-c", "mkdir /tmp/denied && echo MKDIR-RAN")...)
	if r.code == 0 || strings.Contains(r.stdout, "MKDIR-RAN") || !strings.Contains(r.stderr+r.stdout, "Operation not permitted") {
		t.Errorf("a profile denying mkdir: want mkdir refused (EPERM): %s", r)
	}
	// The control: the same command without that profile.
	if r := p.run(t, append(base, image, "sh", "-c", "mkdir /tmp/allowed && echo MKDIR-RAN")...); r.code != 0 || !strings.Contains(r.stdout, "MKDIR-RAN") {
		t.Errorf("mkdir under the default profile: %s", r)
	}
}

package lab

import (
	"archive/tar"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Image is a test image to build from busybox-static and push.
type Image struct {
	Name string // repository in the lab registry, e.g. "busybox"
	Cmd  string // the image's CMD, JSON array (default: ["/bin/sh"])
	// PaddingMB adds /padding, that many MiB of random (incompressible)
	// bytes, for tests that need a big image.
	PaddingMB int
	// Private also pushes it to PrivateRegistry.
	Private bool
	// Arch is the image's architecture ("" is amd64), and Busybox the
	// busybox-static of that architecture (hack/sysroot.sh's) for a
	// foreign one.
	Arch    string
	Busybox string
}

// Busybox applets linked in the test images.
var busyboxApplets = []string{
	"sh", "echo", "cat", "ls", "sleep", "mkdir", "rm", "true", "false", "sync",
	"poweroff", "reboot", "halt", "wc", "grep", "date", "dd", "head", "tail", "seq",
	"touch", "mount", "umount", "env", "test", "[", "printf", "cp", "mv", "find",
	"md5sum", "sha256sum", "uname", "hostname", "id", "ip", "ping", "df", "free",
	"cut", "tr", "sort", "stat", "ln", "chmod", "kill", "ps", "nc", "wget", "readlink",
	"setsid", "nohup", "xargs", "awk", "sed", "tee", "base64", "hexdump", "basename",
	"dirname", "mountpoint", "nslookup", "which", "yes", "expr",
}

// rootfsTar writes a minimal root filesystem: busybox-static and links,
// and paddingMB MiB of random bytes in /padding.
func rootfsTar(path, busybox string, paddingMB int) error {
	if busybox == "" {
		busybox = "/bin/busybox"
	}
	bb, err := os.ReadFile(busybox)
	if err != nil {
		return fmt.Errorf("busybox-static: %v", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	tw := tar.NewWriter(f)
	epoch := time.Unix(0, 0)
	for _, d := range []string{"bin", "etc", "tmp", "proc", "sys", "dev", "root", "var", "mnt"} {
		mode := int64(0o755)
		if d == "tmp" {
			mode = 0o1777
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: mode, ModTime: epoch}); err != nil {
			return err
		}
	}
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "bin/busybox", Mode: 0o755, Size: int64(len(bb)), ModTime: epoch}); err != nil {
		return err
	}
	if _, err := tw.Write(bb); err != nil {
		return err
	}
	for _, a := range busyboxApplets {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeSymlink, Name: "bin/" + a, Linkname: "busybox", ModTime: epoch}); err != nil {
			return err
		}
	}
	if paddingMB > 0 {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "padding", Mode: 0o644, Size: int64(paddingMB) << 20, ModTime: epoch}); err != nil {
			return err
		}
		if _, err := io.CopyN(tw, rand.Reader, int64(paddingMB)<<20); err != nil {
			return err
		}
	}
	passwd := "root:x:0:0:root:/root:/bin/sh\n"
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "etc/passwd", Mode: 0o644, Size: int64(len(passwd)), ModTime: epoch}); err != nil {
		return err
	}
	if _, err := tw.Write([]byte(passwd)); err != nil {
		return err
	}
	return tw.Close()
}

// PushImages builds the images with b2c's own podman applet (bin) on the
// host, in throw-away storage, and pushes them to the lab registry.
func (l *Lab) PushImages(bin string, images ...Image) error {
	l.pushMu.Lock()
	defer l.pushMu.Unlock()
	work := filepath.Join(l.Dir, "podman")
	home := filepath.Join(work, "home")
	if err := os.MkdirAll(filepath.Join(home, ".config", "containers"), 0o755); err != nil {
		return err
	}
	// The host may have no /etc/containers at all (podman is not installed
	// there): give podman a policy and a minimal configuration of its own.
	files := map[string]string{
		filepath.Join(home, ".config", "containers", "policy.json"): `{"default":[{"type":"insecureAcceptAnything"}]}`,
		filepath.Join(work, "containers.conf"):                      "[engine]\nevents_logger=\"none\"\ncgroup_manager=\"cgroupfs\"\n",
		filepath.Join(work, "registries.conf"):                      "[[registry]]\nlocation=\"" + Registry + "\"\ninsecure=true\n",
	}
	for p, c := range files {
		if err := os.WriteFile(p, []byte(c), 0o644); err != nil {
			return err
		}
	}
	env := append(os.Environ(), "HOME="+home,
		"CONTAINERS_CONF="+filepath.Join(work, "containers.conf"),
		"CONTAINERS_REGISTRIES_CONF="+filepath.Join(work, "registries.conf"))
	base := []string{bin, "podman", "--root", filepath.Join(work, "root"), "--runroot", filepath.Join(work, "run"),
		"--storage-driver", "vfs", "--tmpdir", filepath.Join(work, "tmp")}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, im := range images {
		tarball := filepath.Join(work, "rootfs.tar")
		if err := rootfsTar(tarball, im.Busybox, im.PaddingMB); err != nil {
			return err
		}
		arch := im.Arch
		if arch == "" {
			arch = "amd64"
		}
		cmd := im.Cmd
		if cmd == "" {
			cmd = `["/bin/sh"]`
		}
		ref := Registry + "/" + im.Name + ":latest"
		steps := [][]string{
			append(append([]string{}, base...), "import", "--arch", arch, "--change", "CMD "+cmd, tarball, ref),
			append(append([]string{}, base...), "push", "--tls-verify=false", ref),
		}
		for _, s := range steps {
			c := l.Command(ctx, s[0], s[1:]...)
			c.Env = env
			if out, err := c.CombinedOutput(); err != nil {
				return fmt.Errorf("%s: %v\n%s", strings.Join(s, " "), err, out)
			}
		}
		l.logf("pushed %s", ref)
		if im.Private {
			priv := PrivateRegistry + "/" + im.Name + ":latest"
			c := l.Command(ctx, bin, append(append([]string{}, base[1:]...), "push", "--tls-verify=false",
				"--creds", PrivateUser+":"+PrivatePass, ref, "docker://"+priv)...)
			c.Env = env
			if out, err := c.CombinedOutput(); err != nil {
				return fmt.Errorf("pushing %s: %v\n%s", priv, err, out)
			}
			l.logf("pushed %s", priv)
		}
	}
	return nil
}

// ImageRef is the reference of a lab image as a b2c.run argument.
func ImageRef(name string) string { return "docker://" + Registry + "/" + name + ":latest" }

// FindBin returns $B2C_BIN or out/b2c under the repository.
func FindBin() (string, error) {
	if b := os.Getenv("B2C_BIN"); b != "" {
		return filepath.Abs(b)
	}
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return "", fmt.Errorf("B2C_BIN is not set and no git checkout: %v", err)
	}
	return filepath.Join(strings.TrimSpace(string(out)), "out", "b2c"), nil
}

// ImageArgs are the podman create arguments that name a lab image: the lab
// registry speaks plain HTTP.
func ImageArgs(name string) string { return "--tls-verify=false " + ImageRef(name) }

package volumes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/proc"
	"github.com/b2c-project/b2c/applets/initapp/timeline"
)

// Alias is one b2c.minio endpoint.
type Alias struct {
	Name, URL, AccessKey, SecretKey string
}

// ConfigDir is where the init keeps mcli's configuration.
const ConfigDir = "/etc/b2c/mcli"

// expirationLabel marks volumes that must not survive the pipeline, so
// that a boot that crashed before removing them removes them next time.
const expirationLabel = "b2c.expiration=pipeline_end"

type mcConfig struct {
	Version string                     `json:"version"`
	Aliases map[string]mcConfigAliases `json:"aliases"`
}

type mcConfigAliases struct {
	URL       string `json:"url"`
	AccessKey string `json:"accessKey"`
	SecretKey string `json:"secretKey"`
	API       string `json:"api"`
	Path      string `json:"path"`
}

// WriteConfig writes mcli's config.json with the aliases, readable by
// root only: the keys never appear on a command line or the console.
func WriteConfig(dir string, aliases []Alias) error {
	c := mcConfig{Version: "10", Aliases: map[string]mcConfigAliases{}}
	for _, a := range aliases {
		c.Aliases[a.Name] = mcConfigAliases{URL: a.URL, AccessKey: a.AccessKey, SecretKey: a.SecretKey, API: "S3v4", Path: "auto"}
	}
	b, err := json.MarshalIndent(c, "", "\t")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "config.json"), b, 0o600)
}

// Manager runs the volumes' lifecycle around the pipeline.
type Manager struct {
	Self    string // this executable
	Console *os.File
	Vols    []Volume
	// MountFS mounts a b2c.filesystem on a directory.
	MountFS func(name, target string) error

	hooks    Hooks
	local    map[string]string // volume name -> its directory
	watchers []*exec.Cmd
	mounted  []string
}

func (m *Manager) podman(args ...string) *exec.Cmd {
	c := &exec.Cmd{Path: m.Self, Args: append([]string{"podman"}, args...)}
	c.Stdout, c.Stderr = m.Console, m.Console
	return c
}

func (m *Manager) mcli(env []string, args ...string) *exec.Cmd {
	c := &exec.Cmd{Path: m.Self, Args: append([]string{"mcli", "--config-dir", ConfigDir, "--no-color"}, args...)}
	c.Env = append(os.Environ(), env...)
	c.Stdout, c.Stderr = m.Console, m.Console
	return c
}

// RemoveExpired removes volumes left by an earlier boot that should have
// expired at its pipeline's end.
func (m *Manager) RemoveExpired() {
	out, code, err := proc.Output(m.podman("volume", "ls", "--quiet", "--filter", "label="+expirationLabel))
	if err != nil || code != 0 {
		return
	}
	for _, name := range strings.Fields(string(out)) {
		console.Logf("Removing the expired volume %s", name)
		proc.Run(m.podman("volume", "rm", "--force", name))
	}
}

// Setup creates the volumes (or finds them from an earlier boot), mounts
// their filesystems and plans the hooks. The error says which volume
// failed; the pipeline must not run without its volumes.
func (m *Manager) Setup() error {
	var warns []string
	m.hooks, warns = PlanHooks(m.Vols)
	for _, w := range warns {
		console.Warnf("%s", w)
	}
	m.local = map[string]string{}
	for i := range m.Vols {
		v := &m.Vols[i]
		if code, _ := proc.Run(m.podman("volume", "exists", v.Name)); code != 0 {
			args := []string{"volume", "create"}
			if v.Expiration == PipelineEnd {
				args = append(args, "--label", expirationLabel)
			}
			out, code, err := proc.Output(m.podman(append(args, v.Name)...))
			if err != nil || code != 0 {
				return fmt.Errorf("volume %s: podman volume create failed (status %d) %s", v.Name, code, out)
			}
			console.Logf("Created the volume %s", v.Name)
		} else {
			console.Logf("Reusing the volume %s", v.Name)
		}
		out, code, err := proc.Output(m.podman("volume", "inspect", "--format", "{{.Mountpoint}}", v.Name))
		dir := strings.TrimSpace(string(out))
		if err != nil || code != 0 || dir == "" {
			return fmt.Errorf("volume %s: cannot find its directory", v.Name)
		}
		m.local[v.Name] = dir
		if v.Filesystem != "" {
			if m.MountFS == nil {
				return fmt.Errorf("volume %s: no filesystem %q", v.Name, v.Filesystem)
			}
			if err := m.MountFS(v.Filesystem, dir); err != nil {
				return fmt.Errorf("volume %s: %w", v.Name, err)
			}
			m.mounted = append(m.mounted, dir)
		}
		if v.FscryptKey != "" {
			err = setupFscrypt(v, dir)
		} else {
			err = checkNotLocked(dir)
		}
		if err != nil {
			return fmt.Errorf("volume %s: %w", v.Name, err)
		}
	}
	return nil
}

// Run carries out the transfers planned for cond. Every transfer is tried;
// the error names each one that failed.
func (m *Manager) Run(cond string) error {
	var errs []error
	for _, t := range m.hooks.At[cond] {
		start := time.Now()
		endSpan := timeline.Default.Begin(fmt.Sprintf("%s at %s", t, cond))
		c := m.mcli(MirrorEnv(t), MirrorArgs(t, m.local[t.Volume.Name], false)...)
		// mcli mirror reports some failures (an unreachable server while
		// it lists the other side) as errors and still exits 0: watch its
		// output for them too.
		seen := &errorWatch{}
		c.Stdout, c.Stderr = io.MultiWriter(m.Console, seen), io.MultiWriter(m.Console, seen)
		code, err := proc.Run(c)
		endSpan()
		if err != nil || code != 0 || seen.found() {
			errs = append(errs, fmt.Errorf("the %s failed at %s (mcli status %d)", t, cond, code))
			continue
		}
		console.Logf("Done: %s at %s, in %.1fs", t, cond, time.Since(start).Seconds())
	}
	return errors.Join(errs...)
}

// StartWatch starts the continuous mirrors of push_on=changes.
func (m *Manager) StartWatch() {
	for _, t := range m.hooks.Watch {
		c := m.mcli(MirrorEnv(t), MirrorArgs(t, m.local[t.Volume.Name], true)...)
		c.Stdout = nil // mirror --watch reports every file; the final push says the outcome
		if err := c.Start(); err != nil {
			console.Warnf("could not start the continuous %s: %v", t, err)
			continue
		}
		console.Logf("Started the continuous %s", t)
		m.watchers = append(m.watchers, c)
	}
}

// StopWatch stops the continuous mirrors; the final pipeline_end push
// then makes the bucket complete.
func (m *Manager) StopWatch() {
	for _, c := range m.watchers {
		c.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { c.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			c.Process.Kill()
			<-done
		}
	}
	m.watchers = nil
}

// Teardown unmounts the volumes' filesystems and removes the volumes that
// expire at the end of the pipeline.
func (m *Manager) Teardown() {
	for _, dir := range m.mounted {
		if err := syscall.Unmount(dir, 0); err != nil {
			console.Warnf("unmounting %s: %v", dir, err)
		}
	}
	for _, v := range m.Vols {
		if v.Expiration == PipelineEnd {
			if code, _ := proc.Run(m.podman("volume", "rm", "--force", v.Name)); code == 0 {
				console.Logf("Removed the volume %s (expiration=pipeline_end)", v.Name)
			}
		}
	}
}

// Path returns the directory of a podman volume, whether b2c.volume
// defines it or a stage's -v created it.
func (m *Manager) Path(name string) (string, error) {
	if dir, ok := m.local[name]; ok {
		return dir, nil
	}
	out, code, err := proc.Output(m.podman("volume", "inspect", "--format", "{{.Mountpoint}}", name))
	dir := strings.TrimSpace(string(out))
	if err != nil || code != 0 || dir == "" {
		return "", fmt.Errorf("no volume %s", name)
	}
	return dir, nil
}

// Has says whether any hook exists for cond (to skip empty sections).
func (m *Manager) Has(cond string) bool { return len(m.hooks.At[cond]) > 0 }

// mcliError is how mc marks an error line. mcliNoOverwrite marks the one
// error that is a policy, not a failure: without overwrite, mc keeps the
// bucket's copy of a file that changed on this side (a pulled file gets a
// newer mtime), as the user asked.
const (
	mcliError       = "<ERROR>"
	mcliNoOverwrite = "Overwrite not allowed"
)

// errorWatch remembers whether mcli printed an error line that counts.
type errorWatch struct {
	mu   sync.Mutex
	line string
	hit  bool
}

func (w *errorWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.line += string(p)
	for {
		i := strings.IndexByte(w.line, '\n')
		if i < 0 {
			break
		}
		w.check(w.line[:i])
		w.line = w.line[i+1:]
	}
	if len(w.line) > 64<<10 {
		w.check(w.line)
		w.line = ""
	}
	return len(p), nil
}

func (w *errorWatch) check(line string) {
	if strings.Contains(line, mcliError) && !strings.Contains(line, mcliNoOverwrite) {
		w.hit = true
	}
}

func (w *errorWatch) found() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.line != "" {
		w.check(w.line)
	}
	return w.hit
}

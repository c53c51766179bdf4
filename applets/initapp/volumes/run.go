package volumes

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
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
func WriteConfig(dir string, aliases []cmdline.MinioAlias) error {
	c := mcConfig{Version: "10", Aliases: map[string]mcConfigAliases{}}
	for _, a := range aliases {
		c.Aliases[a.Alias] = mcConfigAliases{URL: a.URL, AccessKey: a.AccessKey, SecretKey: a.SecretKey, API: "S3v4", Path: "auto"}
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

// adminLimits bound podman's volume commands: local, seconds at most.
var adminLimits = proc.Limits{Deadline: time.Minute}

// Manager runs the volumes' lifecycle around the pipeline.
type Manager struct {
	Self    string // this executable
	Console *os.File
	Vols    []cmdline.Volume
	// Hooks are the transfers of Vols by condition (PlanHooks, which the
	// boot plan runs); their Volume pointers point into Vols.
	Hooks Hooks
	// Stall bounds each transfer without progress (proc.Limits).
	Stall time.Duration
	// MountFS mounts a b2c.filesystem on a directory.
	MountFS func(name, target string) error

	local    map[string]string // volume name -> its directory
	watchers []*exec.Cmd
	mounted  []string
	baseline map[string]map[string]bool // remote -> keys there before this boot pushed
	sums     map[string]sumEntry
	// unpushed: the volumes whose last push failed, and where it went.
	unpushed map[string]Transfer
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
// expired at its pipeline's end. One whose push had failed is pushed
// first, and kept if that fails again.
func (m *Manager) RemoveExpired() {
	out, code, err := proc.OutputLimited(m.podman("volume", "ls", "--quiet", "--filter", "label="+expirationLabel), adminLimits)
	if err != nil || code != 0 {
		return
	}
	for _, name := range strings.Fields(string(out)) {
		if !m.pushLeftover(name) {
			continue
		}
		console.Logf("Removing the expired volume %s", name)
		proc.RunLimited(m.podman("volume", "rm", "--force", name), adminLimits)
	}
}

// unpushedFile, beside a volume's _data, says that the volume expired
// with its last push failed: what was not pushed, and where to.
const unpushedFile = "b2c-unpushed.json"

// unpushedNote is unpushedFile's content; never a key (encrypted says
// that this boot's b2c.volume must give it).
type unpushedNote struct {
	Remote    string   `json:"remote"`
	Overwrite bool     `json:"overwrite,omitempty"`
	Preserve  bool     `json:"preserve,omitempty"`
	Excludes  []string `json:"excludes,omitempty"`
	Encrypted bool     `json:"encrypted,omitempty"`
}

func (m *Manager) mountpoint(name string) (string, error) {
	out, code, err := proc.OutputLimited(m.podman("volume", "inspect", "--format", "{{.Mountpoint}}", name), adminLimits)
	dir := strings.TrimSpace(string(out))
	if err != nil || code != 0 || dir == "" {
		return "", fmt.Errorf("volume %s: cannot find its directory", name)
	}
	return dir, nil
}

// pushLeftover pushes an expired volume whose push had failed, without
// --remove (the bucket may have moved on since). It says whether the
// volume may go.
func (m *Manager) pushLeftover(name string) bool {
	dir, err := m.mountpoint(name)
	if err != nil {
		return true
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(dir), unpushedFile))
	if err != nil {
		return true
	}
	var n unpushedNote
	if err := json.Unmarshal(b, &n); err != nil || n.Remote == "" {
		console.Warnf("volume %s: expired, and its note of a failed push is unreadable: kept", name)
		return false
	}
	v := &cmdline.Volume{Name: name, PushTo: n.Remote, Overwrite: n.Overwrite, Preserve: n.Preserve, Excludes: n.Excludes}
	for _, cur := range m.Vols {
		if cur.Name == name && cur.PushTo == n.Remote {
			v.EncryptKey = cur.EncryptKey
		}
	}
	t := Transfer{Volume: v, Direction: Push, Remote: n.Remote}
	if n.Encrypted && v.EncryptKey == "" {
		console.Warnf("volume %s: expired before its push to %s succeeded; kept, as this boot has not its encrypt_key", name, n.Remote)
		return false
	}
	if err := checkNotLocked(dir); err != nil {
		console.Warnf("volume %s: expired before its push to %s succeeded; kept, as it is locked (%v)", name, n.Remote, err)
		return false
	}
	if m.local == nil {
		m.local = map[string]string{}
	}
	m.local[name] = dir
	defer delete(m.local, name)
	console.Logf("The volume %s expired before its push to %s succeeded: pushing it now", name, n.Remote)
	if err := m.transfer(t, "boot"); err != nil {
		console.Warnf("volume %s: %v; kept for the next boot", name, err)
		return false
	}
	return true
}

// Setup creates the volumes (or finds them from an earlier boot), mounts
// their filesystems and plans the hooks. The error says which volume
// failed; the pipeline must not run without its volumes.
func (m *Manager) Setup() error {
	m.local = map[string]string{}
	for i := range m.Vols {
		v := &m.Vols[i]
		if code, _ := proc.RunLimited(m.podman("volume", "exists", v.Name), adminLimits); code != 0 {
			args := []string{"volume", "create"}
			if v.Expiration == PipelineEnd {
				args = append(args, "--label", expirationLabel)
			}
			out, code, err := proc.OutputLimited(m.podman(append(args, v.Name)...), adminLimits)
			if err != nil || code != 0 {
				return fmt.Errorf("volume %s: podman volume create failed (status %d) %s", v.Name, code, out)
			}
			console.Logf("Created the volume %s", v.Name)
		} else {
			console.Logf("Reusing the volume %s", v.Name)
		}
		dir, err := m.mountpoint(v.Name)
		if err != nil {
			return err
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
	for _, t := range m.Hooks.At[cond] {
		if err := m.transfer(t, cond); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// transfer runs one mirror and, for a push, brings the bucket level with
// the volume afterwards.
func (m *Manager) transfer(t Transfer, cond string) error {
	start := time.Now()
	endSpan := timeline.Default.Begin(fmt.Sprintf("%s at %s", t, cond))
	defer endSpan()
	var err error
	for try := 1; try <= transferTries; try++ {
		if try > 1 {
			time.Sleep(time.Duration(try) * 2 * time.Second)
			console.Logf("Retrying the %s (try %d/%d)", t, try, transferTries)
		}
		if err = m.transferOnce(t, cond); err == nil {
			break
		}
		if proc.IsLimit(err) {
			// A server that takes the connection and never answers
			// would take every try's whole stall timeout.
			break
		}
	}
	if t.Direction == Push {
		m.pushed(t, err == nil)
	}
	if err != nil {
		return err
	}
	console.Logf("Done: %s at %s, in %.1fs", t, cond, time.Since(start).Seconds())
	return nil
}

// transferTries: a network that drops a connection now and then (a lost
// SYN, a server restarting) must not fail a push or a pull.
const transferTries = 3

// transferOnce is one try of transfer; its error wraps the
// *proc.LimitError of a stalled mcli.
func (m *Manager) transferOnce(t Transfer, cond string) error {
	if t.Direction == Push {
		m.noteBaseline(t)
	}
	c := m.mcli(MirrorEnv(t), MirrorArgs(t, m.local[t.Volume.Name], false)...)
	// mcli mirror reports some failures (an unreachable server while it
	// lists the other side) as errors and still exits 0: watch its output
	// for them too.
	seen := &errorWatch{}
	c.Stdout, c.Stderr = io.MultiWriter(m.Console, seen), io.MultiWriter(m.Console, seen)
	code, err := proc.RunLimited(c, proc.Limits{Stall: m.Stall})
	if proc.IsLimit(err) {
		return fmt.Errorf("the %s failed at %s: mcli %w", t, cond, err)
	}
	if err != nil || code != 0 || seen.found() {
		return fmt.Errorf("the %s failed at %s (mcli status %d)", t, cond, code)
	}
	if t.Direction == Push {
		if err := m.fixup(t); err != nil {
			return fmt.Errorf("the %s failed at %s: %w", t, cond, err)
		}
	}
	return nil
}

// StartWatch starts the continuous mirrors of push_on=changes.
func (m *Manager) StartWatch() {
	for _, t := range m.Hooks.Watch {
		m.noteBaseline(t)
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

// pushed records how a volume's push ended: a volume whose last push
// failed is not removed at its expiration.
func (m *Manager) pushed(t Transfer, ok bool) {
	if t.Direction != Push {
		return
	}
	if m.unpushed == nil {
		m.unpushed = map[string]Transfer{}
	}
	if ok {
		delete(m.unpushed, t.Volume.Name)
	} else {
		m.unpushed[t.Volume.Name] = t
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
			if t, ok := m.unpushed[v.Name]; ok && m.keepUnpushed(t) {
				continue
			}
			if code, _ := proc.RunLimited(m.podman("volume", "rm", "--force", v.Name), adminLimits); code == 0 {
				console.Logf("Removed the volume %s (expiration=pipeline_end)", v.Name)
			}
		}
	}
}

// keepUnpushed leaves a note beside an expiring volume whose push failed,
// for the next boot to push it. It says whether the volume is kept.
func (m *Manager) keepUnpushed(t Transfer) bool {
	dir, ok := m.local[t.Volume.Name]
	if !ok {
		return false
	}
	v := t.Volume
	b, _ := json.Marshal(unpushedNote{Remote: t.Remote, Overwrite: v.Overwrite, Preserve: v.Preserve,
		Excludes: v.Excludes, Encrypted: v.EncryptKey != ""})
	if err := os.WriteFile(filepath.Join(filepath.Dir(dir), unpushedFile), b, 0o600); err != nil {
		console.Warnf("volume %s: its push failed, and noting it for the next boot failed too (%v): kept anyway", v.Name, err)
		return true
	}
	console.Warnf("Keeping the volume %s (expiration=pipeline_end): its push to %s failed; the next boot pushes it before it expires", v.Name, t.Remote)
	return true
}

// Path returns the directory of a podman volume, whether b2c.volume
// defines it or a stage's -v created it.
func (m *Manager) Path(name string) (string, error) {
	if dir, ok := m.local[name]; ok {
		return dir, nil
	}
	dir, err := m.mountpoint(name)
	if err != nil {
		return "", fmt.Errorf("no volume %s", name)
	}
	return dir, nil
}

// Has says whether any hook exists for cond (to skip empty sections).
func (m *Manager) Has(cond string) bool { return len(m.Hooks.At[cond]) > 0 }

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

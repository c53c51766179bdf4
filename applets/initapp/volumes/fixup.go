package volumes

import (
	"bufio"
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/proc"
)

// listRemote lists the objects under a transfer's remote, keyed relative
// to it.
func (m *Manager) listRemote(remote string) (map[string]Object, error) {
	var stderr bytes.Buffer
	c := m.mcli(nil, "--json", "ls", "--recursive", strings.TrimSuffix(remote, "/")+"/")
	c.Stderr = &stderr
	out, code, err := proc.OutputLimited(c, proc.Limits{Stall: m.Stall})
	if proc.IsLimit(err) {
		return nil, fmt.Errorf("listing %s: mcli %w", remote, err)
	}
	if err != nil || code != 0 {
		// A bucket that does not exist yet holds nothing; mc says so
		// in its JSON error.
		if said := append(out, stderr.Bytes()...); bytes.Contains(said, []byte("does not exist")) || bytes.Contains(said, []byte("BucketDoesNotExist")) {
			return map[string]Object{}, nil
		}
		return nil, fmt.Errorf("listing %s: mcli status %d", remote, code)
	}
	objs := map[string]Object{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var e struct {
			Status string `json:"status"`
			Type   string `json:"type"`
			Key    string `json:"key"`
			Size   int64  `json:"size"`
			ETag   string `json:"etag"`
		}
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		if e.Status == "error" {
			return nil, fmt.Errorf("listing %s: an error in mcli's listing", remote)
		}
		if e.Type == "file" {
			objs[e.Key] = Object{Key: e.Key, Size: e.Size, ETag: strings.ToLower(e.ETag)}
		}
	}
	return objs, sc.Err()
}

// noteBaseline records, before this boot first pushes to a remote, which
// objects were there already: only those are the other side's.
func (m *Manager) noteBaseline(t Transfer) {
	if _, ok := m.baseline[t.Remote]; ok {
		return
	}
	objs, err := m.listRemote(t.Remote)
	if err != nil {
		// Unknown: every object counts as the other side's for now, and
		// the next push tries again.
		return
	}
	keys := map[string]bool{}
	for k := range objs {
		keys[k] = true
	}
	if m.baseline == nil {
		m.baseline = map[string]map[string]bool{}
	}
	m.baseline[t.Remote] = keys
}

func (m *Manager) ours(remote string) func(string) bool {
	base, known := m.baseline[remote]
	return func(key string) bool { return known && !base[key] }
}

// fixup brings the bucket level with the volume after a push's mirror:
// it uploads what the mirror left stale and warns about what overwrite=
// false kept.
func (m *Manager) fixup(t Transfer) error {
	dir := m.local[t.Volume.Name]
	remote, err := m.listRemote(t.Remote)
	if err != nil {
		return err
	}
	local, err := walkVolume(dir)
	if err != nil {
		return fmt.Errorf("reading the volume: %w", err)
	}
	f, err := PlanFixups(local, remote, m.ours(t.Remote), t.Volume.Overwrite, t.Volume.Excludes,
		func(rel string) (string, error) { return m.md5(filepath.Join(dir, filepath.FromSlash(rel))) })
	if err != nil {
		return err
	}
	if len(f.Kept) > 0 {
		console.Warnf("%s", KeptWarning(t, f.Kept))
	}
	for _, rel := range f.Upload {
		args := []string{"--quiet", "cp"}
		if t.Volume.Preserve {
			args = append(args, "--preserve")
		}
		args = append(args, filepath.Join(dir, filepath.FromSlash(rel)), strings.TrimSuffix(t.Remote, "/")+"/"+rel)
		code, err := proc.RunLimited(m.mcli(MirrorEnv(t), args...), proc.Limits{Stall: m.Stall})
		if err != nil || code != 0 {
			return fmt.Errorf("uploading %s again: mcli status %d %v", rel, code, err)
		}
	}
	if len(f.Upload) > 0 {
		console.Logf("%s: uploaded %d changed file(s) the mirror had left stale", t, len(f.Upload))
	}
	return nil
}

// walkVolume lists a volume's regular files.
func walkVolume(dir string) ([]LocalFile, error) {
	var out []LocalFile
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		out = append(out, LocalFile{Rel: filepath.ToSlash(rel), Size: fi.Size()})
		return nil
	})
	return out, err
}

// sumEntry caches a file's MD5 for as long as its inode, size, mtime and
// ctime say it did not change: each push hashes only what changed.
type sumEntry struct {
	ino, size, mtime, ctime int64
	sum                     string
}

func (m *Manager) md5(path string) (string, error) {
	var st syscall.Stat_t
	if err := syscall.Stat(path, &st); err != nil {
		return "", err
	}
	e := sumEntry{ino: int64(st.Ino), size: st.Size, mtime: st.Mtim.Nano(), ctime: st.Ctim.Nano()}
	if c, ok := m.sums[path]; ok && c.ino == e.ino && c.size == e.size && c.mtime == e.mtime && c.ctime == e.ctime {
		return c.sum, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := md5.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	e.sum = hex.EncodeToString(h.Sum(nil))
	if m.sums == nil {
		m.sums = map[string]sumEntry{}
	}
	m.sums[path] = e
	return e.sum, nil
}

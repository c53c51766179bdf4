package loader

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"golang.org/x/sys/unix"
)

const (
	// ramImage is the payload in RAM, on a tmpfs of its own (ramDir): a
	// loop device over a file of the initramfs's ramfs reads nothing
	// but I/O errors.
	ramDir   = "/mnt/image"
	ramImage = ramDir + "/payload.squashfs"
	// maxPayload bounds the download: it lands in RAM.
	maxPayload = 512 << 20
	// cacheDir holds payloads on the cache partition, by digest.
	cacheDir = "b2c-payload"
	// cacheMount is where the loader mounts the cache, for the time of
	// a read or a write only.
	cacheMount = "/cache"
)

// CachePath is where a payload of this digest lives on the cache.
func CachePath(root, digest string) string {
	return filepath.Join(root, cacheDir, digest+".squashfs")
}

// copyVerified copies src to dst (created, 0600) and returns the sha256 of
// what it copied.
func copyVerified(dst string, src io.Reader) (string, error) {
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(f, h), src)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return hex.EncodeToString(h.Sum(nil)), err
}

// fileDigest is the sha256 of a file.
func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Check compares a digest with the pinned one.
func Check(got, want string) error {
	if want == "" {
		return errors.New("this loader was built without a payload digest")
	}
	if !strings.EqualFold(got, want) {
		return fmt.Errorf("the payload's sha256 is %s, not the %s this loader was built for: refused", got, want)
	}
	return nil
}

// obtain puts the payload in RAM at ramImage: from the cache when it holds
// this digest, else downloaded (and then kept on the cache for next time).
func obtain(cfg *cmdline.Config) (string, error) {
	if err := os.MkdirAll(ramDir, 0o755); err != nil {
		return "", err
	}
	if err := unix.Mount("payload-image", ramDir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "mode=0700"); err != nil {
		return "", fmt.Errorf("mount tmpfs on %s: %w", ramDir, err)
	}
	part := cachePartition(cfg.CacheDevice)
	if part != "" {
		if err := fromCache(part); err == nil {
			return ramImage, nil
		} else {
			console.Logf("loader: payload not taken from the cache: %v", err)
		}
	}
	url := cmdline.MaskURL(cfg.PayloadURL)
	console.Logf("loader: downloading the payload from %s", url)
	start := time.Now()
	n, err := network.Download(context.Background(), cfg.PayloadURL, ramImage, 30*time.Second, maxPayload)
	if err != nil {
		return "", fmt.Errorf("downloading the payload from %s: %w", url, err)
	}
	got, err := fileDigest(ramImage)
	if err != nil {
		return "", fmt.Errorf("reading the payload: %w", err)
	}
	if err := Check(got, PayloadSHA256); err != nil {
		os.Remove(ramImage)
		return "", err
	}
	console.Logf("loader: downloaded the payload: %d bytes in %.1fs, sha256 verified", n, time.Since(start).Seconds())
	if part != "" {
		if err := toCache(part); err != nil {
			console.Warnf("loader: the payload could not be kept on the cache: %v", err)
		}
	}
	return ramImage, nil
}

// cachePartition is the cache partition when b2c.cache_device names one
// that is ready to use; "" otherwise. The loader never partitions or
// formats: the payload's init does, and a later boot caches the payload.
func cachePartition(value string) string {
	if strings.TrimSpace(value) == "" || value == "none" {
		return ""
	}
	deadline := time.Now().Add(storage.DeviceWait)
	for {
		a, again := storage.Plan(value, storage.Scan(), nil)
		if !again || time.Now().After(deadline) {
			if a.Op != storage.Use {
				console.Logf("loader: no cache to keep the payload on this boot (%s)", a.Reason)
				return ""
			}
			return a.Partition
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func mountCache(part string) (func(), error) {
	if err := os.MkdirAll(cacheMount, 0o755); err != nil {
		return nil, err
	}
	if err := unix.Mount("/dev/"+part, cacheMount, "ext4", unix.MS_NOATIME, ""); err != nil {
		return nil, fmt.Errorf("mount /dev/%s: %w", part, err)
	}
	return func() {
		if err := unix.Unmount(cacheMount, 0); err != nil {
			console.Warnf("loader: unmount /dev/%s: %v", part, err)
		}
	}, nil
}

func fromCache(part string) error {
	umount, err := mountCache(part)
	if err != nil {
		return err
	}
	defer umount()
	path := CachePath(cacheMount, PayloadSHA256)
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("/dev/%s holds no payload of this digest", part)
	}
	defer f.Close()
	got, err := copyVerified(ramImage, f)
	if err == nil {
		err = Check(got, PayloadSHA256)
	}
	if err != nil {
		// A damaged copy is b2c's own file: it goes, and is fetched again.
		os.Remove(ramImage)
		os.Remove(path)
		return fmt.Errorf("the copy on /dev/%s is damaged (%v): removed", part, err)
	}
	console.Logf("loader: payload %s.squashfs found on the cache (/dev/%s), sha256 verified: nothing to download", PayloadSHA256, part)
	return nil
}

// toCache writes the payload under its digest (a temporary name, then a
// rename, so a cut write is never taken for a payload) and removes the
// payloads of other digests, which only older loaders ask for.
func toCache(part string) error {
	umount, err := mountCache(part)
	if err != nil {
		return err
	}
	defer umount()
	dir := filepath.Join(cacheMount, cacheDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	src, err := os.Open(ramImage)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp := filepath.Join(dir, ".incoming")
	got, err := copyVerified(tmp, src)
	if err == nil {
		err = Check(got, PayloadSHA256)
	}
	final := CachePath(cacheMount, PayloadSHA256)
	if err == nil {
		err = os.Rename(tmp, final)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if p := filepath.Join(dir, e.Name()); p != final {
			os.Remove(p)
		}
	}
	unix.Sync()
	console.Logf("loader: payload kept on the cache (/dev/%s) for the next boots", part)
	return nil
}

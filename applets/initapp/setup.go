package initapp

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/storage"
	"golang.org/x/sys/unix"
)

// setupExtraArgs downloads b2c.extra_args_url and adds it to the command
// line. Any failure is fatal: the user's pipeline lives there.
func setupExtraArgs(cfg *cmdline.Config) bool {
	if cfg.ExtraArgsURL == "" {
		return true
	}
	body, err := network.Fetch(context.Background(), cfg.ExtraArgsURL, 10*time.Second)
	if err != nil {
		console.Errorf("b2c.extra_args_url: the download failed: %v", err)
		return false
	}
	console.Logf("b2c.extra_args_url: got %d bytes of extra arguments", len(body))
	if report(cfg.AddExtra(string(body))) {
		console.Errorf("b2c.extra_args_url: the extra arguments are invalid")
		return false
	}
	return true
}

// setupStorage gives podman its storage: the cache device, or a tmpfs.
// Problems with the cache are warnings: the pipeline can run in RAM.
func setupStorage(cfg *cmdline.Config) {
	res, err := storage.Setup(cfg.CacheDevice, filesystemNames(cfg), func(name, target string) error {
		return mountFilesystem(cfg, name, target)
	}, storage.DeviceWait, console.Logf)
	if err != nil {
		console.Warnf("cache: %v: running without a cache", err)
	}
	// boot2container users know the cache as /container.
	if _, err := os.Lstat("/container"); os.IsNotExist(err) {
		os.Symlink(storage.Mountpoint, "/container")
	}
	if cfg.Swap != "" {
		switch {
		case !res.Cached:
			console.Warnf("b2c.swap=%s: no cache partition to hold the swap file", cfg.Swap)
		case freeBytes() < uint64(cfg.SwapBytes):
			console.Warnf("b2c.swap=%s: larger than the free space of the cache (%s): no swap", cfg.Swap, humanBytes(freeBytes()))
		default:
			if err := storage.EnableSwap(cfg.SwapBytes); err != nil {
				console.Warnf("b2c.swap=%s: %v", cfg.Swap, err)
			} else {
				console.Logf("Swap: %s enabled on %s", cfg.Swap, storage.SwapFile)
			}
		}
	}
	if avail, total, err := storage.FreeSpace(); err == nil {
		kind := "RAM (tmpfs)"
		if res.Cached {
			kind = "the cache"
		}
		console.Logf("Free space on %s: %s of %s", kind, humanBytes(avail), humanBytes(total))
	}
}

func freeBytes() uint64 {
	avail, _, _ := storage.FreeSpace()
	return avail
}

func filesystemNames(cfg *cmdline.Config) []string {
	var out []string
	for _, f := range cfg.Filesystems {
		out = append(out, f.Name)
	}
	return out
}

// mountFilesystem mounts the b2c.filesystem called name on target.
func mountFilesystem(cfg *cmdline.Config, name, target string) error {
	for _, f := range cfg.Filesystems {
		if f.Name != name {
			continue
		}
		if err := os.MkdirAll(target, 0o755); err != nil {
			return err
		}
		fstype := f.Type
		if fstype == "" {
			fstype = "ext4"
		}
		if err := unix.Mount(f.Src, target, fstype, 0, f.Opts); err != nil {
			return fmt.Errorf("mounting the filesystem %q (%s, %s) on %s: %w", name, f.Src, fstype, target, err)
		}
		return nil
	}
	return fmt.Errorf("no b2c.filesystem is named %q", name)
}

func humanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

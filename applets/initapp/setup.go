package initapp

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/bootplan"
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
func setupStorage(p *bootplan.Plan) {
	res, err := storage.Setup(p.Cache.Value, p.FilesystemNames(), func(name, target string) error {
		return mountFilesystem(p, name, target)
	}, p.Cache.Wait, console.Logf)
	if err != nil {
		console.Warnf("cache: %v: running without a cache", err)
	}
	// boot2container users know the cache as /container.
	if _, err := os.Lstat("/container"); os.IsNotExist(err) {
		os.Symlink(storage.Mountpoint, "/container")
	}
	if p.Swap != nil {
		free, _, _ := storage.FreeSpace()
		if why := p.Swap.Refusal(res.Cached, free); why != "" {
			console.Warnf("b2c.swap=%s: %s: no swap", p.Swap.Size, why)
		} else if err := storage.EnableSwap(p.Swap.Bytes); err != nil {
			console.Warnf("b2c.swap=%s: %v", p.Swap.Size, err)
		} else {
			console.Logf("Swap: %s enabled on %s", p.Swap.Size, p.Swap.File)
		}
	}
	if avail, total, err := storage.FreeSpace(); err == nil {
		kind := "RAM (tmpfs)"
		if res.Cached {
			kind = "the cache"
		}
		console.Logf("Free space on %s: %s of %s", kind, console.HumanBytes(avail), console.HumanBytes(total))
	}
}

// mountFilesystem mounts the b2c.filesystem called name on target.
func mountFilesystem(p *bootplan.Plan, name, target string) error {
	f := p.Filesystem(name)
	if f == nil {
		return fmt.Errorf("no b2c.filesystem is named %q", name)
	}
	if err := os.MkdirAll(target, 0o755); err != nil {
		return fmt.Errorf("filesystem %s: %w", name, err)
	}
	if err := unix.Mount(f.Src, target, f.Type, 0, f.Opts); err != nil {
		return fmt.Errorf("mounting the filesystem %q (%s, %s) on %s: %w", name, f.Src, f.Type, target, err)
	}
	return nil
}

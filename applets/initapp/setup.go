package initapp

import (
	"context"
	"errors"
	"os"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"golang.org/x/sys/unix"
)

// dhcpTimeout is boot2container's "about 10 s" of DHCP retries.
const dhcpTimeout = 10 * time.Second

func setupNetwork(cfg *cmdline.Config) bool {
	if cfg.KernelIP != "" {
		console.Logf("ip= is set: the kernel configured the network")
		if err := network.ResolvConfFromPNP("/proc/net/pnp", "/etc/resolv.conf"); err != nil {
			console.Warnf("DNS from /proc/net/pnp: %v", err)
		}
		return true
	}
	links, err := network.Links(network.DefaultInterfaces, 5*time.Second)
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	start := time.Now()
	lease, err := network.DHCP(context.Background(), links, dhcpTimeout, "/etc/resolv.conf")
	if err != nil {
		console.Errorf("network: %v", err)
		return false
	}
	console.Logf("Got a DHCP lease in %.1fs on %s", time.Since(start).Seconds(), lease)
	return true
}

// setupStorage gives podman its storage: a tmpfs when there is no cache.
func setupStorage() error {
	if err := os.MkdirAll("/storage", 0o755); err != nil {
		return err
	}
	if err := unix.Mount("storage", "/storage", "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "mode=0755"); err != nil && !errors.Is(err, unix.EBUSY) {
		return err
	}
	// boot2container users know the cache as /container.
	if _, err := os.Lstat("/container"); os.IsNotExist(err) {
		os.Symlink("/storage", "/container")
	}
	console.Logf("No cache device: containers and volumes live in RAM (tmpfs)")
	return nil
}

// Package loader is the init of the netboot initramfs: a small PID 1 that
// loads the drivers, brings the network up, fetches b2c's payload (an image
// holding the full b2c initramfs), checks it against the digest pinned at
// build time, and makes it the root filesystem before it execs the b2c it
// holds, which then boots as it does from the self-contained initramfs.
// It is linked alone (build tag b2c_loader, applets/all): no podman, no mc.
package loader

import (
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/b2c-project/b2c/applets"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/modules"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"github.com/b2c-project/b2c/applets/initapp/shutdown"
)

// PayloadSHA256 is the payload's digest, set at build time
// (-ldflags -X): the loader runs nothing else.
var PayloadSHA256 string

// payloadModules: the payload is a squashfs image on a loop device, under a
// writable overlay; ext4 reads the cache. The NIC and disk drivers come by
// coldplug.
var payloadModules = []string{"loop", "squashfs", "overlay", "ext4"}

func init() {
	applets.Register(&applets.Applet{
		Name:  "init",
		Usage: "PID 1 of b2c's netboot initramfs: fetch b2c's payload (b2c.payload_url) and boot it",
		Main:  run,
	})
}

func run(argv []string) int {
	if os.Getpid() != 1 {
		fmt.Fprintln(os.Stderr, "init: the netboot loader must run as PID 1 of its initramfs")
		return 2
	}
	defer func() {
		// PID 1 must not exit: whatever went wrong, say so and power off.
		if r := recover(); r != nil {
			console.Errorf("loader: internal error: %v\n%s", r, debug.Stack())
			fail()
		}
	}()
	if err := boot(); err != nil {
		console.Errorf("loader: %v", err)
	}
	fail()
	return 1
}

// fail ends a boot that cannot reach the payload's b2c: the status line
// CI systems parse, then a poweroff.
func fail() {
	console.Raw(console.StatusLine(1))
	shutdown.Unmount(nil)
	console.Raw("It's now safe to turn off your computer\n")
	err := shutdown.Final(shutdown.Poweroff)
	console.Errorf("loader: poweroff failed: %v", err)
	for {
		time.Sleep(time.Hour)
	}
}

func boot() error {
	if err := mountPseudo(); err != nil {
		return err
	}
	console.SetOutput(os.Stdout)
	raw, _ := os.ReadFile("/proc/cmdline")
	console.Logf("b2c netboot loader: payload sha256 %s", PayloadSHA256)
	cfg, _ := cmdline.Parse(string(raw))
	// The payload's init reports the command line's problems; the loader
	// only needs to know where the payload is.
	if cfg == nil || cfg.PayloadURL == "" {
		return fmt.Errorf("b2c.payload_url is not set: the netboot initramfs has nothing to boot")
	}
	if l, err := modules.NewLoader(); err != nil {
		console.Warnf("kernel modules: %v", err)
	} else {
		loaded, errs := l.Coldplug(append(append([]string{}, payloadModules...), cfg.Insmods...))
		console.Logf("loader: loaded modules: %v", loaded)
		for _, e := range errs {
			console.Warnf("%v", e)
		}
	}
	if err := network.LoopbackUp(); err != nil {
		console.Warnf("loopback: %v", err)
	}
	if !netsetup.Network(cfg) {
		return fmt.Errorf("no network: cannot fetch the payload")
	}
	// HTTPS needs the right time to check certificates.
	netsetup.Clock(cfg)
	img, err := obtain(cfg)
	if err != nil {
		return err
	}
	resetNetwork()
	return switchRoot(img)
}

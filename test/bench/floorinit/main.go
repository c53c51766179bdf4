// Command floorinit is the physical floor of `make bench`: a trivial PID 1
// on the same kernel that only mounts what it needs, loads the NIC's
// modules with b2c's own loader, gets a DHCP lease with b2c's own client
// and powers off. Whatever b2c spends beyond this is b2c's.
package main

import (
	"context"
	"fmt"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
	"github.com/b2c-project/b2c/applets/initapp/modules"
	"github.com/b2c-project/b2c/applets/initapp/network"
	"golang.org/x/sys/unix"
)

func main() {
	unix.Mount("proc", "/proc", "proc", 0, "")
	unix.Mount("sysfs", "/sys", "sysfs", 0, "")
	unix.Mount("devtmpfs", "/dev", "devtmpfs", 0, "")
	console.Logf("floor: /init started")
	if l, err := modules.NewLoader(); err == nil {
		l.Coldplug(nil)
	}
	network.LoopbackUp()
	links, err := network.Links(network.DefaultInterfaces, 5*time.Second)
	if err == nil {
		var lease *network.Lease
		lease, err = network.DHCP(context.Background(), links, 10*time.Second, "/resolv.conf")
		if err == nil {
			console.Logf("floor: DHCP lease %s", lease)
		}
	}
	if err != nil {
		console.Logf("floor: %v", err)
	}
	fmt.Println("It's now safe to turn off your computer")
	unix.Sync()
	unix.Reboot(unix.LINUX_REBOOT_CMD_POWER_OFF)
	select {}
}

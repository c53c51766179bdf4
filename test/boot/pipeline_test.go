package boot

import (
	"fmt"
	"os"
	"regexp"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
	"github.com/b2c-project/b2c/test/need"
)

// One container prints a marker; the machine powers off by itself. It
// boots the shipped (compressed) initramfs, as TestNetboot does.
func TestMarker(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Shipped: true, Cmdline: run("busybox", "echo", "MARKER-b2c-7f3a")})
	wantLines(t, vm,
		`Got a DHCP lease`,
		`^MARKER-b2c-7f3a$`,
		`^Execution is over, pipeline status: 0$`,
		`^It's now safe to turn off your computer$`)
	wantStatus(t, vm, 0)
}

// Stages run in order, each to completion; b2c.container is the old
// spelling of b2c.run and mixes with it in command-line order.
func TestTwoStagesInOrder(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: run("busybox", "sh", "-c", "'sleep 2; echo STAGE-ONE'") + " " +
		`b2c.container="` + lab.ImageArgs("busybox") + ` echo STAGE-TWO"`})
	wantLines(t, vm, `^STAGE-ONE$`, `^STAGE-TWO$`, `pipeline status: 0$`)
	wantStatus(t, vm, 0)
}

// A failing stage gives its exit code as the pipeline status; the next
// stages still run (no pipefail) and see the failure.
func TestFailingStage(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: run("busybox", "sh", "-c", "'exit 3'") + " " +
		run("busybox", "sh", "-c", "'echo AFTER status=$B2C_PIPELINE_STATUS'")})
	wantLines(t, vm, `^AFTER status=3$`, `pipeline status: 3$`)
	wantStatus(t, vm, 3)
}

// Services start first and are killed at the end; post containers run
// after a failure; b2c.pipefail skips the stages after the first failure;
// every container sees the B2C_PIPELINE_* variables.
func TestServicePostPipefail(t *testing.T) {
	t.Parallel()
	svc := `b2c.service="` + lab.ImageArgs("busybox") + ` sh -c 'echo SERVICE-UP; sleep 3600'" `
	post := `b2c.post_container="` + lab.ImageArgs("busybox") +
		` sh -c 'echo POST status=$B2C_PIPELINE_STATUS failed_by=[$B2C_PIPELINE_FAILED_BY] prev_code=$B2C_PIPELINE_PREV_CONTAINER_EXIT_CODE mode=$B2C_PIPELINE_SHUTDOWN_MODE'" `
	vm := boot(t, lab.VMConfig{Cmdline: svc + "b2c.pipefail " +
		run("busybox", "sh", "-c", "'exit 7'") + " " +
		run("busybox", "echo", "SKIPPED-BY-PIPEFAIL") + " " + post})
	wantLines(t, vm, `SERVICE-UP`, `exited with status 7`, `b2c\.pipefail`,
		`^POST status=7 failed_by=\[.*exit 7.*\] prev_code=7 mode=poweroff`, `pipeline status: 7$`)
	noLine(t, vm, `^SKIPPED-BY-PIPEFAIL$`)
	wantStatus(t, vm, 7)
}

// A container that reboots the machine: podman exits 129, the pipeline
// goes on, and the machine reboots instead of powering off.
func TestContainerAsksReboot(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: run("busybox", "reboot", "-f") + " " +
		run("busybox", "sh", "-c", `'echo MODE=$B2C_PIPELINE_SHUTDOWN_MODE'`) + ` b2c.reboot_cmd="/bin/b2c --version"`})
	wantLines(t, vm, `^MODE=reboot$`, `pipeline status: 0$`, `Running "/bin/b2c --version" instead of the built-in reboot`,
		`reboot: Restarting system`)
	wantStatus(t, vm, 0)
}

// A service is reachable from a stage over the host network.
func TestServiceReachable(t *testing.T) {
	t.Parallel()
	svc := `b2c.service="` + lab.ImageArgs("busybox") + ` nc -ll -p 7777 -e echo SERVICE-REPLY" `
	vm := boot(t, lab.VMConfig{Cmdline: svc + run("busybox", "sh", "-c", `'sleep 1; nc 127.0.0.1 7777 </dev/null | sed s/^/GOT-/'`)})
	wantLines(t, vm, `^GOT-SERVICE-REPLY$`, `pipeline status: 0$`)
}

// Three stages see the pipeline variables as the contract says.
func TestThreeStagesEnv(t *testing.T) {
	t.Parallel()
	show := `'echo ENV status=$B2C_PIPELINE_STATUS prev_code=$B2C_PIPELINE_PREV_CONTAINER_EXIT_CODE prev=[$B2C_PIPELINE_PREV_CONTAINER] mode=$B2C_PIPELINE_SHUTDOWN_MODE; exit %s'`
	vm := boot(t, lab.VMConfig{Cmdline: run("busybox", "sh", "-c", fmt.Sprintf(show, "0")) + " " +
		run("busybox", "sh", "-c", fmt.Sprintf(show, "5")) + " " + run("busybox", "sh", "-c", fmt.Sprintf(show, "0"))})
	wantLines(t, vm,
		`^ENV status=0 prev_code= prev=\[\] mode=poweroff$`,
		`^ENV status=0 prev_code=0 prev=\[.*exit 0.*\] mode=poweroff$`,
		`^ENV status=5 prev_code=5 prev=\[.*exit 5.*\] mode=poweroff$`,
		`pipeline status: 5$`)
}

// The UPX-compressed release binary boots as PID 1 and runs podman.
func TestUPXBinaryBoots(t *testing.T) {
	t.Parallel()
	initrd := os.Getenv("B2C_UPX_INITRAMFS")
	if initrd == "" {
		need.Missing(t, "B2C_UPX_INITRAMFS is not set (make upx-initramfs)")
	}
	vm := boot(t, lab.VMConfig{Initramfs: initrd, Cmdline: run("busybox", "echo", "UPX-MARKER")})
	wantLines(t, vm, `^UPX-MARKER$`, `pipeline status: 0$`)
}

// Containers asking for a reboot then a poweroff: the last request wins
// and the machine powers off.
func TestContainerRebootThenPoweroff(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: run("busybox", "reboot", "-f") + " " + run("busybox", "poweroff", "-f") + " " +
		run("busybox", "sh", "-c", `'echo MODE=$B2C_PIPELINE_SHUTDOWN_MODE'`)})
	wantLines(t, vm, `^MODE=poweroff$`, `pipeline status: 0$`, `reboot: Power down`)
	noLine(t, vm, `Restarting system`)
}

// A -ti stage gets the console as its terminal: it sees a TTY on stdin
// and stdout and reads what is typed on the serial console.
func TestInteractiveStage(t *testing.T) {
	t.Parallel()
	vm, err := theLab.Boot(lab.VMConfig{Name: "TestInteractiveStage", Cmdline: runWith("-ti", "busybox", "sh", "-c",
		`'[ -t 0 ] && [ -t 1 ] && echo STAGE-HAS-A-TTY; read -r l; echo GOT-LINE:$l'`)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.WaitLine(regexp.MustCompile(`STAGE-HAS-A-TTY`), bootTimeout); err != nil {
		vm.Kill()
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	if err := vm.Type("typed-on-the-console\r"); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.Wait(3 * time.Minute); err != nil {
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	wantLines(t, vm, `GOT-LINE:typed-on-the-console`, `pipeline status: 0$`, `It's now safe`)
}

// A stage's --security-opt seccomp=FILE applies (b2c is built with the
// seccomp tag): a first stage fetches a profile denying mkdir into a
// volume, the second runs under it and cannot make a directory; the third,
// without it, can (the control).
func TestSeccompProfile(t *testing.T) {
	t.Parallel()
	if err := writeWWW("no-mkdir.json", `{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}`+"\n"); err != nil {
		t.Fatal(err)
	}
	profile := "/storage/containers/storage/volumes/prof/_data/no-mkdir.json"
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.volume=prof " +
		runWith("-v prof:/p", "busybox", "wget", "-q", "-O", "/p/no-mkdir.json", lab.HTTPURL+"/no-mkdir.json") + " " +
		runWith("--security-opt seccomp="+profile, "busybox", "sh", "-c", `'mkdir /tmp/d && echo MKDIR-RAN-UNDER-PROFILE; echo SECCOMP-STAGE-DONE'`) + " " +
		run("busybox", "sh", "-c", `'mkdir /tmp/d && echo MKDIR-RAN-WITHOUT-PROFILE'`)})
	wantLines(t, vm, `mkdir: can't create directory '/tmp/d': Operation not permitted`, `^SECCOMP-STAGE-DONE$`,
		`^MKDIR-RAN-WITHOUT-PROFILE$`, `pipeline status: 0$`)
	noLine(t, vm, `^MKDIR-RAN-UNDER-PROFILE$`)
}

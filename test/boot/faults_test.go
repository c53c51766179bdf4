package boot

import (
	"regexp"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

// Faults a fleet meets: each gives one clear line, a non-zero status where
// the pipeline cannot run, and a clean poweroff (boot checks that).

func TestFaultNoNIC(t *testing.T) {
	vm := boot(t, lab.VMConfig{NoNIC: true, Cmdline: run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `network: `)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	if vm.Status() == 0 {
		t.Error("pipeline status 0 without a network")
	}
}

func TestFaultMissingImage(t *testing.T) {
	vm := boot(t, lab.VMConfig{Cmdline: run("does-not-exist", "true") + " " + run("busybox", "echo", "NEXT-STAGE-RUNS")})
	wantLines(t, vm, `try 5/5`, `^NEXT-STAGE-RUNS$`)
	if vm.Status() == 0 {
		t.Error("pipeline status 0 with a missing image")
	}
}

func TestFaultGarbageExtraArgs(t *testing.T) {
	if err := writeWWW("garbage.txt", "b2c.run=\"unbalanced quote\n\x00\xff\xfe"); err != nil {
		t.Fatal(err)
	}
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/garbage.txt " + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `b2c\.extra_args_url`)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	if vm.Status() == 0 {
		t.Error("pipeline status 0 with garbage extra arguments")
	}
}

// A service that ignores SIGTERM is still killed at the end of the
// pipeline and does not keep the machine up.
func TestFaultStubbornService(t *testing.T) {
	svc := `b2c.service="` + lab.ImageArgs("busybox") + ` sh -c 'trap : TERM; echo STUBBORN-UP; while true; do sleep 1; done'" `
	vm := boot(t, lab.VMConfig{Cmdline: svc + run("busybox", "echo", "STAGE-DONE")})
	wantLines(t, vm, `STUBBORN-UP`, `^STAGE-DONE$`, `pipeline status: 0$`)
}

// A command line with a fatal problem stops before any container, with a
// line naming the option.
func TestFaultBadCmdline(t *testing.T) {
	vm := boot(t, lab.VMConfig{Cmdline: `b2c.volume="v,filesystem=nope" b2c.minio="x" ` + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `b2c\.minio`)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	if vm.Status() == 0 {
		t.Error("pipeline status 0 with a fatal command-line problem")
	}
}

// ctrl-alt-del in the middle of a container: PID 1 stops the pipeline,
// unmounts and reboots cleanly (no kernel panic, no hang).
func TestCtrlAltDel(t *testing.T) {
	vm, err := theLab.Boot(lab.VMConfig{Name: "TestCtrlAltDel", Cmdline: run("busybox", "sh", "-c", "'echo LONG-STAGE-UP; sleep 600'")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.WaitLine(regexp.MustCompile(`^LONG-STAGE-UP$`), bootTimeout); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.SendKey("ctrl-alt-delete"); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.Wait(3 * time.Minute); err != nil {
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	wantLines(t, vm, `init: got interrupt: stopping the pipeline, then reboot`, `It's now safe`, `reboot: Restarting system`)
	noLine(t, vm, `crashed`, `Kernel panic`)
}

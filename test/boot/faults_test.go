package boot

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

// Faults a fleet meets: each gives one clear line, a non-zero status where
// the pipeline cannot run, and a clean poweroff (boot checks that).

func TestFaultNoNIC(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{NoNIC: true, Cmdline: run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `network: `)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	wantFailed(t, vm, "without a network")
}

func TestFaultMissingImage(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: run("does-not-exist", "true") + " " + run("busybox", "echo", "NEXT-STAGE-RUNS")})
	wantLines(t, vm, `try 5/5`, `^NEXT-STAGE-RUNS$`)
	wantFailed(t, vm, "with a missing image")
}

func TestFaultGarbageExtraArgs(t *testing.T) {
	t.Parallel()
	if err := writeWWW("garbage.txt", "b2c.run=\"unbalanced quote\n\x00\xff\xfe"); err != nil {
		t.Fatal(err)
	}
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/garbage.txt " + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `b2c\.extra_args_url: the extra arguments are invalid`)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	wantFailed(t, vm, "with garbage extra arguments")
}

// A service that ignores SIGTERM is still killed at the end of the
// pipeline and does not keep the machine up.
func TestFaultStubbornService(t *testing.T) {
	t.Parallel()
	svc := `b2c.service="` + lab.ImageArgs("busybox") + ` sh -c 'trap : TERM; echo STUBBORN-UP; while true; do sleep 1; done'" `
	vm := boot(t, lab.VMConfig{Cmdline: svc + run("busybox", "echo", "STAGE-DONE")})
	wantLines(t, vm, `STUBBORN-UP`, `^STAGE-DONE$`, `pipeline status: 0$`)
}

// A command line with a fatal problem stops before any container, with a
// line naming the option.
func TestFaultBadCmdline(t *testing.T) {
	t.Parallel()
	vm := boot(t, lab.VMConfig{Cmdline: `b2c.volume="v,filesystem=nope" b2c.minio="x" ` + run("busybox", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `b2c\.minio: needs ALIAS,URL,ACCESS_KEY,SECRET_KEY`)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	wantFailed(t, vm, "with a fatal command-line problem")
}

// requestAt boots c, makes a shutdown request (ctrl-alt-del, the ACPI
// power button) once a stage printed LONG-STAGE-UP, and waits for the
// machine to go down by itself.
func requestAt(t *testing.T, c lab.VMConfig, request string) *lab.VM {
	t.Helper()
	vm, err := theLab.Boot(c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.WaitLine(regexp.MustCompile(`^LONG-STAGE-UP$`), bootTimeout); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.Monitor(request); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.Wait(4 * time.Minute); err != nil {
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	return vm
}

// A shutdown request during a stage that keeps writing a `changes` volume
// and has written a `pipeline_end` one, on a cache disk: ctrl-alt-del
// (SIGINT to PID 1: reboot) and the ACPI power button (QEMU's
// system_powerdown: poweroff). The stage is stopped, the post container
// sees the mode, both volumes are pushed, the status line is non-zero,
// the bucket equals the cache byte for byte, e2fsck finds the cache clean.
func TestShutdownRequestPushes(t *testing.T) {
	t.Parallel()
	needMinio(t)
	for _, tc := range []struct{ name, request, line, mode, end string }{
		{"ctrl-alt-del", "sendkey ctrl-alt-delete", `init: got interrupt: stopping the pipeline, then reboot$`, "reboot", `reboot: Restarting system`},
		{"power button", "system_powerdown", `init: the power button was pressed$`, "poweroff", `reboot: Power down`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bucket := "lab/request-" + tc.mode
			mcli(t, "mb", "--ignore-existing", bucket+"-end")
			mcli(t, "mb", "--ignore-existing", bucket+"-live")
			d := disk(t, 1024)
			post := `b2c.post_container="` + lab.ImageArgs("busybox") +
				` sh -c 'echo POST-SEES mode=$B2C_PIPELINE_SHUTDOWN_MODE status=$B2C_PIPELINE_STATUS'" `
			vm := requestAt(t, lab.VMConfig{Name: "TestShutdownRequestPushes-" + tc.mode, Disks: []string{d}, Cmdline: minioOpt +
				`b2c.cache_device=auto ` +
				`b2c.volume="out,push_to=` + bucket + `-end,push_on=pipeline_end" ` +
				`b2c.volume="live,push_to=` + bucket + `-live,push_on=changes" ` + post +
				runWith("-v out:/out -v live:/live", "busybox", "sh", "-c", `'echo WRITTEN-BEFORE-THE-REQUEST > /out/f; `+
					`i=0; while true; do i=$((i+1)); echo $i > /live/counter; echo line-$i >> /live/log; `+
					`[ $i = 3 ] && echo LONG-STAGE-UP; sleep 1; done'`)}, tc.request)
			wantLines(t, vm, tc.line, `^POST-SEES mode=`+tc.mode+` status=[1-9][0-9]*$`,
				`Done: push of the volume out to `+bucket+`-end at pipeline_end`,
				`Done: push of the volume live to `+bucket+`-live at pipeline_end`,
				`^Execution is over, pipeline status: [1-9][0-9]*$`, `It's now safe`, tc.end)
			wantFailed(t, vm, "after a shutdown request")
			noLine(t, vm, `crashed`, `Kernel panic`, `internal error`)
			if got := mcli(t, "cat", bucket+"-end/f"); strings.TrimSpace(got) != "WRITTEN-BEFORE-THE-REQUEST" {
				t.Errorf("%s-end/f = %q: the volume was not pushed after the shutdown request", bucket, got)
			}
			part, err := fsckCache(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"counter", "log"} {
				disk, err := exec.Command("debugfs", "-R", "cat /containers/storage/volumes/live/_data/"+f, part).Output()
				if err != nil || len(disk) == 0 {
					t.Fatalf("debugfs cat %s: %v", f, err)
				}
				if got := mcli(t, "cat", bucket+"-live/"+f); got != string(disk) {
					t.Errorf("%s-live/%s = %.60q, the cache has %.60q", bucket, f, got, disk)
				}
			}
		})
	}
}

// The network's services missing, one at a time: each gives a clear line;
// what the pipeline cannot do without them fails its status, what it can
// do without them (the clock) only warns.
func TestFaultServicesDown(t *testing.T) {
	t.Parallel()
	t.Run("no DHCP server", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Isolated: true, Cmdline: run("busybox", "echo", "MUST-NOT-RUN")})
		wantLines(t, vm, `network: `)
		noLine(t, vm, `^MUST-NOT-RUN$`)
		wantFailed(t, vm, "without a DHCP lease")
	})
	t.Run("NTP server down", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.ntp_peer=10.77.0.99 " + run("busybox", "echo", "RUNS-WITHOUT-NTP")})
		wantLines(t, vm, `NTP.*10\.77\.0\.99`, `^RUNS-WITHOUT-NTP$`, `pipeline status: 0$`)
	})
	t.Run("registry down", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: `b2c.run="--tls-verify=false docker://` + lab.HostIP + `:5999/busybox:latest true"`})
		wantLines(t, vm, `try 5/5`, `could not create the container`, `pipeline status: [1-9]`)
	})
	t.Run("no route to the registry", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: `b2c.run="--tls-verify=false docker://10.78.0.1:5000/busybox:latest true"`})
		wantLines(t, vm, `could not create the container`, `pipeline status: [1-9]`)
	})
	t.Run("S3 down at pipeline start", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: `b2c.minio="down,http://` + lab.HostIP + `:9999,` + lab.MinioUser + `,` + lab.MinioPass + `" ` +
			`b2c.volume="job,pull_from=down/job,pull_on=pipeline_start" ` + runWith("-v job:/job", "busybox", "echo", "MUST-NOT-RUN")})
		wantLines(t, vm, `pull of the volume job from down/job`, `pipeline status: [1-9]`)
		noLine(t, vm, `^MUST-NOT-RUN$`, lab.MinioPass)
	})
}

// Containers that fail in their own ways: a crash gives its signal's
// status, a service that dies early does not stop the pipeline.
func TestFaultContainers(t *testing.T) {
	t.Parallel()
	t.Run("crash", func(t *testing.T) {
		t.Parallel()
		// --pid=host: a container's PID 1 cannot be killed by its own
		// signals, a process of the host's PID namespace can.
		vm := boot(t, lab.VMConfig{Cmdline: runWith("--pid=host", "busybox", "sh", "-c", `'echo ABOUT-TO-CRASH; kill -SEGV $$'`) + " " +
			`b2c.post_container="` + lab.ImageArgs("busybox") + ` echo POST-AFTER-CRASH"`})
		wantLines(t, vm, `^ABOUT-TO-CRASH$`, `^POST-AFTER-CRASH$`)
		wantStatus(t, vm, 139)
	})
	t.Run("service dies early", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: `b2c.service="` + lab.ImageArgs("busybox") + ` sh -c 'exit 3'" ` +
			run("busybox", "sh", "-c", `'sleep 2; echo STAGE-RUNS'`)})
		wantLines(t, vm, `^STAGE-RUNS$`, `pipeline status: 0$`)
	})
}

// 1000 orphans: a --pid=host stage leaves 1000 background processes
// behind; once they end, they are children of PID 1 (conmon, their
// reaper until then, is gone), which must reap them: a later stage finds
// no zombie. The sleeps outlast the spawning loop (22 s with two VMs
// booting side by side, when 15 s sleeps ended before they were counted),
// and the second stage outlasts the sleeps.
func TestFaultOrphans(t *testing.T) {
	t.Parallel()
	spawn := `'i=0; while [ $i -lt 1000 ]; do (sleep 45 &); i=$((i+1)); done; ` +
		`echo ORPHANS=$(ps -o comm | grep -c ^sleep)'`
	count := `'sleep 50; echo SLEEPING=$(ps -o stat,comm | grep -v ^Z | grep -c sleep) ZOMBIES=$(ps -o stat | grep -c ^Z)'`
	vm := boot(t, lab.VMConfig{Cmdline: runWith("--pid=host", "busybox", "sh", "-c", spawn) + " " +
		runWith("--pid=host", "busybox", "sh", "-c", count)})
	wantLines(t, vm, `^ORPHANS=1000$`, `^SLEEPING=0 ZOMBIES=0$`, `pipeline status: 0$`)
}

// A panic in the init, injected through B2C_PANIC_AT (faults.go), in the
// worker's main goroutine, in one of its other goroutines (which kills the
// process) and in PID 1 itself: each prints a line and the status line,
// and the machine powers off cleanly with the cache unmounted. The stage
// echoes only if its sleep ran to the end: the shutdown's SIGTERM kills
// the sleep (the container's sh, its PID 1, ignores it), and `;` would let
// sh print the line anyway, which CI once caught.
func TestFaultPanic(t *testing.T) {
	t.Parallel()
	for _, where := range []string{"pipeline", "pipeline-goroutine", "pid1"} {
		t.Run(where, func(t *testing.T) {
			t.Parallel()
			d := disk(t, 256)
			vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: "B2C_PANIC_AT=" + where + " b2c.cache_device=auto " +
				run("busybox", "sh", "-c", `'sleep 20 && echo MUST-NOT-FINISH'`)})
			wantLines(t, vm, `(internal error: |^panic: )B2C_PANIC_AT=`+where+`( |$)`, `^Execution is over, pipeline status: [1-9][0-9]*$`, `It's now safe`)
			// The worker's own panics end it: the status says so (255).
			// PID 1's asks the worker to stop as a poweroff would: its
			// status is the stopped pipeline's, never 0.
			if st := vm.Status(); (where != "pid1" && st != 255) || st <= 0 {
				t.Errorf("pipeline status %d", st)
			}
			if n := strings.Count(vm.Console(), "Execution is over, pipeline status:"); n != 1 {
				t.Errorf("%d status lines, want 1", n)
			}
			noLine(t, vm, `^MUST-NOT-FINISH$`)
			if _, err := fsckCache(d); err != nil {
				t.Error(err)
			}
		})
	}
}

// A panic of the worker after a container wrote its volume (in its
// container_end hook), while a service still runs: the service is stopped,
// the end push still happens (it used to be skipped), the status line says
// 255, the cache is unmounted cleanly.
func TestFaultPanicSalvage(t *testing.T) {
	t.Parallel()
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "lab/salvage")
	d := disk(t, 512)
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: "B2C_PANIC_AT=container_end b2c.cache_device=auto " + minioOpt +
		`b2c.volume="out,push_to=lab/salvage,push_on=pipeline_end" ` +
		`b2c.service="-v out:/out ` + lab.ImageArgs("busybox") + ` sh -c 'while true; do sleep 1; done'" ` +
		runWith("-v out:/out", "busybox", "sh", "-c", `'echo WRITTEN-BEFORE-THE-PANIC > /out/f'`)})
	wantLines(t, vm, `internal error: B2C_PANIC_AT=container_end( |$)`, `Saving the volumes after the internal error`,
		`Done: push of the volume out to lab/salvage at pipeline_end`, `^Execution is over, pipeline status: 255$`, `It's now safe`)
	if got := mcli(t, "cat", "lab/salvage/f"); got != "WRITTEN-BEFORE-THE-PANIC\n" {
		t.Errorf("lab/salvage/f = %q: the volume was not pushed after the panic", got)
	}
	if _, err := fsckCache(d); err != nil {
		t.Error(err)
	}
}

// A job leaves a process behind that holds a file open for writing on the
// cache, outside its container's cgroup (which podman's cleanup would
// kill): the shutdown ends it (SIGTERM, then SIGKILL for what outlives
// it) before it unmounts, so the cache is clean. Before, the busy
// filesystem could be neither unmounted nor remounted read-only.
func TestShutdownKillsLeftovers(t *testing.T) {
	t.Parallel()
	d := disk(t, 256)
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: "b2c.cache_device=auto " +
		`b2c.volume="held" ` +
		runWith("--pid=host --privileged --cgroupns=host -v held:/held", "busybox", "sh", "-c",
			`'(echo 0 > /sys/fs/cgroup/cgroup.procs; trap : TERM; exec 3>>/held/open-for-writing; while true; do echo x >&3; sleep 1; done) & sleep 2; echo LEFT-ONE-BEHIND'`)})
	wantLines(t, vm, `^LEFT-ONE-BEHIND$`, `pipeline status: 0$`, `Shutdown: [1-9][0-9]* process\(es\) still running: SIGTERM`, `It's now safe`)
	noLine(t, vm, `could not unmount`)
	if _, err := fsckCache(d); err != nil {
		t.Error(err)
	}
}

// The power cut in the middle of a `changes` push: what the container
// wrote (and synced) is on the cache, and the next boot's final mirror
// completes the bucket.
func TestFaultKilledDuringChanges(t *testing.T) {
	t.Parallel()
	needMinio(t)
	mcli(t, "mb", "--ignore-existing", "lab/killed")
	d := disk(t, 512)
	opts := "b2c.cache_device=auto " + minioOpt + `b2c.volume="job,push_to=lab/killed,push_on=changes" `
	vm, err := theLab.Boot(lab.VMConfig{Name: "TestFaultKilledDuringChanges", Disks: []string{d}, Cmdline: opts +
		runWith("-v job:/job", "busybox", "sh", "-c",
			`'for i in $(seq 1 8); do seq 1 20000 > /job/part-$i.txt; sync; echo WROTE-$i; done; sleep 600'`)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.WaitLine(regexp.MustCompile(`^WROTE-8$`), bootTimeout); err != nil {
		vm.Kill()
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	vm.Kill() // the power cut
	vm = boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: opts + run("busybox", "echo", "SECOND-BOOT")})
	wantLines(t, vm, `^SECOND-BOOT$`, `pipeline status: 0$`)
	want := mcli(t, "cat", "lab/killed/part-1.txt")
	if n := strings.Count(want, "\n"); n != 20000 {
		t.Fatalf("lab/killed/part-1.txt has %d lines", n)
	}
	for i := 2; i <= 8; i++ {
		if got := mcli(t, "cat", fmt.Sprintf("lab/killed/part-%d.txt", i)); got != want {
			t.Errorf("lab/killed/part-%d.txt is incomplete (%d bytes)", i, len(got))
		}
	}
}

// The cache fills up during a pull: the stage fails with a line saying
// so, the machine powers off cleanly, and what was on the cache before is
// still there, on a consistent filesystem.
func TestFaultCacheFull(t *testing.T) {
	t.Parallel()
	bin, err := lab.FindBin()
	if err != nil {
		t.Fatal(err)
	}
	if err := theLab.PushImages(bin, lab.Image{Name: "big", PaddingMB: 160}); err != nil {
		t.Fatal(err)
	}
	d := disk(t, 128)
	vm := boot(t, lab.VMConfig{Disks: []string{d}, Cmdline: "b2c.cache_device=auto b2c.volume=keep " +
		runWith("-v keep:/keep", "busybox", "sh", "-c", `'echo WRITTEN-BEFORE > /keep/f'`) + " " +
		run("big", "echo", "MUST-NOT-RUN")})
	wantLines(t, vm, `no space left on device`, `could not create the container`, `pipeline status: [1-9]`)
	noLine(t, vm, `^MUST-NOT-RUN$`)
	part, err := fsckCache(d)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("debugfs", "-R", "cat /containers/storage/volumes/keep/_data/f", part).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "WRITTEN-BEFORE") {
		t.Errorf("the volume lost its file: %v %s", err, out)
	}
}

// The cache disk disappears (hot-unplugged) while a stage writes to it:
// the machine still reaches its status line and powers off by itself.
func TestFaultDiskDisappears(t *testing.T) {
	t.Parallel()
	d := disk(t, 512)
	vm, err := theLab.Boot(lab.VMConfig{Name: "TestFaultDiskDisappears", Disks: []string{d},
		Cmdline: "b2c.cache_device=auto b2c.volume=keep " + runWith("-v keep:/keep", "busybox", "sh", "-c",
			`'echo DISK-IN-USE; for i in $(seq 1 20); do seq 1 10000 > /keep/f-$i; sync; sleep 1; done; echo WRITES-DONE'`)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.WaitLine(regexp.MustCompile(`^DISK-IN-USE$`), bootTimeout); err != nil {
		vm.Kill()
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
	}
	time.Sleep(2 * time.Second)
	if err := vm.UnplugDisk(0); err != nil {
		vm.Kill()
		t.Fatal(err)
	}
	if err := vm.Wait(bootTimeout); err != nil {
		t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 80))
	}
	wantLines(t, vm, `^Execution is over, pipeline status: [1-9][0-9]*$`, `It's now safe`)
	noLine(t, vm, `Kernel panic`, `crashed`)
	wantFailed(t, vm, "after the cache disk disappeared")
}

// Malformed command lines, booted: every problem gets a line naming its
// option, the pipeline does not run, the machine powers off.
func TestFaultMalformedCmdline(t *testing.T) {
	t.Parallel()
	t.Run("kernel command line", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Cmdline: `b2c.run= b2c.volume=v b2c.volume=v,expiration=pipeline_end ` +
			`b2c.volume=w,pull_on=whenever b2c.hostname= ` + run("busybox", "echo", "MUST-NOT-RUN")})
		wantLines(t, vm, `b2c\.run: needs a value`, `b2c\.volume: the volume v is defined twice`,
			`b2c\.volume: w: pull_on="whenever": unknown condition`, `b2c\.hostname: needs a value`, `pipeline status: [1-9]`)
		noLine(t, vm, `^MUST-NOT-RUN$`)
	})
	t.Run("huge extra arguments", func(t *testing.T) {
		t.Parallel()
		body := "b2c.frobnicate=" + strings.Repeat("x", 500000) + "\n" + run("busybox", "echo", "MUST-NOT-RUN") +
			"\nb2c.run=\"unbalanced \xff\xfe"
		if err := writeWWW("huge.txt", body); err != nil {
			t.Fatal(err)
		}
		vm := boot(t, lab.VMConfig{Cmdline: "b2c.extra_args_url=" + lab.HTTPURL + "/huge.txt"})
		wantLines(t, vm, `extra_args_url: got 5\d{5} bytes`, `unbalanced double quote`, `b2c\.extra_args_url: the extra arguments are invalid`,
			`pipeline status: [1-9]`)
		noLine(t, vm, `^MUST-NOT-RUN$`, `xxxxxxxxxxxxxxxxxxxx`)
	})
}

// A registry and an S3 server that accept the connection and never
// answer: the pull is stopped once it made no progress for
// b2c.stall_timeout (each of its tries), so is the push, and the boot
// reaches its status line and powers off by itself, in a bounded time.
// Without the stall detection, both would wait forever.
func TestStalledServices(t *testing.T) {
	t.Parallel()
	reg, err := theLab.ListenStalled(lab.HostIP + ":5997")
	if err != nil {
		t.Fatal(err)
	}
	defer reg.Close()
	s3, err := theLab.ListenStalled(lab.HostIP + ":9997")
	if err != nil {
		t.Fatal(err)
	}
	defer s3.Close()
	vm := boot(t, lab.VMConfig{Cmdline: "b2c.stall_timeout=5 " +
		`b2c.minio="stall,http://` + lab.HostIP + `:9997,` + lab.MinioUser + `,` + lab.MinioPass + `" ` +
		`b2c.volume="out,push_to=stall/out,push_on=pipeline_end" ` +
		`b2c.run="-v out:/out --tls-verify=false docker://` + lab.HostIP + `:5997/busybox:latest true"`})
	wantLines(t, vm, `podman create stalled: no progress for 5s`, `could not create the container`,
		`the push of the volume out to stall/out failed at pipeline_end: mcli stalled: no progress for 5s`,
		`^Execution is over, pipeline status: [1-9][0-9]*$`, `It's now safe`)
	wantFailed(t, vm, "with a stalled registry and S3")
	if reg.Accepted() == 0 || s3.Accepted() == 0 {
		t.Errorf("the stalled servers took %d and %d connections: the test did not test them", reg.Accepted(), s3.Accepted())
	}
	// Bounded: 5 tries of 5 s (and 5 s to die) for the pull, one for the
	// push, with room for a slow TCG guest.
	var from, to time.Duration
	for _, l := range vm.Lines() {
		if from == 0 && strings.Contains(l.Text, "Running the container: ") {
			from = l.At
		}
		if strings.HasPrefix(l.Text, "Execution is over, pipeline status:") {
			to = l.At
		}
	}
	if from == 0 || to == 0 || to-from > 5*time.Minute {
		t.Errorf("from the stage to the status line: %v (%v to %v), want under 5 minutes", to-from, from, to)
	}
}

// The hardware watchdog (QEMU's i6300esb): PID 1 feeds it through a stage
// that outlives its timeout three times over; a worker that stops (the
// B2C_PANIC_AT=pipeline-freeze injection) starves it, and the hardware
// resets the machine: QEMU ends (-no-reboot) without the init's shutdown.
// b2c.watchdog=off leaves the device alone.
func TestWatchdog(t *testing.T) {
	t.Parallel()
	armed := `\]: init: watchdog: /dev/watchdog \(i6300ESB timer\) resets the machine after 20 s without a sign of life`
	starved := `\]: ERROR: init: watchdog: no sign of life from the b2c init for [0-9]+ s: the watchdog resets the machine within 20 s$`
	t.Run("fed", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Watchdog: true, Cmdline: "b2c.watchdog=20 " +
			run("busybox", "sh", "-c", `'sleep 60; echo OUTLIVED-THE-WATCHDOG'`)})
		wantLines(t, vm, armed, `^OUTLIVED-THE-WATCHDOG$`, `^Execution is over, pipeline status: 0$`, `It's now safe`)
		noLine(t, vm, starved)
	})
	t.Run("wedged", func(t *testing.T) {
		t.Parallel()
		vm, err := theLab.Boot(lab.VMConfig{Name: "TestWatchdog_wedged", Watchdog: true,
			Cmdline: "B2C_PANIC_AT=pipeline-freeze b2c.watchdog=20 " + run("busybox", "echo", "NEVER-RUNS")})
		if err != nil {
			t.Fatal(err)
		}
		if err := vm.Wait(bootTimeout); err != nil {
			t.Fatalf("%v\n--- console ---\n%s", err, tail(vm.Console(), 60))
		}
		wantLines(t, vm, armed, starved)
		// Reset by the hardware: neither the init's nor the kernel's
		// own shutdown ran.
		noLine(t, vm, `^NEVER-RUNS$`, `pipeline status:`, `It's now safe`, `^reboot: `, `Kernel panic`)
	})
	t.Run("off", func(t *testing.T) {
		t.Parallel()
		vm := boot(t, lab.VMConfig{Watchdog: true, Cmdline: "b2c.watchdog=off " + run("busybox", "echo", "NO-WATCHDOG")})
		wantLines(t, vm, `\]: init: watchdog: /dev/watchdog left alone \(b2c.watchdog=off\)$`, `^NO-WATCHDOG$`, `^Execution is over, pipeline status: 0$`)
		noLine(t, vm, `resets the machine`)
	})
}

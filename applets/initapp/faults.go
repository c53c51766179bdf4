package initapp

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/console"
)

// panicEnv is a fault-injection hook for the boot tests (docs/testing.md):
// the kernel hands B2C_PANIC_AT=WHERE from its command line to init's
// environment, and init panics there, to prove that a bug anywhere still
// ends in a status line and a clean shutdown. Nothing sets it by accident:
// it is not a b2c.* option and check-cmdline does not know it.
const panicEnv = "B2C_PANIC_AT"

// injectPanic panics at WHERE in the calling goroutine; at
// WHERE-goroutine, in a new goroutine a second later, which no recover
// can catch: the process dies; at WHERE-freeze, the worker stops itself
// (SIGSTOP), as a wedged init looks to PID 1's watchdog keeper. PID 1's
// panic ("pid1") waits for the worker to reach the pipeline, so that it
// happens with the cache mounted and containers running.
func injectPanic(where string) {
	switch v := os.Getenv(panicEnv); {
	case v == "pid1" && where == "pipeline":
		os.WriteFile(pid1Cue, nil, 0o644)
	case v == "pid1" && where == "pid1":
		for i := 0; i < 3000; i++ {
			if _, err := os.Stat(pid1Cue); err == nil {
				time.Sleep(3 * time.Second)
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		panic(panicEnv + "=pid1")
	case v == where:
		panic(panicEnv + "=" + where)
	case v == where+"-freeze":
		syscall.Kill(os.Getpid(), syscall.SIGSTOP)
	case v == where+"-goroutine":
		go func() {
			time.Sleep(time.Second)
			panic(panicEnv + "=" + where + "-goroutine")
		}()
	}
}

// pid1Cue is where the worker tells PID 1 it reached the pipeline.
const pid1Cue = "/run/b2c-panic-cue"

// statusFile records that the worker printed the pipeline status line,
// so that PID 1 prints one for a worker that died before it could.
const statusFile = "/run/b2c-status"

// printStatus prints the line CI systems parse for the pipeline's status.
func printStatus(status int) {
	console.Raw(fmt.Sprintf("Execution is over, pipeline status: %d\n", status))
	os.WriteFile(statusFile, []byte(strconv.Itoa(status)), 0o644)
}

// statusIfMissing prints a failed pipeline status for a worker that died
// (or was stopped by PID 1's own crash) before it printed one.
func statusIfMissing() {
	if _, err := os.Stat(statusFile); err != nil {
		console.Raw("Execution is over, pipeline status: 255\n")
	}
}

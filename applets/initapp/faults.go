package initapp

import (
	"os"
	"syscall"
	"time"
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

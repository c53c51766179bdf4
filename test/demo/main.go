// Command demo is `make demo`: it starts the lab, pushes a hello image to
// the lab registry, boots b2c in QEMU with a one-stage pipeline that runs
// it, shows the console, and exits with the pipeline status.
//
// Extra b2c options can be given as arguments (make demo DEMO_ARGS=...).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/b2c-project/b2c/test/lab"
)

func main() { os.Exit(demo()) }

func demo() int {
	l, err := lab.Start(lab.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	defer l.Close()
	bin, err := lab.FindBin()
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	hello := lab.Image{Name: "hello", Cmd: `["/bin/sh", "-c", "echo Hello from a container booted by b2c; uname -sr; cat /proc/cmdline"]`}
	if err := l.PushImages(bin, hello); err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	// The lab registry speaks plain HTTP.
	cmdline := `b2c.run="` + lab.ImageArgs("hello") + `" ` + strings.Join(os.Args[1:], " ")
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	start := time.Now()
	vm, err := l.Run(ctx, lab.VMConfig{Cmdline: cmdline, Console: os.Stdout, Name: "demo"}, 10*time.Minute)
	if vm == nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	fmt.Printf("\ndemo: the VM ran for %.1fs; console log: %s\n", time.Since(start).Seconds(), vm.Log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demo:", err)
		return 1
	}
	status := vm.Status()
	if status < 0 {
		fmt.Fprintln(os.Stderr, "demo: the init printed no pipeline status")
		return 1
	}
	fmt.Printf("demo: pipeline status %d\n", status)
	return status
}

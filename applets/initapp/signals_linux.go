package initapp

import (
	"os"
	"os/signal"
	"syscall"
)

func notifyShutdownSignals(c chan<- os.Signal) {
	signal.Notify(c, syscall.SIGINT, syscall.SIGTERM, syscall.SIGPWR)
}

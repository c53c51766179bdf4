package lab

import (
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"sync"

	"golang.org/x/sys/unix"
)

// StalledServer accepts TCP connections on addr inside the lab and never
// answers: a registry or an S3 server that hangs, which a refused or
// unrouted connection does not reproduce. Close stops it.
type StalledServer struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
	done  chan struct{}
}

// ListenStalled starts a StalledServer on addr (HostIP:PORT).
func (l *Lab) ListenStalled(addr string) (*StalledServer, error) {
	ns, err := os.Open("/run/netns/" + l.NS)
	if err != nil {
		return nil, err
	}
	defer ns.Close()
	type result struct {
		ln  net.Listener
		err error
	}
	ch := make(chan result, 1)
	go func() {
		// The socket belongs to the namespace of the thread that makes
		// it. The thread goes back to its own namespace afterwards: a
		// locked goroutine that ends takes its thread with it, and the
		// children that thread started (QEMU, whose Pdeathsig is tied to
		// the thread that forked it) would be killed.
		runtime.LockOSThread()
		self, err := os.Open("/proc/thread-self/ns/net")
		if err != nil {
			runtime.UnlockOSThread()
			ch <- result{nil, err}
			return
		}
		defer self.Close()
		if err := unix.Setns(int(ns.Fd()), unix.CLONE_NEWNET); err != nil {
			runtime.UnlockOSThread()
			ch <- result{nil, fmt.Errorf("setns %s: %w", l.NS, err)}
			return
		}
		ln, err := net.Listen("tcp", addr)
		ch <- result{ln, err}
		if err := unix.Setns(int(self.Fd()), unix.CLONE_NEWNET); err != nil {
			select {} // never in the wrong namespace, and never exiting
		}
		runtime.UnlockOSThread()
	}()
	r := <-ch
	if r.err != nil {
		return nil, r.err
	}
	s := &StalledServer{ln: r.ln, done: make(chan struct{})}
	go s.serve()
	return s, nil
}

func (s *StalledServer) serve() {
	defer close(s.done)
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		s.conns = append(s.conns, c)
		s.mu.Unlock()
		// Read what the client sends, so that its writes never block on
		// a full window: it waits for an answer that never comes.
		go io.Copy(io.Discard, c)
	}
}

// Accepted is how many connections the server took.
func (s *StalledServer) Accepted() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// Close stops listening and drops every connection.
func (s *StalledServer) Close() {
	s.ln.Close()
	<-s.done
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
}

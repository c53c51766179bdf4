// Package lab is b2c's test network: a network namespace with a bridge,
// a DHCP server (dnsmasq), an NTP server (chronyd -x), an OCI registry
// (Debian's docker-registry), a MinIO server and an HTTP file server, and
// QEMU virtual machines plugged into it through taps. Addresses exist only
// inside the namespace. Everything started is stopped by PID and the
// namespace is deleted by Close, even when a test fails.
//
// It needs root (namespaces, taps). The boot tests, `make demo` and
// `make bench` all use it.
package lab

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Addresses inside the lab. The host side of the bridge serves everything.
const (
	Subnet   = "10.77.0.0/24"
	HostIP   = "10.77.0.1"
	Registry = HostIP + ":5000"
	MinioURL = "http://" + HostIP + ":9000"
	HTTPURL  = "http://" + HostIP + ":8080"
	// NetbootURL is the iPXE script a VM booted with VMConfig.Netboot
	// runs: see writeNetboot.
	NetbootURL = HTTPURL + "/boot.ipxe"
	// PrivateRegistry needs PrivateUser's password, over TLS.
	PrivateRegistry = HostIP + ":5443"
	PrivateUser     = "b2c-puller"
	PrivatePass     = "b2c-lab-registry-password"
	MinioUser       = "b2c-lab-access"
	MinioPass       = "b2c-lab-secret-key"
	bridgeName      = "br0"
	bridgeMAC       = "02:b2:c0:00:00:01"
)

// Options selects the services to start.
type Options struct {
	// Minio is the path of a MinIO server binary; empty: no MinIO.
	Minio string
	// Log receives progress lines (nil: stderr).
	Log io.Writer
}

// Lab is a running lab.
type Lab struct {
	NS  string // network namespace name
	Dir string // state: logs, registry storage, MinIO data, HTTP root

	log   io.Writer
	mu    sync.Mutex
	procs []*service
	taps  int
	slots map[int]bool // MAC slots of the running VMs
	// pushMu serialises PushImages: parallel tests push their own images
	// through one podman work directory and its rootfs.tar.
	pushMu sync.Mutex
}

type service struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
}

// Start creates the namespace and starts the services. On error, what was
// started is stopped again.
func Start(opts Options) (l *Lab, err error) {
	if os.Geteuid() != 0 {
		return nil, errors.New("the lab needs root (network namespaces and taps)")
	}
	dir, err := os.MkdirTemp("", "b2clab-")
	if err != nil {
		return nil, err
	}
	l = &Lab{NS: fmt.Sprintf("b2clab-%d", os.Getpid()), Dir: dir, log: opts.Log}
	if l.log == nil {
		l.log = os.Stderr
	}
	defer func() {
		if err != nil {
			l.Close()
			l = nil
		}
	}()
	// A namespace left over by a killed run of the same PID is stale.
	exec.Command("ip", "netns", "del", l.NS).Run()
	steps := [][]string{
		{"ip", "netns", "add", l.NS},
		l.nsCmd("ip", "link", "set", "lo", "up"),
		l.nsCmd("ip", "link", "add", bridgeName, "type", "bridge"),
		// A fixed address: a bridge otherwise takes the lowest of its
		// ports' (random tap) addresses, changing as VMs come and go, and
		// a running guest's ARP entry for HostIP then points at a MAC that
		// is gone: its new connections time out (seen as mc's "dial tcp
		// 10.77.0.1:9000: i/o timeout" after a VM beside it started).
		l.nsCmd("ip", "link", "set", bridgeName, "address", bridgeMAC),
		l.nsCmd("ip", "addr", "add", HostIP+"/24", "dev", bridgeName),
		l.nsCmd("ip", "link", "set", bridgeName, "up"),
		// The host side is the guests' router: like a real one, it
		// answers a packet for a network it has no route to with an ICMP
		// unreachable (the namespace has no other interface to forward
		// to).
		l.nsCmd("sysctl", "-qw", "net.ipv4.ip_forward=1"),
		// Every refused packet gets its ICMP at once, not one a second:
		// podman's pull would otherwise wait on TCP retransmissions.
		l.nsCmd("sysctl", "-qw", "net.ipv4.icmp_ratelimit=0"),
	}
	for _, s := range steps {
		if out, err := exec.Command(s[0], s[1:]...).CombinedOutput(); err != nil {
			return l, fmt.Errorf("%s: %v: %s", strings.Join(s, " "), err, out)
		}
	}
	l.logf("network namespace %s, bridge %s %s", l.NS, bridgeName, HostIP)

	for _, d := range []string{"registry", "registry-private", "minio", "minio-tls", "www", "logs"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return l, err
		}
	}
	if err := l.startDnsmasq(); err != nil {
		return l, err
	}
	if err := l.startChrony(); err != nil {
		return l, err
	}
	if err := l.startRegistry(); err != nil {
		return l, err
	}
	if err := l.start("httpd", nil, "busybox", "httpd", "-f", "-p", HostIP+":8080", "-h", l.WWW()); err != nil {
		return l, err
	}
	if err := l.waitTCP(HostIP+":8080", 10*time.Second); err != nil {
		return l, err
	}
	if err := l.makeCerts(); err != nil {
		return l, err
	}
	if err := l.startPrivateRegistry(); err != nil {
		return l, err
	}
	if opts.Minio != "" {
		env := []string{"MINIO_ROOT_USER=" + MinioUser, "MINIO_ROOT_PASSWORD=" + MinioPass,
			"MINIO_BROWSER=off", "MINIO_UPDATE=off", "MINIO_CI_CD=1"}
		if err := l.start("minio", env, opts.Minio, "server", "--quiet", "--address", HostIP+":9000",
			filepath.Join(dir, "minio")); err != nil {
			return l, err
		}
		// A second server over TLS, for what needs it (SSE-C, HTTPS
		// extra_args_url); the plain one stays the default.
		if err := l.start("minio-tls", env, opts.Minio, "server", "--quiet", "--address", HostIP+":9443",
			"--certs-dir", l.certsDir(), filepath.Join(dir, "minio-tls")); err != nil {
			return l, err
		}
		for _, addr := range []string{HostIP + ":9000", HostIP + ":9443"} {
			if err := l.waitTCP(addr, 60*time.Second); err != nil {
				return l, err
			}
		}
	}
	return l, nil
}

// WWW is the root of the HTTP server (HTTPURL).
func (l *Lab) WWW() string { return filepath.Join(l.Dir, "www") }

func (l *Lab) logf(format string, a ...any) {
	fmt.Fprintf(l.log, "lab: "+format+"\n", a...)
}

// nsCmd prefixes a command so that it runs inside the namespace.
func (l *Lab) nsCmd(args ...string) []string {
	return append([]string{"ip", "netns", "exec", l.NS}, args...)
}

// Command returns a command that runs inside the lab's namespace.
func (l *Lab) Command(ctx context.Context, name string, args ...string) *exec.Cmd {
	a := l.nsCmd(append([]string{name}, args...)...)
	return exec.CommandContext(ctx, a[0], a[1:]...)
}

// start runs a long-lived service inside the namespace, its output in
// logs/NAME.log.
func (l *Lab) start(name string, env []string, prog string, args ...string) error {
	a := l.nsCmd(append([]string{prog}, args...)...)
	cmd := exec.Command(a[0], a[1:]...)
	cmd.Env = append(os.Environ(), env...)
	logf, err := os.Create(filepath.Join(l.Dir, "logs", name+".log"))
	if err != nil {
		return err
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	// Its own process group: Close kills the service and its children.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("%s: %v", name, err)
	}
	s := &service{name: name, cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); logf.Close(); close(s.done) }()
	l.mu.Lock()
	l.procs = append(l.procs, s)
	l.mu.Unlock()
	l.logf("%s started (pid %d)", name, cmd.Process.Pid)
	// A service that dies at once has a configuration problem: say so now.
	select {
	case <-s.done:
		out, _ := os.ReadFile(filepath.Join(l.Dir, "logs", name+".log"))
		return fmt.Errorf("%s exited at start: %s", name, out)
	case <-time.After(300 * time.Millisecond):
	}
	return nil
}

// Log returns what a service printed so far.
func (l *Lab) Log(name string) string {
	b, _ := os.ReadFile(filepath.Join(l.Dir, "logs", name+".log"))
	return string(b)
}

func (l *Lab) waitTCP(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		// Dialled from inside the namespace: the address does not exist
		// outside it.
		host, port, _ := strings.Cut(addr, ":")
		err := l.Command(context.Background(), "timeout", "2", "bash", "-c",
			"exec 3<>/dev/tcp/"+host+"/"+port).Run()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("nothing listens on %s after %v", addr, timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (l *Lab) startDnsmasq() error {
	return l.start("dnsmasq", nil, "dnsmasq",
		"--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
		"--interface="+bridgeName, "--bind-interfaces", "--except-interface=lo",
		"--dhcp-range=10.77.0.100,10.77.0.199,1h",
		"--dhcp-option=option:router,"+HostIP,
		"--dhcp-option=option:dns-server,"+HostIP,
		"--dhcp-option=option:ntp-server,"+HostIP,
		"--address=/lab.b2c/"+HostIP,
		// Network boot: iPXE (QEMU's NIC ROMs are iPXE builds) says so in
		// option 175 and gets the URL of its script over HTTP (NetbootURL).
		"--dhcp-match=set:ipxe,175",
		"--dhcp-boot=tag:ipxe,"+NetbootURL,
		// dnsmasq pings an address before leasing it: 3 s per boot.
		"--no-ping", "--log-dhcp", "--log-facility=-",
		"--dhcp-leasefile="+filepath.Join(l.Dir, "dnsmasq.leases"),
		"--pid-file="+filepath.Join(l.Dir, "dnsmasq.pid"),
		"--user=root")
}

func (l *Lab) startChrony() error {
	conf := filepath.Join(l.Dir, "chrony.conf")
	err := os.WriteFile(conf, []byte(fmt.Sprintf(`# Serve the host's clock to the lab without touching it (-x).
local stratum 8
allow %s
bindaddress %s
cmdport 0
pidfile %s/chronyd.pid
driftfile %s/chrony.drift
`, Subnet, HostIP, l.Dir, l.Dir)), 0o644)
	if err != nil {
		return err
	}
	return l.start("chronyd", nil, "chronyd", "-x", "-d", "-u", "root", "-f", conf)
}

func (l *Lab) startRegistry() error {
	return l.startRegistryAt("registry", Registry, "")
}

// startPrivateRegistry serves PrivateRegistry over TLS (the lab's CA) to
// PrivateUser only.
func (l *Lab) startPrivateRegistry() error {
	// bcrypt, the one hash docker-registry's htpasswd takes.
	out, err := exec.Command("python3", "-W", "ignore", "-c",
		"import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))", PrivatePass).Output()
	if err != nil || !strings.HasPrefix(string(out), "$2") {
		return fmt.Errorf("bcrypt for the registry's htpasswd (python3): %v %q", err, out)
	}
	htpasswd := filepath.Join(l.Dir, "htpasswd")
	if err := os.WriteFile(htpasswd, []byte(PrivateUser+":"+strings.TrimSpace(string(out))+"\n"), 0o600); err != nil {
		return err
	}
	extra := fmt.Sprintf(`  tls:
    certificate: %s/public.crt
    key: %s/private.key
auth:
  htpasswd:
    realm: b2c-lab
    path: %s
`, l.certsDir(), l.certsDir(), htpasswd)
	return l.startRegistryAt("registry-private", PrivateRegistry, extra)
}

func (l *Lab) startRegistryAt(name, addr, extra string) error {
	conf := filepath.Join(l.Dir, name+".yml")
	err := os.WriteFile(conf, []byte(fmt.Sprintf(`version: 0.1
log:
  level: info
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: %s/%s
  delete:
    enabled: true
http:
  addr: %s
%s`, l.Dir, name, addr, extra)), 0o644)
	if err != nil {
		return err
	}
	if err := l.start(name, nil, "docker-registry", "serve", conf); err != nil {
		return err
	}
	return l.waitTCP(addr, 20*time.Second)
}

// Stop stops one service, for fault tests; it stays stopped.
func (l *Lab) Stop(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, s := range l.procs {
		if s.name == name {
			stop(s)
		}
	}
}

func stop(s *service) {
	select {
	case <-s.done:
		return
	default:
	}
	syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
}

// Close stops every service by PID, deletes the namespace and the state.
// Set B2C_LAB_KEEP=1 to keep the state directory for a post-mortem.
func (l *Lab) Close() {
	l.mu.Lock()
	procs := l.procs
	l.procs = nil
	l.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		stop(procs[i])
	}
	if out, err := exec.Command("ip", "netns", "del", l.NS).CombinedOutput(); err != nil && !bytes.Contains(out, []byte("No such file")) {
		l.logf("deleting %s: %v: %s", l.NS, err, out)
	}
	if os.Getenv("B2C_LAB_KEEP") == "" {
		os.RemoveAll(l.Dir)
	} else {
		l.logf("state kept in %s", l.Dir)
	}
}

// newTap creates a tap for one VM, on the bridge unless isolated (a link
// with carrier where nothing answers).
func (l *Lab) newTap(isolated bool) (string, error) {
	l.mu.Lock()
	l.taps++
	name := fmt.Sprintf("tap%d", l.taps)
	l.mu.Unlock()
	steps := [][]string{l.nsCmd("ip", "tuntap", "add", "dev", name, "mode", "tap")}
	if !isolated {
		steps = append(steps, l.nsCmd("ip", "link", "set", name, "master", bridgeName))
	}
	for _, s := range append(steps, l.nsCmd("ip", "link", "set", name, "up")) {
		if out, err := exec.Command(s[0], s[1:]...).CombinedOutput(); err != nil {
			return "", fmt.Errorf("%s: %v: %s", strings.Join(s, " "), err, out)
		}
	}
	return name, nil
}

func (l *Lab) delTap(name string) {
	a := l.nsCmd("ip", "link", "del", name)
	exec.Command(a[0], a[1:]...).Run()
}

func execOut(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	return string(out), err
}

// Mcli runs b2c's mcli applet (bin) inside the lab against its MinIO
// servers, known as the aliases "lab" (HTTP) and "labtls" (HTTPS).
func (l *Lab) Mcli(ctx context.Context, bin string, args ...string) (string, error) {
	cfg := filepath.Join(l.Dir, "mcli")
	a := append([]string{"mcli", "--config-dir", cfg, "--no-color"}, args...)
	c := l.Command(ctx, bin, a...)
	c.Env = append(os.Environ(), "MC_HOST_lab=http://"+MinioUser+":"+MinioPass+"@"+HostIP+":9000",
		"MC_HOST_labtls=https://"+MinioUser+":"+MinioPass+"@"+HostIP+":9443")
	out, err := c.CombinedOutput()
	return string(out), err
}

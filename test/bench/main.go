// Command bench is the boot half of `make bench` (hack/bench.sh): in the
// lab it boots the floor (a trivial init that only gets a DHCP lease), b2c
// with a cold cache and with a warm one, and the netboot pair without a
// cache and with a cold and a warm one, several times each, searches the
// RAM floor of the plain, the UPX and the netboot initramfs, and writes
// report parts and an SVG timeline into the output directory. It reports
// figures; it never judges them.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/b2c-project/b2c/applets/initapp/timeline"
	"github.com/b2c-project/b2c/test/lab"
)

var (
	outDir    = flag.String("out", "out/bench", "output directory")
	runs      = flag.Int("runs", 3, "boots per measurement")
	initramfs = flag.String("initramfs", "", "b2c initramfs (plain binary)")
	upxInitrd = flag.String("upx-initramfs", "", "b2c initramfs with the UPX binary")
	floorInit = flag.String("floor-initramfs", "", "initramfs of the trivial floor init")
	netboot   = flag.String("netboot-initramfs", "", "the netboot initramfs (make netboot)")
	payload   = flag.String("payload", "", "the netboot payload its loader was built for")
	ramSteps  = flag.String("ram", "512,384,320,256,224,192,176,160,128", "memory sizes (MiB) to try, largest first")
	ramExtra  = flag.String("ram-cmdline", "", "options added to the RAM floor boots' command line (experiments)")
)

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func progress(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", a...)
}

var upRe = regexp.MustCompile(`^\[(\d+\.\d+)\]: `)

// guestTime is the guest uptime of the first line matching re.
func guestTime(vm *lab.VM, re *regexp.Regexp) (float64, bool) { return guestTimeFrom(vm, re, 0) }

// guestTimeFrom is the guest uptime of the first line matching re at or
// after uptime from.
func guestTimeFrom(vm *lab.VM, re *regexp.Regexp, from float64) (float64, bool) {
	for _, l := range vm.Lines() {
		if re.MatchString(l.Text) {
			if m := upRe.FindStringSubmatch(l.Text); m != nil {
				if f, _ := strconv.ParseFloat(m[1], 64); f >= from {
					return f, true
				}
			}
		}
	}
	return 0, false
}

func spansOf(vm *lab.VM) []timeline.Span {
	for _, l := range vm.Lines() {
		if s, ok := timeline.Parse(l.Text); ok {
			return s
		}
	}
	return nil
}

func spanStart(spans []timeline.Span, prefix string, end bool) (float64, bool) {
	for _, s := range spans {
		if strings.HasPrefix(s.Name, prefix) {
			if end {
				return s.End, true
			}
			return s.Start, true
		}
	}
	return 0, false
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

type series map[string][]float64

func (s series) add(k string, v float64) { s[k] = append(s[k], v) }

var (
	initStart = regexp.MustCompile(`(Linux .* CPUs|floor: /init started)`)
	lease     = regexp.MustCompile(`(Got a DHCP lease|floor: DHCP lease)`)
	marker    = regexp.MustCompile(`^BENCH-CONTAINER-OUTPUT$`)
)

// milestones adds a b2c boot's milestones: its init's first line, the
// init's lease (after it: a netboot loader has its own lease before), and
// from b2c.timeline's spans the stage's start, its output (the first line
// if it carries an uptime, else the run's end) and the poweroff.
func (s series) milestones(vm *lab.VM) {
	spans := spansOf(vm)
	if t0, ok := guestTime(vm, initStart); ok {
		s.add("init", t0)
		if t, ok := guestTimeFrom(vm, lease, t0); ok {
			s.add("lease", t)
		}
	}
	if t, ok := spanStart(spans, "run:", false); ok {
		s.add("container start", t)
	}
	if t, ok := guestTime(vm, marker); ok {
		s.add("container output", t)
	} else if t, ok := spanStart(spans, "run:", true); ok {
		s.add("container output", t)
	}
	if t, ok := spanStart(spans, "shutdown", true); ok {
		s.add("poweroff", t)
	}
}

func run() error {
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	l, err := lab.Start(lab.Options{Minio: os.Getenv("B2C_MINIO")})
	if err != nil {
		return err
	}
	defer l.Close()
	bin, err := lab.FindBin()
	if err != nil {
		return err
	}
	if err := l.PushImages(bin, lab.Image{Name: "busybox"}); err != nil {
		return err
	}
	ctx := context.Background()
	boot := func(c lab.VMConfig) (*lab.VM, float64, error) {
		start := time.Now()
		// A VM short of RAM may hang unpacking the initramfs: it fails
		// the step after 3 minutes (a passing boot takes well under one).
		vm, err := l.Run(ctx, c, 3*time.Minute)
		return vm, time.Since(start).Seconds(), err
	}
	stage := `b2c.run="` + lab.ImageArgs("busybox") + ` echo BENCH-CONTAINER-OUTPUT"`
	var report strings.Builder

	// The floor.
	floor := series{}
	if *floorInit != "" {
		for i := 0; i < *runs; i++ {
			progress("floor boot %d/%d", i+1, *runs)
			vm, wall, err := boot(lab.VMConfig{Initramfs: *floorInit, Name: "floor"})
			if err != nil || vm == nil {
				return fmt.Errorf("floor boot: %v", err)
			}
			if t, ok := guestTime(vm, initStart); ok {
				floor.add("init", t)
			}
			if t, ok := guestTime(vm, lease); ok {
				floor.add("lease", t)
			}
			floor.add("wall", wall)
		}
	}

	// b2c, cold then warm cache, on a fresh disk each pair.
	cold, warm := series{}, series{}
	var coldLog, warmLog string
	for i := 0; i < *runs && *initramfs != ""; i++ {
		d := filepath.Join(l.Dir, fmt.Sprintf("bench-disk-%d.img", i))
		if err := lab.MakeDisk(d, 2048); err != nil {
			return err
		}
		for j, s := range []series{cold, warm} {
			kind := []string{"cold", "warm"}[j]
			progress("%s boot %d/%d", kind, i+1, *runs)
			vm, wall, err := boot(lab.VMConfig{Initramfs: *initramfs, Disks: []string{d}, Name: "bench-" + kind,
				Cmdline: "b2c.cache_device=auto b2c.timeline " + stage})
			if vm == nil {
				return fmt.Errorf("%s boot: %v", kind, err)
			}
			if err != nil || vm.Status() != 0 {
				return fmt.Errorf("%s boot: status %d, %v (console %s)", kind, vm.Status(), err, vm.Log)
			}
			s.milestones(vm)
			s.add("wall", wall)
			if j == 0 {
				coldLog = vm.Log
			} else {
				warmLog = vm.Log
			}
		}
		os.Remove(d)
	}
	// The netboot pair, no cache: the payload comes over the lab's HTTP.
	net, netCold, netWarm := series{}, series{}, series{}
	payloadOpt := ""
	if *netboot != "" && *payload != "" {
		b, err := os.ReadFile(*payload)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(l.WWW(), "bench-payload.squashfs"), b, 0o644); err != nil {
			return err
		}
		payloadOpt = "b2c.payload_url=" + lab.HTTPURL + "/bench-payload.squashfs "
		// "payload fetched": downloaded and verified, or found verified on
		// the cache (a warm netboot).
		fetched := regexp.MustCompile(`loader: (downloaded the payload|payload .* found on the cache)`)
		netBoot := func(s series, kind string, c lab.VMConfig) (*lab.VM, error) {
			vm, wall, err := boot(c)
			if vm == nil || err != nil || vm.Status() != 0 {
				return nil, fmt.Errorf("netboot boot (%s): %v (console %v)", kind, err, vm)
			}
			if t, ok := guestTime(vm, fetched); ok {
				s.add("payload fetched", t)
			}
			s.milestones(vm)
			s.add("wall", wall)
			return vm, nil
		}
		for i := 0; i < *runs; i++ {
			progress("netboot boot %d/%d", i+1, *runs)
			if _, err := netBoot(net, "no cache", lab.VMConfig{Initramfs: *netboot, Name: "bench-netboot", Cmdline: payloadOpt + "b2c.timeline " + stage}); err != nil {
				return err
			}
		}
		// With a cache disk. The loader never formats a disk: the first
		// boot downloads and its b2c makes the cache and pulls (cold);
		// the second finds the cache, downloads and keeps the payload
		// there (not measured); the third downloads nothing (warm).
		cached := regexp.MustCompile(`loader: payload .* found on the cache`)
		for i := 0; i < *runs; i++ {
			d := filepath.Join(l.Dir, fmt.Sprintf("bench-netboot-disk-%d.img", i))
			if err := lab.MakeDisk(d, 2048); err != nil {
				return err
			}
			for j, s := range []series{netCold, {}, netWarm} {
				kind := []string{"cold", "keep", "warm"}[j]
				progress("netboot %s boot %d/%d", kind, i+1, *runs)
				vm, err := netBoot(s, kind, lab.VMConfig{Initramfs: *netboot, Disks: []string{d}, Name: "bench-netboot-" + kind,
					Cmdline: payloadOpt + "b2c.cache_device=auto b2c.timeline " + stage})
				if err != nil {
					return err
				}
				if _, ok := guestTime(vm, cached); ok != (kind == "warm") {
					return fmt.Errorf("netboot %s boot: payload found on the cache: %v, want %v (console %s)", kind, ok, kind == "warm", vm.Log)
				}
			}
			os.Remove(d)
		}
	}
	fmt.Fprintf(&report, "## Boot to container (TCG, 1 vCPU, 1 GiB; median of %d boots, guest uptime in s)\n\n", *runs)
	fmt.Fprintf(&report, "| milestone | floor (trivial init) | b2c cold cache | b2c warm cache | netboot, no cache | netboot, cold cache | netboot, warm cache |\n|---|---|---|---|---|---|---|\n")
	for _, k := range []string{"payload fetched", "init", "lease", "container start", "container output", "poweroff", "wall"} {
		cell := func(s series) string {
			if len(s[k]) == 0 {
				return "-"
			}
			return fmt.Sprintf("%.2f", median(s[k]))
		}
		name := k
		if k == "wall" {
			name = "QEMU wall time (host)"
		}
		fmt.Fprintf(&report, "| %s | %s | %s | %s | %s | %s | %s |\n", name, cell(floor), cell(cold), cell(warm), cell(net), cell(netCold), cell(netWarm))
	}
	report.WriteString("\n`init` is the first line of b2c's init (for the netboot, the payload's, after the loader), `lease` its DHCP lease, `payload fetched` the payload verified (downloaded, or found on the cache disk: the warm netboot is the third boot on its disk, the second keeps the payload there), `container start` the start of the first stage (after its pull), `container output` its first line.\n\n")

	// Timelines of the last cold and warm boots, as SVG.
	if err := timelines(coldLog, warmLog, &report); err != nil {
		return err
	}

	// RAM floor: the demo pipeline with a volume pushed to MinIO.
	if os.Getenv("B2C_MINIO") != "" {
		fmt.Fprintf(&report, "## RAM floor (smallest -m at which a pull, a run and a volume push to MinIO pass)\n\n| initramfs | passes at | fails at |\n|---|---|---|\n")
		ctx2, cancel := context.WithTimeout(ctx, 2*time.Minute)
		out, err := l.Mcli(ctx2, bin, "mb", "--ignore-existing", "lab/bench")
		cancel()
		if err != nil {
			return fmt.Errorf("mcli mb: %v %s", err, out)
		}
		for _, v := range []struct{ name, dir, path, opt string }{{"plain b2c", "plain-b2c", *initramfs, ""},
			{"UPX b2c", "UPX-b2c", *upxInitrd, ""}, {"netboot + payload", "netboot-payload", *netboot, payloadOpt}} {
			if v.path == "" || (v.name == "netboot + payload" && v.opt == "") {
				continue
			}
			pass, fail := "-", "-"
			for _, m := range strings.Split(*ramSteps, ",") {
				mb, _ := strconv.Atoi(m)
				progress("RAM floor, %s, %d MiB", v.name, mb)
				cmdline := v.opt + *ramExtra + " " + `b2c.minio="lab,` + lab.MinioURL + `,` + lab.MinioUser + `,` + lab.MinioPass + `" ` +
					// A folder per variant: the same object pushed again
					// would be refused (no --overwrite) and fail the boot.
					`b2c.volume="out,push_to=lab/bench/` + v.dir + `,push_on=pipeline_end,expiration=pipeline_end" ` +
					`b2c.run="-v out:/out ` + lab.ImageArgs("busybox") + ` sh -c 'echo ok > /out/ram-` + m + `'"`
				vm, _, err := boot(lab.VMConfig{Initramfs: v.path, MemoryMB: mb, Cmdline: cmdline, Name: fmt.Sprintf("ram-%d", mb)})
				ok := err == nil && vm != nil && vm.Status() == 0
				if ok {
					pass = m + " MiB"
				} else {
					fail = m + " MiB"
					break
				}
			}
			fmt.Fprintf(&report, "| %s | %s | %s |\n", v.name, pass, fail)
		}
		report.WriteString("\n")
	}
	return os.WriteFile(filepath.Join(*outDir, "boot.md"), []byte(report.String()), 0o644)
}

// timelines writes the SVG of the last cold and warm boots (none without
// them: -initramfs not given).
func timelines(coldLog, warmLog string, report *strings.Builder) error {
	if coldLog == "" {
		return nil
	}
	svg := filepath.Join(*outDir, "timeline.svg")
	for _, p := range []struct{ src, dst string }{{coldLog, "cold.console"}, {warmLog, "warm.console"}} {
		b, _ := os.ReadFile(p.src)
		os.WriteFile(filepath.Join(*outDir, p.dst), b, 0o644)
	}
	cmd := exec.Command("go", "run", "./hack/timeline", "-o", svg,
		filepath.Join(*outDir, "cold.console"), filepath.Join(*outDir, "warm.console"))
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("timeline SVG: %v", err)
	}
	report.WriteString("![boot timeline, cold then warm cache](timeline.svg)\n\n")
	return nil
}

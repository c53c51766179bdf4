package bootplan

import (
	"reflect"
	"strings"
	"testing"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/netsetup"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
	"github.com/b2c-project/b2c/applets/initapp/zram"
)

func mustPlan(t *testing.T, line string) (*Plan, []cmdline.Problem) {
	t.Helper()
	cfg, problems := cmdline.Parse(line)
	for _, p := range problems {
		if p.Fatal {
			t.Fatalf("%q: %v", line, p)
		}
	}
	return Make(cfg)
}

// The order of the init's steps, and which steps a line leaves out.
func TestSteps(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []Step
	}{
		{"b2c.run=docker://x", []Step{StepModules, StepNetwork, StepClock, StepCache, StepPipeline}},
		{"b2c.run=docker://x b2c.keymap=fr", []Step{StepModules, StepNetwork, StepKeymap, StepClock, StepCache, StepPipeline}},
		{"b2c.extra_args_url=http://h/x", []Step{StepModules, StepNetwork, StepExtraArgs, StepClock, StepCache, StepPipeline}},
		// b2c.kexec chain-boots: neither the logins nor the pipeline run.
		{"b2c.kexec=http://h/k b2c.run=docker://x", []Step{StepModules, StepNetwork, StepClock, StepCache, StepChainBoot}},
	} {
		p, _ := mustPlan(t, tc.line)
		if !reflect.DeepEqual(p.Steps, tc.want) {
			t.Errorf("%q: steps %v, want %v", tc.line, p.Steps, tc.want)
		}
	}
}

// The logins come only from b2c.extra_args_url: the second plan, made
// after them, runs them before the pipeline.
func TestLoginsAfterExtraArgs(t *testing.T) {
	cfg, _ := cmdline.Parse("b2c.extra_args_url=http://h/x b2c.run=docker://x")
	if ps := cfg.AddExtra("b2c.login=reg.example,u,s3cret b2c.keymap=de"); len(ps) > 0 {
		t.Fatal(ps)
	}
	p, _ := Make(cfg)
	want := []Step{StepModules, StepNetwork, StepExtraArgs, StepKeymap, StepClock, StepCache, StepLogins, StepPipeline}
	if !reflect.DeepEqual(p.Steps, want) {
		t.Errorf("steps %v, want %v", p.Steps, want)
	}
}

// b2c.kexec with volumes: the pipeline never runs, so neither do the
// volumes' hooks (they are planned but no step executes them).
func TestKexecWithVolumes(t *testing.T) {
	p, _ := mustPlan(t, "b2c.kexec=http://h/k b2c.minio=s3,http://h:9000,a,b b2c.volume=v,pull_from=s3/b,pull_on=pipeline_start")
	if p.Runs(StepPipeline) || !p.Runs(StepChainBoot) {
		t.Errorf("steps %v", p.Steps)
	}
	if len(p.Hooks.At[volumes.PipelineStart]) != 1 {
		t.Errorf("the hooks are still planned (check-cmdline shows them): %+v", p.Hooks)
	}
}

// `changes` with other conditions: it wins for its direction, with a
// warning, and means a continuous push plus a final one.
func TestChangesWithOtherConditions(t *testing.T) {
	p, problems := mustPlan(t, "b2c.run=x b2c.minio=s3,http://h:9000,a,b b2c.volume=v,push_to=s3/b,push_on=changes|container_end")
	if len(problems) != 1 || !strings.Contains(problems[0].Msg, "changes") || problems[0].Fatal {
		t.Errorf("problems %v", problems)
	}
	if len(p.Hooks.Watch) != 1 || len(p.Hooks.At[volumes.ContainerEnd]) != 0 || len(p.Hooks.At[volumes.PipelineEnd]) != 1 {
		t.Errorf("hooks %+v", p.Hooks)
	}
}

func TestNetwork(t *testing.T) {
	for _, tc := range []struct {
		line   string
		mode   netsetup.Mode
		ifaces int
		dhcpOn bool
	}{
		{"b2c.run=x", netsetup.ModeDHCP, 0, true},
		{"b2c.run=x b2c.iface=eth1,dhcp", netsetup.ModeInterfaces, 1, false},
		// ip= and b2c.iface: the kernel's wins, the interfaces are not used.
		{"b2c.run=x ip=dhcp b2c.iface=eth1,dhcp", netsetup.ModeKernel, 0, false},
	} {
		p, _ := mustPlan(t, tc.line)
		n := p.Network
		if n.Mode != tc.mode || len(n.Interfaces) != tc.ifaces || (len(n.DHCPOn) > 0) != tc.dhcpOn || n.DHCPTimeout != netsetup.DHCPTimeout {
			t.Errorf("%q: %+v", tc.line, n)
		}
	}
}

func TestCache(t *testing.T) {
	for _, tc := range []struct {
		value, kind string
		mounted     bool
	}{
		{"", CacheNone, false},
		{"none", CacheNone, false},
		{"auto", CacheAuto, true},
		// reset on a machine whose disk is missing: the same wait as
		// auto, then no cache; never a format of something else.
		{"reset", CacheReset, true},
		{"/dev/vdb", CacheDevice, true},
		{"data", CacheFilesystem, true},
		{"nonsense", CacheInvalid, false},
	} {
		line := "b2c.run=x b2c.filesystem=data,src=/dev/vdc"
		if tc.value != "" {
			line += " b2c.cache_device=" + tc.value
		}
		p, _ := mustPlan(t, line)
		c := p.Cache
		if c.Kind != tc.kind || (c.Mountpoint != "") != tc.mounted || c.Description == "" {
			t.Errorf("%q: %+v", tc.value, c)
		}
		if c.Wait <= 0 {
			t.Errorf("%q: no device wait", tc.value)
		}
	}
}

func TestSwapRefusal(t *testing.T) {
	var none *Swap
	if none.Refusal(false, 0) != "" {
		t.Error("no b2c.swap refused")
	}
	s := &Swap{Size: "1G", Bytes: 1 << 30}
	for _, tc := range []struct {
		cached bool
		free   uint64
		want   string
	}{
		{false, 1 << 40, "no cache partition"},
		{true, 1 << 20, "larger than the free space of the cache (1.0 MiB)"},
		{true, 1 << 30, ""},
	} {
		if got := s.Refusal(tc.cached, tc.free); (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
			t.Errorf("%+v: %q", tc, got)
		}
	}
}

func TestFilesystemDefaultType(t *testing.T) {
	p, _ := mustPlan(t, "b2c.run=x b2c.filesystem=a,src=/dev/vdb b2c.filesystem=b,src=/dev/vdc,type=vfat")
	if a, b := p.Filesystem("a"), p.Filesystem("b"); a == nil || a.Type != DefaultFSType || b == nil || b.Type != "vfat" {
		t.Errorf("%+v", p.Filesystems)
	}
	if p.Filesystem("c") != nil || !reflect.DeepEqual(p.FilesystemNames(), []string{"a", "b"}) {
		t.Errorf("%v", p.FilesystemNames())
	}
}

// pipefail with a post container: the plan keeps both; a post container's
// failure never fails the pipeline (package pipeline's State), pipefail
// only changes which stages run.
func TestPipeline(t *testing.T) {
	p, _ := mustPlan(t, `b2c.pipefail b2c.run="-e TOKEN=s3cret docker://a" b2c.post_container=docker://cleanup b2c.service=docker://svc`)
	pl := p.Pipeline
	if !pl.Pipefail || len(pl.Stages) != 1 || len(pl.Post) != 1 || len(pl.Services) != 1 {
		t.Fatalf("%+v", pl)
	}
	// Raw is printed and passed on: masked. podman gets the real Args.
	if strings.Contains(pl.Stages[0].Raw, "s3cret") || !strings.Contains(strings.Join(pl.Stages[0].Args, " "), "TOKEN=s3cret") {
		t.Errorf("stage %+v", pl.Stages[0])
	}
}

func TestModules(t *testing.T) {
	p, _ := mustPlan(t, "b2c.run=x b2c.insmods=foo,bar")
	want := append(append([]string{}, BaseModules...), "foo", "bar")
	if !reflect.DeepEqual(p.Modules, want) {
		t.Errorf("%v, want %v", p.Modules, want)
	}
}

// The plan copies what it may be asked to change: the volume manager
// works on the plan's volumes, never on the parser's.
func TestMakeCopies(t *testing.T) {
	cfg, _ := cmdline.Parse("b2c.run=x b2c.volume=v")
	p, _ := Make(cfg)
	p.Volumes[0].Name = "changed"
	if cfg.Volumes[0].Name != "v" {
		t.Error("the plan shares the parser's volumes")
	}
}

func TestZram(t *testing.T) {
	for line, want := range map[string]zram.Option{
		"":                           zram.Option{Mode: "auto"},
		"b2c.zram=auto":              zram.Option{Mode: "auto"},
		"b2c.zram=OFF":               zram.Option{Mode: "off"},
		"b2c.zram=64M":               zram.Option{Mode: "size", Size: "64M", Bytes: 64 << 20},
		"b2c.zram=off b2c.zram=auto": zram.Option{Mode: "auto"}, // the last one wins
	} {
		cfg, problems := cmdline.Parse(line)
		if len(problems) != 0 {
			t.Fatalf("%q: %v", line, problems)
		}
		p, _ := Make(cfg)
		if p.Zram != want {
			t.Errorf("%q: %+v, want %+v", line, p.Zram, want)
		}
	}
}

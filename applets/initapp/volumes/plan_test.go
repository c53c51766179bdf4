package volumes

import (
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"reflect"
	"strings"
	"testing"
)

func TestPlanHooks(t *testing.T) {
	vols := []cmdline.Volume{
		{Name: "job", PullFrom: "s3/b/p", PushTo: "s3/b/p", PullOn: []string{PipelineStart}, PushOn: []string{Changes, ContainerEnd}},
		{Name: "cache", PullFrom: "s3/c", PushTo: "s3/c", PullOn: []string{ContainerStart}, PushOn: []string{ContainerEnd, PipelineEnd}},
		{Name: "orphan", PushOn: []string{PipelineEnd}},
	}
	h, warns := PlanHooks(vols)
	names := func(ts []Transfer) (out []string) {
		for _, t := range ts {
			out = append(out, string(t.Direction)+":"+t.Volume.Name)
		}
		return out
	}
	for cond, want := range map[string][]string{
		PipelineStart:  {"pull:job"},
		ContainerStart: {"pull:cache"},
		ContainerEnd:   {"push:cache"},
		PipelineEnd:    {"push:job", "push:cache"},
	} {
		if got := names(h.At[cond]); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v, want %v", cond, got, want)
		}
	}
	if got := names(h.Watch); !reflect.DeepEqual(got, []string{"push:job"}) {
		t.Errorf("watch: %v", got)
	}
	if len(warns) != 2 || !strings.Contains(warns[0], "overrides container_end") || !strings.Contains(warns[1], "orphan") {
		t.Errorf("warnings: %q", warns)
	}
}

func TestMirrorArgs(t *testing.T) {
	v := &cmdline.Volume{Name: "job", Overwrite: true, Remove: true, Excludes: []string{"*.tmp", "cache/*"}, EncryptKey: "k3y"}
	got := MirrorArgs(Transfer{Volume: v, Direction: Push, Remote: "s3/b"}, "/vol", true)
	want := []string{"mirror", "--watch", "--overwrite", "--remove", "--exclude", "*.tmp", "--exclude", "cache/*", "/vol", "s3/b"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("push: %q", got)
	}
	got = MirrorArgs(Transfer{Volume: &cmdline.Volume{Preserve: true}, Direction: Pull, Remote: "s3/b"}, "/vol", false)
	if !reflect.DeepEqual(got, []string{"mirror", "--preserve", "s3/b", "/vol"}) {
		t.Fatalf("pull: %q", got)
	}
	for _, a := range MirrorArgs(Transfer{Volume: v, Direction: Pull, Remote: "s3/b"}, "/v", false) {
		if strings.Contains(a, "k3y") {
			t.Fatal("the encryption key is on the command line")
		}
	}
	if env := MirrorEnv(Transfer{Volume: v, Remote: "s3/b"}); !reflect.DeepEqual(env, []string{"MC_ENC_C=s3/b=k3y"}) {
		t.Fatalf("env %q", env)
	}
}

func TestErrorWatch(t *testing.T) {
	for _, tc := range []struct {
		writes []string
		want   bool
	}{
		{[]string{"0 B / ? ", "mcli: <ERROR> Unable to list comparison retrying..\n"}, true},
		{[]string{"mcli: <ERR", "OR> split across writes\n"}, true},
		{[]string{"`a` -> `lab/b`\n", "Total: 1 B\n"}, false},
		{[]string{"mcli: <ERROR> Failed to perform mirroring, with error condition (mm-source-mtime) Overwrite not allowed for `x`.\n"}, false},
		{[]string{"mcli: <ERROR> no newline at the end"}, true},
	} {
		w := &errorWatch{}
		for _, s := range tc.writes {
			w.Write([]byte(s))
		}
		if w.found() != tc.want {
			t.Errorf("%q: found %v, want %v", tc.writes, w.found(), tc.want)
		}
	}
}

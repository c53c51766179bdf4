// Package volumes creates the podman volumes of b2c.volume and keeps them
// in sync with S3 buckets through the mcli applet, at the conditions the
// user asked for. Planning is pure; running is in run.go.
package volumes

import (
	"fmt"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"strings"
)

// Conditions at which a volume can be pulled or pushed.
const (
	PipelineStart  = "pipeline_start"
	ContainerStart = "container_start"
	ContainerEnd   = "container_end"
	PipelineEnd    = "pipeline_end"
	Changes        = "changes"
)

// Direction of a transfer.
type Direction string

const (
	Pull Direction = "pull"
	Push Direction = "push"
)

// Transfer is one mirror between a volume and a bucket.
type Transfer struct {
	Volume    *cmdline.Volume
	Direction Direction
	Remote    string
}

func (t Transfer) String() string {
	if t.Direction == Pull {
		return fmt.Sprintf("pull of the volume %s from %s", t.Volume.Name, t.Remote)
	}
	return fmt.Sprintf("push of the volume %s to %s", t.Volume.Name, t.Remote)
}

// Hooks lists the transfers to run at each condition, in command-line
// order; Watch lists the continuous pushes (`changes`).
type Hooks struct {
	At    map[string][]Transfer
	Watch []Transfer
}

// PlanHooks turns the volumes' pull_on/push_on into hooks. `changes`
// overrides the other conditions of the same direction (warned about);
// for a push it means a continuous mirror plus a final push at
// pipeline_end, for a pull a pull at pipeline_start.
func PlanHooks(vols []cmdline.Volume) (Hooks, []string) {
	h := Hooks{At: map[string][]Transfer{}}
	var warnings []string
	for i := range vols {
		v := &vols[i]
		for _, d := range []struct {
			dir    Direction
			remote string
			conds  []string
		}{{Pull, v.PullFrom, v.PullOn}, {Push, v.PushTo, v.PushOn}} {
			if len(d.conds) == 0 {
				continue
			}
			if d.remote == "" {
				warnings = append(warnings, fmt.Sprintf("volume %s: %s_on is set but there is nowhere to %s (no mirror= or %s)", v.Name, d.dir, d.dir, map[Direction]string{Pull: "pull_from=", Push: "push_to="}[d.dir]))
				continue
			}
			t := Transfer{Volume: v, Direction: d.dir, Remote: d.remote}
			conds := d.conds
			if contains(conds, Changes) {
				if len(conds) > 1 {
					warnings = append(warnings, fmt.Sprintf("volume %s: %s_on=changes overrides %s", v.Name, d.dir, strings.Join(without(conds, Changes), "|")))
				}
				if d.dir == Push {
					h.Watch = append(h.Watch, t)
					conds = []string{PipelineEnd}
				} else {
					conds = []string{PipelineStart}
				}
			}
			for _, c := range conds {
				h.At[c] = append(h.At[c], t)
			}
		}
	}
	return h, warnings
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// MirrorArgs is the mcli command line for a transfer between the volume's
// local directory and its bucket. Secrets (the SSE key) never go on the
// command line: see MirrorEnv.
func MirrorArgs(t Transfer, local string, watch bool) []string {
	args := []string{"mirror"}
	if watch {
		args = append(args, "--watch")
	}
	v := t.Volume
	if v.Overwrite {
		args = append(args, "--overwrite")
	}
	if v.Remove {
		args = append(args, "--remove")
	}
	if v.Preserve {
		args = append(args, "--preserve")
	}
	for _, e := range v.Excludes {
		args = append(args, "--exclude", e)
	}
	if t.Direction == Pull {
		return append(args, t.Remote, local)
	}
	return append(args, local, t.Remote)
}

// MirrorEnv passes encrypt_key (S3 SSE-C, already in mc's form: see
// cmdline.SSECKey) to mcli through its environment, keyed on the remote's
// alias/bucket prefix: MC_ENC_C is --enc-c (patches/0005), which keeps the
// key out of /proc/PID/cmdline.
func MirrorEnv(t Transfer) []string {
	if t.Volume.EncryptKey == "" {
		return nil
	}
	return []string{"MC_ENC_C=" + t.Remote + "=" + t.Volume.EncryptKey}
}

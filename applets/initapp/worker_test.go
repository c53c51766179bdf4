package initapp

import (
	"reflect"
	"testing"

	"github.com/b2c-project/b2c/applets/initapp/bootplan"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
)

// The worker runs the plan's steps in order, stops at the first that
// fails, and after b2c.extra_args_url goes on with the new plan's steps
// (here a keymap and logins that only the extra arguments asked for).
func TestBootRunsThePlan(t *testing.T) {
	for _, tc := range []struct {
		name  string
		line  string
		extra string
		fail  bootplan.Step
		want  []bootplan.Step
		code  int
	}{
		{"plain", "b2c.run=docker://x", "", "", []bootplan.Step{
			bootplan.StepModules, bootplan.StepNetwork, bootplan.StepClock, bootplan.StepCache, bootplan.StepPipeline}, 0},
		{"extra args", "b2c.extra_args_url=http://h/x b2c.run=docker://x", "b2c.keymap=de b2c.login=reg,u,pw", "", []bootplan.Step{
			bootplan.StepModules, bootplan.StepNetwork, bootplan.StepExtraArgs, bootplan.StepKeymap,
			bootplan.StepClock, bootplan.StepCache, bootplan.StepLogins, bootplan.StepPipeline}, 0},
		{"network fails", "b2c.run=docker://x", "", bootplan.StepNetwork, []bootplan.Step{
			bootplan.StepModules, bootplan.StepNetwork}, 1},
		{"chain boot", "b2c.kexec=http://h/k b2c.run=docker://x", "", "", []bootplan.Step{
			bootplan.StepModules, bootplan.StepNetwork, bootplan.StepClock, bootplan.StepCache, bootplan.StepChainBoot}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, problems := cmdline.Parse(tc.line)
			if len(problems) > 0 {
				t.Fatal(problems)
			}
			b := &boot{cfg: cfg}
			b.replan()
			var ran []bootplan.Step
			b.run(func(s bootplan.Step) int {
				ran = append(ran, s)
				if s == bootplan.StepExtraArgs {
					if ps := b.cfg.AddExtra(tc.extra); len(ps) > 0 {
						t.Fatal(ps)
					}
					b.replan()
				}
				if s == tc.fail {
					return 1
				}
				return 0
			})
			if !reflect.DeepEqual(ran, tc.want) || b.status != tc.code {
				t.Errorf("ran %v (status %d), want %v (status %d)", ran, b.status, tc.want, tc.code)
			}
		})
	}
}

package checkcmdline

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/b2c-project/b2c/applets"
	"github.com/b2c-project/b2c/applets/initapp/bootplan"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"github.com/b2c-project/b2c/applets/initapp/volumes"
)

// good is a realistic command line without any problem.
const good = `BOOT_IMAGE=/vmlinuz console=ttyS0 b2c.minio="job,http://10.0.0.1:9000,KEY,SECRET" ` +
	`b2c.volume="job,mirror=job/bucket/path,pull_on=pipeline_start,push_on=changes,overwrite,remove,expiration=pipeline_end" ` +
	`b2c.service=docker://registry/db b2c.run="-ti docker://registry/img:tag sh -c 'make test && echo <ok>'" b2c.container=docker://img2 ` +
	`b2c.post_container=docker://cleanup b2c.cache_device=auto b2c.swap=4G b2c.ntp_peer=auto b2c.pipefail`

// noProc fails the test if --proc was not asked for but the reader is
// called anyway.
func noProc(t *testing.T) func() (string, error) {
	return func() (string, error) {
		t.Helper()
		t.Error("/proc/cmdline read without --proc")
		return "", errors.New("unexpected")
	}
}

func run(t *testing.T, readProc func() (string, error), args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	if readProc == nil {
		readProc = noProc(t)
	}
	code = Run(args, &o, &e, readProc)
	return code, o.String(), e.String()
}

func TestRegistered(t *testing.T) {
	if applets.Lookup("check-cmdline") == nil {
		t.Fatal("check-cmdline is not registered")
	}
}

func TestExitCodes(t *testing.T) {
	proc := func(s string, err error) func() (string, error) {
		return func() (string, error) { return s, err }
	}
	for _, tc := range []struct {
		name     string
		args     []string
		proc     func() (string, error)
		want     int
		inStdout string
		inStderr string
	}{
		{"good", []string{good}, nil, 0, "Result: OK", ""},
		{"good json", []string{"--json", good}, nil, 0, `"ok": true`, ""},
		{"flag after the line", []string{good, "--json"}, nil, 0, `"ok": true`, ""},
		{"warnings only", []string{"b2c.run=docker://x b2c.frobnicate=1"}, nil, 0, "warning: b2c.frobnicate: unknown option", ""},
		{"fatal", []string{"b2c.run=docker://x b2c.swap=lots"}, nil, 1, "fatal: b2c.swap:", ""},
		{"fatal json", []string{"--json", "b2c.run=docker://x b2c.swap=lots"}, nil, 1, `"fatal": true`, ""},
		{"unbalanced quote", []string{`b2c.run="docker://x`}, nil, 1, "fatal: command line: unbalanced", ""},
		{"empty line", []string{""}, nil, 0, "no b2c.run or b2c.container", ""},
		{"words after --", []string{"--", "-x", "b2c.run=docker://x"}, nil, 0, "1. docker://x", ""},
		{"help", []string{"--help"}, nil, 0, "Usage:", ""},
		{"no line", nil, nil, 2, "", "no command line given"},
		{"unknown flag", []string{"--yaml", good}, nil, 2, "", `unknown flag "--yaml"`},
		{"proc and a line", []string{"--proc", good}, nil, 2, "", "give no command line"},
		{"proc", []string{"--proc"}, proc(good+"\n", nil), 0, "Result: OK", ""},
		{"proc fatal", []string{"--proc", "--json"}, proc("b2c.run=x b2c.volume=v,expiration=tomorrow\n", nil), 1, `"option": "b2c.volume"`, ""},
		{"proc unreadable", []string{"--proc"}, proc("", errors.New("no such file")), 2, "", "reading /proc/cmdline: no such file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.proc, tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.want, out, errOut)
			}
			if !strings.Contains(out, tc.inStdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.inStdout, out)
			}
			if !strings.Contains(errOut, tc.inStderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.inStderr, errOut)
			}
			if tc.want == 2 && out != "" {
				t.Errorf("a usage error printed a plan:\n%s", out)
			}
		})
	}
}

func TestArgumentsJoined(t *testing.T) {
	_, out, _ := run(t, nil, "--json", "b2c.run=docker://a", "b2c.pipefail", `b2c.run="docker://b echo hi"`)
	r := decode(t, out)
	if len(r.Pipeline.Stages) != 2 || !r.Pipeline.Pipefail ||
		!reflect.DeepEqual(r.Pipeline.Stages[1].Args, []string{"docker://b", "echo", "hi"}) {
		t.Fatalf("pipeline %+v", r.Pipeline)
	}
}

func decode(t *testing.T, out string) Report {
	t.Helper()
	var r Report
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("the JSON does not decode: %v\n%s", err, out)
	}
	return r
}

func TestJSONPlan(t *testing.T) {
	code, out, _ := run(t, nil, "--json", good)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	r := decode(t, out)
	if !r.OK || r.Fatal != 0 || r.Warnings != 0 || len(r.Problems) != 0 {
		t.Errorf("problems %+v", r.Problems)
	}
	pl := r.Platform
	if pl.Hostname != "boot2container" || pl.Network.Mode != NetDHCP ||
		!reflect.DeepEqual(pl.Network.DHCPOn, []string{"eth*", "en*"}) ||
		pl.Cache.Kind != CacheAuto || pl.Cache.Mountpoint != "/storage" ||
		pl.Swap == nil || pl.Swap.Bytes != 4<<30 ||
		!reflect.DeepEqual(pl.NTP.Servers, []string{"pool.ntp.org"}) {
		t.Errorf("platform %+v", pl)
	}
	var raws []string
	for _, s := range r.Pipeline.Stages {
		raws = append(raws, s.Raw)
	}
	if !reflect.DeepEqual(raws, []string{"-ti docker://registry/img:tag sh -c 'make test && echo <ok>'", "docker://img2"}) ||
		len(r.Pipeline.Services) != 1 || len(r.Pipeline.PostContainers) != 1 || !r.Pipeline.Pipefail {
		t.Errorf("pipeline %+v", r.Pipeline)
	}
	if !strings.Contains(out, "&& echo <ok>") {
		t.Error("shell characters are escaped in the JSON")
	}
	job := Transfer{Volume: "job", Remote: "job/bucket/path"}
	pull, push := job, job
	pull.Direction, push.Direction = "pull", "push"
	wantHooks := map[string][]Transfer{
		"pipeline_start":  {pull},
		"container_start": {},
		"container_end":   {},
		"pipeline_end":    {push},
		"changes":         {push},
	}
	if !reflect.DeepEqual(r.Hooks, wantHooks) {
		t.Errorf("hooks %+v", r.Hooks)
	}
	if len(r.Volumes) != 1 {
		t.Fatalf("volumes %+v", r.Volumes)
	}
	v := r.Volumes[0]
	if !reflect.DeepEqual(v.PullsAt, []string{"pipeline_start"}) || !reflect.DeepEqual(v.PushesAt, []string{"pipeline_end"}) ||
		!v.PushContinuously || v.Expiration != "pipeline_end" || !v.Overwrite || !v.Remove || v.Preserve {
		t.Errorf("volume %+v", v)
	}
	if len(r.Minio) != 1 || r.Minio[0] != (cmdline.MinioAlias{Alias: "job", URL: "http://10.0.0.1:9000"}) {
		t.Errorf("minio %+v", r.Minio)
	}
}

// Scripts read the JSON: lists are [] rather than null, and only an
// absent swap or kexec is null.
func TestJSONNoNullLists(t *testing.T) {
	_, out, _ := run(t, nil, "--json", "b2c.volume=v b2c.iface=eth0")
	if n := strings.Count(out, "null"); n != 3 || !strings.Contains(out, `"swap": null`) || !strings.Contains(out, `"kexec": null`) ||
		!strings.Contains(out, `"kexec_local": null`) {
		t.Errorf("%d nulls:\n%s", n, out)
	}
}

func TestKexecLocalShown(t *testing.T) {
	for line, want := range map[string]string{
		"b2c.run=docker://x b2c.kexec_local":                 "if the pipeline status is 0: kexec into the default entry of",
		"b2c.run=docker://x b2c.kexec_local=1":               "kexec into entry number 1 of",
		"b2c.run=docker://x b2c.kexec_local=B2C_BOOT,always": `whatever the pipeline status: kexec into the entry titled "B2C_BOOT", else`,
	} {
		_, out, _ := run(t, nil, line)
		if !strings.Contains(out, want) {
			t.Errorf("%s: missing %q in:\n%s", line, want, out)
		}
	}
	_, out, _ := run(t, nil, "--json", "b2c.run=docker://x b2c.kexec_local=2,always")
	if !strings.Contains(out, `"kexec_local": {`) || !strings.Contains(out, `"selector": "2"`) || !strings.Contains(out, `"always": true`) {
		t.Errorf("JSON:\n%s", out)
	}
}

func TestTextSections(t *testing.T) {
	_, out, _ := run(t, nil, good+" b2c.iface=eth0,address=10.0.0.2/24,gateway=10.0.0.1 b2c.iface=eth1,dhcp")
	for _, want := range []string{
		"\nPlatform\n", "\nPipeline\n", "\nVolumes\n", "\nProblems\n",
		"only these interfaces:", "eth0: static, 10.0.0.2/24, gateway 10.0.0.1", "eth1: DHCP",
		"auto (pool.ntp.org)", "4G (4294967296 bytes)",
		"1. -ti docker://registry/img:tag", "2. docker://img2", "1. docker://cleanup", "1. docker://registry/db",
		"pipefail           yes",
		"from job/bucket/path at pipeline_start",
		"to job/bucket/path continuously while the pipeline runs (changes), then at pipeline_end",
		"flags            overwrite remove",
		"pipeline_start   pull job from job/bucket/path",
		"container_start  -",
		"  none\n\nResult: OK, no fatal problem (0 warnings)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

func TestNetworkModes(t *testing.T) {
	for line, want := range map[string]string{
		"b2c.run=x":                              NetDHCP,
		"b2c.run=x b2c.iface=eth0,auto":          NetInterfaces,
		"b2c.run=x ip=dhcp":                      NetKernel,
		"b2c.run=x ip=dhcp b2c.iface=eth0,dhcp ": NetKernel,
	} {
		r := Check(line)
		if r.Platform.Network.Mode != want {
			t.Errorf("%q: mode %s, want %s", line, r.Platform.Network.Mode, want)
		}
		if line == "b2c.run=x b2c.iface=eth0,auto" && r.Platform.Network.Interfaces[0].Mode != "dhcp" {
			t.Errorf("auto is not DHCP: %+v", r.Platform.Network)
		}
	}
}

func TestCacheKinds(t *testing.T) {
	for dev, want := range map[string]string{
		"none":     CacheNone,
		"auto":     CacheAuto,
		"reset":    CacheReset,
		"/dev/vdb": CacheDevice,
		"data":     CacheFilesystem,
		"sdb":      CacheInvalid,
	} {
		r := Check("b2c.run=x b2c.filesystem=data,src=/dev/vdc b2c.cache_device=" + dev)
		if r.Platform.Cache.Kind != want {
			t.Errorf("%s: kind %s, want %s", dev, r.Platform.Cache.Kind, want)
		}
	}
}

// TestProblems checks that each problem is listed with its option, in both
// formats, and that fatal ones make the exit status 1.
func TestProblems(t *testing.T) {
	key64 := base64.StdEncoding.EncodeToString(make([]byte, 64))
	for _, tc := range []struct {
		line   string
		option string
		msg    string
		fatal  bool
	}{
		// From the parser.
		{"b2c.run=x b2c.frobnicate=1", "b2c.frobnicate", "unknown option", false},
		{"b2c.run=x b2c.swap=lots", "b2c.swap", "is not a size", true},
		{"b2c.run=x b2c.zram=lots", "b2c.zram", "is not a size (e.g. 512M, 4G), auto or off", true},
		{"b2c.run=x b2c.volume=v,pull_on=sometimes", "b2c.volume", `unknown condition "sometimes"`, true},
		{"b2c.run=x b2c.iface=eth0,address=10.0.0.300/24", "b2c.iface", "is not ADDRESS/PREFIX", true},
		// From the volume planner.
		{"b2c.run=x b2c.minio=s3,http://h,a,n b2c.volume=v,mirror=s3/b,push_on=changes|container_end", "b2c.volume", "push_on=changes overrides container_end", false},
		{"b2c.run=x b2c.volume=v,push_on=pipeline_end", "b2c.volume", "nowhere to push", false},
		// Cross checks.
		{"", "b2c.run", "no stage will run", false},
		{"b2c.run=x ip=dhcp b2c.iface=eth0", "b2c.iface", "ignored because ip= is set", false},
		{"b2c.run=x b2c.iface=eth0,dhcp,address=10.0.0.2/24", "b2c.iface", "eth0: dhcp: address=", false},
		{"b2c.run=x b2c.cache_device=sdb", "b2c.cache_device", "neither none, auto", false},
		{"b2c.run=x b2c.swap=1G", "b2c.swap", "no cache partition", false},
		{"b2c.run=x b2c.volume=v,filesystem=data", "b2c.volume", "no b2c.filesystem has that name", true},
		{"b2c.run=x b2c.extra_args_url=http://h/x b2c.volume=v,filesystem=data", "b2c.volume", "unless b2c.extra_args_url", false},
		{"b2c.run=x b2c.volume=v,mirror=s3/b", "b2c.volume", "neither pull_on= nor push_on=", false},
		{"b2c.run=x b2c.volume=v,mirror=s3/b,pull_on=pipeline_start", "b2c.volume", "no b2c.minio defines the alias s3", false},
		{"b2c.run=x b2c.volume=v,fscrypt_key=bm9wZQ==", "b2c.volume", "must decode to 64 bytes", true},
		{"b2c.run=x b2c.volume=v,fscrypt_key=!!!", "b2c.volume", "not valid base64", true},
		{"b2c.run=x b2c.volume=v,fscrypt_reset_key", "b2c.volume", "fscrypt_reset_key without fscrypt_key", false},
	} {
		want := "warning: " + tc.option + ": "
		wantCode := 0
		if tc.fatal {
			want = "fatal: " + tc.option + ": "
			wantCode = 1
		}
		code, out, _ := run(t, nil, tc.line)
		if code != wantCode {
			t.Errorf("%q: exit %d, want %d", tc.line, code, wantCode)
		}
		found := false
		for _, l := range strings.Split(out, "\n") {
			found = found || (strings.HasPrefix(l, "  "+want) && strings.Contains(l, tc.msg))
		}
		if !found {
			t.Errorf("%q: no %q line containing %q:\n%s", tc.line, want, tc.msg, out)
		}
		_, out, _ = run(t, nil, "--json", tc.line)
		r := decode(t, out)
		found = false
		for _, p := range r.Problems {
			found = found || (p.Option == tc.option && p.Fatal == tc.fatal && strings.Contains(p.Msg, tc.msg))
		}
		if !found || r.OK == tc.fatal {
			t.Errorf("%q: JSON problems %+v", tc.line, r.Problems)
		}
	}
	// A valid fscrypt key is not a problem.
	if r := Check("b2c.run=x b2c.volume=v,fscrypt_key=" + key64); len(r.Problems) != 0 {
		t.Errorf("valid fscrypt key: %+v", r.Problems)
	}
}

// TestSecretsNeverPrinted feeds every kind of secret, well-formed or not,
// and looks for them in both output formats.
func TestSecretsNeverPrinted(t *testing.T) {
	secrets := []string{"ACCESSKEYX", "SECRETKEYX", "SSEKEYX", "FSKEYX", "PASSWORDX", "USERX", "BADPASSX", "BAD SPACEX", "AK2X", "SK2X", "OLDSECRETX",
		"CREDSX", "TOKENVALX", "APIKEYVALX", "PWVALX", "AUTHVALX", "SVCTOKENX"}
	for _, line := range []string{
		`b2c.run=docker://x b2c.minio="s3,http://10.0.0.1:9000,ACCESSKEYX,SECRETKEYX" ` +
			`b2c.volume=v,mirror=s3/b,pull_on=pipeline_start,encrypt_key=SSEKEYXabcdefghijklmnopqrstuvwxyz0123456789,fscrypt_key=FSKEYX ` +
			`b2c.extra_args_url=https://USERX:PASSWORDX@host/args`,
		// Malformed values end up quoted in problem messages.
		`b2c.minio="bad,ftp://USERX:BADPASSX@h,AK2X,SK2X" b2c.minio="b2,ftp://u:BAD SPACEX@h,a,b"`,
		`b2c.extra_args_url=ftp://USERX:PASSWORDX@host/x b2c.volume=v,fscrypt_key=FSKEYX,encrypt_key=SSEKEYX,expiration=tomorrow`,
		// A redefined alias: the first keys are dropped by the parser but
		// still on the line.
		`b2c.minio=s3,http://h,ACCESSKEYX,OLDSECRETX b2c.minio=s3,http://h,AK2X,SK2X b2c.volume=v,fscrypt_key=FSKEYX,bogus`,
		// Spaces the parser accepts around a sub-option's key.
		`b2c.run=docker://x b2c.volume="v, fscrypt_key=FSKEYX" b2c.volume="w,fscrypt_key =FSKEYX"`,
		// Stage arguments: --creds, and -e/--env variables named like
		// secrets, in every spelling podman takes.
		`b2c.run="--creds bot:CREDSX -e MY_TOKEN=TOKENVALX --env=API_KEY=APIKEYVALX -eDB_PASSWORD=PWVALX docker://x" ` +
			`b2c.service="--env X_AUTH=AUTHVALX --cred=u:CREDSX docker://y" b2c.post_container="-e GH_TOKEN=SVCTOKENX docker://z"`,
		// Unbalanced: the stage is refused, and its problem quotes it.
		`b2c.run="--creds bot:CREDSX -e MY_TOKEN=TOKENVALX docker://x 'unbalanced"`,
	} {
		for _, format := range []string{"text", "--json"} {
			args := []string{line}
			if format != "text" {
				args = []string{format, line}
			}
			_, out, errOut := run(t, nil, args...)
			for _, s := range secrets {
				if strings.Contains(out+errOut, s) {
					t.Errorf("%s: the secret %q is printed:\n%s", format, s, out)
				}
			}
			if !strings.Contains(out, cmdline.Mask) {
				t.Errorf("%s: nothing masked:\n%s", format, out)
			}
		}
	}
	// Masking must not hide what is not secret.
	_, out, _ := run(t, nil, good)
	for _, s := range []string{"http://10.0.0.1:9000", "mirror=job/bucket/path", "job/bucket/path"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q is masked:\n%s", s, out)
		}
	}
}

func TestScrubber(t *testing.T) {
	s := scrubber(`b2c.minio=a,http://u:p\w@h,KEY,KEYLONGER`)
	for in, want := range map[string]string{
		"KEYLONGER and KEY":                         "***** and *****",
		fmt.Sprintf("%q", `http://u:p\w@h`):         `"http://*****@h"`,
		"http://u:p\\w@h, the password alone: p\\w": "http://*****@h, the password alone: *****",
		"nothing secret":                            "nothing secret",
		"KEYS, MYKEY, KEY1, KEY_2, s3-KEY.x, (KEY)": "KEYS, MYKEY, KEY1, KEY_2, s3-KEY.x, (*****)",
	} {
		if got := s(in); got != want {
			t.Errorf("scrub(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCheck: any command line gives a report that encodes, and the exit
// status agrees with the problems.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{good, `b2c.run="x`, "ip=dhcp b2c.iface=e,dhcp,address=1.2.3.4/8", "b2c.volume=,,,= b2c.minio=a,ftp://:@,,", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var o, e bytes.Buffer
		code := Run([]string{"--json", "--", line}, &o, &e, nil)
		r := decode(t, o.String())
		if (code == 0) != r.OK || (code != 0 && code != 1) || r.Fatal+r.Warnings != len(r.Problems) {
			t.Fatalf("exit %d for %+v", code, r)
		}
		WriteText(&o, Check(line))
	})
}

// secretSpellings are the places and spellings the parser takes a secret
// in; SECRET stands for it.
var secretSpellings = []string{
	`b2c.volume="v,fscrypt_key=SECRET"`,
	`b2c.volume="v, fscrypt_key=SECRET"`,
	`b2c.volume="v,fscrypt_key =SECRET"`,
	`b2c.volume="v,mirror=s3/b, encrypt_key =SECRET"`,
	`b2c.volume=v,encrypt_key=SECRET`,
	`b2c.minio="s3,http://h:9000,SECRET,other"`,
	`b2c.minio=s3,http://h:9000,ak,SECRET`,
	`b2c.minio="s3,http://u:SECRET@h:9000,ak,sk"`,
	`b2c.extra_args_url=https://h/args?X-Amz-Signature=SECRET`,
	`b2c.extra_args_url=https://user:SECRET@h/args`,
	`b2c.kexec=https://u:SECRET@h/k,initrd=https://h/i`,
	`b2c.run="--creds bot:SECRET docker://x"`,
	`b2c.run="--creds=bot:SECRET docker://x"`,
	`b2c.service="--cred bot:SECRET docker://x"`,
	`b2c.run="-e MY_TOKEN=SECRET docker://x"`,
	`b2c.service="--env=API_KEY=SECRET docker://x"`,
	`b2c.post_container="-eDB_PASSWORD=SECRET docker://x"`,
	`b2c.container="--env GH_AUTH=SECRET docker://x"`,
}

// FuzzSecretsNeverPrinted: a secret in any spelling the parser takes,
// amid fuzzed options. Whenever the parser accepted it, it is in none of
// the masked line, the JSON report, the text report and the problems.
func FuzzSecretsNeverPrinted(f *testing.F) {
	for i := range secretSpellings {
		f.Add("S3cr3tValue0123456789abcdefgh_"+strconv.Itoa(i%10), uint8(i), "b2c.run=docker://x")
	}
	f.Add("Quoted.Value-9", uint8(3), `b2c.volume="v,mirror=s3/b,expiration=tomorrow" b2c.minio=bad`)
	valid := regexp.MustCompile(`^[A-Za-z0-9_.~+-]{8,64}$`)
	outputs := func(line string) string {
		var o, e bytes.Buffer
		Run([]string{"--json", "--", line}, &o, &e, nil)
		var txt bytes.Buffer
		WriteText(&txt, Check(line))
		return cmdline.MaskLine(line) + "\n" + o.String() + e.String() + txt.String()
	}
	f.Fuzz(func(t *testing.T, secret string, spelling uint8, rest string) {
		tmpl := secretSpellings[int(spelling)%len(secretSpellings)]
		if !valid.MatchString(secret) || strings.Contains(rest, secret) || strings.Contains(tmpl, secret) {
			return
		}
		line := strings.ReplaceAll(tmpl, "SECRET", secret) + " " + rest
		c, _ := cmdline.Parse(line)
		accepted := false
		for _, s := range c.Secrets() {
			accepted = accepted || strings.Contains(s, secret)
		}
		if !accepted {
			return
		}
		// Text b2c prints whatever the line (a field name): not a leak.
		if strings.Contains(outputs(strings.ReplaceAll(line, secret, "Xx")), secret) {
			return
		}
		if out := outputs(line); strings.Contains(out, secret) {
			t.Fatalf("the secret %q of %q is printed:\n%s", secret, line, out)
		}
	})
}

// The fuzz target checks only what the parser accepted: every spelling
// must be accepted, or it would check nothing.
func TestSecretSpellingsAccepted(t *testing.T) {
	for _, tmpl := range secretSpellings {
		// 32 characters: what encrypt_key takes.
		const secret = "S3cr3tValue0123456789abcdefghijk"
		c, _ := cmdline.Parse(strings.ReplaceAll(tmpl, "SECRET", secret))
		accepted := false
		for _, s := range c.Secrets() {
			accepted = accepted || strings.Contains(s, secret)
		}
		if !accepted {
			t.Errorf("%s: the parser did not take the secret", tmpl)
		}
	}
}

// TestWatchdogAndStalls: the plan says what b2c.watchdog and
// b2c.stall_timeout make of the machine, defaults included, in both formats.
func TestWatchdogAndStalls(t *testing.T) {
	for _, tt := range []struct {
		opts            string
		watchdog, stall int
		text            []string
	}{
		{"", 60, 120, []string{
			"watchdog           /dev/watchdog, if any, resets the machine after 60 s without a sign of life from the init",
			"stalls             a pull or a volume transfer is stopped after 120 s without progress"}},
		{" b2c.watchdog=off b2c.stall_timeout=0", 0, 0, []string{
			"watchdog           off: /dev/watchdog is left alone",
			"stalls             never stopped (b2c.stall_timeout=0)"}},
		{" b2c.watchdog=30 b2c.stall_timeout=7", 30, 7, []string{"after 30 s without a sign of life", "stopped after 7 s without progress"}},
	} {
		code, out, _ := run(t, nil, "--json", "b2c.run=x"+tt.opts)
		if code != 0 {
			t.Fatalf("%q: exit %d\n%s", tt.opts, code, out)
		}
		r := decode(t, out)
		if r.Platform.Watchdog != tt.watchdog || r.Platform.StallTimeout != tt.stall {
			t.Errorf("%q: watchdog %d, stall_timeout %d; want %d, %d", tt.opts, r.Platform.Watchdog, r.Platform.StallTimeout, tt.watchdog, tt.stall)
		}
		if !strings.Contains(out, fmt.Sprintf(`"watchdog": %d`, tt.watchdog)) || !strings.Contains(out, fmt.Sprintf(`"stall_timeout": %d`, tt.stall)) {
			t.Errorf("%q: JSON field names:\n%s", tt.opts, out)
		}
		_, text, _ := run(t, nil, "b2c.run=x"+tt.opts)
		for _, want := range tt.text {
			if !strings.Contains(text, want) {
				t.Errorf("%q: missing %q in:\n%s", tt.opts, want, text)
			}
		}
	}
}

// b2c.payload_url is known (no "unknown option" warning), shown, and its
// credentials and query string are masked like every URL's.
func TestPayloadURL(t *testing.T) {
	line := "b2c.run=x b2c.payload_url=https://USERX:PASSWORDX@h/p.squashfs?X-Amz-Signature=SIGX"
	code, out, _ := run(t, nil, "--json", line)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	r := decode(t, out)
	if r.Platform.PayloadURL == "" || r.Warnings != 0 {
		t.Errorf("payload_url %q, %d warnings:\n%s", r.Platform.PayloadURL, r.Warnings, out)
	}
	_, text, _ := run(t, nil, line)
	if !strings.Contains(text, "payload ") || !strings.Contains(text, "the netboot loader fetches it") {
		t.Errorf("no payload row in:\n%s", text)
	}
	for _, secret := range []string{"USERX", "PASSWORDX", "SIGX"} {
		if strings.Contains(out+text, secret) {
			t.Errorf("%s printed:\n%s\n%s", secret, out, text)
		}
	}
	if code, out, _ := run(t, nil, "b2c.run=x b2c.payload_url=ftp://h/p"); code != 1 || !strings.Contains(out, "is not an http:// or https:// URL") {
		t.Errorf("ftp payload URL: exit %d\n%s", code, out)
	}
}

// The init and check-cmdline agree by construction: the same lines, fed to
// the init's path (bootplan.Make on the parsed, unmasked configuration, as
// worker.go does) and to check-cmdline's report, give the same decisions;
// only secrets differ, and the report never has them.
func TestReportIsTheInitsPlan(t *testing.T) {
	lines := []string{
		good,
		"b2c.run=docker://x ip=dhcp b2c.iface=eth1,dhcp",
		"b2c.run=docker://x b2c.iface=eth1,address=10.0.0.2/24,gateway=10.0.0.1",
		"b2c.run=docker://x b2c.filesystem=data,src=/dev/vdb b2c.cache_device=data b2c.insmods=nbd",
		"b2c.run=docker://x b2c.cache_device=reset b2c.swap=1G",
		"b2c.kexec=http://10.0.0.1/k,initrd=http://10.0.0.1/i b2c.volume=v",
		`b2c.minio="s3,https://u:pw@h:9000,AK,SK" b2c.volume="v,pull_from=s3/b,push_to=s3/b,pull_on=pipeline_start,push_on=changes|container_end,encrypt_key=k3y" b2c.run="-e PASSWORD=hunter2 docker://x" b2c.kexec_from=v b2c.poweroff_delay=5`,
		"b2c.run=docker://x b2c.kexec_local=B2C_BOOT,always",
	}
	for _, line := range lines {
		raw, _ := cmdline.Parse(line)
		p, _ := bootplan.Make(raw)
		r := Check(line)
		pl, n := r.Platform, r.Platform.Network
		if n.Mode != string(p.Network.Mode) || !reflect.DeepEqual(n.DHCPOn, nonNil(p.Network.DHCPOn)) || len(n.Interfaces) != len(p.Network.Interfaces) {
			t.Errorf("%q: network %+v, the init's %+v", line, n, p.Network)
		}
		if got := append(append([]string{}, bootplan.BaseModules...), pl.Insmods...); !reflect.DeepEqual(got, p.Modules) {
			t.Errorf("%q: modules %v, the init's %v", line, got, p.Modules)
		}
		if pl.Cache.Kind != p.Cache.Kind || pl.Cache.Mountpoint != p.Cache.Mountpoint || pl.Cache.Device != p.Cache.Value {
			t.Errorf("%q: cache %+v, the init's %+v", line, pl.Cache, p.Cache)
		}
		if (pl.Swap == nil) != (p.Swap == nil) || (p.Swap != nil && pl.Swap.Bytes != p.Swap.Bytes) {
			t.Errorf("%q: swap %+v, the init's %+v", line, pl.Swap, p.Swap)
		}
		if !reflect.DeepEqual(pl.Filesystems, nonNil(p.Filesystems)) {
			t.Errorf("%q: filesystems %+v, the init's %+v", line, pl.Filesystems, p.Filesystems)
		}
		if k := r.Pipeline.KexecLocal; (k == nil) != (p.KexecLocal == nil) || (k != nil && (k.Selector != p.KexecLocal.Selector || k.Always != p.KexecLocal.Always)) {
			t.Errorf("%q: kexec_local %+v, the init's %+v", line, k, p.KexecLocal)
		}
		if (pl.Kexec == nil) != (p.Kexec == nil) || r.Pipeline.KexecFrom != p.KexecFrom ||
			r.Pipeline.PoweroffDelay != p.Shutdown.PoweroffDelay || r.Pipeline.Pipefail != p.Pipeline.Pipefail {
			t.Errorf("%q: kexec or shutdown differ: %+v %+v", line, r.Pipeline, p.Shutdown)
		}
		// The init prints the masked Raw and hands it to the containers:
		// the very text check-cmdline shows.
		for _, c := range []struct{ report, init []cmdline.Stage }{
			{r.Pipeline.Services, p.Pipeline.Services}, {r.Pipeline.Stages, p.Pipeline.Stages}, {r.Pipeline.PostContainers, p.Pipeline.Post},
		} {
			if len(c.report) != len(c.init) {
				t.Fatalf("%q: %d containers, the init's %d", line, len(c.report), len(c.init))
			}
			for i := range c.init {
				if c.report[i].Raw != c.init[i].Raw || len(c.report[i].Args) != len(c.init[i].Args) {
					t.Errorf("%q: container %+v, the init's %+v", line, c.report[i], c.init[i])
				}
			}
		}
		for _, cond := range cmdline.Conditions {
			init := p.Hooks.At[cond]
			if cond == volumes.Changes {
				init = p.Hooks.Watch
			}
			if len(r.Hooks[cond]) != len(init) {
				t.Errorf("%q: %s: %v, the init's %v", line, cond, r.Hooks[cond], init)
				continue
			}
			for i, tr := range init {
				if got := r.Hooks[cond][i]; got.Volume != tr.Volume.Name || got.Direction != string(tr.Direction) || got.Remote != tr.Remote {
					t.Errorf("%q: %s: %+v, the init's %+v", line, cond, got, tr)
				}
			}
		}
		js, _ := json.Marshal(r)
		for _, secret := range []string{"KEY", "SECRET", "AK", "SK", "pw", "k3y", "hunter2"} {
			if regexp.MustCompile(`\b` + secret + `\b`).Match(js) {
				t.Errorf("%q: the report shows %s: %s", line, secret, js)
			}
		}
	}
}

package cmdline

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in         string
		want       []string
		unbalanced bool
	}{
		{`console=ttyS0 b2c.run="-ti docker://alpine:latest" quiet`, []string{"console=ttyS0", "b2c.run=-ti docker://alpine:latest", "quiet"}, false},
		{"  a\tb\n c  ", []string{"a", "b", "c"}, false},
		{`b2c.run="a b`, []string{"b2c.run=a b"}, true},
		{`x="" y`, []string{"x=", "y"}, false},
		{"", nil, false},
	} {
		got, unb := Split(tc.in)
		if !reflect.DeepEqual(got, tc.want) || unb != tc.unbalanced {
			t.Errorf("Split(%q) = %q %v", tc.in, got, unb)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	for in, want := range map[string][]string{
		`docker://img sh -c 'echo hi; exit 3'`: {"docker://img", "sh", "-c", "echo hi; exit 3"},
		`-e A=1 img echo a\ b`:                 {"-e", "A=1", "img", "echo", "a b"},
		`img echo "x \"y\""`:                   {"img", "echo", `x "y"`},
		`img ''`:                               {"img", ""},
	} {
		got, err := SplitArgs(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("SplitArgs(%q) = %q %v", in, got, err)
		}
	}
	if _, err := SplitArgs(`img 'unterminated`); err == nil {
		t.Error("unbalanced quote accepted")
	}
}

const realWorld = `BOOT_IMAGE=/vmlinuz console=ttyS0 b2c.minio="job,http://10.0.0.1:9000,KEY,SECRET" ` +
	`b2c.volume="job,mirror=job/bucket/path,pull_on=pipeline_start,push_on=changes,overwrite,remove,expiration=pipeline_end" ` +
	`b2c.run="-ti docker://registry/img:tag sh -c 'make test'" b2c.container=docker://img2 ` +
	`b2c.post_container=docker://cleanup b2c.cache_device=auto b2c.swap=4G b2c.ntp_peer=auto b2c.pipefail`

func TestRealWorld(t *testing.T) {
	c, ps := Parse(realWorld)
	if len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	if len(c.Stages) != 2 || c.Stages[0].Raw != "-ti docker://registry/img:tag sh -c 'make test'" ||
		!reflect.DeepEqual(c.Stages[0].Args, []string{"-ti", "docker://registry/img:tag", "sh", "-c", "make test"}) ||
		c.Stages[1].Raw != "docker://img2" {
		t.Fatalf("stages %+v", c.Stages)
	}
	if len(c.PostContainers) != 1 || !c.Pipefail || c.CacheDevice != "auto" || c.SwapBytes != 4<<30 || c.NTPPeer != "auto" {
		t.Fatalf("config %+v", c)
	}
	v := c.Volumes[0]
	if v.Name != "job" || v.PullFrom != "job/bucket/path" || v.PushTo != "job/bucket/path" ||
		!reflect.DeepEqual(v.PushOn, []string{"changes"}) || !v.Overwrite || !v.Remove || v.Expiration != "pipeline_end" {
		t.Fatalf("volume %+v", v)
	}
	if m := c.Minio[0]; m.Alias != "job" || m.SecretKey != "SECRET" {
		t.Fatalf("minio %+v", m)
	}
	if c.Hostname != "boot2container" {
		t.Fatalf("default hostname %q", c.Hostname)
	}
}

func TestProblems(t *testing.T) {
	for line, wantFatal := range map[string]bool{
		"b2c.frobnicate=1":                              false,
		"b2c.volume=v,bogus=1":                          false,
		"b2c.swap=9999999T":                             true,
		"b2c.swap=lots":                                 true,
		"b2c.zram=lots":                                 true,
		"b2c.zram=0":                                    true,
		"b2c.run=":                                      true,
		`b2c.run="img 'x"`:                              true,
		`b2c.run="img`:                                  true,
		"b2c.volume=v,pull_on=sometimes":                true,
		"b2c.volume=v,expiration=tomorrow":              true,
		"b2c.minio=a,b":                                 true,
		"b2c.iface=eth0,address=10.0.0.300/24":          true,
		"b2c.iface=eth0,route=10.1.0.0/16:nope":         true,
		"b2c.filesystem=data,type=ext4":                 true,
		"b2c.poweroff_delay=soon":                       true,
		"b2c.watchdog=5":                                true,
		"b2c.watchdog=never":                            true,
		"b2c.extra_args_url=ftp://user:pw@host/x":       true,
		"b2c.volume=a b2c.volume=a,expiration=never":    false,
		"b2c.filesystem=d,src=/dev/vdb,bogus,type=ext4": false,
	} {
		_, ps := Parse(line)
		if len(ps) == 0 {
			t.Errorf("%q: no problem reported", line)
			continue
		}
		fatal := false
		for _, p := range ps {
			fatal = fatal || p.Fatal
			if !strings.HasPrefix(p.String(), "b2c.") && !strings.HasPrefix(p.String(), "command line") {
				t.Errorf("%q: problem does not name the option: %s", line, p)
			}
		}
		if fatal != wantFatal {
			t.Errorf("%q: fatal=%v, want %v (%v)", line, fatal, wantFatal, ps)
		}
	}
}

func TestPlatformOptions(t *testing.T) {
	c, ps := Parse(`ip=dhcp b2c.iface=eth0,address=10.0.0.2/24,gateway=10.0.0.1,nameserver=10.0.0.1,nameserver=1.1.1.1,route=10.9.0.0/16:10.0.0.254,forward b2c.iface=eth1,dhcp ` +
		`b2c.filesystem=data,src=/dev/vdb,type=ext4,opts=ro|noatime b2c.insmods=a.ko,b b2c.hostname=ci-7 b2c.keymap=fr ` +
		`b2c.poweroff_delay=5 b2c.shutdown_cmd="echo bye" b2c.extra_args_url=https://u:p@h/args`)
	if len(ps) != 0 {
		t.Fatal(ps)
	}
	want := []Iface{
		{Name: "eth0", Addresses: []string{"10.0.0.2/24"}, Gateway: "10.0.0.1", Nameservers: []string{"10.0.0.1", "1.1.1.1"}, Routes: []Route{{"10.9.0.0/16", "10.0.0.254"}}, Forward: true},
		{Name: "eth1", Mode: "dhcp"},
	}
	if !reflect.DeepEqual(c.Ifaces, want) || c.KernelIP != "dhcp" {
		t.Fatalf("ifaces %+v", c.Ifaces)
	}
	if c.Filesystems[0] != (Filesystem{"data", "/dev/vdb", "ext4", "ro,noatime"}) {
		t.Fatalf("fs %+v", c.Filesystems)
	}
	if !reflect.DeepEqual(c.Insmods, []string{"a.ko", "b"}) || c.Hostname != "ci-7" || c.Keymap != "fr" ||
		c.PoweroffDelay != 5 || c.ShutdownCmd != "echo bye" {
		t.Fatalf("%+v", c)
	}
}

func TestExtraArgsAdd(t *testing.T) {
	c, _ := Parse("b2c.run=docker://first")
	ps := c.Add("b2c.run=docker://second\nb2c.volume=v,mirror=a/b\n")
	if len(ps) != 0 || len(c.Stages) != 2 || c.Stages[1].Raw != "docker://second" || len(c.Volumes) != 1 {
		t.Fatalf("%v %+v", ps, c)
	}
}

func TestSecretsMasked(t *testing.T) {
	line := `b2c.minio="s3,http://10.0.0.1:9000,ACCESSKEYX,SECRETKEYX" b2c.volume=v,mirror=s3/b,encrypt_key=SSEKEYXabcdefghijklmnopqrstuvwxyz0123456789,fscrypt_key=FSKEYX b2c.extra_args_url=https://user:PASSWORDX@host/args`
	masked := MaskLine(line)
	c, _ := Parse(line)
	j := masked + " " + toString(c.Masked())
	for _, s := range []string{"ACCESSKEYX", "SECRETKEYX", "SSEKEYX", "FSKEYX", "PASSWORDX"} {
		if strings.Contains(j, s) {
			t.Errorf("%s survived masking: %s", s, j)
		}
	}
	if c.Minio[0].SecretKey != "SECRETKEYX" {
		t.Error("Masked() changed the original")
	}
	if !strings.Contains(masked, "mirror=s3/b") || !strings.Contains(masked, "host/args") {
		t.Errorf("masking removed too much: %s", masked)
	}
}

func toString(c *Config) string {
	var b strings.Builder
	for _, m := range c.Minio {
		b.WriteString(m.URL + m.AccessKey + m.SecretKey)
	}
	for _, v := range c.Volumes {
		b.WriteString(v.EncryptKey + v.FscryptKey)
	}
	return b.String() + c.ExtraArgsURL
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{realWorld, `b2c.run="x`, "b2c.swap=1T b2c.iface=e,route=:", "\xff\xfe b2c.volume=,,,=", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, ps := Parse(line)
		if c == nil {
			t.Fatal("nil config")
		}
		for _, p := range ps {
			if p.Option == "" || p.Msg == "" {
				t.Fatalf("empty problem %+v", p)
			}
		}
		_ = MaskLine(line)
		_ = c.Masked()
		if utf8.ValidString(line) && !strings.Contains(line, `"`) {
			// Without quotes, every stage value is a whole word of the line.
			for _, s := range c.Stages {
				if !strings.Contains(line, s.Raw) {
					t.Fatalf("stage %q not in the line", s.Raw)
				}
			}
		}
	})
}

func FuzzSubOptions(f *testing.F) {
	f.Add("job,mirror=a/b,pull_on=pipeline_start|changes,exclude=*.o,fscrypt_key=abc")
	f.Add("eth0,address=10.0.0.1/24,route=default:10.0.0.254")
	f.Fuzz(func(t *testing.T, v string) {
		c := &Config{}
		c.volume("b2c.volume", v)
		c.iface("b2c.iface", v)
		c.filesystem("b2c.filesystem", v)
		c.minio("b2c.minio", v)
		for _, vol := range c.Volumes {
			for _, cond := range append(vol.PullOn, vol.PushOn...) {
				ok := false
				for _, k := range Conditions {
					ok = ok || k == cond
				}
				if !ok {
					t.Fatalf("unknown condition %q accepted", cond)
				}
			}
		}
	})
}

func TestLogin(t *testing.T) {
	// Never from the kernel command line, and the refusal does not quote
	// the secret.
	c, ps := Parse(`b2c.login=reg:5000,bot,TOPSECRET`)
	if len(ps) != 1 || !ps[0].Fatal || strings.Contains(ps[0].String(), "TOPSECRET") || len(c.Logins) != 0 {
		t.Fatalf("b2c.login on the kernel command line: %v %+v", ps, c.Logins)
	}
	if m := MaskLine(`b2c.login=reg:5000,bot,TOPSECRET`); m != `b2c.login=reg:5000,bot,`+Mask {
		t.Errorf("masked: %s", m)
	}
	c, _ = Parse("")
	ps = c.AddExtra("b2c.login=reg:5000,bot,first\nb2c.login=reg:5000,bot,sec,ret:with,commas\nb2c.login=other,u,p\n")
	want := []Login{{"reg:5000", "bot", "sec,ret:with,commas"}, {"other", "u", "p"}}
	if len(ps) != 1 || ps[0].Fatal || !reflect.DeepEqual(c.Logins, want) {
		t.Fatalf("%v %+v", ps, c.Logins)
	}
	if toJSON(c.Masked()) == "" || strings.Contains(toJSON(c.Masked()), "commas") {
		t.Errorf("Masked() keeps the secret: %s", toJSON(c.Masked()))
	}
	if ps := c.AddExtra("b2c.login=reg,nosecret"); len(ps) != 1 || !ps[0].Fatal {
		t.Errorf("a login without a secret: %v", ps)
	}
	// After the extra arguments, the command line is the kernel's again.
	if ps := c.Add("b2c.login=x,y,z"); len(ps) != 1 || !ps[0].Fatal {
		t.Errorf("AddExtra left b2c.login allowed: %v", ps)
	}
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestKexecOption(t *testing.T) {
	c, ps := Parse(`b2c.kexec=http://h/vmlinuz,initrd=https://h/initrd?sig=SECRETSIG,cmdline_url=http://h/cmdline b2c.kexec_from=kx`)
	want := &Kexec{Kernel: "http://h/vmlinuz", Initrd: "https://h/initrd?sig=SECRETSIG", CmdlineURL: "http://h/cmdline"}
	if len(ps) != 0 || !reflect.DeepEqual(c.Kexec, want) || c.KexecFrom != "kx" {
		t.Fatalf("%v %+v", ps, c.Kexec)
	}
	if strings.Contains(toJSON(c.Masked()), "SECRETSIG") || strings.Contains(MaskLine(`b2c.kexec=http://h/k,initrd=https://h/i?sig=SECRETSIG`), "SECRETSIG") {
		t.Error("a kexec URL's query is shown")
	}
	for _, bad := range []string{`b2c.kexec=ftp://h/k`, `b2c.kexec=http://h/k,initrd=/local`, `b2c.kexec=http://h/k,bogus=1`} {
		if _, ps := Parse(bad); len(ps) != 1 || !ps[0].Fatal {
			t.Errorf("%s: %v", bad, ps)
		}
	}
	got := Without(`console=ttyS0 b2c.kexec=http://h/k b2c.run="docker://x echo hi" b2c.hostname=a`, "b2c.kexec")
	if got != `console=ttyS0 b2c.run="docker://x echo hi" b2c.hostname=a` {
		t.Errorf("Without: %s", got)
	}
}

func TestKexecLocalOption(t *testing.T) {
	for line, want := range map[string]KexecLocal{
		"b2c.kexec_local":                       {},
		"b2c.kexec_local=":                      {},
		"b2c.kexec_local=default,always":        {Always: true},
		"b2c.kexec_local=2":                     {Selector: "2"},
		`b2c.kexec_local="Debian GNU/Linux 12"`: {Selector: "Debian GNU/Linux 12"},
		"b2c.kexec_local=B2C_BOOT,always":       {Selector: "B2C_BOOT", Always: true},
	} {
		c, ps := Parse(line)
		if len(ps) != 0 || c.KexecLocal == nil || *c.KexecLocal != want {
			t.Errorf("%s: %v %+v", line, ps, c.KexecLocal)
		}
	}
	// An unknown sub-option is a warning (the contract), the rest holds;
	// a flag is on whatever value follows it, as the other options' are.
	c, ps := Parse("b2c.kexec_local=x,bogus,always=no")
	if len(ps) != 1 || ps[0].Fatal || c.KexecLocal == nil || c.KexecLocal.Selector != "x" || !c.KexecLocal.Always {
		t.Errorf("%v %+v", ps, c.KexecLocal)
	}
}

// The parser accepts spaces around a sub-option's key: the mask must
// follow it, in the line and in the parsed copy.
func TestSecretsMaskedSpellings(t *testing.T) {
	for _, line := range []string{
		`b2c.volume="v, fscrypt_key=FSKEY1"`,
		`b2c.volume="v,fscrypt_key =FSKEY1"`,
		`b2c.volume="v ,  fscrypt_key=FSKEY1 "`,
		`b2c.volume="v,fscrypt_key= FSKEY1"`,
	} {
		c, _ := Parse(line)
		if len(c.Volumes) != 1 || (c.Volumes[0].FscryptKey == "" && c.Volumes[0].EncryptKey == "") {
			t.Errorf("%s: the parser took no key: %+v", line, c.Volumes)
			continue
		}
		if got := MaskLine(line) + " " + toString(c.Masked()); strings.Contains(got, "FSKEY1") {
			t.Errorf("%s: the key survived masking: %s", line, got)
		}
	}
}

func TestWatchdogOption(t *testing.T) {
	for line, want := range map[string]int{
		"":                  DefaultWatchdog,
		"b2c.watchdog=off":  0,
		"b2c.watchdog=0":    0,
		"b2c.watchdog=10":   10,
		"b2c.watchdog=3600": 3600,
	} {
		c, ps := Parse(line)
		if len(ps) != 0 || c.Watchdog != want {
			t.Errorf("%q: watchdog %d (%v), want %d", line, c.Watchdog, ps, want)
		}
	}
}

// ValueSecrets finds the secrets of a value by its shape, even one the
// parser rejects, for every option MaskValue masks.
func TestValueSecrets(t *testing.T) {
	for _, tc := range []struct {
		key, val string
		want     []string
	}{
		{"b2c.minio", "s3,http://u:pw@h:9000,AK,SK,extra", []string{"u:pw", "pw", "AK", "SK", "extra"}},
		{"b2c.minio", "s3", nil},
		{"b2c.extra_args_url", "https://h/x?X-Amz-Signature=sig", []string{"X-Amz-Signature=sig"}},
		{"b2c.payload_url", "ftp://tok@h/p", []string{"tok"}},
		{"b2c.kexec", "http://a:b@h/k,initrd=http://h/i?t=1", []string{"a:b", "b", "t=1"}},
		{"b2c.login", "reg,user,s3cret", []string{"s3cret"}},
		{"b2c.login", "garbled", []string{"garbled"}},
		{"b2c.run", "-e API_TOKEN=t0k --creds u:p docker://x", []string{"t0k", "u:p"}},
		{"b2c.volume", "v, encrypt_key=ek,fscrypt_key=fk,pull_on=x", []string{"ek", "fk"}},
		{"b2c.hostname", "secret-looking", nil},
	} {
		got := ValueSecrets(tc.key, tc.val)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s=%s: %q, want %q", tc.key, tc.val, got, tc.want)
		}
		// Whatever it finds, MaskValue hides.
		for _, s := range got {
			if m := MaskValue(tc.key, tc.val); strings.Contains(m, s) && tc.key != "b2c.minio" {
				t.Errorf("%s=%s: MaskValue leaves %q: %s", tc.key, tc.val, s, m)
			}
		}
	}
}

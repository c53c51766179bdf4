package cmdline

import (
	"net/url"
	"regexp"
	"strings"
)

// Mask is what secrets are replaced with wherever b2c prints them.
const Mask = "*****"

// MaskURL hides the password (and user) of a URL, and its query string:
// signed URLs (S3 presigned, tokens) carry their secret there.
func MaskURL(s string) string {
	if i := strings.IndexByte(s, '?'); i >= 0 && strings.Contains(s[:i], "://") {
		s = s[:i+1] + Mask
	}
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		if i := strings.Index(s, "@"); i >= 0 && strings.Contains(s[:i], "://") {
			return s[:strings.Index(s, "://")+3] + Mask + s[i:]
		}
		return s
	}
	return strings.Replace(s, u.User.String()+"@", Mask+"@", 1)
}

// maskSubOptions masks the values of the secret sub-options of a
// b2c.volume value.
func maskSubOptions(v string) string {
	parts := strings.Split(v, ",")
	for i, p := range parts {
		// The key as the parser reads it: spaces around it do not count.
		k, _, ok := strings.Cut(p, "=")
		if t := strings.TrimSpace(k); ok && (t == "encrypt_key" || t == "fscrypt_key") {
			parts[i] = k + "=" + Mask
		}
	}
	return strings.Join(parts, ",")
}

// maskMinio masks the keys of a b2c.minio value.
func maskMinio(v string) string {
	f := strings.Split(v, ",")
	for i := 2; i < len(f); i++ {
		f[i] = Mask
	}
	if len(f) > 1 {
		f[1] = MaskURL(f[1])
	}
	return strings.Join(f, ",")
}

// MaskValue masks the secrets in the value of option key.
func MaskValue(key, val string) string {
	switch key {
	case "b2c.minio":
		return maskMinio(val)
	case "b2c.volume":
		return maskSubOptions(val)
	case "b2c.extra_args_url", "b2c.payload_url":
		return MaskURL(val)
	case "b2c.kexec":
		f := strings.Split(val, ",")
		for i := range f {
			k, v, ok := strings.Cut(f[i], "=")
			if !ok {
				f[i] = MaskURL(f[i])
			} else {
				f[i] = k + "=" + MaskURL(v)
			}
		}
		return strings.Join(f, ",")
	case "b2c.run", "b2c.container", "b2c.post_container", "b2c.service":
		args, err := SplitArgs(val)
		if err != nil {
			return maskStageText(val)
		}
		return maskValues(val, StageSecrets(args))
	case "b2c.login":
		if f := strings.SplitN(val, ",", 3); len(f) == 3 {
			return f[0] + "," + f[1] + "," + Mask
		}
		return Mask
	}
	return val
}

// ValueSecrets returns the secret parts of option key's raw value by its
// shape alone, even when the parser rejects the value: what MaskValue
// hides, as strings to look for elsewhere (a problem message quoting a
// malformed value). With MaskValue and Config.Secrets, the one place that
// knows which values are secret.
func ValueSecrets(key, val string) []string {
	var out []string
	switch key {
	case "b2c.minio":
		f := strings.Split(val, ",")
		if len(f) > 1 {
			out = append(out, secretsOfURL(f[1])...)
		}
		out = append(out, f[min(2, len(f)):]...)
	case "b2c.extra_args_url", "b2c.payload_url":
		out = append(out, secretsOfURL(val)...)
	case "b2c.kexec":
		for _, f := range strings.Split(val, ",") {
			_, u, ok := strings.Cut(f, "=")
			if !ok {
				u = f
			}
			out = append(out, secretsOfURL(u)...)
		}
	case "b2c.login":
		if f := strings.SplitN(val, ",", 3); len(f) == 3 {
			out = append(out, f[2])
		} else {
			out = append(out, val)
		}
	case "b2c.run", "b2c.container", "b2c.post_container", "b2c.service":
		if args, err := SplitArgs(val); err == nil {
			out = append(out, StageSecrets(args)...)
		}
	case "b2c.volume":
		for _, o := range strings.Split(val, ",") {
			k, v, _ := strings.Cut(o, "=")
			if k = strings.TrimSpace(k); k == "encrypt_key" || k == "fscrypt_key" {
				out = append(out, v)
			}
		}
	}
	return out
}

// secretsOfURL is urlSecrets plus the password alone, which a message
// may quote without its user.
func secretsOfURL(u string) []string {
	out := urlSecrets(u)
	i, j := strings.Index(u, "://"), strings.LastIndex(u, "@")
	if i >= 0 && j > i+3 {
		if _, pw, ok := strings.Cut(u[i+3:j], ":"); ok {
			out = append(out, pw)
		}
	}
	return out
}

// MaskLine masks every secret of a raw command line (for the console):
// each option by its shape, then every secret value the parser accepted
// from the line wherever it still stands, whatever its spelling.
func MaskLine(line string) string {
	c, _ := Parse(line)
	return maskValues(maskOptions(line), c.secrets())
}

// secrets returns the secret values c holds.
func (c *Config) secrets() []string {
	var s []string
	for _, m := range c.Minio {
		s = append(s, m.AccessKey, m.SecretKey)
		s = append(s, urlSecrets(m.URL)...)
	}
	s = append(s, urlSecrets(c.ExtraArgsURL)...)
	s = append(s, urlSecrets(c.PayloadURL)...)
	if k := c.Kexec; k != nil {
		for _, u := range []string{k.Kernel, k.Initrd, k.CmdlineURL} {
			s = append(s, urlSecrets(u)...)
		}
	}
	for _, v := range c.Volumes {
		s = append(s, v.EncryptKey, v.encryptKeyAsGiven, v.FscryptKey)
	}
	for _, l := range c.Logins {
		s = append(s, l.Secret)
	}
	for _, list := range [][]Stage{c.Stages, c.Services, c.PostContainers} {
		for _, st := range list {
			s = append(s, StageSecrets(st.Args)...)
		}
	}
	return s
}

// urlSecrets is what MaskURL hides of a URL: its user information and
// its query string.
func urlSecrets(s string) []string {
	i := strings.Index(s, "://")
	if i < 0 {
		return nil
	}
	var out []string
	rest := s[i+3:]
	if q := strings.IndexByte(rest, '?'); q >= 0 {
		out = append(out, rest[q+1:])
		rest = rest[:q]
	}
	if at := strings.LastIndex(rest, "@"); at > 0 {
		out = append(out, rest[:at])
	}
	return out
}

// Secrets returns every secret value the parser accepted into c (keys,
// passwords, tokens), for those who must make sure none is printed.
func (c *Config) Secrets() []string { return c.secrets() }

// secretName is an environment variable's name that says it holds a
// secret.
var secretName = regexp.MustCompile(`(?i)TOKEN|SECRET|PASSW|KEY|CRED|AUTH`)

// StageSecrets returns the secrets among a stage's podman arguments: the
// values of --creds/--cred, and of the -e/--env variables whose names
// look secret (MY_TOKEN=..., API_KEY=...).
func StageSecrets(args []string) []string {
	var out []string
	env := func(kv string) {
		if k, v, ok := strings.Cut(kv, "="); ok && secretName.MatchString(k) {
			out = append(out, v)
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		next := func() string {
			if i+1 < len(args) {
				i++
				return args[i]
			}
			return ""
		}
		switch {
		case a == "--creds" || a == "--cred":
			out = append(out, next())
		case strings.HasPrefix(a, "--creds=") || strings.HasPrefix(a, "--cred="):
			_, v, _ := strings.Cut(a, "=")
			out = append(out, v)
		case a == "-e" || a == "--env":
			env(next())
		case strings.HasPrefix(a, "--env="):
			env(strings.TrimPrefix(a, "--env="))
		case strings.HasPrefix(a, "-e") && !strings.HasPrefix(a, "--"):
			env(a[2:])
		}
	}
	return out
}

// MaskStage returns how a stage is printed: its text with the values of
// StageSecrets masked.
func MaskStage(s Stage) Stage {
	secrets := StageSecrets(s.Args)
	m := Stage{Raw: maskValues(s.Raw, secrets)}
	for _, a := range s.Args {
		m.Args = append(m.Args, maskValues(a, secrets))
	}
	return m
}

// stageTextSecret finds the secrets of a stage's text that could not be
// split into arguments (an unbalanced quote): the word after --creds, or
// the value of a secret-looking -e/--env variable.
var stageTextSecret = regexp.MustCompile(`(--creds?[= ]\s*|(?:^|\s)(?:-e|--env)[= ]?\s*[A-Za-z0-9_]*(?i:TOKEN|SECRET|PASSW|KEY|CRED|AUTH)[A-Za-z0-9_]*=)[^\s'"]*`)

// maskStageText masks what stageTextSecret finds.
func maskStageText(s string) string {
	return stageTextSecret.ReplaceAllString(s, "${1}"+Mask)
}

// maskValues replaces every occurrence of each non-empty secret in s.
func maskValues(s string, secrets []string) string {
	for _, v := range secrets {
		if v = strings.TrimSpace(v); v != "" && v != Mask {
			s = strings.ReplaceAll(s, v, Mask)
		}
	}
	return s
}

func maskOptions(line string) string {
	words, _ := Split(line)
	for i, w := range words {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			continue
		}
		v = MaskValue(k, v)
		if strings.ContainsAny(v, " \t") {
			v = `"` + v + `"`
		}
		words[i] = k + "=" + v
	}
	return strings.Join(words, " ")
}

// Masked returns a copy of c with every secret replaced by Mask.
func (c *Config) Masked() *Config {
	m := *c
	m.ExtraArgsURL = MaskURL(c.ExtraArgsURL)
	m.PayloadURL = MaskURL(c.PayloadURL)
	m.Minio = append([]MinioAlias(nil), c.Minio...)
	for i := range m.Minio {
		m.Minio[i].URL = MaskURL(m.Minio[i].URL)
		m.Minio[i].AccessKey, m.Minio[i].SecretKey = Mask, Mask
	}
	if c.Kexec != nil {
		k := *c.Kexec
		k.Kernel, k.Initrd, k.CmdlineURL = MaskURL(k.Kernel), MaskURL(k.Initrd), MaskURL(k.CmdlineURL)
		m.Kexec = &k
	}
	m.Logins = append([]Login(nil), c.Logins...)
	for i := range m.Logins {
		m.Logins[i].Secret = Mask
	}
	maskStages := func(ss []Stage) []Stage {
		var out []Stage
		for _, s := range ss {
			out = append(out, MaskStage(s))
		}
		return out
	}
	m.Stages, m.Services, m.PostContainers = maskStages(c.Stages), maskStages(c.Services), maskStages(c.PostContainers)
	m.Volumes = append([]Volume(nil), c.Volumes...)
	for i := range m.Volumes {
		if m.Volumes[i].EncryptKey != "" {
			m.Volumes[i].EncryptKey = Mask
		}
		if m.Volumes[i].FscryptKey != "" {
			m.Volumes[i].FscryptKey = Mask
		}
	}
	return &m
}

// Without returns line without the options named key, re-quoting values
// that need it (the command line a chain-booted kernel gets).
func Without(line, key string) string {
	words, _ := Split(line)
	var out []string
	for _, w := range words {
		k, v, ok := strings.Cut(w, "=")
		if k == key {
			continue
		}
		if ok && strings.ContainsAny(v, " \t") {
			w = k + `="` + v + `"`
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

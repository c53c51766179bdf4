package cmdline

import (
	"net/url"
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
	case "b2c.extra_args_url":
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
	case "b2c.login":
		if f := strings.SplitN(val, ",", 3); len(f) == 3 {
			return f[0] + "," + f[1] + "," + Mask
		}
		return Mask
	}
	return val
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
	}
	for _, v := range c.Volumes {
		s = append(s, v.EncryptKey, v.FscryptKey)
	}
	for _, l := range c.Logins {
		s = append(s, l.Secret)
	}
	return s
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

package cmdline

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestSSECKey(t *testing.T) {
	raw32 := "0123456789abcdefghijklmnopqrstuv"
	b64 := base64.RawStdEncoding.EncodeToString([]byte(raw32))
	hex64 := strings.Repeat("ab", 32)
	for _, c := range []struct{ in, want string }{
		{raw32, b64}, // boot2container's form: 32 characters as they are
		{b64, b64},
		{base64.StdEncoding.EncodeToString([]byte(raw32)), b64}, // padding dropped
		{hex64, hex64},
	} {
		got, err := SSECKey(c.in)
		if err != nil || got != c.want {
			t.Errorf("SSECKey(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "short-SECRET", strings.Repeat("z", 64), raw32 + "x"} {
		_, err := SSECKey(bad)
		if err == nil {
			t.Errorf("SSECKey(%q) accepted", bad)
		} else if bad != "" && strings.Contains(err.Error(), bad) {
			t.Errorf("the error quotes the key: %v", err)
		}
	}
	if _, ps := Parse(`b2c.volume=v,mirror=s3/b,encrypt_key=short-SECRET`); len(ps) != 1 || !ps[0].Fatal || strings.Contains(ps[0].String(), "SECRET") {
		t.Errorf("a bad encrypt_key: %v", ps)
	}
}

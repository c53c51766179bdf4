package volumes

import (
	"crypto/md5"
	"encoding/hex"
	"github.com/b2c-project/b2c/applets/initapp/cmdline"
	"reflect"
	"strings"
	"testing"
)

func sum(s string) string { h := md5.Sum([]byte(s)); return hex.EncodeToString(h[:]) }

func TestPlanFixups(t *testing.T) {
	content := map[string]string{
		"new-then-appended": "abcdef", "new-same-size": "XYZ", "new-unchanged": "same",
		"theirs-changed": "longer now", "theirs-same-size": "BBB", "theirs-unchanged": "keep",
		"sse-ours": "12345", "sse-theirs": "12345", "logs/x.tmp": "tmp!", "only-here": "up to mc",
	}
	var local []LocalFile
	for rel, c := range content {
		local = append(local, LocalFile{Rel: rel, Size: int64(len(c))})
	}
	remote := map[string]Object{
		"new-then-appended": {Size: 3, ETag: sum("abc")},
		"new-same-size":     {Size: 3, ETag: sum("xyz")},
		"new-unchanged":     {Size: 4, ETag: sum("same")},
		"theirs-changed":    {Size: 5, ETag: sum("short")},
		"theirs-same-size":  {Size: 3, ETag: sum("AAA")},
		"theirs-unchanged":  {Size: 4, ETag: sum("keep")},
		"sse-ours":          {Size: 5, ETag: "0f1e2d3c4b5a69788796a5b4c3d2e1f0ab"},
		"sse-theirs":        {Size: 5, ETag: "d41d8cd98f00b204e9800998ecf8427e-2"},
		"logs/x.tmp":        {Size: 1, ETag: sum("t")},
	}
	baseline := map[string]bool{"theirs-changed": true, "theirs-same-size": true, "theirs-unchanged": true, "sse-theirs": true, "logs/x.tmp": true}
	ours := func(k string) bool { return !baseline[k] }
	hashed := map[string]bool{}
	md5f := func(rel string) (string, error) { hashed[rel] = true; return sum(content[rel]), nil }

	f, err := PlanFixups(local, remote, ours, false, []string{"*.tmp"}, md5f)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"new-same-size", "new-then-appended", "sse-ours"}; !reflect.DeepEqual(f.Upload, want) {
		t.Errorf("without overwrite, upload %q, want %q", f.Upload, want)
	}
	if want := []string{"theirs-changed", "theirs-same-size"}; !reflect.DeepEqual(f.Kept, want) {
		t.Errorf("without overwrite, kept %q, want %q", f.Kept, want)
	}
	if hashed["new-then-appended"] || hashed["logs/x.tmp"] || hashed["only-here"] {
		t.Errorf("hashed more than the same-size files: %v", hashed)
	}

	f, _ = PlanFixups(local, remote, ours, true, []string{"*.tmp"}, md5f)
	if want := []string{"new-same-size", "new-then-appended", "sse-ours", "theirs-changed", "theirs-same-size"}; !reflect.DeepEqual(f.Upload, want) || len(f.Kept) != 0 {
		t.Errorf("with overwrite, upload %q kept %q, want %q", f.Upload, f.Kept, want)
	}
}

func TestWildcardMatch(t *testing.T) {
	for _, tc := range []struct {
		p, s string
		want bool
	}{
		{"*.tmp", "a/b/c.tmp", true}, {"*.tmp", "c.tmpx", false}, {"logs/*", "logs/a/b", true},
		{"?.log", "a.log", true}, {"?.log", "ab.log", false}, {"", "", true}, {"a*b*c", "axxbyyc", true}, {"a*b*c", "axxbyy", false},
	} {
		if got := wildcardMatch(tc.p, tc.s); got != tc.want {
			t.Errorf("wildcardMatch(%q, %q) = %v", tc.p, tc.s, got)
		}
	}
}

func TestKeptWarning(t *testing.T) {
	tr := Transfer{Volume: &cmdline.Volume{Name: "job"}, Direction: Push, Remote: "s3/b"}
	w := KeptWarning(tr, []string{"a", "b", "c", "d"})
	if !strings.Contains(w, "kept the bucket's copy of 4 objects") || !strings.Contains(w, "a, b, c, ...") || strings.Contains(w, "d") && strings.Contains(w, ", d") {
		t.Errorf("%q", w)
	}
}

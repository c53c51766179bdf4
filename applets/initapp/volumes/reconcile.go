package volumes

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// A push's mirror decides on sizes alone, and without overwrite it keeps
// every object that already exists: a file this boot uploaded once (the
// `changes` watch, an earlier container_end push) and that a container
// rewrote since would stay stale in the bucket, and a same-size rewrite
// is not even seen. After each push, the bucket is compared with the
// volume again (sizes, and contents where the ETag is the MD5) and the
// objects that must change are uploaded one by one.

// Object is one object of a bucket listing, its key relative to the
// transfer's remote.
type Object struct {
	Key  string
	Size int64
	ETag string
}

// LocalFile is one regular file of a volume, its path relative to the
// volume's directory (slash-separated, as the key of its object).
type LocalFile struct {
	Rel  string
	Size int64
}

// Fixups is what a push leaves to do once its mirror is over.
type Fixups struct {
	Upload []string // relative paths to upload again, in order
	Kept   []string // differing objects kept because overwrite is off
}

// etagIsMD5 says whether an ETag is the plain MD5 of the object's content
// (a single-part upload without SSE-C), the only case a local hash can be
// compared with.
var etagIsMD5 = regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString

// PlanFixups compares a volume with its bucket after a push. ours lists
// the keys this boot created (absent before its first push there): their
// newer versions must reach the bucket whatever overwrite says. md5 gives
// a local file's MD5 (hex), asked only where the sizes agree and the ETag
// is an MD5. Objects whose ETag says nothing of their content (SSE-C,
// multipart) and that are ours are uploaded again: that costs bandwidth,
// never data. Files the mirror excluded or did not upload (its own errors
// report those) are left alone.
func PlanFixups(local []LocalFile, remote map[string]Object, ours func(key string) bool,
	overwrite bool, excludes []string, md5 func(rel string) (string, error)) (Fixups, error) {
	var f Fixups
	sort.Slice(local, func(i, j int) bool { return local[i].Rel < local[j].Rel })
	for _, l := range local {
		if excluded(excludes, l.Rel) {
			continue
		}
		o, ok := remote[l.Rel]
		if !ok {
			continue
		}
		mine := ours(l.Rel)
		switch {
		case l.Size != o.Size:
		case etagIsMD5(o.ETag):
			sum, err := md5(l.Rel)
			if err != nil {
				return f, err
			}
			if sum == o.ETag {
				continue
			}
		case mine:
		default:
			continue // cannot tell, and not ours: the mirror's say
		}
		if mine || overwrite {
			f.Upload = append(f.Upload, l.Rel)
		} else {
			f.Kept = append(f.Kept, l.Rel)
		}
	}
	return f, nil
}

// excluded matches mc's --exclude: `*` spans any run of characters
// (slashes too), `?` one character, on the path relative to the volume.
func excluded(patterns []string, rel string) bool {
	for _, p := range patterns {
		if wildcardMatch(p, rel) {
			return true
		}
	}
	return false
}

func wildcardMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	if pattern == "*" {
		return true
	}
	p, n := []rune(pattern), []rune(s)
	// dp over the pattern, as mc's wildcard package does it recursively.
	var match func(i, j int) bool
	memo := map[[2]int]bool{}
	match = func(i, j int) bool {
		key := [2]int{i, j}
		if v, ok := memo[key]; ok {
			return v
		}
		var r bool
		switch {
		case i == len(p):
			r = j == len(n)
		case p[i] == '*':
			r = match(i+1, j) || (j < len(n) && match(i, j+1))
		case j < len(n) && (p[i] == '?' || p[i] == n[j]):
			r = match(i+1, j+1)
		}
		memo[key] = r
		return r
	}
	return match(0, 0)
}

// KeptWarning is the line a push prints when overwrite=false kept
// differing objects: how many, and the first few names.
func KeptWarning(t Transfer, kept []string) string {
	const shown = 3
	names, more := kept, ""
	if len(names) > shown {
		names, more = names[:shown], ", ..."
	}
	what := "objects that differ"
	if len(kept) == 1 {
		what = "object that differs"
	}
	return fmt.Sprintf("%s: kept the bucket's copy of %d %s from the volume (overwrite is off): %s%s",
		t, len(kept), what, strings.Join(names, ", "), more)
}

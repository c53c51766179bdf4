package modindex

// Glob reports whether s matches pattern as fnmatch(3) without flags, the
// way kmod matches aliases. Unlike path.Match, '*' and '?' match '/': DMI
// modaliases hold dates (bd05/20/2016) that "dmi*:svnDell*" must span.
// Brackets take ranges and '!' or '^' negation; '\' escapes; a '[' without
// its ']' is literal. Byte-wise: modaliases are ASCII.
func Glob(pattern, s string) bool {
	p, i := 0, 0
	star, from := -1, 0 // the last '*' and where its match may resume
	for i < len(s) {
		if p < len(pattern) {
			if pattern[p] == '*' {
				star, from = p, i
				p++
				continue
			}
			if n, ok := one(pattern[p:], s[i]); ok {
				p += n
				i++
				continue
			}
		}
		if star < 0 {
			return false
		}
		// Let the last '*' take one more byte, and retry after it.
		from++
		p, i = star+1, from
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// one matches c against the single-byte item at the start of p ('?', a
// bracket expression, an escaped or a plain byte); n is the item's length.
func one(p string, c byte) (n int, ok bool) {
	switch p[0] {
	case '?':
		return 1, true
	case '[':
		if n, ok, valid := class(p, c); valid {
			return n, ok
		}
	case '\\':
		if len(p) > 1 {
			return 2, p[1] == c
		}
	}
	return 1, p[0] == c
}

// class matches c against the bracket expression at the start of p; valid
// is false when it has no closing ']'.
func class(p string, c byte) (n int, ok, valid bool) {
	i := 1
	neg := i < len(p) && (p[i] == '!' || p[i] == '^')
	if neg {
		i++
	}
	for first := true; i < len(p); first = false {
		if p[i] == ']' && !first {
			return i + 1, ok != neg, true
		}
		lo := p[i]
		if lo == '\\' && i+1 < len(p) {
			i++
			lo = p[i]
		}
		i++
		hi := lo
		if i+1 < len(p) && p[i] == '-' && p[i+1] != ']' {
			hi = p[i+1]
			if hi == '\\' && i+2 < len(p) {
				i++
				hi = p[i+1]
			}
			i += 2
		}
		if lo <= c && c <= hi {
			ok = true
		}
	}
	return 0, false, false
}

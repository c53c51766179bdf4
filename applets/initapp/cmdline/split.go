// Package cmdline parses the b2c kernel command line (and the body of
// b2c.extra_args_url) into a Config, following boot2container's rules
// (docs/init.md says where b2c decides more). It is pure Go and never
// panics on any input.
package cmdline

import (
	"errors"
	"strings"
)

// Split cuts a command line into words on blanks, except inside double
// quotes, which are removed. An unbalanced quote runs to the end of the
// line and is reported.
func Split(line string) (words []string, unbalanced bool) {
	var cur strings.Builder
	inWord, inQuote := false, false
	for _, r := range line {
		switch {
		case r == '"':
			inQuote = !inQuote
			inWord = true
		case !inQuote && isBlank(r):
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, inQuote
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// SplitArgs splits container ARGS like a POSIX shell would split words:
// single quotes, double quotes and backslashes, no expansion. Users write
// b2c.run="docker://img sh -c 'echo hi; exit 3'".
func SplitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\':
			if i+1 < len(rs) {
				i++
				cur.WriteRune(rs[i])
			}
			inWord = true
		case r == '\'':
			j := i + 1
			for j < len(rs) && rs[j] != '\'' {
				j++
			}
			if j >= len(rs) {
				return nil, errors.New("unbalanced single quote")
			}
			cur.WriteString(string(rs[i+1 : j]))
			i, inWord = j, true
		case r == '"':
			j := i + 1
			for ; j < len(rs) && rs[j] != '"'; j++ {
				if rs[j] == '\\' && j+1 < len(rs) && strings.ContainsRune(`"\$`+"`", rs[j+1]) {
					j++
				}
				cur.WriteRune(rs[j])
			}
			if j >= len(rs) {
				return nil, errors.New("unbalanced double quote")
			}
			i, inWord = j, true
		case isBlank(r):
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

// subOptions splits "name,key=value,flag,..." into the leading name and
// the key/value pairs in order (flags have an empty value and ok=false).
type subOption struct {
	Key, Value string
	HasValue   bool
}

func splitSubOptions(v string) (name string, opts []subOption) {
	parts := strings.Split(v, ",")
	name = strings.TrimSpace(parts[0])
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		k, val, has := strings.Cut(p, "=")
		opts = append(opts, subOption{Key: strings.TrimSpace(k), Value: val, HasValue: has})
	}
	return name, opts
}

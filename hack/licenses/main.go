// Command licenses writes b2c's third-party notice: every module of
// vendor/modules.txt with its version and license kind, then each distinct
// license text once. The kind is read from the text of the license files
// `go mod vendor` copies to each module's root. It fails when a module has
// no license file (and no entry in the policy) or a kind the policy does
// not allow.
//
//	go run ./hack/licenses -goroot "$(go env GOROOT)" -o out/dist/THIRD_PARTY_LICENSES
//	go run ./hack/licenses -goroot ... -zst applets/licenses/THIRD_PARTY_LICENSES.zst    (rewrite)
//	go run ./hack/licenses -goroot ... -check applets/licenses/THIRD_PARTY_LICENSES.zst  (CI)
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/b2c-project/b2c/hack/internal/vendormod"
)

type module struct {
	path, version string
	files         []string // license files, relative to the module's root
	kinds         []string
	note          string // for a module without a license file: where its kind is stated
}

func main() {
	vendor := flag.String("vendor", "vendor", "the vendor directory")
	policyFile := flag.String("policy", "hack/licenses/policy.txt", "allowed kinds and modules without a license file")
	goroot := flag.String("goroot", "", "GOROOT of the toolchain that builds b2c (its LICENSE covers the standard library)")
	out := flag.String("o", "", "write the notice here")
	zst := flag.String("zst", "", "write the notice here, zstd-compressed (the copy b2c embeds)")
	check := flag.String("check", "", "fail unless this compressed notice holds the notice generated now")
	flag.Parse()
	if err := run(*vendor, *policyFile, *goroot, *out, *zst, *check); err != nil {
		fmt.Fprintln(os.Stderr, "licenses:", err)
		os.Exit(1)
	}
}

func run(vendor, policyFile, goroot, out, zst, check string) error {
	allowed, nofile, err := readPolicy(policyFile)
	if err != nil {
		return err
	}
	mods, err := readModules(filepath.Join(vendor, "modules.txt"))
	if err != nil {
		return err
	}
	var problems []string
	for _, m := range mods {
		if err := m.classify(vendor, nofile); err != nil {
			problems = append(problems, err.Error())
			continue
		}
		for _, k := range m.kinds {
			if !allowed[k] {
				problems = append(problems, fmt.Sprintf("%s %s: license kind %s is not allowed (%s)", m.path, m.version, k, policyFile))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d problem(s):\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	notice, err := render(vendor, goroot, mods)
	if err != nil {
		return err
	}
	if out != "" {
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, notice, 0o644); err != nil {
			return err
		}
	}
	if zst != "" {
		if err := os.WriteFile(zst, compress(notice), 0o644); err != nil {
			return err
		}
	}
	if check != "" {
		// The text is compared, not the compressed bytes: another encoder
		// version may compress the same text differently.
		b, err := os.ReadFile(check)
		if err != nil {
			return err
		}
		d, err := zstd.NewReader(nil)
		if err != nil {
			return err
		}
		got, err := d.DecodeAll(b, nil)
		if err != nil {
			return fmt.Errorf("%s: %v", check, err)
		}
		if !bytes.Equal(got, notice) {
			return fmt.Errorf("%s is out of date with vendor/: run `make licenses-update` and commit it", check)
		}
	}
	return nil
}

// compress packs the notice as small as klauspost's encoder can, on one
// goroutine so that the bytes depend on the input alone.
func compress(b []byte) []byte {
	e, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderConcurrency(1), zstd.WithEncoderCRC(true), zstd.WithWindowSize(1<<22))
	if err != nil {
		panic(err)
	}
	return e.EncodeAll(b, nil)
}

// readPolicy reads `allow KIND` and `nofile MODULE KIND WHERE...` lines.
func readPolicy(name string) (map[string]bool, map[string][2]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	allowed := map[string]bool{}
	nofile := map[string][2]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		w := strings.Fields(sc.Text())
		switch {
		case len(w) == 0 || strings.HasPrefix(w[0], "#"):
		case w[0] == "allow" && len(w) >= 2:
			allowed[strings.Join(w[1:], " ")] = true
		case w[0] == "nofile" && len(w) >= 4:
			nofile[w[1]] = [2]string{w[2], strings.Join(w[3:], " ")}
		default:
			return nil, nil, fmt.Errorf("%s:%d: expected `allow KIND` or `nofile MODULE KIND WHERE`", name, n)
		}
	}
	return allowed, nofile, sc.Err()
}

// readModules lists the modules of vendor/modules.txt, named after the
// code vendor/ holds (a replacement's path, when it differs, before its
// version), sorted by path.
func readModules(name string) ([]*module, error) {
	vm, err := vendormod.Read(name)
	if err != nil {
		return nil, err
	}
	var mods []*module
	for _, v := range vm {
		m := &module{path: v.Path, version: v.VendoredVersion}
		if v.VendoredPath != v.Path {
			m.version = v.VendoredPath + " " + v.VendoredVersion
		}
		mods = append(mods, m)
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].path < mods[j].path })
	return mods, nil
}

var licenseName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|copyright|notice|patents|unlicense)([-._].*)?$`)

func (m *module) classify(vendor string, nofile map[string][2]string) error {
	dir := filepath.Join(vendor, filepath.FromSlash(m.path))
	entries, _ := os.ReadDir(dir)
	kinds := map[string]bool{}
	for _, e := range entries {
		// Not a license text: Go code (madmin's license_gen.go) and
		// signatures (selfupdate's LICENSE.minisig).
		ext := filepath.Ext(e.Name())
		if e.IsDir() || !licenseName.MatchString(e.Name()) || ext == ".go" || ext == ".minisig" || ext == ".sig" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		m.files = append(m.files, e.Name())
		ks := kindsOf(b)
		if len(ks) == 0 && isLicenseFile(e.Name()) {
			return fmt.Errorf("%s %s: %s: license kind not recognized", m.path, m.version, e.Name())
		}
		for _, k := range ks {
			kinds[k] = true
		}
	}
	if nf, ok := nofile[m.path]; ok && len(m.files) == 0 {
		kinds[nf[0]] = true
		m.note = nf[1]
	}
	if len(kinds) == 0 {
		return fmt.Errorf("%s %s: no license file in %s", m.path, m.version, dir)
	}
	for k := range kinds {
		m.kinds = append(m.kinds, k)
	}
	sort.Strings(m.kinds)
	return nil
}

// isLicenseFile: LICENSE or COPYING must say which license; NOTICE and
// PATENTS files only add to one.
func isLicenseFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "licen") || strings.HasPrefix(n, "copying") || strings.HasPrefix(n, "unlicense")
}

// A kind is recognized by phrases of its text (lower case, blanks and
// comment markers collapsed), so a file holding two licenses has both.
var kindPhrases = []struct {
	kind    string
	all     []string
	without []string
}{
	{"AGPL-3.0", []string{"gnu affero general public license", "version 3"}, []string{"mozilla public license"}},
	// The MPL-2.0 names the (L)GPL as secondary licenses: not a kind.
	{"LGPL-3.0 WITH LGPL-3.0-linking-exception", []string{"gnu lesser general public license", "links statically or dynamically to this library without providing any minimal corresponding source"}, nil},
	{"LGPL-3.0", []string{"gnu lesser general public license", "version 3"}, []string{"mozilla public license", "links statically or dynamically to this library"}},
	{"LGPL-2.1", []string{"gnu lesser general public license", "version 2.1"}, []string{"mozilla public license"}},
	{"GPL-2.0", []string{"gnu general public license", "version 2,"}, []string{"lesser", "affero", "mozilla public license"}},
	{"GPL-3.0", []string{"gnu general public license", "version 3"}, []string{"lesser", "affero", "mozilla public license"}},
	{"Apache-2.0", []string{"apache license", "version 2.0"}, nil},
	{"MPL-2.0", []string{"mozilla public license", "2.0"}, nil},
	{"MIT", []string{"permission is hereby granted, free of charge, to any person obtaining a copy"}, nil},
	{"BSD-3-Clause", []string{"redistribution and use in source and binary forms", "may be used to endorse or promote products"}, nil},
	{"BSD-2-Clause", []string{"redistribution and use in source and binary forms"}, []string{"may be used to endorse or promote products"}},
	{"ISC", []string{"permission to use, copy, modify, and", "distribute this software for any purpose with or without fee is hereby granted"}, []string{"free of charge"}},
	{"Unlicense", []string{"this is free and unencumbered software released into the public domain"}, nil},
	{"CC0-1.0", []string{"cc0 1.0 universal"}, nil},
	{"Zlib", []string{"altered source versions must be plainly marked as such"}, nil},
	{"CC-BY-SA-4.0", []string{"creative commons attribution-sharealike 4.0"}, nil},
}

var blanks = regexp.MustCompile(`[\s/#*]+`)

func kindsOf(text []byte) []string {
	t := blanks.ReplaceAllString(strings.ToLower(string(text)), " ")
	var ks []string
	for _, p := range kindPhrases {
		ok := true
		for _, s := range p.all {
			ok = ok && strings.Contains(t, s)
		}
		for _, s := range p.without {
			ok = ok && !strings.Contains(t, s)
		}
		if ok {
			ks = append(ks, p.kind)
		}
	}
	return ks
}

func render(vendor, goroot string, mods []*module) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`b2c: third-party licenses
=========================

The b2c binary links the Go modules below (vendor/modules.txt), the Go
standard library, and statically glibc and libseccomp from Debian 12
(LGPL-2.1-or-later; their versions are in the release's SBOM). As a whole
it is distributed under the AGPL-3.0 (github.com/minio/mc is AGPL-3.0);
b2c's own code is under the MIT license. Its corresponding source is the
b2c repository at the version ` + "`b2c --version`" + ` prints, vendor/ included.

Modules
-------

`)
	for _, m := range mods {
		fmt.Fprintf(&b, "%s %s: %s\n", m.path, m.version, strings.Join(m.kinds, ", "))
	}
	// Each text once, with every module that ships it (Apache-2.0 alone
	// is shipped by a hundred modules).
	type text struct {
		body  string
		kinds []string
		users []string
	}
	var texts []*text
	byBody := map[string]*text{}
	add := func(body []byte, user string) {
		s := normalize(body)
		t := byBody[s]
		if t == nil {
			t = &text{body: s, kinds: kindsOf(body)}
			byBody[s] = t
			texts = append(texts, t)
		}
		t.users = append(t.users, user)
	}
	if goroot != "" {
		body, err := os.ReadFile(filepath.Join(goroot, "LICENSE"))
		if err != nil {
			return nil, err
		}
		add(body, "the Go standard library and runtime")
	}
	for _, m := range mods {
		for _, f := range m.files {
			body, err := os.ReadFile(filepath.Join(vendor, filepath.FromSlash(m.path), f))
			if err != nil {
				return nil, err
			}
			add(body, m.path+" ("+f+")")
		}
	}
	b.WriteString("\nModules without a license file (the kind above is stated elsewhere)\n")
	b.WriteString("-------------------------------------------------------------------\n\n")
	for _, m := range mods {
		if m.note != "" {
			fmt.Fprintf(&b, "%s: %s\n", m.path, m.note)
		}
	}
	b.WriteString("\nLicense texts\n-------------\n")
	for i, t := range texts {
		kind := strings.Join(t.kinds, ", ")
		if kind == "" {
			kind = "notice"
		}
		fmt.Fprintf(&b, "\n=== [%d] %s, shipped by:\n", i+1, kind)
		for _, u := range t.users {
			fmt.Fprintf(&b, "    %s\n", u)
		}
		b.WriteString("\n" + t.body + "\n")
	}
	return b.Bytes(), nil
}

// normalize drops carriage returns, trailing blanks and blank lines at
// both ends, so that the same text saved twice differently is one text.
func normalize(b []byte) string {
	lines := strings.Split(strings.ReplaceAll(string(b), "\r", ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

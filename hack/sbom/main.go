// Command sbom writes the SPDX 2.3 JSON SBOM of one release artefact: the
// artefact with its sha256, b2c's main module, every module of
// vendor/modules.txt with its version and go.sum checksum, and, when
// given (hack/sbom-debs.sh), the Debian packages whose files it holds.
// The output depends on its inputs only: the creation time is
// SOURCE_DATE_EPOCH (the last commit's), the namespace a UUID made from
// the artefact's hash.
//
//	go run ./hack/sbom -artefact out/dist/b2c.linux_amd64 -version V -debs LIST -o OUT.spdx.json
package main

import (
	"bufio"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/b2c-project/b2c/hack/internal/vendormod"
)

type checksum struct {
	Algorithm string `json:"algorithm"`
	Value     string `json:"checksumValue"`
}

type extRef struct {
	Category string `json:"referenceCategory"`
	Type     string `json:"referenceType"`
	Locator  string `json:"referenceLocator"`
}

type pkg struct {
	ID               string     `json:"SPDXID"`
	Name             string     `json:"name"`
	Version          string     `json:"versionInfo,omitempty"`
	Supplier         string     `json:"supplier,omitempty"`
	Download         string     `json:"downloadLocation"`
	FilesAnalyzed    bool       `json:"filesAnalyzed"`
	Checksums        []checksum `json:"checksums,omitempty"`
	LicenseConcluded string     `json:"licenseConcluded"`
	LicenseDeclared  string     `json:"licenseDeclared"`
	Copyright        string     `json:"copyrightText"`
	Purpose          string     `json:"primaryPackagePurpose,omitempty"`
	Comment          string     `json:"comment,omitempty"`
	ExternalRefs     []extRef   `json:"externalRefs,omitempty"`
}

type relationship struct {
	Element string `json:"spdxElementId"`
	Type    string `json:"relationshipType"`
	Related string `json:"relatedSpdxElement"`
}

type document struct {
	SPDXVersion  string `json:"spdxVersion"`
	DataLicense  string `json:"dataLicense"`
	ID           string `json:"SPDXID"`
	Name         string `json:"name"`
	Namespace    string `json:"documentNamespace"`
	CreationInfo struct {
		Created  string   `json:"created"`
		Creators []string `json:"creators"`
	} `json:"creationInfo"`
	Packages      []pkg          `json:"packages"`
	Relationships []relationship `json:"relationships"`
}

func main() {
	artefact := flag.String("artefact", "", "the release artefact")
	version := flag.String("version", "dev", "b2c's version (git describe)")
	modules := flag.String("modules", "vendor/modules.txt", "vendor/modules.txt")
	gosum := flag.String("gosum", "go.sum", "go.sum")
	debs := flag.String("debs", "", `"NAME VERSION [source]" lines (hack/sbom-debs.sh)`)
	image := flag.Bool("image", false, "the artefact is an initramfs or a payload, not the binary")
	out := flag.String("o", "", "output file")
	flag.Parse()
	if err := run(*artefact, *version, *modules, *gosum, *debs, *out, *image); err != nil {
		fmt.Fprintln(os.Stderr, "sbom:", err)
		os.Exit(1)
	}
}

func run(artefact, version, modules, gosum, debs, out string, image bool) error {
	data, err := os.ReadFile(artefact)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	name := filepath.Base(artefact)
	epoch, err := strconv.ParseInt(os.Getenv("SOURCE_DATE_EPOCH"), 10, 64)
	if err != nil {
		return fmt.Errorf("SOURCE_DATE_EPOCH: %v (the Makefile sets it from git)", err)
	}

	var d document
	d.SPDXVersion, d.DataLicense, d.ID, d.Name = "SPDX-2.3", "CC0-1.0", "SPDXRef-DOCUMENT", name
	d.Namespace = "urn:uuid:" + uuidOf(name, sum[:])
	d.CreationInfo.Created = time.Unix(epoch, 0).UTC().Format(time.RFC3339)
	d.CreationInfo.Creators = []string{"Organization: b2c", "Tool: b2c-hack-sbom"}
	top := pkg{ID: "SPDXRef-artefact", Name: name, Version: version, Download: "NOASSERTION",
		Checksums: []checksum{{"SHA256", hex.EncodeToString(sum[:])}},
		// The binary as a whole (docs/licensing.md).
		LicenseConcluded: "AGPL-3.0-only", LicenseDeclared: "NOASSERTION", Copyright: "NOASSERTION"}
	if !image {
		top.Purpose = "APPLICATION"
	} else {
		top.Purpose = "OPERATING-SYSTEM"
		top.Comment = "an initramfs (or its netboot payload) holding the b2c binary"
	}
	d.Packages = append(d.Packages, top)
	d.Relationships = append(d.Relationships, relationship{"SPDXRef-DOCUMENT", "DESCRIBES", top.ID})
	contains := func(p pkg) {
		d.Packages = append(d.Packages, p)
		d.Relationships = append(d.Relationships, relationship{top.ID, "CONTAINS", p.ID})
	}
	contains(pkg{ID: "SPDXRef-go-b2c", Name: "github.com/b2c-project/b2c", Version: version, Download: "NOASSERTION",
		LicenseConcluded: "NOASSERTION", LicenseDeclared: "MIT", Copyright: "NOASSERTION", Purpose: "LIBRARY"})

	sums, err := readGoSum(gosum)
	if err != nil {
		return err
	}
	mods, err := readModules(modules)
	if err != nil {
		return err
	}
	for i, m := range mods {
		h1, ok := sums[m[0]+" "+m[1]]
		if !ok {
			return fmt.Errorf("%s %s: not in %s", m[0], m[1], gosum)
		}
		raw, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(h1, "h1:"))
		if err != nil {
			return fmt.Errorf("%s %s: %s: %v", m[0], m[1], h1, err)
		}
		contains(pkg{ID: fmt.Sprintf("SPDXRef-go-%d-%s", i+1, idSafe(m[0])), Name: m[0], Version: m[1],
			Download: "NOASSERTION", LicenseConcluded: "NOASSERTION", LicenseDeclared: "NOASSERTION", Copyright: "NOASSERTION",
			Checksums:    []checksum{{"SHA256", hex.EncodeToString(raw)}},
			Comment:      "checksum: go.sum's " + h1 + " (SHA-256 of the module's dirhash), in hex",
			Purpose:      "LIBRARY",
			ExternalRefs: []extRef{{"PACKAGE-MANAGER", "purl", "pkg:golang/" + m[0] + "@" + m[1]}}})
	}

	if debs != "" {
		b, err := os.ReadFile(debs)
		if err != nil {
			return err
		}
		for i, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			w := strings.Fields(l)
			if len(w) < 2 {
				return fmt.Errorf("%s: %q: expected NAME VERSION [source]", debs, l)
			}
			p := pkg{ID: fmt.Sprintf("SPDXRef-deb-%d-%s", i+1, idSafe(w[0])), Name: w[0], Version: w[1],
				Supplier: "Organization: Debian", Download: "NOASSERTION",
				LicenseConcluded: "NOASSERTION", LicenseDeclared: "NOASSERTION", Copyright: "NOASSERTION"}
			purl := "pkg:deb/debian/" + w[0] + "@" + w[1] + "?distro=debian-12"
			switch {
			case len(w) > 2 && w[2] == "source":
				p.Comment = "built from this Debian source package (hack/helpers.sh)"
				purl += "&arch=source"
			case strings.HasSuffix(w[0], "-dev"):
				p.Comment = "its static libraries are linked in"
			}
			p.ExternalRefs = []extRef{{"PACKAGE-MANAGER", "purl", purl}}
			contains(p)
		}
	}
	j, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(j, '\n'), 0o644)
}

// uuidOf makes a name-based (version 5 style) UUID: the same artefact
// always gets the same namespace, another artefact another one.
func uuidOf(name string, sum []byte) string {
	h := sha1.Sum(append([]byte(name+"\x00"), sum...))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	x := hex.EncodeToString(h[:16])
	return x[:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:]
}

var notID = regexp.MustCompile(`[^A-Za-z0-9.-]+`)

func idSafe(s string) string { return notID.ReplaceAllString(s, "-") }

// readGoSum maps "PATH VERSION" to the h1: hash of the module's content.
func readGoSum(name string) (map[string]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.Fields(sc.Text())
		if len(w) == 3 && !strings.HasSuffix(w[1], "/go.mod") {
			sums[w[0]+" "+w[1]] = w[2]
		}
	}
	return sums, sc.Err()
}

// readModules lists vendor/modules.txt's modules as [path, version] of
// the code vendor/ holds (a replacement's, where one applies).
func readModules(name string) ([][2]string, error) {
	vm, err := vendormod.Read(name)
	var mods [][2]string
	for _, m := range vm {
		mods = append(mods, [2]string{m.VendoredPath, m.VendoredVersion})
	}
	return mods, err
}

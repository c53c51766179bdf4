package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The SBOM of a file, from the repository's own module list: well formed
// (unique SPDX ids, relationships between known ids), complete (every
// vendored module, every Debian package given), dated by
// SOURCE_DATE_EPOCH and the same bytes twice.
func TestSBOM(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	dir := t.TempDir()
	art := filepath.Join(dir, "b2c.linux_amd64")
	debs := filepath.Join(dir, "debs")
	os.WriteFile(art, []byte("not really b2c"), 0o644)
	os.WriteFile(debs, []byte("conmon 2.1.6+ds1-1\ncrun 1.8.1-1+deb12u1 source\n"), 0o644)
	var outs [2][]byte
	for i := range outs {
		out := filepath.Join(dir, "sbom.json")
		if err := run(art, "v1", "../../vendor/modules.txt", "../../go.sum", debs, out, true); err != nil {
			t.Fatal(err)
		}
		outs[i], _ = os.ReadFile(out)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two runs wrote different SBOMs")
	}
	var d document
	if err := json.Unmarshal(outs[0], &d); err != nil {
		t.Fatal(err)
	}
	if d.SPDXVersion != "SPDX-2.3" || d.CreationInfo.Created != "2023-11-14T22:13:20Z" {
		t.Errorf("version %q, created %q", d.SPDXVersion, d.CreationInfo.Created)
	}
	idOK := regexp.MustCompile(`^SPDXRef-[A-Za-z0-9.-]+$`)
	ids := map[string]bool{"SPDXRef-DOCUMENT": true}
	names := map[string]bool{}
	for _, p := range d.Packages {
		if !idOK.MatchString(p.ID) || ids[p.ID] {
			t.Errorf("bad or repeated SPDX id %q", p.ID)
		}
		ids[p.ID] = true
		names[p.Name+" "+p.Version] = true
	}
	for _, r := range d.Relationships {
		if !ids[r.Element] || !ids[r.Related] {
			t.Errorf("relationship %v names an unknown id", r)
		}
	}
	mods, _ := readModules("../../vendor/modules.txt")
	for _, want := range []string{"conmon 2.1.6+ds1-1", "crun 1.8.1-1+deb12u1", "github.com/minio/mc " + modVersion(mods, "github.com/minio/mc")} {
		if !names[want] {
			t.Errorf("the SBOM lacks %s", want)
		}
	}
	if got, want := len(d.Packages), 1+1+len(mods)+2; got != want {
		t.Errorf("%d packages, want %d (artefact, b2c, modules, debs)", got, want)
	}
}

func modVersion(mods [][2]string, path string) string {
	for _, m := range mods {
		if m[0] == path {
			return m[1]
		}
	}
	return "?"
}

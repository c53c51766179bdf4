package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/b2c-project/b2c/applets/initapp/cmdline"
)

func TestWriteAuth(t *testing.T) {
	path := filepath.Join(t.TempDir(), "containers", "0", "auth.json")
	err := WriteAuth(path, []cmdline.Login{{Registry: "reg.example:5000", User: "bot", Secret: "s3,cr:et"}})
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v", st.Mode(), err)
	}
	var doc struct {
		Auths map[string]struct{ Auth string }
	}
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	// "bot:s3,cr:et" in base64, as podman login writes it.
	if got := doc.Auths["reg.example:5000"].Auth; got != "Ym90OnMzLGNyOmV0" {
		t.Errorf("auth %q", got)
	}
}

package licenses

import (
	"bytes"
	"strings"
	"testing"
)

// The embedded notice unpacks and names the module that sets the
// binary's license, and the dispatcher's flag reaches it.
func TestNotice(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"b2c: third-party licenses", "\ngithub.com/minio/mc v", "\ngithub.com/containers/podman/v4 v", "GNU AFFERO GENERAL PUBLIC LICENSE"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the notice lacks %q", want)
		}
	}
}

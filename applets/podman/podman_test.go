package podman_test

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/b2c-project/b2c/applets"
	// Every applet, as linked into b2c, so that applets.Names() is the
	// real list.
	_ "github.com/b2c-project/b2c/applets/all"
)

// rootlessC is the vendored, patched (patches/0003) rootless constructor.
const rootlessC = "../../vendor/github.com/containers/podman/v4/pkg/rootless/rootless_linux.c"

// b2cFlags are the first arguments that b2c's dispatcher handles itself
// (applets.dispatch): the constructor must leave those processes alone too.
var b2cFlags = []string{"--list", "--version", "--help", "-h", "help", "version"}

// TestConstructorKnowsOtherApplets checks that podman's C constructor, which
// runs before Go in every b2c process, skips exactly the processes that are
// not podman: a name missing from the C list would run podman's pre-exec
// hooks (or kill PID 1) in that applet; an extra name would disable the
// constructor for a podman invocation.
func TestConstructorKnowsOtherApplets(t *testing.T) {
	src, err := os.ReadFile(rootlessC)
	if err != nil {
		t.Fatalf("%v (run `make vendor` first)", err)
	}
	m := regexp.MustCompile(`(?s)b2c_other_applets\[\]\s*=\s*\{(.*?)\};`).FindSubmatch(src)
	if m == nil {
		t.Fatalf("%s: no b2c_other_applets array: is patches/0003 applied?", rootlessC)
	}
	body := string(m[1])
	if !regexp.MustCompile(`,\s*NULL\s*$`).MatchString(body) {
		t.Errorf("b2c_other_applets does not end with NULL: %q", body)
	}
	var inC []string
	for _, s := range regexp.MustCompile(`"([^"\\]*)"`).FindAllStringSubmatch(body, -1) {
		inC = append(inC, s[1])
	}

	want := map[string]bool{}
	for _, n := range applets.Names() {
		if n != "podman" {
			want[n] = true
		}
	}
	if len(want) == 0 {
		t.Fatal("no applet besides podman is registered: applets/all is not linked?")
	}
	for _, n := range b2cFlags {
		want[n] = true
	}
	var wantList []string
	for n := range want {
		wantList = append(wantList, n)
	}
	sort.Strings(wantList)
	got := append([]string(nil), inC...)
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(wantList, " ") {
		t.Errorf("b2c_other_applets in %s lists\n  %q\nwant (Go applets other than podman, b2c's flags)\n  %q\nUpdate patches/0003-rootless-constructor-podman-only.patch.",
			rootlessC, got, wantList)
	}
	seen := map[string]bool{}
	for _, n := range inC {
		if seen[n] {
			t.Errorf("b2c_other_applets lists %q twice", n)
		}
		seen[n] = true
	}
	if applets.Lookup("podman") == nil {
		t.Error("podman is not registered")
	}
}

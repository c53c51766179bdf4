// Package need is how b2c's tests meet a missing dependency: a developer
// without root, QEMU or a package gets a skip that says what is missing;
// CI (CI=true) gets a failure, so that a missing install step never
// passes as a green run.
package need

import (
	"fmt"
	"os"
	"testing"
)

// InCI reports whether the tests run under CI, where nothing may be
// skipped for a missing dependency.
func InCI() bool { return os.Getenv("CI") == "true" }

// Missing skips the test, or fails it under CI, naming what is missing.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := "missing dependency: " + fmt.Sprintf(format, args...)
	if InCI() {
		t.Fatal(msg + " (CI=true: a missing dependency fails)")
	}
	t.Skip(msg)
}

// MainMissing is Missing for a TestMain: it returns the exit code the
// test binary ends with (0 outside CI, after saying why nothing ran).
func MainMissing(format string, args ...any) int {
	msg := "missing dependency: " + fmt.Sprintf(format, args...)
	if InCI() {
		fmt.Fprintln(os.Stderr, msg+" (CI=true: a missing dependency fails)")
		return 1
	}
	fmt.Println(msg + ": skipping")
	return 0
}

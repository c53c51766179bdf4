//go:build !linux && !darwin
// +build !linux,!darwin

package podman

func earlyInitHook() {
}

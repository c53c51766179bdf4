//go:build !linux
// +build !linux

package util

func getDefaultMountOptions(path string) (opts defaultMountOptions, err error) {
	return
}

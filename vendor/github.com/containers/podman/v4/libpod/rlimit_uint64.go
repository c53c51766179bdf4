//go:build !remote && linux
// +build !remote,linux

package libpod

type rlimT uint64

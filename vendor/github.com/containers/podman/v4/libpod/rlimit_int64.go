//go:build !remote && freebsd
// +build !remote,freebsd

package libpod

type rlimT int64

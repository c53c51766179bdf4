//go:build !remote
// +build !remote

package libpod

const (
	useDevShm = true
)

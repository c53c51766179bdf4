//go:build !linux && !freebsd
// +build !linux,!freebsd

package zfs

//go:build !linux || !cgo
// +build !linux !cgo

package btrfs

//go:build !windows
// +build !windows

package wsl

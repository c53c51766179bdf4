//go:build tools

// Package main pins podman's CLI, which is `package main` upstream, so that
// `go mod vendor` copies it into vendor/ where patches/ make it importable.
package main

import (
	_ "github.com/containers/podman/v4/cmd/podman"
)

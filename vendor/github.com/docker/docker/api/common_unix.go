//go:build !windows
// +build !windows

package api // import "github.com/docker/docker/api"

// MinVersion represents Minimum REST API version supported
const MinVersion = "1.12"

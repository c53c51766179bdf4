//go:build amd64 || arm64
// +build amd64 arm64

package podman

import (
	"github.com/containers/podman/v4/pkg/machine/provider"
)

func getProvider() (string, error) {
	p, err := provider.Get()
	if err != nil {
		return "", err
	}
	return p.VMType().String(), nil
}

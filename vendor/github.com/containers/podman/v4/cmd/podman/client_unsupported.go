//go:build !amd64 && !arm64

package podman

func getProvider() (string, error) {
	return "", nil
}

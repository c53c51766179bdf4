// Package host holds tests that drive the built b2c binary on the build
// host: applet dispatch through links, podman running a real container
// with crun and conmon, and mcli against a real MinIO server.
//
// They run only when B2C_BIN names the binary (make test sets it):
//
//	B2C_BIN=$PWD/out/b2c GOFLAGS=-mod=vendor go test -count=1 -v ./test/host/
//
// The podman tests need root, crun, conmon, unshare(1) and busybox-static;
// the MinIO test builds the server once with hack/minio.sh (or takes
// B2C_MINIO).
package host

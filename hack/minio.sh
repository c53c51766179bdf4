#!/bin/sh
# Prints the path of a MinIO server binary, building it with `go install`
# the first time (about 6 min on 2 cores). The result is cached in
# $B2C_TOOLS (default out/tools) so that a CI run, `make demo` and the tests
# build it once; a lock makes a second caller wait for the first build.
set -eu
cd "$(dirname "$0")/.."
# Pinned: the lab's S3 server changes only when this line does.
MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
GO=${GO:-go}
tools=${B2C_TOOLS:-$PWD/out/tools}
mkdir -p "$tools"
exec 9>"$tools/.minio.lock"
flock 9
if [ ! -x "$tools/minio" ]; then
	echo "building minio server $MINIO_VERSION into $tools (once)..." >&2
	# Outside this module: minio is a test tool, not one of b2c's
	# dependencies. GOTOOLCHAIN=local: the Go that builds b2c builds it.
	(cd / && GOFLAGS= GOTOOLCHAIN=local GOBIN="$tools" CGO_ENABLED=0 "$GO" install "github.com/minio/minio@$MINIO_VERSION") >&2
fi
echo "$tools/minio"

#!/bin/sh
# Prints the path of a MinIO server binary, building it with
# `go install github.com/minio/minio@latest` the first time (about 6 min on
# 2 cores). The result is cached in $B2C_TOOLS (default out/tools) so that a
# CI run, `make demo` and the tests build it once.
set -eu
cd "$(dirname "$0")/.."
tools=${B2C_TOOLS:-$PWD/out/tools}
if [ ! -x "$tools/minio" ]; then
	mkdir -p "$tools"
	echo "building minio server into $tools (once)..." >&2
	# Outside this module: minio is a test tool, not one of b2c's dependencies.
	(cd / && GOFLAGS= GOBIN="$tools" CGO_ENABLED=0 go install github.com/minio/minio@latest) >&2
fi
echo "$tools/minio"

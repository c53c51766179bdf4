#!/bin/sh
# Usage: hack/alone.sh DIR
# Builds podman alone and mc alone into DIR/podman and DIR/mc exactly as the
# Makefile builds b2c: same vendor tree (with patches/), tags, ldflags,
# -trimpath and static cgo link (the GOBUILD command is read from the
# Makefile). hack/size.sh compares their sizes with b2c's, and
# hack/conformance.sh runs podman's and mc's own tests against them.
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-out}
dir=${1:?usage: hack/alone.sh DIR}

# A Makefile variable, expanded and printed by make itself ($(info), not
# the shell: the value holds quotes), so that this script never drifts from
# the real build flags.
makevar() {
	make -s --no-print-directory OUT="$OUT" \
		--eval '_b2c_print-%: ; @: $(info $($*))' "_b2c_print-$1"
}
gobuild=$(makevar GOBUILD)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# The standalone mains live in a temporary directory inside the module, so
# that they use vendor/ (with patches/) like b2c does. Under $OUT, which the
# Makefile's GOSRC leaves out: a make running beside this (make test's other
# lane) would otherwise see new sources, rebuild b2c, or fail on a file
# deleted meanwhile. The leading "_" keeps `go vet ./...` away from it.
mkdir -p "$OUT"
tmp=$(mktemp -d "$(cd "$OUT" && pwd)/_alone.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
rel=${tmp#"$PWD"/}
mkdir "$tmp/podman" "$tmp/mc"
cat >"$tmp/podman/main.go" <<'GO'
// Command podman is the vendored Podman CLI alone.
package main

import podman "github.com/containers/podman/v4/cmd/podman"

func main() { podman.Main() }
GO
cat >"$tmp/mc/main.go" <<'GO'
// Command mc is the vendored MinIO client alone, as upstream's main.go.
package main

import (
	"os"

	mc "github.com/minio/mc/cmd"
	"github.com/minio/pkg/v3/console"
)

func main() {
	if err := mc.Main(os.Args); err != nil {
		console.Fatalln(err)
	}
}
GO
for p in podman mc; do
	echo "alone: building $p alone into $dir/$p..." >&2
	eval "$gobuild -o \"\$dir/$p\" ./$rel/$p"
done

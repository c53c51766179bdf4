#!/bin/sh
# Regenerates vendor/ from go.mod, go.sum and patches/ in a scratch copy of
# the tree and fails on any difference with the committed vendor/.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Everything but vendor/ and build output: go mod vendor reads the imports
# of every package of the module.
tar --exclude=./vendor --exclude=./out --exclude=./.git -cf - . | tar -C "$tmp" -xf -
(cd "$tmp" && sh hack/vendor.sh >/dev/null)
if ! diff -r -q vendor "$tmp/vendor"; then
	echo "vendor-check: vendor/ differs from go.mod + patches/ (run make vendor)" >&2
	exit 1
fi
echo "vendor-check: vendor/ matches go.mod + patches/"

#!/bin/sh
# vendor/ = `go mod vendor` + patches/*.patch applied in order. This is the
# only way vendor/ is written.
set -eu
cd "$(dirname "$0")/.."
go mod vendor
for p in patches/*.patch; do
	[ -e "$p" ] || continue
	echo "applying $p"
	patch -p1 -s -N -r - --no-backup-if-mismatch <"$p"
done

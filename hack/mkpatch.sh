#!/bin/sh
# Usage: hack/mkpatch.sh OUT.patch HEADER-FILE ORIG-DIR NEW-DIR
# Writes a patch (header first) between two copies of vendored files laid
# out as ORIG-DIR/vendor/... and NEW-DIR/vendor/..., without timestamps so
# that the patch itself is reproducible.
set -eu
out=$1 header=$2 a=$3 b=$4
{
	cat "$header"
	echo
	(cd "$(dirname "$a")" && diff -ruN "$(basename "$a")" "$(basename "$b")") |
		sed -E 's/^(---|\+\+\+) ([^\t]*)\t.*/\1 \2/' |
		sed -E "s#^diff -ruN $(basename "$a")/(.*) $(basename "$b")/.*#diff -ruN a/\1 b/\1#" |
		sed -E "s#^--- $(basename "$a")/#--- a/#; s#^\+\+\+ $(basename "$b")/#+++ b/#"
} >"$out" || true

#!/bin/sh
# Usage: hack/mkpatch.sh OUT.patch HEADER-FILE ORIG-DIR NEW-DIR
# Writes a patch (header first) between two copies of vendored files laid
# out as ORIG-DIR/vendor/... and NEW-DIR/vendor/... (ORIG-DIR and NEW-DIR
# side by side), without timestamps so that the patch itself is
# reproducible. Fails when the copies are equal or diff cannot compare them.
set -eu
out=$1 header=$2 a=$3 b=$4
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
# diff: 0 no difference, 1 differences, 2 trouble.
rc=0
(cd "$(dirname "$a")" && diff -ruN "$(basename "$a")" "$(basename "$b")") >"$raw" || rc=$?
case $rc in
0)
	echo "hack/mkpatch.sh: $a and $b are equal: no patch" >&2
	exit 1
	;;
1) ;;
*)
	echo "hack/mkpatch.sh: diff failed (status $rc)" >&2
	exit 2
	;;
esac
{
	cat "$header"
	echo
	sed -E 's/^(---|\+\+\+) ([^\t]*)\t.*/\1 \2/' "$raw" |
		sed -E "s#^diff -ruN $(basename "$a")/(.*) $(basename "$b")/.*#diff -ruN a/\1 b/\1#" |
		sed -E "s#^--- $(basename "$a")/#--- a/#; s#^\+\+\+ $(basename "$b")/#+++ b/#"
} >"$out"

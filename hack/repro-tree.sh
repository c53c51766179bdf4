#!/bin/bash
# Usage: hack/repro-tree.sh B2C INITRAMFS [NETBOOT-FILE...]
# Builds b2c and its initramfs again from a copy of the tracked files at
# another path, and fails on any byte of difference with B2C and INITRAMFS,
# naming the archive members that differ. The copy shares the Go build
# cache (-trimpath builds do not depend on the directory), so this checks
# what the path, the tree and the initramfs inputs do (crun and mke2fs are
# compiled again there, from the same downloaded sources); hack/repro.sh builds
# twice from empty caches for the compiler's side.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 initrd=$2
shift 2
# The netboot pair (make netboot), compared as they are.
extra=("$@")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/b2c-repro-tree.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tree=$tmp/elsewhere/b2c
mkdir -p "$tree"
# The working tree's tracked files, as they are (uncommitted edits too).
git ls-files -z | tar --null -T - -cf - | tar -C "$tree" -xf -
# VERSION and SOURCE_DATE_EPOCH come from git, which the copy lacks.
make -C "$tree" --no-print-directory -s GO="${GO:-go}" VERSION="$VERSION" \
	SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" HELPERS_SRC="$PWD/out/src" INITRAMFS_PARTS=false build initramfs ${extra[@]:+netboot} >"$tmp/build.log" 2>&1 || {
	cat "$tmp/build.log"
	exit 2
}
rel=${initrd#"$PWD"/}
fail=0
for f in "$bin" "$rel" "${extra[@]}"; do
	if cmp -s "$f" "$tree/$f"; then
		echo "repro-check: $f: identical ($(sha256sum <"$f" | cut -c1-16)...)"
	else
		echo "repro-check: $f differs when built at another path"
		fail=1
	fi
done
if [ $fail = 1 ] && ! cmp -s "$rel" "$tree/$rel"; then
	# Name the members: their listing (mode, owner, size, time) and bytes.
	for n in 1 2; do
		src=$rel
		[ $n = 2 ] && src=$tree/$rel
		mkdir -p "$tmp/x$n"
		xz -dc "$src" | (cd "$tmp/x$n" && cpio -idm --quiet --no-absolute-filenames)
		xz -dc "$src" | cpio -tv --quiet >"$tmp/list$n"
	done
	diff "$tmp/list1" "$tmp/list2" | sed 's/^/repro-check: listing: /' | head -40 || true
	diff -rq "$tmp/x1" "$tmp/x2" | sed 's/^/repro-check: content: /' | head -40 || true
fi
exit $fail

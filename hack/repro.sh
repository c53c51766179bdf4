#!/bin/sh
# Usage: hack/repro.sh
# Builds b2c twice with the Makefile's own `build` recipe, each time from a
# clean, private GOCACHE (so that nothing is reused between the two builds
# or from the developer's cache), and compares the sha256 of the results.
# Exits 1 when they differ. Both builds come from the same source tree, so
# VERSION and SOURCE_DATE_EPOCH are identical.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d "${TMPDIR:-/tmp}/b2c-repro.XXXXXX")
# Build caches hold read-only files: make them writable before removing.
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
for n in 1 2; do
	echo "repro: clean build $n (GOCACHE=$tmp/cache$n)..." >&2
	start=$(date +%s)
	GOCACHE=$tmp/cache$n make -s OUT="$tmp/out$n" build >"$tmp/build$n.log" 2>&1 || {
		cat "$tmp/build$n.log" >&2
		exit 2
	}
	echo "repro: build $n took $(($(date +%s) - start))s" >&2
done
sum1=$(sha256sum <"$tmp/out1/b2c" | cut -d' ' -f1)
sum2=$(sha256sum <"$tmp/out2/b2c" | cut -d' ' -f1)
echo "build 1: $sum1"
echo "build 2: $sum2"
if [ "$sum1" != "$sum2" ]; then
	echo "repro: NOT reproducible; first differing bytes:" >&2
	cmp -l "$tmp/out1/b2c" "$tmp/out2/b2c" | head -20 >&2 || true
	if [ -n "${B2C_REPRO_KEEP:-}" ]; then
		# Keep both binaries for a closer look (diffoscope, readelf ...).
		cp "$tmp/out1/b2c" "$B2C_REPRO_KEEP.1"
		cp "$tmp/out2/b2c" "$B2C_REPRO_KEEP.2"
	fi
	exit 1
fi
echo "repro: reproducible"

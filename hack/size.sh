#!/bin/sh
# Usage: hack/size.sh   (make size)
# Builds podman alone and mc alone exactly as the Makefile builds b2c
# (hack/alone.sh: same tags, ldflags, -trimpath, static cgo link), then
# prints their sizes next to the merged binary, its UPX and xz forms, and
# the start-up time of each program.
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-out}
RUNS=${RUNS:-20}

[ -x "$OUT/b2c" ] || make -s OUT="$OUT" build
OUT="$OUT" sh hack/alone.sh "$OUT/size"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/home"

size() { stat -c %s "$1"; }
podman=$(size "$OUT/size/podman")
mc=$(size "$OUT/size/mc")
sum=$((podman + mc))
merged=$(size "$OUT/b2c")

if command -v upx >/dev/null 2>&1; then
	if [ "$OUT/b2c.upx" -nt "$OUT/b2c" ]; then
		upx=$(size "$OUT/b2c.upx")
	else
		echo "size: upx --best --lzma (a minute or two)..." >&2
		upx -q --best --lzma -o "$tmp/b2c.upx" "$OUT/b2c" >/dev/null
		upx=$(size "$tmp/b2c.upx")
	fi
else
	upx="n/a"
fi
echo "size: xz -9e..." >&2
xz=$(xz -9e -T1 -c "$OUT/b2c" | wc -c)

mib() {
	case $1 in
	*[!0-9]*) echo "" ;;
	*) awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }' ;;
	esac
}
row() { printf '%-26s %12s  %s\n' "$1" "$2" "$(mib "$2")"; }
echo
printf '%-26s %12s\n' "binary" "bytes"
row "podman alone" "$podman"
row "mc alone" "$mc"
row "podman + mc" "$sum"
row "merged (b2c)" "$merged"
row "merged, upx --best --lzma" "$upx"
row "merged, xz -9e" "$xz"
awk -v m="$merged" -v s="$sum" 'BEGIN { printf "%-26s %12.3f  (merging saves %.1f MiB)\n", "merged / sum", m / s, (s - m) / 1048576 }'

# Median wall-clock time of RUNS runs, in milliseconds, after one warm-up
# run (the page cache would otherwise favour whichever runs second).
median() {
	"$@" >/dev/null 2>&1 || true
	: >"$tmp/times"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		echo $((e - s)) >>"$tmp/times"
		i=$((i + 1))
	done
	sort -n "$tmp/times" | awk '{ t[NR] = $1 } END {
		m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
		printf "%.1f ms", m / 1e6 }'
}
export HOME="$tmp/home"
echo
echo "start-up, median of $RUNS runs:"
printf '  %-28s %s\n' "b2c mcli --version" "$(median "$OUT/b2c" mcli --version)"
printf '  %-28s %s\n' "mc alone --version" "$(median "$OUT/size/mc" --version)"
printf '  %-28s %s\n' "b2c podman --version" "$(median "$OUT/b2c" podman --version)"
printf '  %-28s %s\n' "podman alone --version" "$(median "$OUT/size/podman" --version)"

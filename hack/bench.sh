#!/bin/sh
# Usage: hack/bench.sh   (make bench; RUNS=N boots per measurement)
# Measures b2c in one go and writes out/bench/report.md with its SVG:
# sizes (hack/size.sh), the initramfs by part for the plain and the UPX
# binary, the cost of package init() per applet, and, in the QEMU lab,
# boot to container (floor, cold, warm) and the RAM floor (test/bench).
# It reports figures and never fails on them.
set -eu
cd "$(dirname "$0")/.."
OUT=${OUT:-out}
B=$OUT/bench
RUNS=${RUNS:-3}
KERNEL_VERSION=${KERNEL_VERSION:-$(ls /boot/vmlinuz-* | sed 's,.*/vmlinuz-,,' | sort -V | tail -1)}
MODULES_DIR=${MODULES_DIR:-/lib/modules/$KERNEL_VERSION}
export GOFLAGS=-mod=vendor
step() { echo "bench: [$(date +%T)] $*" >&2; }
mkdir -p "$B"

step "sizes (hack/size.sh: builds podman alone and mc alone)"
sh hack/size.sh >"$B/size.txt"

# make bench built both initramfs (plain and UPX) with their part tables.
PLAIN=$OUT/initramfs.linux_amd64.cpio.xz
UPXI=$OUT/upx-initramfs/initramfs.linux_amd64.cpio.xz
cp "$PLAIN.parts.txt" "$B/initramfs-plain.txt"
cp "$UPXI.parts.txt" "$B/initramfs-upx.txt"
cp "$OUT/initramfs-netboot.linux_amd64.cpio.xz.parts.txt" "$B/initramfs-netboot.txt"
echo "payload (squashfs): $(stat -c %s "$OUT/b2c-payload.linux_amd64.squashfs") bytes" >>"$B/initramfs-netboot.txt"
mkdir -p "$B/floor"
step "floor initramfs (trivial init: modules + DHCP)"
CGO_ENABLED=0 go build -trimpath -ldflags '-s -w -buildid=' -o "$B/floor/floorinit" ./test/bench/floorinit
cat >"$B/floor/contents.txt" <<'C'
binary ${OUT}/floorinit /init 0755
dir /dev
dir /etc
dev /dev/console c 5 1 0600
dir /proc 0555
dir /sys 0555
modules virtio_pci virtio_net
C
go run ./initramfs/cmd/mkinitramfs -contents "$B/floor/contents.txt" -modules-dir "$MODULES_DIR" \
	-compress xz -o "$B/floor/initramfs.cpio.xz" >"$B/initramfs-floor.txt"

step "package init() cost per applet (GODEBUG=inittrace=1)"
inits() { # applet args...
	GODEBUG=inittrace=1 HOME=$(mktemp -d) "$OUT/b2c" "$@" 2>&1 >/dev/null |
		awk '/^init / { clock += $5; n++; print $5, $2 } END { printf "TOTAL %.2f %d\n", clock, n }' |
		sort -rn | awk -v a="$*" '
			/^TOTAL/ { total = $2; n = $3; next }
			{ top[++k] = sprintf("  %8.3f ms  %s", $1, $2) }
			END { printf "%s: %d packages, %.1f ms of init() in all; the costliest:\n", a, n, total
			      for (i = 1; i <= 8 && i <= k; i++) print top[i] }'
}
{
	inits mcli --version
	inits podman --version
	inits --version
} >"$B/inits.txt"

step "boots in the lab ($RUNS per measurement; this takes a while)"
go run ./test/bench -out "$B" -runs "$RUNS" \
	-initramfs "$PLAIN" -upx-initramfs "$UPXI" \
	-floor-initramfs "$B/floor/initramfs.cpio.xz" \
	-netboot-initramfs "$OUT/initramfs-netboot.linux_amd64.cpio.xz" -payload "$OUT/b2c-payload.linux_amd64.squashfs"

step "report"
{
	echo "# b2c bench report"
	echo
	echo "$("$OUT/b2c" --version | head -1), kernel $KERNEL_VERSION, $(date -u +%F)"
	echo
	echo "## Sizes"
	echo
	echo '```'
	cat "$B/size.txt"
	echo '```'
	echo
	echo "## Initramfs by part"
	for v in plain upx netboot floor; do
		echo
		echo "$v:"
		echo
		echo '```'
		cat "$B/initramfs-$v.txt"
		echo '```'
	done
	echo
	cat "$B/boot.md"
	echo "## Package init() per applet"
	echo
	echo '```'
	cat "$B/inits.txt"
	echo '```'
} >"$B/report.md"
step "wrote $B/report.md and $B/timeline.svg"

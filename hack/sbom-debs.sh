#!/bin/sh
# hack/sbom-debs.sh ARCH KERNEL_VERSION [binary|netboot]: the Debian
# packages whose files go into the initramfs (initramfs/contents.txt,
# hack/helpers.sh), with binary into b2c itself (its static glibc and
# libseccomp), with netboot into the loader's initramfs (kernel modules
# and CA bundle: initramfs/contents-netboot.txt), one
# "NAME VERSION" a line, for the SBOM (hack/sbom). amd64 takes them from
# this host's dpkg (the initramfs takes its files from /); arm64 from apt's
# candidates, which hack/sysroot.sh downloaded.
set -eu
arch=$1 kver=$2 what=${3:-}
cd "$(dirname "$0")/.."
version() { # PACKAGE [ARCH]
	if [ "${2:-}" = arm64 ]; then
		apt-cache show --no-all-versions "$1:arm64" 2>/dev/null | awk '/^Version:/ {print $2; exit}'
	else
		dpkg-query -W -f '${Version}' "$1" 2>/dev/null || true
	fi
}
if [ "$what" = binary ]; then
	for p in libc6-dev libseccomp-dev; do
		v=$(version "$p" "$arch")
		[ -n "$v" ] || { echo "hack/sbom-debs.sh: no version for $p ($arch)" >&2; exit 1; }
		echo "$p $v"
	done
	exit 0
fi
if [ "$what" = netboot ]; then
	v=$(version "linux-image-$kver" "$arch")
	[ -n "$v" ] || { echo "hack/sbom-debs.sh: no version for linux-image-$kver ($arch)" >&2; exit 1; }
	echo "ca-certificates $(version ca-certificates)"
	echo "linux-image-$kver $v"
	exit 0
fi
# conmon and the packages of the libraries it loads, but libsystemd and
# PCRE2, for which the initramfs has stand-ins (initramfs/stub).
libpkgs=$(ldd /usr/bin/conmon | awk '/=>/ {print $3} /^[[:space:]]*\/lib/ {print $1}' | sort -u | while read -r lib; do
	dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")"
done | sed 's/:.*//' | sort -u | grep -v -e '^libsystemd0$' -e '^libpcre2-8-0$')
list=$(
	# The static libraries linked into b2c (glibc, libseccomp) and into
	# crun and mke2fs (hack/helpers.sh).
	for p in conmon $libpkgs libc6-dev libseccomp-dev libcap-dev libyajl-dev "linux-image-$kver"; do
		v=$(version "$p" "$arch")
		if [ -z "$v" ]; then
			echo "hack/sbom-debs.sh: no version for $p ($arch)" >&2
			exit 1
		fi
		echo "$p $v"
	done
	# Host files for every architecture: the CA bundle, the keymaps' source.
	for p in ca-certificates console-data; do
		echo "$p $(version "$p")"
	done
	# crun and mke2fs: built from these Debian source packages.
	echo "crun $(sed -n 's/^CRUN_VERSION=//p' hack/helpers.sh) source"
	echo "e2fsprogs $(sed -n 's,^e/e2fsprogs/e2fsprogs_\([^ ]*\)\.debian\.tar\.xz .*,\1,p' hack/helpers.sh) source"
)
echo "$list" | sort

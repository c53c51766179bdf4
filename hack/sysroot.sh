#!/bin/sh
# hack/sysroot.sh ARCH DIR: a target root for a foreign architecture (arm64),
# from Debian 12's own packages, for the cross-built initramfs and its lab
# boot: conmon with every library it loads (the same packages as this
# host's amd64 ones, found with ldd and dpkg -S), the static libraries
# hack/helpers.sh links crun with (libseccomp, libcap, libyajl), the
# stock kernel (linux-image-ARCH) and its modules with a fresh depmod
# index (the .deb ships none: depmod runs at install time), and
# busybox-static for the lab's test image. Makes DIR anew (make calls it
# when DIR/.complete is older than this script); run as root.
set -eu
arch=$1
dir=$2
export DEBIAN_FRONTEND=noninteractive
if ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
	dpkg --add-architecture "$arch"
	apt-get update -qq
fi

# Packages of the libraries the host's conmon loads: the target needs the
# same ones. merged-/usr: dpkg knows some under /lib, some under /usr/lib.
libpkgs=$(for b in /usr/bin/conmon; do
	ldd "$b" | awk '/=>/ {print $3} /^[[:space:]]*\/lib/ {print $1}'
done | sort -u | while read -r lib; do
	dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")"
done | sed 's/:.*//' | sort -u)
# The kernel metapackage names the versioned kernel package it stands for.
kpkg=$(apt-cache depends "linux-image-$arch:$arch" | awk '/Depends: linux-image-/ {print $2; exit}' | sed 's/:.*//')
if [ -z "$kpkg" ]; then
	echo "hack/sysroot.sh: no kernel package behind linux-image-$arch" >&2
	exit 1
fi

rm -rf "$dir" && mkdir -p "$dir/.debs"
(
	cd "$dir/.debs"
	for p in conmon busybox-static libseccomp-dev libcap-dev libyajl-dev "$kpkg" $libpkgs; do
		echo "$p:$arch"
	done | xargs apt-get download -qq -o APT::Sandbox::User=root
)
for deb in "$dir"/.debs/*.deb; do
	dpkg-deb -x "$deb" "$dir"
done
# Merged /usr, as on the host: the contents file names programs by their
# /usr paths (/usr/sbin/mke2fs), which Debian 12's packages ship in /sbin.
for d in bin sbin lib; do
	if [ -d "$dir/$d" ] && [ ! -L "$dir/$d" ]; then
		mkdir -p "$dir/usr/$d"
		cp -a "$dir/$d/." "$dir/usr/$d/"
		rm -rf "${dir:?}/$d"
	fi
	ln -sfn "usr/$d" "$dir/$d"
done
kver=$(ls "$dir/lib/modules" | head -1)
depmod -b "$dir" "$kver"
rm -rf "$dir/.debs"
touch "$dir/.complete"
echo "hack/sysroot.sh: $arch root in $dir (kernel $kver)"

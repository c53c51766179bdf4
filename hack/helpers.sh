#!/bin/sh
# hack/helpers.sh ARCH OUTDIR SRCDIR SYSROOT: the initramfs's C helpers,
# into OUTDIR: crun and mke2fs built with -Os from Debian 12's own source
# packages, every library but glibc linked in (glibc is there anyway for
# Debian's conmon), and stand-ins for the libraries Debian's conmon loads
# but never uses: libsystemd.so.0, libpcre2-8.so.0 and libm.so.6
# (initramfs/stub). They replace Debian's binaries and the libraries those
# load (libsystemd, libgcrypt, libzstd, PCRE2, ...); docs/bench.md has the
# figures.
# The source files are pinned by name and sha256 and kept in SRCDIR, so a
# second tree (make repro-check) downloads nothing; the build itself does
# not depend on where the tree is (-ffile-prefix-map, no dates). arm64 is
# cross-built with aarch64-linux-gnu-gcc against the static libseccomp,
# libcap and libyajl of SYSROOT (hack/sysroot.sh puts them there); amd64
# uses this host's (hack/deps.sh installs them).
set -eu
arch=$1 out=$2 src=$3 sysroot=$4

# Debian 12's versions, as its mirror serves them (pool/main/...).
CRUN_VERSION=1.8.1-1+deb12u1
CRUN_FILES="c/crun/crun_1.8.1.orig.tar.xz 01b68269d94e5fe11106a9b14c2f144be03b16ec798951f4efa6aa16ba9da29a
c/crun/crun_1.8.1-1+deb12u1.debian.tar.xz 4688a1fea2d19c6e2e38f5bad8c9c5f85be4d6033eb91dbb241c413e647e59e0"
E2FS_FILES="e/e2fsprogs/e2fsprogs_1.47.0.orig.tar.gz 6667afde56eef0c6af26684974400e4d2288ea49e9441bf5e6229195d51a3578
e/e2fsprogs/e2fsprogs_1.47.0-2.debian.tar.xz 3a756e08d300666039e34577293d11d70c7a1da7850fad478580a81af6348277"

case $arch in
amd64) host=x86_64-linux-gnu cross= ;;
arm64) host=aarch64-linux-gnu cross=aarch64-linux-gnu- ;;
*)
	echo "hack/helpers.sh: ARCH=$arch: only amd64 and arm64" >&2
	exit 1
	;;
esac

mkdir -p "$src" "$out"
out=$(cd "$out" && pwd) src=$(cd "$src" && pwd)
if [ "$sysroot" != / ]; then sysroot=$(cd "$sysroot" && pwd); fi

# fetch "PATH SHA256"...: each file into SRCDIR, unless it is there with
# that digest; a download with another digest is refused.
fetch() {
	echo "$1" | while read -r path sum; do
		f=$src/${path##*/}
		if [ -f "$f" ] && echo "$sum  $f" | sha256sum -c --status; then continue; fi
		if [ -z "${mirror:-}" ]; then
			# The mirror apt uses for bookworm's main archive.
			mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2 == "bookworm" {print $1; exit}')
			[ -n "$mirror" ] || {
				echo "hack/helpers.sh: no bookworm mirror in apt's sources" >&2
				exit 1
			}
		fi
		curl -fsSL --retry 3 --max-time 300 -o "$f.part" "${mirror%/}/pool/main/$path"
		if ! echo "$sum  $f.part" | sha256sum -c --status; then
			echo "hack/helpers.sh: ${path##*/}: sha256 is $(sha256sum <"$f.part" | cut -d' ' -f1), pinned $sum" >&2
			rm -f "$f.part"
			exit 1
		fi
		mv "$f.part" "$f"
	done
}

# unpack DIR FILES: the upstream tarball (FILES' first line) with Debian's
# directory (its second) and patches.
unpack() {
	orig=$(echo "$2" | awk 'NR == 1 {sub(/.*\//, "", $1); print $1}')
	deb=$(echo "$2" | awk 'NR == 2 {sub(/.*\//, "", $1); print $1}')
	rm -rf "$1" && mkdir -p "$1"
	tar -C "$1" --strip-components=1 -xf "$src/$orig"
	tar -C "$1" -xf "$src/$deb"
	if [ -f "$1/debian/patches/series" ]; then
		grep -v '^[[:space:]]*\(#\|$\)' "$1/debian/patches/series" | while read -r p _; do
			patch -s -p1 -d "$1" <"$1/debian/patches/$p"
		done
	fi
}

fetch "$CRUN_FILES"
fetch "$E2FS_FILES"

build=$out/build
rm -rf "$build"
mkdir -p "$build/lib"
# Sizes over speed; sections the linker can drop; no build path in the bytes.
cflags="-Os -ffunction-sections -fdata-sections -ffile-prefix-map=$build=."
export SOURCE_DATE_EPOCH=0 LC_ALL=C TZ=UTC
# Builds of their own: a calling make's flags (-B, -j) are not theirs.
unset MAKEFLAGS MFLAGS MAKELEVEL
if [ "$sysroot" = / ]; then
	libdir=/usr/lib/$host incdir=
else
	libdir=$sysroot/usr/lib/$host incdir="-I$sysroot/usr/include"
fi
# Only static libraries in the first -L directory: the linker takes them
# over the shared ones of the system's. Debian's libyajl-dev names its
# static library libyajl_s.a.
for l in libseccomp.a libcap.a libyajl_s.a; do
	[ -f "$libdir/$l" ] || {
		echo "hack/helpers.sh: $libdir/$l is missing (libseccomp-dev, libcap-dev, libyajl-dev for $arch)" >&2
		exit 1
	}
done
ln -s "$libdir/libseccomp.a" "$libdir/libcap.a" "$build/lib/"
ln -s "$libdir/libyajl_s.a" "$build/lib/libyajl.a"
root=$(cd "$(dirname "$0")/.." && pwd)

# Stand-ins for what conmon loads but never uses (initramfs/stub): its
# libsystemd (one journald function), GLib's PCRE2 (GRegex only) and GLib's
# libm (linked, no symbol used). No dependencies, no undefined symbols.
# stub SONAME SOURCE [VERSION-SCRIPT]
stub() {
	${cross}gcc -Os -fPIC -shared -nostdlib -Wl,-soname,"$1" ${3:+-Wl,--version-script="$3"} \
		-Wl,--build-id=none -o "$build/$1" "$2"
	${cross}strip -o "$out/$1" "$build/$1"
	# An empty library has no symbols at all, which nm says on stderr.
	undef=$(${cross}nm -D --undefined-only "$out/$1" 2>&1) || exit 1
	case $undef in *": no symbols") undef= ;; esac
	if [ -n "$undef" ]; then
		echo "hack/helpers.sh: the stand-in $1 has undefined symbols:" $undef >&2
		exit 1
	fi
}
stub libsystemd.so.0 "$root/initramfs/stub/libsystemd.c" "$root/initramfs/stub/libsystemd.map"
stub libpcre2-8.so.0 "$root/initramfs/stub/libpcre2.c" "$root/initramfs/stub/libpcre2.map"
stub libm.so.6 "$root/initramfs/stub/libm.c"

# crun: no systemd, CRIU or plugin loading (b2c's podman uses none), and
# no libgcrypt whatever this host has: it only caches compiled seccomp
# filters by digest.
unpack "$build/crun" "$CRUN_FILES"
(
	cd "$build/crun"
	# What git describe says in crun's own tree, which a tarball lacks.
	printf '#ifndef GIT_VERSION\n# define GIT_VERSION "%s"\n#endif\n' "$CRUN_VERSION" >.tarball-git-version.h
	./configure -q --host=$host --disable-systemd --disable-criu --disable-dl \
		--disable-shared --enable-static ac_cv_search_gcry_check_version=no \
		CC=${cross}gcc CPPFLAGS="$incdir" CFLAGS="$cflags" \
		LDFLAGS="-L$build/lib -Wl,--gc-sections" >../crun.log 2>&1
	make -s generate-signals.c generate-mount_flags.c >>../crun.log 2>&1
	make -s git-version.h .version >>../crun.log 2>&1
	make -s -j"$(nproc)" >>../crun.log 2>&1
) || {
	tail -40 "$build/crun.log" >&2
	exit 1
}
${cross}strip -o "$out/crun" "$build/crun/crun"

# mke2fs: the cache disk's filesystem, with e2fsprogs' own libext2fs,
# libuuid and libblkid linked in (its static libraries are the default).
unpack "$build/e2fsprogs" "$E2FS_FILES"
(
	cd "$build/e2fsprogs"
	./configure -q --host=$host --disable-nls --disable-fuse2fs --disable-defrag \
		--disable-imager --disable-debugfs --disable-e2initrd-helper \
		--enable-libuuid --enable-libblkid --disable-uuidd --disable-tdb \
		CC=${cross}gcc CFLAGS="$cflags" LDFLAGS="-Wl,--gc-sections" >../e2fsprogs.log 2>&1
	make -s -j"$(nproc)" libs >>../e2fsprogs.log 2>&1
	make -s -C misc mke2fs >>../e2fsprogs.log 2>&1
) || {
	tail -40 "$build/e2fsprogs.log" >&2
	exit 1
}
${cross}strip -o "$out/mke2fs" "$build/e2fsprogs/misc/mke2fs"
rm -rf "$build"

# glibc (and its loader) alone: a library picked up from this host would
# be missing in the initramfs (mkinitramfs would say so, later and less
# clearly).
for b in crun mke2fs libsystemd.so.0 libpcre2-8.so.0 libm.so.6; do
	needed=$(${cross}readelf -d "$out/$b" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | grep -v '^libc\.so\.6$' | grep -v '^ld-linux' || true)
	if [ -n "$needed" ]; then
		echo "hack/helpers.sh: $out/$b needs more than glibc:" $needed >&2
		exit 1
	fi
done
touch "$out/.complete"
echo "hack/helpers.sh: $arch crun ($(stat -c %s "$out/crun") bytes), mke2fs ($(stat -c %s "$out/mke2fs") bytes) and the stand-ins in $out"

#!/bin/sh
# hack/deb.sh ARCH VERSION B2C OUTDIR: the b2c .deb, built with dpkg-deb
# from `make install DESTDIR=OUTDIR/root PREFIX=/usr` and checked with
# lintian (make deb; docs/packaging.md). Prints the package's path last.
set -eu
arch=$1 version=$2 out=$4
cd "$(dirname "$0")/.."
: "${SOURCE_DATE_EPOCH:?set it (the Makefile does, from git)}"
# A Debian version starts with a digit, and without a revision holds no
# '-': v1.2-3-gHASH becomes 1.2+3.gHASH; a bare hash (no tag yet) sorts
# by the commit's time: 0~git20261207145631.4de7ad7.
if echo "$version" | grep -Eq '^v?[0-9]+\.[0-9]'; then
	debver=$(echo "${version#v}" | sed 's/-g/.g/; s/-/+/g')
else
	debver="0~git$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S).$(echo "$version" | tr -- - .)"
fi
case $out in /*) ;; *) out=$(pwd)/$out ;; esac
root=$out/root
# A distribution sets its own; the default only names the project
# (example.org: there is no project address to give).
maintainer=${DEB_MAINTAINER:-b2c authors <b2c@example.org>}
rm -rf "$out" && mkdir -p "$out"
# /usr/bin/mc belongs to Debian's mc (Midnight Commander): the package
# ships mcli only.
make --no-print-directory install ARCH="$arch" DESTDIR="$root" PREFIX=/usr MC_LINK=0 \
	ZSH_COMPDIR=/usr/share/zsh/vendor-completions >"$out/install.log"
doc=$root/usr/share/doc/b2c
# Debian's own places: the licenses in copyright, a changelog.
{
	cat <<-END
	b2c: boot a machine straight into containers; an init, podman and the
	MinIO client in one static binary.

	b2c's own code is under the MIT license, below. The binary links Go
	modules under their own licenses, among them the MinIO client under
	the GNU Affero General Public License version 3: as a whole the
	binary is distributed under the AGPL-3.0, whose text, with every
	module's license, is in /usr/share/doc/b2c/THIRD_PARTY_LICENSES.gz
	(also printed by b2c --licenses). See licensing.md beside this file
	for the corresponding source.

	END
	cat LICENSE
} >"$doc/copyright"
rm "$doc/LICENSE"
gzip -9n <"$doc/licensing.md" >"$doc/licensing.md.gz" && rm "$doc/licensing.md"
printf 'b2c (%s) unstable; urgency=medium\n\n  * Built from b2c %s.\n\n -- %s  %s\n' \
	"$debver" "$version" "$maintainer" \
	"$(date -u -R -d "@$SOURCE_DATE_EPOCH")" | gzip -9n >"$doc/changelog.gz"
# golang-github-containers-common: /etc/containers (policy.json, which
# podman import and pull refuse to work without, registries.conf),
# what Debian's podman depends on; not shipped here, it would conflict.
# lintian exempts Go's static binaries only when it sees a source package
# that build-depends on golang-go; this .deb has none. b2c is static on
# purpose: it is the PID 1 of an initramfs with no libraries.
mkdir -p "$root/usr/share/lintian/overrides"
echo "b2c: statically-linked-binary [usr/bin/b2c]" >"$root/usr/share/lintian/overrides/b2c"
# A versioned Provides satisfies versioned dependencies on podman
# (podman-compose's, say): the vendored podman's version.
podver=$(awk '$1 == "github.com/containers/podman/v4" {sub(/^v/, "", $2); print $2}' go.mod)
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<-END
Package: b2c
Version: $debver
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Section: admin
Priority: optional
Recommends: crun, conmon, golang-github-containers-common
Provides: podman (= $podver)
Conflicts: podman
Replaces: podman
Description: boot to containers: an init, podman and the MinIO client in one binary
 b2c is one static binary that is at once the PID 1 of a small initramfs
 (it runs a pipeline of containers from the kernel command line), the
 Podman v4 command-line interface (/usr/bin/podman) and the MinIO client
 (/usr/bin/mcli). It stands in for the podman package; containers need
 an OCI runtime (crun) and conmon.
END
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
# The same bytes from the same sources: modes and times fixed, owner root.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb=$out/b2c_${debver}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"

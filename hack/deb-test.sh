#!/bin/bash
# hack/deb-test.sh DEB: installs the .deb in a clean Debian 12 root
# (debootstrap --variant=minbase, from the mirror apt uses; made once and
# kept as a tarball in out/deb-test) with apt, which brings the crun and
# conmon it recommends, then runs podman --version, mcli --version and a
# busybox container from it. Everything runs in a private mount namespace
# without /sys/fs/cgroup/unified (crun refuses this host's hybrid cgroup
# layout while cgroup2 is mounted there), as the host tests do
# (test/host/podman_test.go). Root only. Prints its duration.
set -euo pipefail
deb=$(readlink -f "$1")
cd "$(dirname "$0")/.."
start=$(date +%s)
[ "$(id -u)" = 0 ] || { echo "hack/deb-test.sh: run as root (debootstrap, chroot)" >&2; exit 1; }
for tool in debootstrap unshare chroot; do
	command -v $tool >/dev/null || { echo "hack/deb-test.sh: $tool missing (hack/deps.sh)" >&2; exit 1; }
done
busybox=/bin/busybox
if ! { ldd $busybox 2>&1 || true; } | grep -q "not a dynamic executable"; then
	echo "hack/deb-test.sh: $busybox is not busybox-static (hack/deps.sh)" >&2
	exit 1
fi
cache=$PWD/out/deb-test/bookworm-minbase.tar
if [ ! -s "$cache" ]; then
	mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' | awk '$2 == "bookworm" {print $1; exit}')
	[ -n "$mirror" ] || { echo "hack/deb-test.sh: no bookworm mirror in apt's sources" >&2; exit 1; }
	mkdir -p "$(dirname "$cache")"
	tmp=$(mktemp -d /tmp/b2c-debootstrap.XXXXXX)
	echo "deb-test: debootstrap --variant=minbase bookworm from $mirror"
	debootstrap --variant=minbase bookworm "$tmp/root" "$mirror" >"$(dirname "$cache")/debootstrap.log" 2>&1 ||
		{ tail -20 "$(dirname "$cache")/debootstrap.log"; rm -rf "$tmp"; exit 1; }
	tar -C "$tmp/root" -cf "$cache.tmp" . && mv "$cache.tmp" "$cache"
	rm -rf "$tmp"
	echo "deb-test: root cached in $cache after $(($(date +%s) - start)) s"
fi
# A short path: podman refuses a runroot path longer than 50 characters.
work=$(mktemp -d /tmp/b2c-deb.XXXXXX)
cleanup() {
	# Whatever the test left running (conmon, a container) names $work.
	for f in /proc/[0-9]*/cmdline; do
		grep -qsF "$work" "$f" && kill -9 "$(basename "$(dirname "$f")")" 2>/dev/null || true
	done
	rm -rf "$work"
}
trap cleanup EXIT
root=$work/root
mkdir "$root" && tar -C "$root" -xf "$cache"
cp "$deb" "$root/tmp/b2c.deb"
cp "$busybox" "$root/tmp/busybox"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's hard limit for open files is below podman's default nofile
# ulimit for containers: crun would fail to set it.
hard=$(ulimit -Hn)
cat >"$root/tmp/test.sh" <<END
set -eux
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq /tmp/b2c.deb >/tmp/apt.log
dpkg -s crun conmon | grep -E '^(Package|Version):'
podman --version
mcli --version
b2c --licenses | grep -q 'github.com/minio/mc v'
mkdir -p /etc/containers
cat >/etc/containers/containers.conf <<CONF
[containers]
default_ulimits = ["nofile=$hard:$hard", "nproc=32768:32768"]
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
mkdir -p /tmp/rootfs/bin && cp /tmp/busybox /tmp/rootfs/bin/busybox && ln -s busybox /tmp/rootfs/bin/echo
tar -C /tmp/rootfs -cf /tmp/rootfs.tar .
podman import --change ENV=PATH=/bin /tmp/rootfs.tar localhost/busybox:deb-test
out=\$(podman run --rm --network=host localhost/busybox:deb-test echo hello from the deb)
test "\$out" = "hello from the deb"
echo "deb-test: container ran: \$out"
END
unshare -m --propagation private bash -c '
	set -e
	umount /sys/fs/cgroup/unified 2>/dev/null || true
	root=$1
	# A mount point: containers/storage remounts / when it unpacks a layer.
	mount --bind "$root" "$root"
	mount -t proc proc "$root/proc"
	mount --rbind /sys "$root/sys"
	mount --rbind /dev "$root/dev"
	mount -t tmpfs tmpfs "$root/run"
	chroot "$root" sh /tmp/test.sh
' sh "$root"
echo "deb-test: passed in $(($(date +%s) - start)) s"

#!/bin/sh
# Installs, from Debian 12's packages, everything b2c needs to build its
# binary and initramfs and to run the QEMU lab. Idempotent; run as root.
set -eu
if [ "$(id -u)" != 0 ]; then
	echo "hack/deps.sh: run as root (it calls apt-get)" >&2
	exit 1
fi
# upx-ucl 4.x only exists in bookworm-backports.
if ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
	echo "deb http://deb.debian.org/debian bookworm-backports main" >/etc/apt/sources.list.d/b2c-backports.list
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
	build-essential git ca-certificates curl xz-utils zstd cpio patch pkg-config \
	crun conmon e2fsprogs busybox-static \
	libseccomp-dev libcap-dev libyajl-dev gperf \
	qemu-system-x86 qemu-utils linux-image-amd64 \
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-system-arm kmod \
	iproute2 procps dnsmasq-base chrony docker-registry \
	kbd console-data python3 squashfs-tools \
	go-md2man lintian debootstrap \
	bats skopeo jq openssl catatonit \
	upx-ucl/bookworm-backports >/dev/null
# Go: only a bootstrap toolchain is needed. The Makefile runs it with
# GOTOOLCHAIN=auto, and go.mod's toolchain line brings the exact Go through
# the module proxy. Debian 12's own Go (1.19) cannot switch toolchains;
# bookworm-backports' 1.23 can.
if ! PATH=$PATH:/usr/local/go/bin command -v go >/dev/null 2>&1; then
	apt-get install -y -qq --no-install-recommends golang-1.23-go/bookworm-backports >/dev/null
fi
# gcc-aarch64-linux-gnu, libc6-dev-arm64-cross: make ARCH=arm64 (cgo, static
# glibc); qemu-system-arm: its lab boot; kmod: depmod for the arm64 kernel's
# modules (hack/sysroot.sh fetches the arm64 packages themselves).
# libseccomp-dev, libcap-dev, libyajl-dev, gperf: the static crun
# (hack/helpers.sh); curl fetches its and mke2fs's Debian sources.
# go-md2man: the man pages; lintian: checks make deb's package;
# debootstrap: the clean root make deb-test installs it in.
# procps: sysctl for the lab namespace, pkill in hack/test.sh.
# python3: bcrypt for the lab registry's htpasswd (its crypt module).
# bats, skopeo, jq, openssl, catatonit: make conformance
# (hack/conformance.sh) runs podman's own system tests with bats; their
# helpers load the test image with skopeo and read JSON with jq, as mc's
# functional tests do; openssl makes the TLS certificate of its MinIO
# server; catatonit is the init of the pause image podman builds for pods.
# chrony's and docker-registry's packaged services are not used: the lab
# starts its own instances inside a network namespace.
for s in chrony docker-registry; do
	if command -v systemctl >/dev/null 2>&1; then systemctl disable --now "$s" >/dev/null 2>&1 || true; fi
done
echo "hack/deps.sh: packages installed"

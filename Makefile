# b2c: one binary (init + podman + mcli), its initramfs, and the QEMU lab.
# `make help` lists the targets.

SHELL := /bin/bash
# A test piped into a filter still fails the recipe.
.SHELLFLAGS := -o pipefail -c
# Go: the one on PATH, else the Go hack/deps.sh installs (Debian's
# golang-1.23-go from bookworm-backports). Either is only a bootstrap:
# GOTOOLCHAIN=auto lets the toolchain line of go.mod bring the exact Go
# through the module proxy, and GO names that toolchain's own binary so
# that every step (MinIO's build too) uses it.
export PATH := $(PATH):/usr/local/go/bin:/usr/lib/go-1.23/bin
export GOTOOLCHAIN ?= auto
ifneq ($(filter undefined default,$(origin GO)),)
GO := $(shell d=$$(go env GOROOT 2>/dev/null) && echo $$d/bin/go || echo go)
endif
# ARCH=arm64 cross-builds everything into out/arm64 (cross gcc for cgo, and
# a target root from Debian's arm64 packages: hack/sysroot.sh).
ARCH ?= amd64
ARM64_SYSROOT := out/sysroot-arm64
ifeq ($(ARCH),amd64)
OUT ?= out
SYSROOT ?= /
SYSROOT_STAMP :=
CROSS :=
else ifeq ($(ARCH),arm64)
OUT ?= out/arm64
SYSROOT ?= $(ARM64_SYSROOT)
SYSROOT_STAMP := $(SYSROOT)/.complete
# libseccomp (the seccomp tag) from the sysroot, found by pkg-config.
# CGO_LDFLAGS names the sysroot again because Go's build cache does not
# key a cgo package on the library path pkg-config gives: a package built
# in another clone kept that clone's -L, and once it was deleted the link
# failed ("cannot find -lseccomp"). CGO_LDFLAGS is part of the key.
CROSS := CC=aarch64-linux-gnu-gcc PKG_CONFIG_LIBDIR=$(CURDIR)/$(SYSROOT)/usr/lib/aarch64-linux-gnu/pkgconfig \
	PKG_CONFIG_SYSROOT_DIR=$(CURDIR)/$(SYSROOT) \
	CGO_LDFLAGS='-O2 -g -L$(CURDIR)/$(SYSROOT)/usr/lib/aarch64-linux-gnu'
else
$(error ARCH=$(ARCH): only amd64 and arm64 are supported)
endif
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH

# Lean podman: no btrfs or devicemapper graph drivers, OpenPGP in Go instead
# of gpgme. osusergo/netgo keep glibc's NSS out of the static binary: with it,
# the re-executed storage-untar child crashes in getpwnam. seccomp: podman's
# profiles, with Debian's static libseccomp (docs/build.md).
TAGS ?= exclude_graphdriver_btrfs exclude_graphdriver_devicemapper containers_image_openpgp osusergo netgo seccomp
# cgo stays on: sqlite (podman's state), the overlay driver and the rootless
# constructor are C. Linked statically.
# mc's version strings, from its pseudo-version in go.mod
# (v0.0.0-YYYYMMDDhhmmss-COMMIT12): what a release build of mc sets.
MC_PSEUDO := $(shell awk '$$1 == "github.com/minio/mc" {print $$2}' go.mod)
MC_TIME := $(shell echo '$(MC_PSEUDO)' | sed -nE 's/.*-([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})-[0-9a-f]{12}$$/\1-\2-\3T\4:\5:\6Z/p')
MC_COMMIT := $(shell echo '$(MC_PSEUDO)' | sed -nE 's/.*-([0-9a-f]{12})$$/\1/p')
MC_X := $(if $(and $(MC_TIME),$(MC_COMMIT)),-X github.com/minio/mc/cmd.Version=$(MC_TIME) \
	-X github.com/minio/mc/cmd.ReleaseTag=DEVELOPMENT.$(subst :,-,$(MC_TIME)) \
	-X github.com/minio/mc/cmd.CommitID=$(MC_COMMIT) \
	-X github.com/minio/mc/cmd.CopyrightYear=$(firstword $(subst -, ,$(MC_TIME))))
LDFLAGS := -s -w -buildid= -linkmode external -extldflags "-static" \
	-X github.com/b2c-project/b2c/applets.BuildVersion=$(VERSION) $(MC_X)
# -buildvcs=false: the version comes from -X; git's stamp would make a
# build from a worktree or a tarball differ from one in a clone.
# Inlining: off (-l) for everything but the hot parts of the standard
# library (runtime, maps, sync, the byte and string helpers, compression,
# tar, hashing) and klauspost's compressors, which unpack layers: 2.6 MB
# less xz, and no slower import or start-up measurable (docs/bench.md,
# "Inlining"). One pattern=flags a word, the last match wins (go help
# build); GCFLAGS= builds with Go's default inlining everywhere.
HOT_PKGS := runtime/... internal/... sync/... bytes strings strconv bufio io unicode/... \
	compress/... archive/tar hash/... crypto/sha256 crypto/internal/... \
	github.com/klauspost/compress/... github.com/klauspost/pgzip
GCFLAGS ?= all=-l $(addsuffix =,$(HOT_PKGS))
# One -gcflags per word, for build, unit and vet alike.
GCFLAGS_ARGS = $(foreach f,$(GCFLAGS),-gcflags='$(f)')
GOBUILD := CGO_ENABLED=1 GOOS=linux GOARCH=$(ARCH) $(CROSS) GOFLAGS=-mod=vendor \
	$(GO) build -trimpath -buildvcs=false -tags "$(TAGS)" $(GCFLAGS_ARGS) -ldflags '$(LDFLAGS)'

PREFIX ?= /usr/local
DESTDIR ?=
# `mc` is also Midnight Commander on Debian: `make install MC_LINK=0` skips it.
MC_LINK ?= 1

# vendor/ is not listed file by file: vendor/modules.txt (rewritten by
# `make vendor`) and patches/ stand for it, so a re-vendored tree or a new
# patch rebuilds the binary.
GOSRC := $(shell find . -path ./vendor -prune -o -path ./out -prune -o -name '*.go' -print) go.mod go.sum vendor/modules.txt $(wildcard patches/*.patch)

.PHONY: all help man deb deb-test netboot vendor dist vendor-check licenses licenses-update licenses-check build upx install size symsize test unit host-test conformance conformance-quick repro-check lab-test fuzz upx-initramfs demo demo-run initramfs bench clean fmt vet size-budget

all: build

help:
	@echo "make build          $(OUT)/b2c (static, stripped)"
	@echo "make upx            $(OUT)/b2c.upx"
	@echo "make initramfs      $(OUT)/initramfs.linux_$(ARCH).cpio.xz"
	@echo "make netboot        $(OUT)/initramfs-netboot.linux_$(ARCH).cpio.xz and its payload (docs/netboot.md)"
	@echo "make dist           out/dist: b2c.linux_ARCH{,.upx}, the initramfs, the netboot pair, an SPDX SBOM each, THIRD_PARTY_LICENSES, SHA256SUMS"
	@echo "ARCH=arm64          cross-build any of these into out/arm64 (make ARCH=arm64 initramfs)"
	@echo "make demo           build everything, start the lab, boot the demo pipeline in QEMU"
	@echo "make test           everything CI runs: vendor-check, unit tests, host tests, boot tests"
	@echo "make size           size table: podman, mc, merged, upx, xz"
	@echo "make conformance    podman's and mc's own tests, merged vs alone (root; conformance-quick: a subset)"
	@echo "make install        DESTDIR=... PREFIX=... [MC_LINK=0]: binary, links, completions, man pages, licenses"
	@echo "make man            $(OUT)/man/b2c.1 and b2c-init.7 (from docs/options.md)"
	@echo "make deb            $(OUT)/deb/b2c_VERSION_ARCH.deb, checked with lintian"
	@echo "make deb-test       install the .deb in a clean Debian 12 root, run podman, mcli, a container (root)"
	@echo "make vendor         go mod vendor + patches/*.patch"
	@echo "make vendor-check   fail if vendor/ differs from go.mod + patches/"
	@echo "make licenses       out/dist/THIRD_PARTY_LICENSES (fails on a module without an allowed license)"
	@echo "make licenses-check fail if the notice b2c embeds is out of date (licenses-update rewrites it)"

# The notice b2c embeds follows vendor/ (licenses-check).
vendor:
	sh hack/vendor.sh
	$(MAKE) --no-print-directory licenses-update

vendor-check:
	sh hack/vendor-check.sh

# The third-party notice (docs/packaging.md). b2c embeds a zstd copy,
# committed (go:embed cannot read out/); licenses-check fails when it no
# longer matches vendor/, or a module has no allowed license.
LICENSES_NOTICE := applets/licenses/THIRD_PARTY_LICENSES.zst
LICENSES_RUN = GOFLAGS=-mod=vendor $(GO) run ./hack/licenses -goroot "$$($(GO) env GOROOT)"
licenses: out/dist/THIRD_PARTY_LICENSES

out/dist/THIRD_PARTY_LICENSES: vendor/modules.txt hack/licenses/main.go hack/licenses/policy.txt
	$(LICENSES_RUN) -o $@

licenses-update:
	$(LICENSES_RUN) -zst $(LICENSES_NOTICE)

licenses-check:
	$(LICENSES_RUN) -check $(LICENSES_NOTICE)

build: $(OUT)/b2c

# The sysroot first for arm64: cgo finds its libseccomp there.
$(OUT)/b2c: $(GOSRC) $(SYSROOT_STAMP)
	@mkdir -p $(OUT)
	$(GOBUILD) -o $@ .

upx: $(OUT)/b2c.upx

$(OUT)/b2c.upx: $(OUT)/b2c
	rm -f $@
	upx -q --best --lzma -o $@ $<

# Man pages from Markdown (hack/man.sh, Debian's go-md2man): b2c(1), and
# b2c-init(7) from docs/options.md itself, so that they cannot diverge.
MANPAGES := $(OUT)/man/b2c.1 $(OUT)/man/b2c-init.7
man: $(MANPAGES)

$(OUT)/man/b2c.1: docs/man/b2c.1.md hack/man.sh
	sh hack/man.sh $< $@ b2c 1

$(OUT)/man/b2c-init.7: docs/options.md hack/man.sh
	sh hack/man.sh $< $@ b2c-init 7 "kernel command line options of the b2c init"

# Completions, printed by the binary itself (hack/completions.sh). They do
# not depend on the architecture: an arm64 install takes the amd64
# build's, which runs here.
COMPGEN_B2C := $(if $(filter amd64,$(ARCH)),$(OUT)/b2c,out/b2c)
COMPLETIONS := $(OUT)/completions/.complete
$(COMPLETIONS): $(COMPGEN_B2C) hack/completions.sh
	sh hack/completions.sh $(COMPGEN_B2C) $(OUT)/completions
	touch $@
ifneq ($(ARCH),amd64)
out/b2c: $(GOSRC)
	$(MAKE) --no-print-directory ARCH=amd64 build
endif

# Where the shells look on Debian (zsh: /usr/local/share/zsh/site-functions
# for PREFIX=/usr/local; the .deb uses zsh's vendor-completions).
BASH_COMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
MANDIR ?= $(PREFIX)/share/man
DOCDIR ?= $(PREFIX)/share/doc/b2c
# The applets linked and installed with completions: mc only with MC_LINK=1.
INSTALL_MC := mcli $(if $(filter 1,$(MC_LINK)),mc)

# The binary, its links, completions, man pages (gzip -n: no name or time
# in the header) and licenses.
install: $(OUT)/b2c $(COMPLETIONS) $(MANPAGES) out/dist/THIRD_PARTY_LICENSES
	install -D -m 0755 $(OUT)/b2c $(DESTDIR)$(PREFIX)/bin/b2c
	for l in podman $(INSTALL_MC); do ln -sfn b2c $(DESTDIR)$(PREFIX)/bin/$$l; done
	install -D -m 0644 $(OUT)/completions/bash/podman $(DESTDIR)$(BASH_COMPDIR)/podman
	install -D -m 0644 $(OUT)/completions/zsh/_podman $(DESTDIR)$(ZSH_COMPDIR)/_podman
	install -D -m 0644 $(OUT)/completions/fish/podman.fish $(DESTDIR)$(FISH_COMPDIR)/podman.fish
	for c in $(INSTALL_MC); do \
		install -D -m 0644 $(OUT)/completions/bash/$$c $(DESTDIR)$(BASH_COMPDIR)/$$c && \
		install -D -m 0644 $(OUT)/completions/zsh/_$$c $(DESTDIR)$(ZSH_COMPDIR)/_$$c && \
		install -D -m 0644 $(OUT)/completions/fish/$$c.fish $(DESTDIR)$(FISH_COMPDIR)/$$c.fish || exit 1; \
	done
	install -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	gzip -9nc $(OUT)/man/b2c.1 >$(DESTDIR)$(MANDIR)/man1/b2c.1.gz
	gzip -9nc $(OUT)/man/b2c-init.7 >$(DESTDIR)$(MANDIR)/man7/b2c-init.7.gz
	install -D -m 0644 LICENSE $(DESTDIR)$(DOCDIR)/LICENSE
	gzip -9nc out/dist/THIRD_PARTY_LICENSES >$(DESTDIR)$(DOCDIR)/THIRD_PARTY_LICENSES.gz
	install -m 0644 docs/licensing.md $(DESTDIR)$(DOCDIR)/licensing.md

# Recursive (=, ?=): for arm64 the kernel only exists once the sysroot does.
KERNEL_VERSION ?= $(shell ls $(SYSROOT)/boot/vmlinuz-* 2>/dev/null | sed 's,.*/vmlinuz-,,' | sort -V | tail -1)
MODULES_DIR ?= $(SYSROOT)/lib/modules/$(KERNEL_VERSION)
KERNEL ?= $(SYSROOT)/boot/vmlinuz-$(KERNEL_VERSION)
COMPRESS ?= xz
INITRAMFS := $(OUT)/initramfs.linux_$(ARCH).cpio.$(COMPRESS)

initramfs: $(INITRAMFS)

$(OUT)/keymaps: hack/keymaps.sh
	rm -rf $@ && sh hack/keymaps.sh $@

# `=`, not `:=`: MODULES_DIR names the arm64 kernel, which only exists once
# the sysroot (a prerequisite) does.
# INITRAMFS_PARTS=false skips compressing each part alone for the size
# table (as much xz work as the initramfs itself; make test skips it).
INITRAMFS_PARTS ?= true
MKINITRAMFS = GOFLAGS=-mod=vendor $(GO) run ./initramfs/cmd/mkinitramfs -contents initramfs/contents.txt \
	-arch $(ARCH) -sysroot $(SYSROOT) -modules-dir $(MODULES_DIR) -compress $(COMPRESS) -parts=$(INITRAMFS_PARTS)

# crun and mke2fs from Debian's source packages, and the stand-ins for
# libraries conmon loads but never uses (hack/helpers.sh, initramfs/stub).
# Their sources are downloaded once into HELPERS_SRC, which a second tree
# (repro-check) shares.
HELPERS := $(OUT)/helpers/.complete
HELPERS_SRC ?= $(CURDIR)/out/src
$(HELPERS): hack/helpers.sh $(wildcard initramfs/stub/*) $(SYSROOT_STAMP)
	sh hack/helpers.sh $(ARCH) $(OUT)/helpers $(HELPERS_SRC) $(SYSROOT)

# The same archive uncompressed, beside it: the boot tests boot it (see
# docs/testing.md), TestMarker and TestNetboot boot the compressed one.
INITRAMFS_CPIO := $(OUT)/initramfs.linux_$(ARCH).cpio

$(INITRAMFS): $(OUT)/b2c $(OUT)/keymaps $(HELPERS) $(SYSROOT_STAMP) $(shell find initramfs -type f 2>/dev/null)
	$(MKINITRAMFS) -cpio $(INITRAMFS_CPIO) -o $@

ifneq ($(SYSROOT_STAMP),)
$(SYSROOT_STAMP): hack/sysroot.sh
	sh hack/sysroot.sh $(ARCH) $(SYSROOT)
endif

# The netboot pair (docs/netboot.md): the payload, the whole initramfs of
# contents.txt as a squashfs image, and a small initramfs whose loader
# (b2c built with the tag b2c_loader) fetches it and checks it against the
# sha256 pinned into the loader here. The loader is built without inlining
# (-l): 0.35 MB less xz, and it only waits on the network (docs/netboot.md).
PAYLOAD := $(OUT)/b2c-payload.linux_$(ARCH).squashfs
NETBOOT := $(OUT)/initramfs-netboot.linux_$(ARCH).cpio.$(COMPRESS)
NETBOOT_CPIO := $(OUT)/initramfs-netboot.linux_$(ARCH).cpio
SQUASHFS_BCJ_amd64 := -Xbcj x86
# 256 KiB blocks: a page of b2c dropped under memory pressure costs a
# block's decompression to read again; with 1 MiB blocks a 160 MiB machine
# thrashes on them (docs/bench.md). 0.72 MB more payload than 1 MiB.
SQUASHFS_BLOCK ?= 256K
netboot: $(NETBOOT) $(PAYLOAD)

$(PAYLOAD): $(OUT)/b2c $(OUT)/keymaps $(HELPERS) $(SYSROOT_STAMP) $(shell find initramfs -type f 2>/dev/null)
	GOFLAGS=-mod=vendor $(GO) run ./initramfs/cmd/mkinitramfs -contents initramfs/contents.txt \
		-arch $(ARCH) -sysroot $(SYSROOT) -modules-dir $(MODULES_DIR) -tree $(OUT)/payload-tree
	rm -f $@
	# mksquashfs takes its timestamps from SOURCE_DATE_EPOCH (exported).
	mksquashfs $(OUT)/payload-tree $@ -quiet -noappend -no-xattrs -all-root -pf $(OUT)/payload-tree.pseudo \
		-comp xz $(SQUASHFS_BCJ_$(ARCH)) -b $(SQUASHFS_BLOCK)
	rm -rf $(OUT)/payload-tree $(OUT)/payload-tree.pseudo

$(OUT)/loader: $(GOSRC) $(PAYLOAD)
	CGO_ENABLED=0 GOOS=linux GOARCH=$(ARCH) GOFLAGS=-mod=vendor $(GO) build -trimpath -buildvcs=false \
		-tags "$(TAGS) b2c_loader" -gcflags=all=-l -ldflags "-s -w -buildid= \
		-X github.com/b2c-project/b2c/applets.BuildVersion=$(VERSION) \
		-X github.com/b2c-project/b2c/applets/loader.PayloadSHA256=$$(sha256sum $(PAYLOAD) | cut -d' ' -f1)" -o $@ .

$(NETBOOT): $(OUT)/loader $(SYSROOT_STAMP) initramfs/contents-netboot.txt
	GOFLAGS=-mod=vendor $(GO) run ./initramfs/cmd/mkinitramfs -contents initramfs/contents-netboot.txt \
		-arch $(ARCH) -sysroot $(SYSROOT) -modules-dir $(MODULES_DIR) -compress $(COMPRESS) -parts=$(INITRAMFS_PARTS) \
		-cpio $(NETBOOT_CPIO) -o $@

# Release artefacts, named per architecture, each with its SPDX SBOM
# (hack/sbom: Go modules with go.sum's checksums, and for the images the
# Debian packages of hack/sbom-debs.sh), the third-party notice, and the
# checksums of them all.
SBOM_RUN = GOFLAGS=-mod=vendor $(GO) run ./hack/sbom -version $(VERSION)
dist: $(OUT)/b2c $(OUT)/b2c.upx $(INITRAMFS) $(NETBOOT) $(PAYLOAD) out/dist/THIRD_PARTY_LICENSES
	@mkdir -p out/dist
	cp $(OUT)/b2c out/dist/b2c.linux_$(ARCH)
	cp $(OUT)/b2c.upx out/dist/b2c.linux_$(ARCH).upx
	cp $(INITRAMFS) $(NETBOOT) $(PAYLOAD) out/dist/
	sh hack/sbom-debs.sh $(ARCH) $(KERNEL_VERSION) >$(OUT)/sbom-debs.txt
	sh hack/sbom-debs.sh $(ARCH) $(KERNEL_VERSION) netboot >$(OUT)/sbom-debs-netboot.txt
	sh hack/sbom-debs.sh $(ARCH) $(KERNEL_VERSION) binary >$(OUT)/sbom-debs-binary.txt
	for f in b2c.linux_$(ARCH) b2c.linux_$(ARCH).upx; do $(SBOM_RUN) -artefact out/dist/$$f -debs $(OUT)/sbom-debs-binary.txt -o out/dist/$$f.spdx.json || exit 1; done
	for f in $(notdir $(INITRAMFS) $(PAYLOAD)); do $(SBOM_RUN) -image -artefact out/dist/$$f -debs $(OUT)/sbom-debs.txt -o out/dist/$$f.spdx.json || exit 1; done
	$(SBOM_RUN) -image -artefact out/dist/$(notdir $(NETBOOT)) -debs $(OUT)/sbom-debs-netboot.txt -o out/dist/$(notdir $(NETBOOT)).spdx.json
	cd out/dist && sha256sum b2c.linux_* b2c-payload.linux_* initramfs.linux_* initramfs-netboot.linux_* THIRD_PARTY_LICENSES >SHA256SUMS

# The same initramfs with the UPX binary as /bin/b2c (make bench compares
# them; a boot test proves the UPX artefact runs as PID 1).
UPX_INITRAMFS := $(OUT)/upx-initramfs/initramfs.linux_$(ARCH).cpio.$(COMPRESS)
upx-initramfs: $(UPX_INITRAMFS)

$(UPX_INITRAMFS): $(OUT)/b2c.upx $(OUT)/keymaps $(HELPERS) $(SYSROOT_STAMP) $(shell find initramfs -type f 2>/dev/null)
	mkdir -p $(OUT)/upx-initramfs && cp $(OUT)/b2c.upx $(OUT)/upx-initramfs/b2c
	rm -rf $(OUT)/upx-initramfs/keymaps && cp -r $(OUT)/keymaps $(OUT)/upx-initramfs/keymaps
	rm -rf $(OUT)/upx-initramfs/helpers && cp -r $(OUT)/helpers $(OUT)/upx-initramfs/helpers
	$(MKINITRAMFS) -o $@

# The first README command: everything from a fresh Debian 12 machine to a
# container pipeline booted in QEMU.
demo:
	sh hack/deps.sh
	$(MAKE) build initramfs
	$(MAKE) demo-run

# A sub-make: on a fresh machine the kernel only exists once deps.sh ran.
demo-run:
	GOFLAGS=-mod=vendor B2C_BIN=$(CURDIR)/$(OUT)/b2c B2C_KERNEL=$(KERNEL) B2C_INITRAMFS=$(CURDIR)/$(INITRAMFS) \
		$(GO) run ./test/demo $(DEMO_ARGS)

UNIT_PKGS := ./applets/... ./initramfs/... ./hack/licenses/ ./hack/sbom/

# -trimpath and the tags as in `make build`: the test binaries then reuse
# the build's compiled packages (podman's tree takes minutes to compile).
# -v, filtered: what ran is not listed, what was skipped (and why) is.
unit:
	GOFLAGS=-mod=vendor CGO_ENABLED=1 $(GO) test -v -trimpath -tags "$(TAGS)" $(GCFLAGS_ARGS) $(UNIT_PKGS) 2>&1 | sh hack/gotest-filter.sh

host-test: $(OUT)/b2c $(OUT)/tools/minio
	B2C_BIN=$(CURDIR)/$(OUT)/b2c B2C_MINIO=$(CURDIR)/$(OUT)/tools/minio GOFLAGS=-mod=vendor \
		$(GO) test -count=1 -v -timeout 20m ./test/host/ 2>&1 | sh hack/gotest-filter.sh

# Upstream's own tests (podman v4.9.5's test/system, mc's functional-tests.sh)
# against b2c and against podman and mc built alone: a test passing alone
# and failing merged fails the target (hack/conformance.sh, docs/testing.md).
conformance: $(OUT)/b2c $(OUT)/tools/minio
	OUT=$(OUT) GO=$(GO) bash hack/conformance.sh full

conformance-quick: $(OUT)/b2c
	OUT=$(OUT) GO=$(GO) bash hack/conformance.sh quick

# Everything CI runs, in two lanes, with each step's duration at the end
# (hack/test.sh). Boot tests need root (network namespaces, taps).
test:
	GO=$(GO) bash hack/test.sh

# k3s-style size check, so that the diet stays: the shipped initramfs may
# not grow past its budget, the measured size plus ~0.5% (amd64, with xz's
# x86 filter, the C helpers and stand-ins of hack/helpers.sh, patches
# 0008-0013, the seccomp tag and GCFLAGS' inlining: 15,740,368 bytes).
# Lower it with every cut. Raised for b2c.kexec_local and pkg/boot (every
# kexec through it; patch 0014 trims it): 15,791,164 -> 15,970,684 bytes
# (+179,520), budget that plus ~25 KB. Then b2c.zram's module (+12 KB)
# and a 10 MiB xz dictionary instead of 8 (-57 KB): 15,944,424 bytes.
INITRAMFS_BUDGET_amd64 := 15970000
# arm64: plain LZMA2 (no branch filter in Debian's 6.1 arm64 kernel), the
# same cuts: 13,919,392 bytes. b2c.kexec_local and pkg/boot: 13,968,044 ->
# 14,045,796 bytes (+77,752), budget that plus ~25 KB. With b2c.zram's
# module and the 10 MiB dictionary: 14,055,532.
INITRAMFS_BUDGET_arm64 := 14080000
size-budget: $(INITRAMFS)
	@size=$$(stat -c %s $(INITRAMFS)); budget=$(INITRAMFS_BUDGET_$(ARCH)); \
	if [ -z "$$budget" ]; then echo "size-budget: no budget for $(ARCH)" >&2; exit 1; fi; \
	echo "size-budget: $(INITRAMFS) is $$size bytes (budget $$budget)"; \
	if [ "$$size" -gt "$$budget" ]; then echo "size-budget: $(INITRAMFS) grew past its budget: $$size > $$budget bytes" >&2; exit 1; fi

# The same sources built again from a copy of the tree at another path:
# out/b2c and the initramfs must be equal byte for byte.
repro-check: $(OUT)/b2c $(INITRAMFS) $(NETBOOT) $(PAYLOAD)
	GO=$(GO) VERSION=$(VERSION) bash hack/repro-tree.sh $(OUT)/b2c $(INITRAMFS) $(NETBOOT) $(PAYLOAD)

# The boot tests: the lab (root), QEMU, MinIO built once into out/tools.
# One scenario: make lab-test RUN=TestMarker
RUN ?= .
# VMs booting at once. Each has one vCPU, but a boot also waits on the
# lab (DHCP, pulls, MinIO): in CI, test/boot took 1363 s at 3, 1395 at 2.
BOOT_PARALLEL ?= 3
# TestArm64 boots the arm64 build when `make ARCH=arm64 initramfs` made it
# (make test does).
ARM64_INITRAMFS := $(CURDIR)/out/arm64/initramfs.linux_arm64.cpio.$(COMPRESS)
ARM64_NETBOOT := $(CURDIR)/out/arm64/initramfs-netboot.linux_arm64.cpio.$(COMPRESS)
ARM64_ENV = $(if $(wildcard $(ARM64_INITRAMFS)),B2C_ARM64_INITRAMFS=$(ARM64_INITRAMFS) \
	B2C_ARM64_KERNEL=$(lastword $(sort $(wildcard $(CURDIR)/$(ARM64_SYSROOT)/boot/vmlinuz-*))) \
	B2C_ARM64_BUSYBOX=$(CURDIR)/$(ARM64_SYSROOT)/bin/busybox) \
	$(if $(wildcard $(ARM64_NETBOOT)),B2C_ARM64_NETBOOT=$(ARM64_NETBOOT) B2C_ARM64_PAYLOAD=$(CURDIR)/out/arm64/b2c-payload.linux_arm64.squashfs)
lab-test: $(OUT)/tools/minio
	@# The uncompressed archive must be the compressed one's content.
	xz -dc $(INITRAMFS) | cmp - $(INITRAMFS_CPIO)
	xz -dc $(NETBOOT) | cmp - $(NETBOOT_CPIO)
	B2C_LAB=1 B2C_BIN=$(CURDIR)/$(OUT)/b2c B2C_MINIO=$(CURDIR)/$(OUT)/tools/minio \
		B2C_KERNEL=$(KERNEL) B2C_INITRAMFS=$(CURDIR)/$(INITRAMFS) B2C_INITRAMFS_CPIO=$(CURDIR)/$(INITRAMFS_CPIO) B2C_UPX_INITRAMFS=$(CURDIR)/$(UPX_INITRAMFS) $(ARM64_ENV) \
		B2C_NETBOOT_INITRAMFS=$(CURDIR)/$(NETBOOT) B2C_NETBOOT_CPIO=$(CURDIR)/$(NETBOOT_CPIO) B2C_PAYLOAD=$(CURDIR)/$(PAYLOAD) \
		GOFLAGS=-mod=vendor $(GO) test -p 1 -parallel $(BOOT_PARALLEL) -count=1 -v -timeout 60m -run '$(RUN)' ./test/lab/ ./test/boot/

$(OUT)/tools/minio:
	GO=$(GO) B2C_TOOLS=$(CURDIR)/$(OUT)/tools sh hack/minio.sh

size: $(OUT)/b2c
	sh hack/size.sh

# Where b2c's bytes go, per module and package: the same build with its
# symbol table kept (no -s -w), read by hack/symsize.
symsize:
	@mkdir -p $(OUT)/size
	$(subst -s -w ,,$(GOBUILD)) -o $(OUT)/size/b2c.syms .
	GOFLAGS=-mod=vendor $(GO) run ./hack/symsize -modules vendor/modules.txt $(OUT)/size/b2c.syms

# Every fuzz target for FUZZTIME each (make test runs them briefly).
FUZZTIME ?= 5m
FUZZ_TARGETS := ./applets/initapp/cmdline:FuzzParse ./applets/initapp/cmdline:FuzzSubOptions \
	./applets/checkcmdline:FuzzCheck ./applets/checkcmdline:FuzzSecretsNeverPrinted \
	./applets/initapp/network:FuzzParseKernelIP
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		echo "fuzz: $${t##*:} for $(FUZZTIME)"; \
		GOFLAGS=-mod=vendor $(GO) test -run '^$$' -fuzz "^$${t##*:}\$$" -fuzztime $(FUZZTIME) $${t%%:*} || exit 1; \
	done

# Sizes, boot times (floor, cold, warm), RAM floor, init() costs:
# out/bench/report.md and out/bench/timeline.svg. Needs root (the lab).
# An initramfs make test built has no per-part sizes: built again here.
bench:
	@for f in $(INITRAMFS) $(UPX_INITRAMFS); do if grep -qs ' -$$' $$f.parts.txt; then rm -f $$f; fi; done
	$(MAKE) build upx initramfs upx-initramfs netboot $(OUT)/tools/minio INITRAMFS_PARTS=true
	B2C_BIN=$(CURDIR)/$(OUT)/b2c B2C_MINIO=$(CURDIR)/$(OUT)/tools/minio B2C_KERNEL=$(KERNEL) \
		KERNEL_VERSION=$(KERNEL_VERSION) MODULES_DIR=$(MODULES_DIR) sh hack/bench.sh

fmt:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v ^vendor/))" || { gofmt -l $$(git ls-files '*.go' | grep -v ^vendor/); exit 1; }

vet:
	GOFLAGS=-mod=vendor CGO_ENABLED=1 $(GO) vet -trimpath -tags "$(TAGS)" $(GCFLAGS_ARGS) ./applets/... ./initramfs/... ./test/... ./hack/timeline/ ./hack/licenses/ ./hack/sbom/ .
	GOFLAGS=-mod=vendor CGO_ENABLED=0 $(GO) vet -trimpath -tags "$(TAGS) b2c_loader" ./applets/all/ ./applets/loader/ .

clean:
	rm -rf $(OUT)

# A .deb of `make install` (hack/deb.sh), checked with lintian: errors
# fail, warnings are printed (docs/packaging.md).
DEB_DIR := $(OUT)/deb
deb: $(OUT)/b2c $(COMPLETIONS) $(MANPAGES) out/dist/THIRD_PARTY_LICENSES
	deb=$$(sh hack/deb.sh $(ARCH) $(VERSION) $(OUT)/b2c $(DEB_DIR)) && \
		echo "deb: $$deb" && lintian --fail-on error --tag-display-limit 0 "$$deb"

# The .deb installed in a clean Debian 12 root, then podman, mcli and a
# container run from it (hack/deb-test.sh; root, network to the mirror).
deb-test: deb
	bash hack/deb-test.sh $(DEB_DIR)/b2c_*_$(ARCH).deb

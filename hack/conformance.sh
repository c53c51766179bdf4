#!/bin/bash
# Usage: hack/conformance.sh [full|quick]   (make conformance, make conformance-quick)
#
# Runs upstream's own tests against the merged binary and against podman
# and mc built alone from the same vendor tree with the same tags and flags
# (hack/alone.sh), then compares: a test that passes alone and fails merged
# fails this script. Tests that fail on both sides are listed with their
# reason from test/conformance/reasons (environmental: no internet, no
# systemd, tags we leave out...), never hidden.
#
#   - podman v4.9.5's test/system BATS files (from its module zip, through
#     the Go module proxy), run by Debian's bats as root with PODMAN
#     pointing at a link named podman, in a private mount namespace without
#     /sys/fs/cgroup/unified (crun refuses this host's hybrid cgroups), with
#     private storage, and a stand-in for quay.io/libpod/testimage served by
#     a local docker-registry;
#   - mc's functional-tests.sh (from mc's module zip, the version in go.mod)
#     with MINT_MODE=core against a local MinIO server over TLS
#     (out/tools/minio).
#
# CONFORMANCE_FILES (BATS file names without .bats; empty: none) and
# CONFORMANCE_MC=0|1 override the mode's choice. B2C_BIN is the merged binary (default
# out/b2c), B2C_MINIO the server, B2C_ALONE a directory holding podman and
# mc alone (built into out/alone otherwise).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
OUT=${OUT:-out}
GO=${GO:-go}
mode=${1:-full}

# The full set: files whose tests run without the internet, systemd or
# another image, and that fit in about half an hour on 2 cores for both
# sides. 015-help and 610-format (every command's --help and formats, minutes
# each) and the rest of test/system run with CONFORMANCE_FILES. 085-top is
# in both sets: it caught a merged-only regression (a re-exec with an
# empty environment, fixed by patches/0013).
full_files="001-basic 005-info 010-images 020-tag 030-run 040-ps 045-start 050-stop
055-rm 075-exec 080-pause 085-top 110-history 125-import 130-kill 140-diff"
# Under 3 minutes on 2 cores: start-up, info, a pull from the registry,
# run, the podman-top re-exec. (015-help and 610-format take minutes.)
quick_files="001-basic 020-tag 085-top"
case $mode in
full) files=${CONFORMANCE_FILES-$full_files} run_mc=${CONFORMANCE_MC:-1} ;;
quick) files=${CONFORMANCE_FILES-$quick_files} run_mc=${CONFORMANCE_MC:-0} ;;
*)
	echo "usage: hack/conformance.sh [full|quick]" >&2
	exit 2
	;;
esac

PODMAN_VERSION=v4.9.5
REASONS=$root/test/conformance/reasons
bin=$(realpath "${B2C_BIN:-$OUT/b2c}")

# A missing tool skips outside CI and fails under CI=true (docs/testing.md).
missing() {
	echo "missing dependency: $*"
	if [ "${CI:-}" = true ]; then exit 1; fi
	exit 0
}
[ "$(id -u)" = 0 ] || missing "conformance: podman's system tests run as root"
for tool in bats skopeo docker-registry crun conmon catatonit unshare jq openssl curl ss; do
	command -v "$tool" >/dev/null 2>&1 || missing "$tool is not installed (hack/deps.sh installs it)"
done
[ -x /bin/busybox ] || missing "/bin/busybox (busybox-static) makes the test image"
[ -x "$bin" ] || {
	echo "conformance: no merged binary $bin (make build)" >&2
	exit 1
}
if [ "$run_mc" = 1 ]; then
	minio=${B2C_MINIO:-$OUT/tools/minio}
	[ -x "$minio" ] || missing "$minio (make out/tools/minio)"
fi

# Upstream's tests, from the module zips (the module proxy is the only
# network we use).
moddir() { (cd / && GOFLAGS= GOTOOLCHAIN=local "$GO" mod download -json "$1" | jq -r .Dir); }
podman_src=$(moddir "github.com/containers/podman/v4@$PODMAN_VERSION")/test/system
[ -f "$podman_src/helpers.bash" ] || {
	echo "conformance: no test/system in podman $PODMAN_VERSION's module" >&2
	exit 1
}
if [ "$run_mc" = 1 ]; then
	mc_version=$(awk '$1 == "github.com/minio/mc" {print $2}' go.mod)
	mc_src=$(moddir "github.com/minio/mc@$mc_version")/functional-tests.sh
	[ -f "$mc_src" ] || {
		echo "conformance: no functional-tests.sh in mc $mc_version" >&2
		exit 1
	}
fi

alone=${B2C_ALONE:-}
if [ -z "$alone" ]; then
	alone=$OUT/alone
	OUT=$OUT GO=$GO sh hack/alone.sh "$alone" || exit 1
fi
alone=$(realpath "$alone")

# Short: podman refuses a runroot path longer than 50 characters.
work=$(mktemp -d /tmp/b2c-cf.XXXXXX)
pids=()
cur=
cleanup() {
	local p
	# timeout(1) runs a test file in a process group of its own.
	[ -z "$cur" ] || kill -TERM -- "-$cur" 2>/dev/null
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
	# Whatever a test left running under our directories (conmon, containers).
	for p in $(grep -l -s "$work" /proc/[0-9]*/cmdline | cut -d/ -f3); do
		kill -9 "$p" 2>/dev/null
	done
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log=$OUT/conformance
mkdir -p "$log"
rm -f "$log"/*.tap "$log"/*.res "$log"/*.json "$log"/*.log

free_port() {
	local p
	while :; do
		p=$((20000 + RANDOM % 20000))
		[ -z "$(ss -Htln "sport = :$p")" ] && echo "$p" && return
	done
}

# wait_url URL CURL-ARGS...: up to 30 s for a server to answer.
wait_url() {
	local url=$1 i
	shift
	for i in $(seq 300); do
		curl -fsS -o /dev/null "$@" "$url" 2>/dev/null && return 0
		sleep 0.1
	done
	echo "conformance: nothing answers on $url" >&2
	return 1
}

# Links named after the programs: podman and mc take their applet from
# argv[0] (merged), and mc's script runs ./mc.
mkdir -p "$work/merged" "$work/alone"
ln -s "$bin" "$work/merged/podman"
ln -s "$bin" "$work/merged/mc"
ln -s "$alone/podman" "$work/alone/podman"
ln -s "$alone/mc" "$work/alone/mc"
# functional-tests.sh formats a failure's message with `python`.
mkdir -p "$work/path"
command -v python >/dev/null 2>&1 || ln -s "$(command -v python3)" "$work/path/python"
# Debian's skopeo (1.9) does not read CONTAINERS_REGISTRIES_CONF: the
# helpers' `skopeo copy` of the test image reaches the plain-HTTP registry
# through the same registries.conf as podman, given as its own flag.
cat >"$work/path/skopeo" <<EOF
#!/bin/sh
exec $(command -v skopeo) --registries-conf "\$CONTAINERS_REGISTRIES_CONF" "\$@"
EOF
chmod 755 "$work/path/skopeo"
export PATH=$work/path:$PATH

status=0
rows=()
bothfail=()
regressions=()

# reason FILE NAME: the recorded reason for a test failing on both sides.
reason() {
	awk -F ' [|] ' -v f="$1" -v n="$2" '!/^#/ && $1 == f && $2 == n { print $3; found = 1; exit }
		END { if (!found) print "NO REASON RECORDED (test/conformance/reasons)" }' "$REASONS"
}

# compare FILE ALONE-RESULTS MERGED-RESULTS: both files hold "STATUS<TAB>NAME"
# lines (pass, fail or skip; a test missing from one side counts as failed
# there). Adds a table row, the regressions and the tests failing on both.
compare() {
	local file=$1 a=$2 m=$3 n pa pm both skip st_a st_m name r
	n=0 pa=0 pm=0 both=0 skip=0 r=
	while IFS=$'\t' read -r name; do
		st_a=$(awk -F '\t' -v n="$name" '$2 == n { print $1; exit }' "$a")
		st_m=$(awk -F '\t' -v n="$name" '$2 == n { print $1; exit }' "$m")
		: "${st_a:=fail}" "${st_m:=fail}"
		n=$((n + 1))
		[ "$st_a" = pass ] && pa=$((pa + 1))
		[ "$st_m" = pass ] && pm=$((pm + 1))
		[ "$st_a" = skip ] && [ "$st_m" = skip ] && skip=$((skip + 1))
		if [ "$st_a" = pass ] && [ "$st_m" != pass ]; then
			regressions+=("$file: $name (alone: $st_a, merged: $st_m)")
		elif [ "$st_a" = fail ] && [ "$st_m" = fail ]; then
			both=$((both + 1))
			bothfail+=("$file | $name | $(reason "$file" "$name")")
		elif [ "$st_a" = notrun ] && [ "$st_m" = notrun ]; then
			both=$((both + 1))
			r=$(reason "$file" "$name")
			case $r in NO\ REASON*) r="not run on either side: the script stops at its first failure" ;; esac
			bothfail+=("$file | $name | $r")
		elif [ "$st_a" != "$st_m" ]; then
			echo "conformance: $file: $name: alone $st_a, merged $st_m"
		fi
	done < <(cut -f2 "$a" "$m" | sort -u)
	# A file that ran no test at all (bats or its setup broke) proves nothing.
	[ "$n" -gt 0 ] || regressions+=("$file: no test ran on either side")
	rows+=("$(printf '%-26s %6d %7d %7d %7d %7d' "$file" "$n" "$pa" "$pm" "$both" "$skip")")
}

# tap2res: "STATUS<TAB>NAME" from bats' TAP output. A name holding the
# side's own directory (005-info's names one after $HOME) gets the same
# name on both sides ("t x" resets the flag the later "t"s test).
tap2res() {
	sed -nE -e "s#$work/(alone|merged)#SIDE#g" -e 't x' -e ':x' \
		-e 's/^ok [0-9]+ (.*) # skip.*/skip\t\1/p; t' \
		-e 's/^ok [0-9]+ (.*)/pass\t\1/p; t' \
		-e 's/^not ok [0-9]+ (.*)/fail\t\1/p'
}

###############################################################################
# podman

podman_side() {
	local side=$1 d=$work/$1
	# Private storage, configuration, HOME and engine tmp_dir (not
	# /run/libpod) for each side: nothing is shared with the host's (or the
	# other side's) containers.
	mkdir -p "$d/home/.config/containers" "$d/tmp"
	cat >"$d/storage.conf" <<-EOF
		[storage]
		driver = "vfs"
		graphroot = "$d/root"
		runroot = "$d/run"
	EOF
	# The host's hard limit for open files is below podman's default
	# nofile ulimit for containers: crun would fail to set it.
	cat >"$d/containers.conf" <<-EOF
		[containers]
		default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=32768:32768"]

		[engine]
		cgroup_manager = "cgroupfs"
		events_logger = "file"
		tmp_dir = "$d/libpod"
	EOF
	echo '{"default":[{"type":"insecureAcceptAnything"}]}' >"$d/home/.config/containers/policy.json"
	cp "$work/registries.conf" "$d/registries.conf"
}

# The stand-in for quay.io/libpod/testimage: what build-testimage puts in
# it and the chosen tests read (the tag in /home/podman/testimage-id with a
# fixed mtime, the pause script, the labels, the workdir and command), on
# Debian's static busybox instead of Alpine. Built with the merged podman
# (the same image for both sides) and pushed to the local registry under
# the test tag and the "non-local" tag that pull tests use.
TEST_TAG=20261207
make_image() {
	local r=$work/img/rootfs a
	mkdir -p "$r"/{bin,sbin,etc,tmp,root,home/podman,usr/bin,usr/sbin,var/tmp,proc,sys,dev}
	cp /bin/busybox "$r/bin/busybox"
	for a in $(/bin/busybox --list-full); do
		[ -e "$r/$a" ] || ln -s /bin/busybox "$r/$a"
	done
	printf 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n' >"$r/etc/passwd"
	printf 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nnobody:x:65534:\n' >"$r/etc/group"
	printf 'NAME="b2c conformance stand-in"\nID=b2c\n' >"$r/etc/os-release"
	# Alpine's busybox has printenv, Debian's does not: the tests use it.
	cat >"$r/usr/bin/printenv" <<-'SH'
		#!/bin/sh
		[ $# = 0 ] && exec env
		rc=0
		for v; do
			eval "[ -n \"\${$v+x}\" ]" && eval "printf '%s\n' \"\$$v\"" || rc=1
		done
		exit $rc
	SH
	chmod 755 "$r/usr/bin/printenv"
	ln -s /usr/bin/printenv "$r/bin/printenv"
	# As in Alpine's: /etc/mtab a link, / at mode 555 (030-run checks both).
	ln -s /proc/mounts "$r/etc/mtab"
	chmod 555 "$r"
	echo "$TEST_TAG" >"$r/home/podman/testimage-id"
	touch --date=@1600000000 "$r/home/podman/testimage-id"
	printf '#!/bin/sh\necho Confirmed: testimage pause invoked as $0\nwhile :; do\n    sleep 0.1\ndone\n' >"$r/home/podman/pause"
	chmod 755 "$r/home/podman/pause"
	chmod 1777 "$r/tmp" "$r/var/tmp"
	tar -C "$r" --numeric-owner --owner=0 --group=0 -cf "$work/img/rootfs.tar" .

	podman_side img
	local p=(env HOME="$work/img/home" CONTAINERS_CONF="$work/img/containers.conf"
		CONTAINERS_STORAGE_CONF="$work/img/storage.conf" CONTAINERS_REGISTRIES_CONF="$work/img/registries.conf"
		unshare -m sh -c 'umount /sys/fs/cgroup/unified 2>/dev/null; exec "$@"' sh "$work/merged/podman")
	local fqn=$registry/libpod/testimage
	"${p[@]}" import -q \
		--change 'LABEL created_by=test/system/build-testimage' \
		--change "LABEL created_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
		--change 'WORKDIR /home/podman' \
		--change 'CMD ["/bin/echo", "This container is intended for podman CI testing"]' \
		"$work/img/rootfs.tar" "$fqn:$TEST_TAG" >/dev/null &&
		"${p[@]}" push -q "$fqn:$TEST_TAG" &&
		"${p[@]}" push -q "$fqn:$TEST_TAG" "docker://$fqn:00000004"
}

run_podman_tests() {
	local port
	port=$(free_port)
	registry=127.0.0.1:$port
	mkdir -p "$work/registry"
	cat >"$work/registry/config.yml" <<-EOF
		version: 0.1
		log:
		  level: warn
		storage:
		  filesystem:
		    rootdirectory: $work/registry/data
		http:
		  addr: $registry
	EOF
	docker-registry serve "$work/registry/config.yml" >"$log/registry.log" 2>&1 &
	pids+=($!)
	wait_url "http://$registry/v2/" || return 1
	# Plain HTTP: the registry is on the loopback only.
	cat >"$work/registries.conf" <<-EOF
		[[registry]]
		location = "$registry"
		insecure = true
	EOF
	echo "=== test image: stand-in pushed to $registry"
	make_image || {
		echo "conformance: could not make the test image" >&2
		return 1
	}

	local side f start
	podman_side alone
	podman_side merged
	# File by file, alone then merged: each row is printed as soon as both
	# sides ran it, so a long run shows its results as it goes.
	for f in $files; do
		[ -f "$podman_src/$f.bats" ] || {
			echo "conformance: no $f.bats in podman $PODMAN_VERSION" >&2
			return 1
		}
		for side in alone merged; do
			start=$(date +%s)
			# One namespace per file: mounts a test leaves die with it.
			# bats reads the suite's setup_suite.bash from the files'
			# directory, so the files run where they are.
			env HOME="$work/$side/home" TMPDIR="$work/$side/tmp" \
				CONTAINERS_CONF="$work/$side/containers.conf" \
				CONTAINERS_STORAGE_CONF="$work/$side/storage.conf" \
				CONTAINERS_REGISTRIES_CONF="$work/$side/registries.conf" \
				PODMAN="$work/$side/podman" \
				PODMAN_TEST_IMAGE_REGISTRY="$registry" PODMAN_TEST_IMAGE_USER=libpod \
				PODMAN_TEST_IMAGE_NAME=testimage PODMAN_TEST_IMAGE_TAG="$TEST_TAG" \
				timeout -k 10 20m unshare -m sh -c 'umount /sys/fs/cgroup/unified 2>/dev/null; exec "$@"' sh \
				bats --tap "$podman_src/$f.bats" >"$log/$side.$f.tap" 2>&1 &
			cur=$!
			wait "$cur"
			cur=
			# Nothing a file left running survives into the next one.
			env HOME="$work/$side/home" CONTAINERS_CONF="$work/$side/containers.conf" \
				CONTAINERS_STORAGE_CONF="$work/$side/storage.conf" \
				unshare -m sh -c 'umount /sys/fs/cgroup/unified 2>/dev/null; exec "$@"' sh \
				"$work/$side/podman" rm -af -t 0 >/dev/null 2>&1
			tap2res <"$log/$side.$f.tap" >"$log/$side.$f.res"
			printf '=== %-7s %-26s %4ds  %3d ok, %3d not ok\n' "$side" "$f" $(($(date +%s) - start)) \
				"$(grep -c '^ok' "$log/$side.$f.tap")" "$(grep -c '^not ok' "$log/$side.$f.tap")"
		done
		compare "$f" "$log/alone.$f.res" "$log/merged.$f.res"
		echo "${rows[-1]}"
	done
}

###############################################################################
# mc

run_mc_tests() {
	local port d=$work/minio side
	port=$(free_port)
	mkdir -p "$d/certs" "$d/data" "$work/mcdata"
	# A self-signed certificate for 127.0.0.1: mc trusts it through
	# SSL_CERT_FILE (Go's crypto/x509 reads it on Linux), the curl of the
	# presigned tests through CURL_CA_BUNDLE.
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
		-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
		-keyout "$d/certs/private.key" -out "$d/certs/public.crt" >/dev/null 2>&1 || return 1
	# Random keys, never printed.
	local user pass
	user=u$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
	pass=p$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
	MINIO_ROOT_USER=$user MINIO_ROOT_PASSWORD=$pass MINIO_BROWSER=off \
		"$minio" server --quiet --certs-dir "$d/certs" --address "127.0.0.1:$port" "$d/data" \
		>"$log/minio.log" 2>&1 &
	pids+=($!)
	wait_url "https://127.0.0.1:$port/minio/health/live" --cacert "$d/certs/public.crt" || return 1

	local script=$work/functional-tests.sh start
	cp "$mc_src" "$script"
	for side in alone merged; do
		start=$(date +%s)
		# The script runs ./mc and works in its current directory.
		env -C "$work/$side" HOME="$work/$side" SSL_CERT_FILE="$d/certs/public.crt" \
			CURL_CA_BUNDLE="$d/certs/public.crt" \
			MINT_MODE=core MINT_DATA_DIR="$work/mcdata" SERVER_ENDPOINT="127.0.0.1:$port" \
			ACCESS_KEY="$user" SECRET_KEY="$pass" ENABLE_HTTPS=1 \
			timeout -k 10 15m bash "$script" >"$log/$side.mc.json" 2>&1 &
		cur=$!
		wait "$cur"
		cur=
		# Every test of run_test: PASS, FAIL, or not run (the script stops
		# at its first failure).
		awk '/^function run_test\(\)/ { in_f = 1; next } in_f && /^}/ { exit }
			in_f && $1 ~ /^test_/ { print $1 }' "$script" | while read -r t; do
			if grep -q "\"function\": \"$t\", \"status\": \"PASS\"" "$log/$side.mc.json"; then
				printf 'pass\t%s\n' "$t"
			elif grep -q "\"function\": \"$t\", \"status\": \"FAIL\"" "$log/$side.mc.json"; then
				printf 'fail\t%s\n' "$t"
			else
				printf 'notrun\t%s\n' "$t"
			fi
		done >"$log/$side.mc.res"
		printf '=== %-7s %-26s %4ds  %3d passed\n' "$side" "mc functional-tests" $(($(date +%s) - start)) \
			"$(grep -c '^pass' "$log/$side.mc.res")"
	done
	compare "mc-functional-tests" "$log/alone.mc.res" "$log/merged.mc.res"
	echo "${rows[-1]}"
}

all_start=$(date +%s)
if [ -n "$files" ]; then
	run_podman_tests || status=1
fi
if [ "$run_mc" = 1 ]; then
	run_mc_tests || status=1
fi

echo
echo "=== conformance ($mode): merged $bin, alone $alone; logs in $log"
printf '%-26s %6s %7s %7s %7s %7s\n' file tests "ok alone" "ok merged" "fail both" "skip"
for r in "${rows[@]}"; do echo "$r"; done
if [ ${#bothfail[@]} -gt 0 ]; then
	echo
	echo "=== failing on both sides (file | test | reason)"
	for r in "${bothfail[@]}"; do echo "$r"; done
fi
if [ ${#regressions[@]} -gt 0 ]; then
	echo
	echo "=== REGRESSIONS: pass alone, fail merged"
	for r in "${regressions[@]}"; do echo "$r"; done
	status=1
fi
echo "=== conformance ($mode): $(($(date +%s) - all_start))s, status $status"
exit $status

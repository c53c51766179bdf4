#!/bin/bash
# make test: everything CI runs, on 2 cores in two lanes, then the boots.
#   lane 1: fmt, build, vet, the initramfs images, upx, host tests,
#           the second build from another path (repro-check)
#   lane 2: MinIO's build, vendor-check, licenses-check, the arm64 build and initramfs,
#           fuzz, then the unit tests (late: they reuse lane 1's compiled
#           packages; on 2026-12-07 lane 2 idled 280 s waiting for lane 1),
#           then conformance-quick (upstream podman tests, merged vs alone)
# Then the boot tests, two VMs at a time. Each step's duration is printed
# at the end, also when a step fails (the first failure stops the run).
set -uo pipefail
cd "$(dirname "$0")/.."
M="make --no-print-directory GO=${GO:-go} INITRAMFS_PARTS=false"
logs=out/test
mkdir -p "$logs"
rm -f "$logs"/*.steps "$logs"/lane2.log
start=$(date +%s)

# step LANE NAME COMMAND...: runs it, records "NAME SECONDS STATUS".
step() {
	local lane=$1 name=$2 s rc
	shift 2
	s=$(date +%s)
	echo "=== [$(($(date +%s) - start))s] $name: $*"
	"$@"
	rc=$?
	echo "$name $(($(date +%s) - s)) $rc" >>"$logs/$lane.steps"
	[ $rc = 0 ] || echo "=== $name failed (status $rc)"
	return $rc
}

summary() {
	echo
	echo "=== make test: step durations (lane 2 ran beside lane 1)"
	printf '%-6s %-16s %8s %7s\n' lane step seconds status
	for lane in lane1 lane2 boot; do
		[ -f "$logs/$lane.steps" ] || continue
		while read -r n d rc; do printf '%-6s %-16s %8s %7s\n' "${lane#lane}" "$n" "$d" "$rc"; done <"$logs/$lane.steps"
	done
	echo "=== make test: $(($(date +%s) - start))s in all"
}
trap summary EXIT

lane2() {
	step lane2 minio $M out/tools/minio &&
		step lane2 vendor-check $M vendor-check &&
		step lane2 licenses $M licenses-check &&
		step lane2 arm64 $M ARCH=arm64 build initramfs netboot size-budget &&
		step lane2 fuzz $M fuzz FUZZTIME=15s &&
		step lane2 unit $M unit &&
		step lane2 conformance $M conformance-quick
}
lane2 >"$logs/lane2.log" 2>&1 &
lane2_pid=$!

lane1() {
	step lane1 fmt $M fmt &&
		step lane1 build $M build &&
		step lane1 vet $M vet &&
		step lane1 initramfs $M initramfs &&
		step lane1 size-budget $M size-budget &&
		step lane1 upx $M upx upx-initramfs &&
		step lane1 netboot $M netboot &&
		step lane1 host-test $M host-test &&
		step lane1 repro-check $M repro-check
}
lane1
rc1=$?
if [ $rc1 != 0 ]; then
	# Lane 2 is not waited for: its steps are not needed any more.
	pkill -TERM -P $lane2_pid 2>/dev/null
	kill $lane2_pid 2>/dev/null
	wait $lane2_pid 2>/dev/null
	echo "=== lane 2's log (stopped)"
	cat "$logs/lane2.log"
	exit $rc1
fi
echo "=== [$(($(date +%s) - start))s] waiting for lane 2 (MinIO, vendor-check, arm64, fuzz, unit, conformance)"
wait $lane2_pid
rc2=$?
echo "=== lane 2's log"
cat "$logs/lane2.log"
[ $rc2 = 0 ] || exit $rc2
step boot lab-test $M lab-test

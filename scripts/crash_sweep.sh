#!/bin/sh
# crash_sweep.sh [BUILD] - the full crash sweep of issue 14 (tests/kernel/crash_test.py):
# 1 000 cut points over the crashload workload (in two parallel halves) and 100 SIGKILLs
# at random wall times; prints the counts of inconsistent images and files outside their
# allowed states. Exit status 0 only if both are 0 everywhere. The tools are copied
# first, so a rebuild during the sweep does not disturb it.
B=${1:-build}
T=$(cd "$(dirname "$0")/.." && pwd)/tests/kernel/crash_test.py
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cp "$B/qvm/qvm" "$B/kernel/kernel.qbin" "$B/image/disk.qfs" "$B/mkqfs/mkqfs" \
   "$B/tests/kernel/kernel_test_crashload.qbin" "$W/"
set -- "$W/qvm" "$W/kernel.qbin" "$W/disk.qfs" "$W/mkqfs" "$W/kernel_test_crashload.qbin"
python3 "$T" "$@" --cuts 1000 --chunk 0/2 & a=$!
python3 "$T" "$@" --cuts 1000 --chunk 1/2 & b=$!
python3 "$T" "$@" --cuts 0 --kills 100 --seed 14 & c=$!
s=0
wait $a || s=1
wait $b || s=1
wait $c || s=1
exit $s

#!/bin/sh
# bench/qvm.sh - MIPS of qvm on four loops: ALU and load/store, each with the MMU off
# and with the list-table MMU on. Prints the median of RUNS runs (default 5) per loop,
# as reported by `qvm --stats` (million cycles per host second), and the peak resident
# memory of one run. Usage: BUILD=build bench/qvm.sh
set -eu
BUILD=${BUILD:-build}
RUNS=${RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
qasm=$BUILD/qasm/qasm
qvm=$BUILD/qvm/qvm
[ -x "$qasm" ] && [ -x "$qvm" ] || { echo "bench/qvm.sh: build qasm and qvm in $BUILD first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in alu alu-mmu ldst ldst-mmu; do
    "$qasm" -o "$tmp/$name.qbin" "$here/qvm/$name.qasm"
    runs=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        m=$("$qvm" --stats "$tmp/$name.qbin" 2>&1 >/dev/null | sed -n 's/^mips: //p')
        runs="$runs $m"
        i=$((i + 1))
    done
    median=$(echo $runs | tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf 'qvm %-9s median %8s MIPS  (runs:%s)\n' "$name" "$median" "$runs"
done
if command -v /usr/bin/time >/dev/null 2>&1; then
    /usr/bin/time -f 'qvm peak resident memory (default 4 Mi words): %M KiB' \
        "$qvm" "$tmp/ldst.qbin" >/dev/null
fi

#!/bin/sh
# bench/qvm.sh - speed of qvm's engines side by side (--engine=interp, the reference
# loop, and --engine=threaded), in million guest instructions per second of qvm's own
# CPU time (`qvm --stats`, getrusage: wall time on a shared machine measures the other
# processes). Loops: ALU and load/store, each with the MMU off and with the list MMU
# on (bench/qvm/*.qasm), and two compiled C loops (qcc_sum.c, qcc_fill.c at -O1, large
# trip counts). Medians of RUNS runs (default 5). With valgrind installed, also host
# instructions per guest instruction (callgrind, over a -c 4000000 run of each loop),
# then the peak resident memory of one run. Usage: BUILD=build bench/qvm.sh
set -eu
BUILD=${BUILD:-build}
RUNS=${RUNS:-5}
ENGINES=${ENGINES:-"interp threaded"}
here=$(cd "$(dirname "$0")" && pwd)
qasm=$BUILD/qasm/qasm
qvm=$BUILD/qvm/qvm
qcc=$BUILD/qcc-lite/qcc-lite
[ -x "$qasm" ] && [ -x "$qvm" ] || { echo "bench/qvm.sh: build qasm and qvm in $BUILD first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
loops="alu alu-mmu ldst ldst-mmu"
for name in alu alu-mmu ldst ldst-mmu; do
    "$qasm" -o "$tmp/$name.qbin" "$here/qvm/$name.qasm"
done
if [ -x "$qcc" ]; then
    mkdir -p "$tmp/sysroot/lib/bare" "$tmp/sysroot/include"
    "$qasm" -c -o "$tmp/sysroot/lib/bare/crt0.o" "$here/qcc_crt0.s"
    "$qcc" -O1 --sysroot "$tmp/sysroot" -DINNER=20000 -o "$tmp/c-sum.qbin" "$here/qcc_sum.c"
    "$qcc" -O1 --sysroot "$tmp/sysroot" -DN=100000 -o "$tmp/c-fill.qbin" "$here/qcc_fill.c"
    loops="$loops c-sum c-fill"
fi

median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-9s' loop
for e in $ENGINES; do printf ' %10s' "$e"; done
printf '   (MIPS of CPU time, median of %s)\n' "$RUNS"
for name in $loops; do
    printf '%-9s' "$name"
    for e in $ENGINES; do
        runs=""
        i=0
        while [ $i -lt "$RUNS" ]; do
            m=$("$qvm" --engine="$e" --stats "$tmp/$name.qbin" 2>&1 >/dev/null | sed -n 's/^mips: //p')
            runs="$runs $m"
            i=$((i + 1))
        done
        printf ' %10s' "$(echo "$runs" | median)"
    done
    printf '\n'
done
if command -v valgrind >/dev/null 2>&1; then
    printf '%-9s' loop
    for e in $ENGINES; do printf ' %10s' "$e"; done
    printf '   (host instructions per guest instruction, callgrind)\n'
    for name in $loops; do
        printf '%-9s' "$name"
        for e in $ENGINES; do
            ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$qvm" --engine="$e" \
                     -c 4000000 "$tmp/$name.qbin" 2>&1 >/dev/null | sed -n 's/.*Collected : //p')
            printf ' %10s' "$(echo "scale=1; $ir / 4000000" | bc)"
        done
        printf '\n'
    done
fi
if command -v /usr/bin/time >/dev/null 2>&1; then
    /usr/bin/time -f 'qvm peak resident memory (default 4 Mi words): %M KiB' \
        "$qvm" "$tmp/ldst.qbin" >/dev/null
fi

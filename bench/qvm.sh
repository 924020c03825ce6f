#!/bin/sh
# bench/qvm.sh - speed of qvm's engines side by side (--engine=interp, the reference
# loop, --engine=threaded and --engine=jit), in million guest instructions per second of qvm's own
# CPU time (`qvm --stats`, getrusage: wall time on a shared machine measures the other
# processes). Loops: ALU and load/store, each with the MMU off and with the list MMU
# on (bench/qvm/*.qasm), and two compiled C loops (qcc_sum.c, qcc_fill.c at -O1, large
# trip counts). Medians of RUNS runs (default 5). With valgrind installed, also host
# instructions per guest instruction (callgrind: a -c 4000000 run of each loop less a
# -c 1000 run, so that qvm's start-up is not counted), the host instructions of a boot
# of the kernel with `run /bin/hello.qbin` (when the kernel and disk image are built),
# then the peak resident memory of one run. Usage: BUILD=build bench/qvm.sh
set -eu
BUILD=${BUILD:-build}
RUNS=${RUNS:-5}
ENGINES=${ENGINES:-"interp threaded jit"}
here=$(cd "$(dirname "$0")" && pwd)
qasm=$BUILD/qasm/qasm
qvm=$BUILD/qvm/qvm
qcc=$BUILD/qcc-lite/qcc-lite
[ -x "$qasm" ] && [ -x "$qvm" ] || { echo "bench/qvm.sh: build qasm and qvm in $BUILD first" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No JIT on this host (not x86-64 Linux): leave it out.
: >"$tmp/empty.qbin"
"$qvm" --engine=jit "$tmp/empty.qbin" >/dev/null 2>&1 || ENGINES=$(echo "$ENGINES" | sed 's/jit//')
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
    ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
               sed -n 's/.*Collected : //p'; }
    for name in $loops; do
        printf '%-9s' "$name"
        for e in $ENGINES; do
            long=$(ir "$qvm" --engine="$e" -c 4000000 "$tmp/$name.qbin")
            short=$(ir "$qvm" --engine="$e" -c 1000 "$tmp/$name.qbin")
            printf ' %10s' "$(echo "scale=2; ($long - $short) / 3999000" | bc)"
        done
        printf '\n'
    done
    kernel=$BUILD/kernel/kernel.qbin
    image=$BUILD/image/disk.qfs
    if [ -f "$kernel" ] && [ -f "$image" ]; then
        printf '%-9s' boot+run
        for e in $ENGINES; do
            cp "$image" "$tmp/disk.qfs"
            n=$(echo 'run /bin/hello.qbin' | ir "$qvm" --engine="$e" "$kernel" --disk "$tmp/disk.qfs")
            printf ' %10s' "$(echo "scale=1; $n / 1000000" | bc)"
        done
        printf '   (million host instructions: boot, run /bin/hello.qbin, halt)\n'
    fi
fi
if command -v /usr/bin/time >/dev/null 2>&1; then
    /usr/bin/time -f 'qvm peak resident memory (default 4 Mi words): %M KiB' \
        "$qvm" "$tmp/ldst.qbin" >/dev/null
fi

#!/bin/sh
# qcc.sh - qcc-lite code-quality benchmarks: the two reference loops (qcc_sum.c,
# qcc_fill.c) compiled at -O1 and run on qvm. Instructions per inner iteration are
# measured exactly as the cycle difference between two inner trip counts, divided by
# the difference in iterations (every instruction costs one cycle). Also times the
# compilation of the C library and kernel sources. BUILD names the build directory
# (default build).
set -eu
BUILD=${BUILD:-build}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
qcc="$BUILD/qcc-lite/qcc-lite"
qasm="$BUILD/qasm/qasm"
qvm="$BUILD/qvm/qvm"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sysroot/lib/bare" "$tmp/sysroot/include"
"$qasm" -c -o "$tmp/sysroot/lib/bare/crt0.o" "$here/qcc_crt0.s"

cycles() { # source, -D flag
    "$qcc" -O1 --sysroot "$tmp/sysroot" "$2" -o "$tmp/b.qbin" "$1"
    "$qvm" -s "$tmp/b.qbin" 2>&1 >/dev/null | awk '/^cycles:/ { print $2 }'
}

c1=$(cycles "$here/qcc_sum.c" -DINNER=100)
c2=$(cycles "$here/qcc_sum.c" -DINNER=200)
echo "sum += i*j:      $c1 cycles for 100000 inner iterations;" \
     "$(( (c2 - c1) / 100000 )) instructions per inner iteration (target <= 8, reference ~36)"
c1=$(cycles "$here/qcc_fill.c" -DN=1024)
c2=$(cycles "$here/qcc_fill.c" -DN=2048)
echo "fill + sum:      $c1 cycles for 2 x 102400 inner iterations;" \
     "$(( (c2 - c1) / 102400 )) instructions per fill+sum iteration pair" \
     "(target <= 10 each, reference ~42)"

# compile time of the C library and the kernel: every .c file, to assembly (-S) and to
# an object (-c, including the assembler), one process per file as the build runs them
compile_all() { # mode, files...
    mode=$1; shift
    for f in "$@"; do
        case "$f" in
            */kernel/*) target=kernel ;;
            *) target=bare ;;
        esac
        "$qcc" --target=$target -I "$root/libc/include" -I "$root/libc/src" -I "$root/common" \
            -I "$root/kernel" "$mode" -o "$tmp/x.out" "$f"
    done
}
files=$(find "$root/libc" "$root/kernel" -name '*.c' ! -name 'gensyscalls.c' | sort)
nfiles=$(echo "$files" | wc -l)
nlines=$(cat $files | wc -l)
for mode in -S -c; do
    start=$(date +%s.%N)
    compile_all $mode $files
    end=$(date +%s.%N)
    echo "libc + kernel:   $nfiles files, $nlines lines, qcc-lite $mode in" \
         "$(echo "$end - $start" | bc) s (one process per file)"
done

#!/bin/sh
# fuzz.sh - fuzzing campaigns for the host tools with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh build [--build-dir DIR]
#       configures and builds DIR (default build-fuzz) with clang, ASan+UBSan and
#       libFuzzer coverage; exits 77 (skip) when no clang with libFuzzer is installed.
#   scripts/fuzz.sh TARGET|all [SECONDS] [--build-dir DIR | --bin HARNESS] [--work DIR]
#                   [--smoke]
#       fuzzes qasm, cc (the qcc-lite compiler on preprocessed C), qvm, qld or mkqfs for
#       SECONDS (default 60) each, niced, seeded from fuzz/seeds and the test corpus, with
#       fuzz/dict/TARGET.dict. Findings go to WORK/findings/TARGET (default
#       build-fuzz/work); copy each into fuzz/regressions/TARGET once fixed. Exit status
#       1 if anything was found. --smoke: a short check for ctest.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
targets="qasm cc qvm qld mkqfs"
what=${1:-}
[ -n "$what" ] || { sed -n 2,16p "$0"; exit 2; }
shift
secs=60
case ${1:-} in [0-9]*) secs=$1; shift ;; esac
build="$root/build-fuzz" bin= work= smoke=0
while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) build=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    *) echo "fuzz.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
done
[ -n "$work" ] || work="$build/work"

have_libfuzzer() {
    command -v clang >/dev/null 2>&1 || return 1
    t=$(mktemp -d) || return 1
    printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n){(void)d;(void)n;return 0;}\n' >"$t/t.c"
    clang -fsanitize=fuzzer,address,undefined "$t/t.c" -o "$t/t" >/dev/null 2>&1
    ok=$?
    rm -rf "$t"
    return $ok
}

build_tree() {
    if ! have_libfuzzer; then
        echo "fuzz.sh: skipped: no clang with -fsanitize=fuzzer (install clang and libclang-rt-dev)"
        exit 77
    fi
    flags="-fsanitize=fuzzer-no-link -fno-sanitize-recover=all"
    mkdir -p "$build"
    [ -f "$build/CMakeCache.txt" ] ||
        CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DQPU_SANITIZE=ON -DQPU_WERROR=OFF -DCMAKE_C_FLAGS="$flags" >"$build/fuzz-build.log" 2>&1 ||
        { cat "$build/fuzz-build.log"; echo "fuzz.sh: configure failed"; exit 1; }
    nice cmake --build "$build" -j2 --target qasm mkqfs \
        $(for t in $targets; do echo "fuzz_$t"; done) >"$build/fuzz-build.log" 2>&1 ||
        { tail -30 "$build/fuzz-build.log"; echo "fuzz.sh: build failed"; exit 1; }
}

# Seeds: the checked-in ones, plus (for campaigns) programs, objects and images made from
# the reference examples and the test sources.
seed() {
    st=$1 c=$2
    mkdir -p "$c"
    cp "$root/fuzz/seeds/$st"/* "$c/" 2>/dev/null
    cp "$root/fuzz/regressions/$st"/* "$c/" 2>/dev/null
    [ $smoke -eq 1 ] && return
    ex="$root/../shared/spec/examples"
    qasm="$build/qasm/qasm"
    case $st in
    qasm) cp "$ex"/*.qasm "$root"/tests/qasm/golden/*.qasm "$root"/tests/qasm/errors/*.qasm "$c/" 2>/dev/null ;;
    cc) for src in "$root"/tests/qcc/errors/*.c "$root"/tests/c/*/*.c "$root"/libc/src/*/*.c; do
            [ -f "$src" ] || continue
            { printf '0'; cpp -undef -nostdinc -isystem "$root/qcc-lite/include" \
                -isystem "$root/libc/include" -D__QPU__=1 -D__qcc_lite__=1 \
                -D__CHAR_BIT__=32 '-D__attribute__(x)=' "$src" 2>/dev/null; } \
                >"$c/$(basename "$src").i"
        done ;;
    qvm|qld) for src in "$ex"/*.qasm "$root"/tests/qvm/*.qasm; do
            [ -f "$src" ] || continue
            n=$(basename "$src" .qasm)
            if [ $st = qvm ]; then "$qasm" -o "$c/$n.qbin" "$src" 2>/dev/null
            else "$qasm" -c -o "$c/$n.o" "$src" 2>/dev/null; fi
        done ;;
    mkqfs) m="$build/mkqfs/mkqfs"
        rm -f "$c"/gen*.qfs
        "$m" create "$c/gen-empty.qfs" --sectors 32 >/dev/null 2>&1
        "$m" create "$c/gen-tree.qfs" --sectors 48 --from "$root/fuzz/seeds" >/dev/null 2>&1 ;;
    esac
}

fuzz_one() {
    t=$1
    h=${bin:-"$build/fuzz/fuzz_$t"}
    [ -x "$h" ] || { echo "fuzz.sh: no harness $h"; exit 1; }
    c="$work/corpus/$t" f="$work/findings/$t"
    mkdir -p "$f"
    seed "$t" "$c"
    maxlen=65536
    tmo=10
    [ $t = qvm ] && maxlen=16384 tmo=30   # a bounded machine run: see fuzz/fuzz_qvm.c
    mode=
    [ $t = cc ] && mode="-fork=1 -ignore_ooms=1" # the compiler's arena lives per batch
    echo "fuzz.sh: $t for ${secs}s (corpus $c, findings $f)"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        nice -n 10 "$h" $mode "$c" -max_total_time="$secs" -timeout=$tmo -rss_limit_mb=2048 \
        -max_len=$maxlen -dict="$root/fuzz/dict/$t.dict" -artifact_prefix="$f/" \
        -close_fd_mask=3 -print_final_stats=1 </dev/null >"$work/$t.log" 2>&1
    rc=$?
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$t.log" | sed "s/^/  $t /"
    # slow-unit-* files are libFuzzer's note of an input slower than 10 s of wall time
    # (a loaded machine), not a finding: listed, not counted.
    ls "$f" | grep "^slow-unit-" | sed "s|^|  $t slow input (not a hang): $f/|"
    if [ $rc -ne 0 ] || ls "$f" | grep -vq "^slow-unit-"; then
        grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$work/$t.log" | head -20
        echo "fuzz.sh: $t: FINDINGS in $f (status $rc)"
        return 1
    fi
    echo "fuzz.sh: $t: no crash, no hang"
}

if [ "$what" = build ]; then
    build_tree
    exit 0
fi
if [ -z "$bin" ]; then
    build_tree
fi
mkdir -p "$work"
status=0
[ "$what" = all ] && what=$targets
for t in $what; do
    case " $targets " in *" $t "*) ;; *) echo "fuzz.sh: unknown target '$t' ($targets)"; exit 2 ;; esac
    fuzz_one "$t" || status=1
done
exit $status

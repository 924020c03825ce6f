#!/bin/sh
# run_driver_test.sh - the qcc-lite driver like gcc: -E, -S, -c, linking several .c/.s/.o
# files, -I/-D/-U, -o, -v, --sysroot and QCC_SYSROOT, and errors for bad usage.
# usage: run_driver_test.sh QCC QASM QVM WORKDIR
set -u
QCC=$1 QASM=$2 QVM=$3 W=$4
D=$(cd "$(dirname "$0")/driver" && pwd)
rm -rf "$W" && mkdir -p "$W/sysroot/lib/bare" "$W/sysroot/include" && cd "$W" || exit 1
fails=0
check() { # description, then a command that must succeed
    desc=$1; shift
    if "$@" >/dev/null 2>&1; then echo "ok: $desc"; else echo "FAIL: $desc"; fails=$((fails + 1)); fi
}
status_is() { # expected status, command...
    want=$1; shift
    "$@" >/dev/null 2>&1
    [ $? -eq "$want" ]
}
"$QASM" -c -o sysroot/lib/bare/crt0.o "$D/crt0.s" || exit 1

check "-E expands -D macros and keeps line markers" \
    sh -c "'$QCC' -E -I '$D/inc' -DVALUE=5 '$D/main.c' | grep -q 'helper(5)' &&
           '$QCC' -E -I '$D/inc' -DVALUE=5 '$D/main.c' | grep -q '^# 1 .*helper.h'"
check "-U removes a macro" \
    sh -c "! '$QCC' -E -DEXTRA=1 -UEXTRA -DVALUE=5 -I '$D/inc' '$D/main.c' | grep -q '+ 1'"
check "-S writes NAME.s in the current directory" \
    sh -c "'$QCC' -S -I '$D/inc' '$D/helper.c' && grep -q '^@helper:' helper.s"
check "-c writes an ELF object" \
    sh -c "'$QCC' -c -I '$D/inc' '$D/helper.c' && head -c 4 helper.o | grep -q ELF"
check "-MD -MF -MT write a make dependency file naming the included header" \
    sh -c "'$QCC' -c -I '$D/inc' -MD -MF dep.d -MT dep.o -o dep.o '$D/main.c' -DVALUE=1 &&
           grep -q '^dep.o:' dep.d && grep -q 'helper.h' dep.d"
check "-o names the output of -c" \
    sh -c "'$QCC' -c -I '$D/inc' -o other.o '$D/helper.c' && test -s other.o"
check "link .c + .o with --sysroot, run: helper(5) = 11" \
    sh -c "'$QCC' --sysroot sysroot -I '$D/inc' -DVALUE=5 -o p1.qbin '$D/main.c' helper.o"
check "program 1 exits with 11" status_is 11 "$QVM" p1.qbin
check "QCC_SYSROOT and two .c files, -D with value: helper(20) + 3 = 44" \
    sh -c "QCC_SYSROOT=sysroot '$QCC' -I '$D/inc' -DVALUE=20 -DEXTRA=3 -o p2.qbin '$D/main.c' '$D/helper.c'"
check "program 2 exits with 44" status_is 44 "$QVM" p2.qbin
check "a .s file on the command line" \
    sh -c "'$QCC' --sysroot sysroot -o p3.qbin '$D/uses_asm.c' '$D/asm_part.s'"
check "program 3 exits with 21" status_is 21 "$QVM" p3.qbin
check "-v shows the preprocessor, assembler and linker commands" \
    sh -c "'$QCC' -v --sysroot sysroot -o p4.qbin '$D/uses_asm.c' '$D/asm_part.s' 2>&1 |
           grep -q 'cpp' && '$QCC' -v --sysroot sysroot -o p4.qbin '$D/uses_asm.c' '$D/asm_part.s' 2>&1 | grep -q 'qld'"
check "a missing input file fails" status_is 1 "$QCC" -S nonexistent.c
check "an unknown option fails with status 2" status_is 2 "$QCC" --frobnicate x.c
check "no input files fails" status_is 2 "$QCC"
check "an unknown target fails" status_is 2 "$QCC" --target=mars x.c
check "a link error (undefined function) fails" \
    status_is 1 "$QCC" --sysroot sysroot -o bad.qbin "$D/main.c" -I "$D/inc" -DVALUE=1
echo "$fails failures"
[ "$fails" -eq 0 ]

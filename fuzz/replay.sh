#!/bin/sh
# replay.sh - runs a harness once on every checked-in seed (fuzz/seeds/TARGET) and every
# past finding (fuzz/regressions/TARGET): none may crash, hang or trip a sanitizer.
# usage: replay.sh HARNESS FUZZ-DIR TARGET
set -u
bin=$1 dir=$2 t=$3
set --
for f in "$dir/seeds/$t"/* "$dir/regressions/$t"/*; do
    [ -f "$f" ] && set -- "$@" "$f"
done
[ $# -gt 0 ] || { echo "no inputs for $t"; exit 1; }
"$bin" "$@" >/dev/null 2>replay.err </dev/null
rc=$?
if [ $rc -ne 0 ] || grep -q "Sanitizer\|runtime error" replay.err; then
    tail -40 replay.err
    echo "FAIL: $t harness status $rc on $# input(s)"
    exit 1
fi
echo "ok: $t harness ran $# input(s)"

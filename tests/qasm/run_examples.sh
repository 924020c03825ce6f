#!/bin/sh
# The 12 reference examples: `qasm -t none -o X.qbin X.qasm` must equal the reference
# X.qbin byte for byte. Usage: run_examples.sh QASM EXAMPLES_DIR WORKDIR
set -u
qasm=$1 examples=$2 work=$3
mkdir -p "$work"
n=0 fail=0
for src in "$examples"/*.qasm; do
    name=$(basename "$src" .qasm)
    n=$((n + 1))
    if ! "$qasm" -t none -o "$work/$name.qbin" "$src"; then
        echo "FAIL $name: qasm exited with status $?"; fail=$((fail + 1)); continue
    fi
    if ! cmp "$work/$name.qbin" "$examples/$name.qbin"; then
        echo "FAIL $name: output differs from the reference"; fail=$((fail + 1)); continue
    fi
done
echo "$((n - fail))/$n examples byte-identical"
[ "$n" -gt 0 ] && [ "$fail" -eq 0 ]

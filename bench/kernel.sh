#!/bin/sh
# kernel.sh - the kernel's benchmarks (bench/kernel_bench.py): cycles to the first
# prompt, cycles to run hello, hello.qbin's size, host CPU while idle at the prompt.
exec python3 "$(dirname "$0")/kernel_bench.py" "${BUILD:-build}"

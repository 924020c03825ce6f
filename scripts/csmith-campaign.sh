#!/bin/sh
# csmith-campaign.sh - the long differential campaign of qcc-lite against the host gcc
# on Csmith programs (tests/csmith/csmith_diff.py), niced, in chunks of seeds so that
# progress shows. Prints the non-agreeing (seed, level) pairs as they come and the
# counts per -O level: agreed / miscompiled / refused / crashed / timeout / skipped.
# Failing programs are kept under WORK (default /tmp/csmith-campaign). CHUNK seeds per
# run of csmith_diff.py (default 50), at niceness NICE (default 19). qcc-lite honours
# QCC_INCLUDE, QCC_SYSROOT, QCC_QASM, QCC_QLD: BUILD may be a copy of a build's tools.
# Seeds where csmith itself failed are counted at the end (they are not judged).
# usage: scripts/csmith-campaign.sh FIRST LAST [BUILD]   (BUILD defaults to build)
set -eu
first=${1:?usage: csmith-campaign.sh FIRST LAST [BUILD]}
last=${2:?usage: csmith-campaign.sh FIRST LAST [BUILD]}
build=${3:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-/tmp/csmith-campaign}
chunk=${CHUNK:-50}
niceness=${NICE:-19}
log="$work/campaign.log"
mkdir -p "$work"
: > "$log"
s=$first
while [ "$s" -le "$last" ]; do
    e=$((s + chunk - 1))
    [ "$e" -le "$last" ] || e=$last
    nice -n "$niceness" python3 "$root/tests/csmith/csmith_diff.py" --qcc "$build/qcc-lite/qcc-lite" \
        --qvm "$build/qvm/qvm" --work "$work" --keep "$s-$e" | tee -a "$log" || true
    s=$((e + 1))
done
# totals over the chunks
awk '/^-O[0-9]:/ {
        lv = $1
        for (i = 2; i <= NF; i += 2) { k = $i; n = $(i + 1); sub(",", "", n); tot[lv, k] += n }
        seen[lv] = 1
     }
     END {
        split("agreed miscompiled refused crashed timeout skipped", kinds, " ")
        for (lv in seen) {
            line = "total " lv
            for (j = 1; j <= 6; j++) line = line " " kinds[j] " " tot[lv, kinds[j]]
            print line
        }
     }' "$log" | sort
echo "csmith failed: $(grep -c 'csmith failed' "$log" || true)"

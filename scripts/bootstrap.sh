#!/usr/bin/env bash
# Installs the host tools the build needs (C compiler, CMake, Flex, Bison, binutils for
# readelf/nm/ar, the C preprocessor) when they are missing. As root it uses apt-get;
# otherwise it prints the exact command to run and fails.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have cc      || need+=(gcc)
have cpp     || need+=(cpp)
have make    || need+=(make)
have cmake   || need+=(cmake)
have flex    || need+=(flex)
have bison   || need+=(bison)
have readelf || need+=(binutils)
have python3 || need+=(python3)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && have apt-get; then
    echo "bootstrap: installing ${need[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >/dev/null
    exit 0
fi

echo "bootstrap: missing tools. Install them with:" >&2
echo "    sudo apt-get install ${need[*]}" >&2
exit 1

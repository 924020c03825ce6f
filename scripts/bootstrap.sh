#!/usr/bin/env bash
# Installs the host tools the build needs (C compiler, CMake, Flex, Bison, binutils for
# readelf/nm/ar, the C preprocessor) when they are missing. As root it uses apt-get;
# otherwise it prints the exact command to run and fails.
#
# Optional tools (Csmith for the differential compiler test, gcc-multilib for its -m32
# oracle, SDL2 for qvm's display window, AFL++ and clang for fuzzing, Xvfb for the window
# test) are installed too when possible; without them the build still works and the tests
# that need them say they are skipped and why.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

need=()
have cc      || need+=(gcc)
have cpp     || need+=(cpp)
have make    || need+=(make)
have cmake   || need+=(cmake)
have flex    || need+=(flex)
have bison   || need+=(bison)
have readelf || need+=(binutils)
have python3 || need+=(python3)

optional=()
if have dpkg-query; then
    have csmith           || optional+=(csmith)
    have_pkg libcsmith-dev || optional+=(libcsmith-dev)
    have_pkg gcc-multilib || optional+=(gcc-multilib)
    have_pkg libsdl2-dev  || optional+=(libsdl2-dev)
    have afl-fuzz         || optional+=(afl++)
    have clang            || optional+=(clang)
    have_pkg libclang-rt-14-dev || optional+=(libclang-rt-14-dev)
    have Xvfb             || optional+=(xvfb)
fi

[ ${#need[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && have apt-get; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >/dev/null || true
    if [ ${#need[@]} -gt 0 ]; then
        echo "bootstrap: installing ${need[*]}" >&2
        apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >/dev/null
    fi
    for pkg in "${optional[@]}"; do
        echo "bootstrap: installing optional $pkg" >&2
        apt-get install -y -qq --no-install-recommends "$pkg" </dev/null >/dev/null \
            || echo "bootstrap: optional $pkg could not be installed; the tests that need it are skipped" >&2
    done
    exit 0
fi

if [ ${#need[@]} -gt 0 ]; then
    echo "bootstrap: missing tools. Install them with:" >&2
    echo "    sudo apt-get install ${need[*]}" >&2
    exit 1
fi
echo "bootstrap: optional tools missing (their tests are skipped): sudo apt-get install ${optional[*]}" >&2
exit 0

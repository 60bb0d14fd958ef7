#!/usr/bin/env bash
# setup.sh — one command from a fresh Debian 12 machine to a working Tauraro.
#
#   tools/setup.sh demo   install missing packages, build, run examples/hello.py
#   tools/setup.sh test   install missing packages, build, run the whole test suite
#
# Run as root (or with sudo available) so missing Debian packages can be
# installed.  BUILD_DIR (default: build) and TAURARO_SANITIZE=1 (ASan+UBSan
# build in build-asan) change where and how it builds.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake pkg-config llvm-19-dev libffi-dev check libgmp-dev
          libgc-dev libedit-dev python3)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    local dir="${BUILD_DIR:-build}" extra=()
    if [ "${TAURARO_SANITIZE:-0}" = 1 ]; then
        dir="${BUILD_DIR:-build-asan}"
        extra+=(-DTAURARO_SANITIZE=ON)
    fi
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${extra[@]}" >/dev/null
    cmake --build "$dir" -j"$(nproc)"
    BUILT="$dir"
}

cmd="${1:-demo}"
install_missing
build
case "$cmd" in
demo)
    echo "setup: running examples/hello.py"
    "$BUILT/tauraro" examples/hello.py
    ;;
test)
    ASAN_OPTIONS=detect_leaks=0 ctest --test-dir "$BUILT" -j"$(nproc)" --output-on-failure \
        ${CTEST_ARGS:-}
    ;;
*)
    echo "usage: tools/setup.sh [demo|test]" >&2
    exit 2
    ;;
esac

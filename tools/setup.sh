#!/usr/bin/env bash
# setup.sh — one command from a fresh Debian 12 machine to a working Tauraro.
#
#   tools/setup.sh demo   install missing packages, build, run examples/hello.py
#   tools/setup.sh test   install missing packages, build, run the whole test suite;
#                         then build with AddressSanitizer + UBSan in build-asan
#                         and run the asan-subset label there (what CI runs)
#   TAURARO_SANITIZE=1 tools/setup.sh test
#                         the whole suite under the sanitizers, in build-asan
#
# Run as root (or with sudo available) so missing Debian packages can be
# installed.  BUILD_DIR (default: build, or build-asan with TAURARO_SANITIZE=1)
# changes where it builds.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential cmake pkg-config llvm-19-dev libzstd-dev zlib1g-dev libffi-dev check libgmp-dev
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

# build DIR SANITIZE(0|1)
build() {
    local dir=$1 extra=()
    [ "$2" = 1 ] && extra+=(-DTAURARO_SANITIZE=ON)
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${extra[@]}" >/dev/null
    cmake --build "$dir" -j"$(nproc)"
    BUILT="$dir"
}

# run_tests DIR [ctest args...]: the collector owns the heap (no leak checks)
run_tests() {
    local dir=$1
    shift
    ASAN_OPTIONS=detect_leaks=0 ctest --test-dir "$dir" -j"$(nproc)" --output-on-failure "$@" \
        ${CTEST_ARGS:-}
}

cmd="${1:-demo}"
sanitize=${TAURARO_SANITIZE:-0}
install_missing
if [ "$sanitize" = 1 ]; then
    build "${BUILD_DIR:-build-asan}" 1
else
    build "${BUILD_DIR:-build}" 0
fi
case "$cmd" in
demo)
    echo "setup: running examples/hello.py"
    "$BUILT/tauraro" examples/hello.py
    ;;
test)
    run_tests "$BUILT"
    if [ "$sanitize" != 1 ]; then
        echo "setup: AddressSanitizer + UBSan build in build-asan, tests labelled asan-subset"
        build build-asan 1
        run_tests build-asan -L asan-subset
    fi
    ;;
*)
    echo "usage: tools/setup.sh [demo|test]" >&2
    exit 2
    ;;
esac

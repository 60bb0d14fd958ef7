#!/usr/bin/env bash
# test_install.sh — the install test (ctest `install/prefix`).
#
#   tools/test_install.sh [BUILD_DIR]     (default: build) steps 1 to 3
#   tools/test_install.sh --prefix P      step 3 (with the source tree hidden)
#                                         for an installation made otherwise,
#                                         e.g. by the .deb (tools/test_deb.sh)
#
# 1. `cmake --install BUILD_DIR --prefix` a temporary folder, then move that
#    prefix somewhere else: the install must be relocatable.
# 2. Hide the source and the build tree: in a private mount namespace
#    (`unshare -rm`, root not needed) both become empty folders, so nothing
#    baked in at build time can be found.  Where unshare is not allowed the
#    test says so and runs with them visible; the path checks below still
#    show which library the programs use.
# 3. From the moved prefix alone: check the layout, --version and the paths
#    the programs report; run examples/hello.py and
#    tests/py/app_stdlib_report.py (which imports the library written in
#    Python, and must JIT-compile loops) under the JIT; compile both with
#    tauraroc and run the executables; build a module with
#    `tauraroc --shared` and import it from tauraro.
# Outputs are compared with app_stdlib_report.out and, for hello.py, with
# what python3 prints.  Exit 0 when all pass.
set -euo pipefail

fail() {
    echo "test_install: FAIL: $*" >&2
    exit 1
}

# ---- step 3: runs with only the prefix and the work folder visible ---------
inside() {
    local P=$1 work=$2 hidden=$3
    unset TAURARO_HOME TAURARO_LIB TAURARO_PATH TAURARO_JIT_THRESHOLD
    cd "$work"
    if [ -n "$hidden" ]; then
        for d in $hidden; do
            [ -z "$(ls -A "$d")" ] || fail "$d is still visible"
        done
    fi
    for f in bin/tauraro bin/tauraroc lib/tauraro/libtauraro_rt.a lib/tauraro/libtauraro_frontend.a \
        lib/tauraro/lib/random.py lib/tauraro/lib/ctypes/__init__.py lib/tauraro/lib/ctypes/util.py \
        share/man/man1/tauraro.1 share/man/man1/tauraroc.1 share/doc/tauraro/user-guide.md; do
        [ -e "$P/$f" ] || fail "missing $P/$f"
    done

    "$P/bin/tauraro" --version | grep -q '^tauraro .*LLVM 19\..* build)$' || fail "tauraro --version"
    local lib
    lib=$("$P/bin/tauraro" -c 'import sys, ctypes; print(sys.path[-1]); print(ctypes.__file__)')
    [ "$lib" = "$P/lib/tauraro/lib
$P/lib/tauraro/lib/ctypes/__init__.py" ] || fail "tauraro's library is not the prefix's: $lib"
    "$P/bin/tauraroc" --version >version.txt
    grep -qx "Runtime: $P/lib/tauraro" version.txt || fail "tauraroc's runtime: $(cat version.txt)"
    grep -qx "Library: $P/lib/tauraro/lib" version.txt || fail "tauraroc's library: $(cat version.txt)"

    # the JIT
    "$P/bin/tauraro" hello.py >hello.jit || fail "tauraro hello.py exited with $?"
    cmp -s hello.ref hello.jit || fail "hello.py under the JIT: $(diff hello.ref hello.jit)"
    "$P/bin/tauraro" --jit-stats app_stdlib_report.py >report.jit 2>report.stats ||
        fail "tauraro app_stdlib_report.py exited with $?: $(tail -n 5 report.stats)"
    cmp -s app_stdlib_report.out report.jit || fail "app_stdlib_report.py under the JIT: $(diff app_stdlib_report.out report.jit)"
    grep -Eq '^jit: loops compiled: [1-9]' report.stats || fail "the JIT compiled nothing: $(cat report.stats)"

    # tauraroc: executables (the report at -O0: the aot ctest engine covers -O2)
    "$P/bin/tauraroc" hello.py -o hello.exe || fail "tauraroc hello.py"
    ./hello.exe >hello.aot || fail "hello.exe exited with $?"
    cmp -s hello.ref hello.aot || fail "hello.py compiled: $(diff hello.ref hello.aot)"
    "$P/bin/tauraroc" -v -O0 app_stdlib_report.py -o report.exe 2>compile.log ||
        fail "tauraroc app_stdlib_report.py: $(tail -n 5 compile.log)"
    grep -q " $P/lib/tauraro/libtauraro_rt.a " compile.log || fail "link command: $(tail -n 1 compile.log)"
    ./report.exe >report.aot || fail "report.exe exited with $?"
    cmp -s app_stdlib_report.out report.aot || fail "app_stdlib_report.py compiled: $(diff app_stdlib_report.out report.aot)"

    # tauraroc --shared: a module the installed tauraro imports
    "$P/bin/tauraroc" --shared shop_tax.py -o shop_tax.so || fail "tauraroc --shared"
    rm shop_tax.py # so that only the .so can be imported
    local got
    got=$("$P/bin/tauraro" -c 'import shop_tax; print(shop_tax.gross(100))') || fail "importing shop_tax.so"
    [ "$got" = "119.0" ] || fail "shop_tax.so: $got"
    echo "test_install: ok (prefix $P)"
}

if [ "${1:-}" = --inside ]; then
    shift
    inside "$@"
    exit 0
fi

# ---- steps 1 and 2 ----------------------------------------------------------
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d /tmp/tauraro_install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/work" "$tmp/empty"
work=$tmp/work
hidden=$root
if [ "${1:-}" = --prefix ]; then # an installation made otherwise (the .deb)
    P=$(cd "${2:?--prefix needs a folder}" && pwd)
    case "$P/" in "$root/"*) fail "$P is inside the source tree, which the test hides" ;; esac
else
    build=$(cd "${1:-$root/build}" && pwd)
    [ -x "$build/tauraro" ] && [ -x "$build/tauraroc" ] || fail "no tauraro/tauraroc in $build (build first)"
    case "$tmp/" in "$root/"* | "$build/"*) fail "$tmp is inside the tree it must hide" ;; esac
    case "$build/" in "$root/"*) ;; *) hidden="$root $build" ;; esac
    cmake --install "$build" --prefix "$tmp/first" >"$tmp/install.log" ||
        fail "cmake --install: $(tail -n 5 "$tmp/install.log")"
    mkdir "$tmp/moved"
    mv "$tmp/first" "$tmp/moved/prefix"
    P=$tmp/moved/prefix
fi
cp "$root/examples/hello.py" "$root/tests/py/app_stdlib_report.py" "$root/tests/py/app_stdlib_report.out" "$work/"
cp "$0" "$work/test_install.sh"
cat >"$work/shop_tax.py" <<'EOF'
RATE = 0.19

def gross(net):
    return round(net * (1 + RATE), 2)
EOF
# hello.py's expected output comes from CPython, as every expected output does
(cd "$work" && PYTHONHASHSEED=0 python3 hello.py >hello.ref) || fail "python3 hello.py (python3 is needed)"

# shellcheck disable=SC2016
if unshare -rm true 2>/dev/null; then
    unshare -rm bash -c 'e=$1 dirs=$2; shift 2; for d in $dirs; do mount --bind "$e" "$d" || exit 1; done; exec bash "$@"' \
        sh "$tmp/empty" "$hidden" "$work/test_install.sh" --inside "$P" "$work" "$hidden"
else
    echo "test_install: note: cannot hide $hidden (unshare -rm is not allowed here); running with it visible"
    bash "$work/test_install.sh" --inside "$P" "$work" ""
fi

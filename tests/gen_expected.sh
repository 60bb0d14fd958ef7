#!/usr/bin/env bash
# Regenerate expected outputs for the Python conformance corpus.
#
# Usage: tests/gen_expected.sh [PROG.py ...]
#   With no arguments every tests/py/*.py is regenerated.
#   Files named _*.py (and packages in subdirectories) are modules imported
#   by the programs, not programs.
#   For each X.py: runs `python3 X.py` with cwd = tests/py, PYTHONHASHSEED=0,
#   stdin from /dev/null; stdout goes to X.out; a non-zero exit status is
#   written to X.status (a stale X.status is removed when the status is 0).
#   TRFFI_TEST_LIB is set to a fresh build of tests/ffi/trffi_test.c (the C
#   library the ctypes programs call), as ctest sets it to CMake's build.
#   PYTHONUNBUFFERED is unset so that stdout is buffered as Tauraro's is.
set -u

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
py_dir="$script_dir/py"
PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "gen_expected.sh: $PYTHON not found" >&2
    exit 2
fi
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
    echo "gen_expected.sh: need python3 version 3.11, found '${ver:-unknown}'" >&2
    exit 2
fi

progs=()
if [ $# -gt 0 ]; then
    for arg in "$@"; do
        base=$(basename "$arg")
        case "$base" in
            *.py) ;;
            *) base="$base.py" ;;
        esac
        if [ ! -f "$py_dir/$base" ]; then
            echo "gen_expected.sh: no such program: $py_dir/$base" >&2
            exit 2
        fi
        progs+=("$base")
    done
else
    shopt -s nullglob
    for f in "$py_dir"/*.py; do
        # _*.py are modules that the programs import, not programs
        case "$(basename "$f")" in _*) continue ;; esac
        progs+=("$(basename "$f")")
    done
fi

errfile=$(mktemp "${TMPDIR:-/tmp}/gen_expected.XXXXXX") || exit 2
libdir=$(mktemp -d "${TMPDIR:-/tmp}/gen_expected_lib.XXXXXX") || exit 2
trap 'rm -f "$errfile"; rm -rf "$libdir"' EXIT

# The ctypes programs (ffi_*.py) load tests/ffi/trffi_test.c as a shared
# library named by TRFFI_TEST_LIB; under ctest CMake builds it, here cc does.
CC=${CC:-cc}
if "$CC" -shared -fPIC -O2 -o "$libdir/libtrffi_test.so" "$script_dir/ffi/trffi_test.c" -lm; then
    export TRFFI_TEST_LIB="$libdir/libtrffi_test.so"
else
    echo "gen_expected.sh: could not build tests/ffi/trffi_test.c; ffi_ programs will fail" >&2
fi

fail=0
count=0
cd "$py_dir" || exit 2
for base in "${progs[@]}"; do
    name=${base%.py}
    env -u PYTHONUNBUFFERED PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 "$PYTHON" "$base" </dev/null >"$name.out" 2>"$errfile"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "$rc" >"$name.status"
        echo "note: $base exited with status $rc; last stderr line: $(tail -n 1 "$errfile")" >&2
        # 130: SIGINT after an uncaught KeyboardInterrupt (CPython re-kills
        # itself with SIGINT); any other signal death is an error
        if [ $rc -gt 128 ] && [ $rc -ne 130 ]; then
            echo "error: $base died with a signal" >&2
            fail=1
        fi
    else
        rm -f "$name.status"
    fi
    count=$((count + 1))
done
echo "gen_expected.sh: regenerated $count program(s)" >&2
exit $fail

#!/usr/bin/env bash
# Run one conformance program under a Tauraro engine and compare with the
# expected output produced by gen_expected.sh.
#
# Usage: tests/run_py_test.sh ENGINE PROG.py
#   ENGINE: interp | jit | jitasync | aot
#     jit: every loop and function compiled at its first back-edge or call,
#     on the interpreter's thread (--jit-sync), so compiled code always runs;
#     jitasync: the same on the compile thread (the default mode on a
#     machine with two CPUs), where the interpreter runs until code is ready
#   Binaries are found via $TAURARO (tauraro) and $TAURAROC (tauraroc).
# Exit 0 when stdout and exit status match X.out / X.status, 1 otherwise.
# A status above 128 (death by a signal) is a crash, except 130 when CPython
# exits with 130 too: an uncaught KeyboardInterrupt ends the process by SIGINT.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 interp|jit|jitasync|aot PROG.py" >&2
    exit 2
fi
engine=$1
prog=$2

if [ ! -f "$prog" ]; then
    echo "run_py_test.sh: no such program: $prog" >&2
    exit 1
fi
prog_dir=$(cd "$(dirname "$prog")" && pwd)
base=$(basename "$prog")
name=${base%.py}
expected_out="$prog_dir/$name.out"
expected_status_file="$prog_dir/$name.status"

if [ ! -f "$expected_out" ]; then
    echo "run_py_test.sh: missing expected output $expected_out (run tests/gen_expected.sh)" >&2
    exit 1
fi
expected_status=0
if [ -f "$expected_status_file" ]; then
    expected_status=$(tr -d ' \n\r\t' <"$expected_status_file")
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Per-run time limit in seconds (60 unless overridden for debugging).
limit=${TAURARO_TEST_TIMEOUT:-60}

need_bin() {
    # $1 = variable name, $2 = value
    if [ -z "$2" ]; then
        echo "run_py_test.sh: environment variable $1 is not set" >&2
        exit 1
    fi
    if [ ! -x "$2" ] && ! command -v "$2" >/dev/null 2>&1; then
        echo "run_py_test.sh: $1=$2 is not an executable" >&2
        exit 1
    fi
}

status=0
case "$engine" in
    interp)
        need_bin TAURARO "${TAURARO:-}"
        (cd "$prog_dir" && timeout -k 5 "$limit" "$TAURARO" --no-jit "$base") \
            </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
        status=$?
        ;;
    jit|jitasync)
        need_bin TAURARO "${TAURARO:-}"
        mode=--jit-sync
        [ "$engine" = jitasync ] && mode=--jit-async
        (cd "$prog_dir" && timeout -k 5 "$limit" "$TAURARO" --jit-threshold 1 $mode "$base") \
            </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
        status=$?
        ;;
    aot)
        need_bin TAURAROC "${TAURAROC:-}"
        (cd "$prog_dir" && timeout -k 5 "$limit" "$TAURAROC" "$base" -o "$tmp/x") \
            </dev/null >"$tmp/compile.out" 2>"$tmp/compile.err"
        cstatus=$?
        if [ $cstatus -ne 0 ]; then
            echo "FAIL: $base [aot]: compilation failed with status $cstatus"
            if [ $cstatus -eq 124 ]; then
                echo "(compilation timed out after $limit s)"
            fi
            echo "--- compiler stdout ---"
            cat "$tmp/compile.out"
            echo "--- compiler stderr ---"
            cat "$tmp/compile.err"
            exit 1
        fi
        (cd "$prog_dir" && timeout -k 5 "$limit" "$tmp/x") \
            </dev/null >"$tmp/stdout" 2>"$tmp/stderr"
        status=$?
        ;;
    *)
        echo "run_py_test.sh: unknown engine '$engine' (want interp, jit, jitasync or aot)" >&2
        exit 2
        ;;
esac

ok=1
reason=""
if [ $status -eq 124 ]; then
    ok=0
    reason="timed out after $limit s"
elif [ $status -eq 130 ] && [ "$expected_status" = 130 ]; then
    : # died of SIGINT after an uncaught KeyboardInterrupt, as CPython does
elif [ $status -gt 128 ]; then
    ok=0
    reason="crashed with signal $((status - 128)) (status $status)"
elif [ "$status" != "$expected_status" ]; then
    ok=0
    reason="exit status $status, expected $expected_status"
fi
if ! cmp -s "$expected_out" "$tmp/stdout"; then
    ok=0
    reason="${reason:+$reason; }stdout differs"
fi

if [ $ok -eq 1 ]; then
    exit 0
fi

echo "FAIL: $base [$engine]: $reason"
echo "--- diff -u expected actual ---"
diff -u --label "expected/$name.out" --label "actual/$name.out" "$expected_out" "$tmp/stdout"
echo "--- stderr ---"
cat "$tmp/stderr"
exit 1

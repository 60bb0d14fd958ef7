#!/usr/bin/env bash
# Broken pipes on stdout, as CPython 3.11 handles them (SIGPIPE is ignored, so
# the write fails with EPIPE):
#   - the write that fails raises BrokenPipeError (its data is dropped);
#     uncaught, it prints a traceback and the status is 1;
#   - output still unwritten at exit makes the final flush fail: CPython prints
#     "Exception ignored in: <stdout>" and the status is 120.
# The expected statuses and stderr below are what `python3` 3.11 does; the
# script checks CPython too: TAURARO=python3 tests/shell/broken_pipe.sh
set -u
TAURARO=${TAURARO:?set TAURARO to the tauraro binary}
# TAURARO_FLAGS: engine options, e.g. --no-jit or --jit-threshold 1
read -r -a flags <<<"${TAURARO_FLAGS:-}"
unset PYTHONUNBUFFERED # CPython's stdout must be block buffered, as ours is
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_pipe.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0

ignored='Exception ignored in: <_io.TextIOWrapper name='"'<stdout>'"' mode='"'w'"' encoding='"'utf-8'"'>
BrokenPipeError: [Errno 32] Broken pipe'

# check NAME READER EXPECTED_STATUS EXPECTED_STDERR PROGRAM
#   READER is `head` (reads one line, then exits) or `none` (exits at once)
check() {
    local name=$1 reader=$2 want_status=$3 want_err=$4 prog=$5 status
    if [ "$reader" = head ]; then
        "$TAURARO" "${flags[@]}" -c "$prog" 2>"$tmp/err" | head -n 1 >"$tmp/out"
        status=${PIPESTATUS[0]}
    else
        "$TAURARO" "${flags[@]}" -c "$prog" 2>"$tmp/err" | true
        status=${PIPESTATUS[0]}
    fi
    local err
    err=$(cat "$tmp/err")
    if [ "$status" != "$want_status" ] || [ "$err" != "$want_err" ]; then
        echo "FAIL: $name: status $status (want $want_status)"
        echo "--- stderr ---"; echo "$err"
        echo "--- expected stderr ---"; echo "$want_err"
        fails=$((fails + 1))
    else
        echo "ok: $name"
    fi
}

check "uncaught at the failing print" head 1 'Traceback (most recent call last):
  File "<string>", line 1, in <module>
BrokenPipeError: [Errno 32] Broken pipe' 'for i in range(100000): print(i)'

check "caught, nothing more written" head 0 'caught' '
import sys
try:
    for i in range(100000): print(i)
except BrokenPipeError:
    sys.stderr.write("caught\n")'

check "caught, then more output fails at exit" head 120 "caught
$ignored" '
import sys
try:
    for i in range(100000): print(i)
except BrokenPipeError:
    sys.stderr.write("caught\n")
print("more")'

check "sys.exit status after a failed write" head 3 '' '
import sys
try:
    for i in range(100000): sys.stdout.write(str(i) + "\n")
finally:
    sys.exit(3)'

check "small output, reader gone: the exit flush fails" none 120 "$ignored" '
import time
time.sleep(0.5)
print("x" * 100)'

check "the exit flush wins over sys.exit" none 120 "$ignored" '
import sys, time
time.sleep(0.5)
print("x")
sys.exit(4)'

check "traceback first, then the failed flush" none 120 'Traceback (most recent call last):
  File "<string>", line 5, in <module>
KeyError: 1'"
$ignored" '
import time
time.sleep(0.5)
print("x")
raise KeyError(1)'

check "explicit flush raises and the data stays pending" none 120 "flush failed
$ignored" '
import sys, time
time.sleep(0.5)
print("x")
try:
    sys.stdout.flush()
except BrokenPipeError:
    print("flush failed", file=sys.stderr)'

[ $fails -eq 0 ]

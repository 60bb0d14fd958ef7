#!/usr/bin/env bash
# Ctrl-C from outside: SIGINT sent by another process (timeout -s INT) while
# the program runs a loop, sleeps, or waits for input.  As CPython 3.11: the
# program gets KeyboardInterrupt; uncaught, the traceback ends with
# "KeyboardInterrupt", buffered output is flushed, and the process dies of
# SIGINT (status 130).  SIGINT ignored by the parent stays ignored.
# CPython passes too: TAURARO=python3 tests/shell/sigint.sh
set -u
TAURARO=${TAURARO:?set TAURARO to the tauraro binary}
# TAURARO_FLAGS: engine options, e.g. --no-jit or --jit-threshold 1
read -r -a flags <<<"${TAURARO_FLAGS:-}"
unset PYTHONUNBUFFERED
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_sigint.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0

fail() {
    echo "FAIL: $1"
    echo "--- stdout ---"; cat "$tmp/out"
    echo "--- stderr ---"; cat "$tmp/err"
    fails=$((fails + 1))
}

# interrupt NAME WANT_STATUS WANT_STDOUT PROGRAM: SIGINT after 0.5 s
interrupt() {
    local name=$1 want_status=$2 want_out=$3 prog=$4
    printf '%s\n' "$prog" >"$tmp/prog.py"
    local start=$SECONDS
    timeout --preserve-status -k 10 -s INT 0.5 "$TAURARO" "${flags[@]}" "$tmp/prog.py" \
        <"${STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
    local status=$?
    if [ "$status" != "$want_status" ]; then
        fail "$name: status $status, want $want_status"
    elif [ "$(cat "$tmp/out")" != "$want_out" ]; then
        fail "$name: stdout differs, want: $want_out"
    elif [ "$want_status" = 130 ] && [ "$(tail -n 1 "$tmp/err")" != KeyboardInterrupt ]; then
        fail "$name: the traceback does not end with KeyboardInterrupt"
    elif [ $((SECONDS - start)) -gt 8 ]; then
        fail "$name: took $((SECONDS - start)) s to stop"
    else
        echo "ok: $name"
    fi
}

interrupt "busy loop in a function" 130 "started
buffered line" '
print("started", flush=True)
print("buffered line")
def spin():
    n = 0
    while True:
        n += 1
spin()'

interrupt "for loop over a generator" 130 "" '
def forever():
    while True:
        yield 1
total = 0
for x in forever():
    total += x'

interrupt "time.sleep" 130 "sleeping" '
import time
print("sleeping")
time.sleep(30)
print("not reached")'

interrupt "caught, then the program goes on" 0 "caught KeyboardInterrupt
exiting normally" '
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("exiting normally")'

interrupt "finally blocks run on the way out" 130 "cleanup" '
try:
    while True:
        pass
finally:
    print("cleanup")'

interrupt "a Python SIGINT handler" 7 "handler got 2" '
import signal, sys
def on_int(signum, frame):
    print("handler got", signum)
    sys.exit(7)
signal.signal(signal.SIGINT, on_int)
while True:
    pass'

# input() from a pipe that stays open and silent
STDIN=<(exec sleep 10 2>/dev/null) interrupt "input()" 130 "prompt>" '
import sys
sys.stdout.write("prompt>")
input()'

STDIN=<(exec sleep 10 2>/dev/null) interrupt "sys.stdin.readline() caught" 0 "interrupted read" '
import sys
try:
    sys.stdin.readline()
except KeyboardInterrupt:
    print("interrupted read")'

# SIGINT ignored by whoever started us stays ignored, as in CPython
out=$( (trap '' INT; "$TAURARO" "${flags[@]}" -c '
import os, signal
print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("still running")') 2>&1)
if [ "$out" = "True
still running" ]; then
    echo "ok: ignored SIGINT stays ignored"
else
    echo "FAIL: ignored SIGINT: $out"
    fails=$((fails + 1))
fi

[ $fails -eq 0 ]

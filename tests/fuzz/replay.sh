#!/usr/bin/env bash
# Replay the inputs the fuzzers once crashed on (tests/fuzz/regress) through
# the ordinary `tauraro` binary, so every build (and the sanitizer build in
# CI) keeps checking them without libFuzzer:
#   regress/compile/*  compiled only (--dis): status 0 or 1, never a signal
#   regress/exec/*     run with the fuzzer's budget: any exit status below
#                      128, within the time limit
# Usage: TAURARO=build/tauraro tests/fuzz/replay.sh
set -u
TAURARO=${TAURARO:?set TAURARO to the tauraro binary}
case "$TAURARO" in */*) TAURARO=$(cd "$(dirname "$TAURARO")" && pwd)/$(basename "$TAURARO") ;; esac
dir=$(cd "$(dirname "$0")/regress" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_replay.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fails=0 n=0
# replay FILE MAX_STATUS ARGS...: fail on a higher status (124 is the timeout)
replay() {
    local f=$1 max=$2
    shift 2
    n=$((n + 1))
    timeout -k 5 60 "$TAURARO" "$@" "$f" </dev/null >/dev/null 2>"$tmp/err"
    local st=$?
    if [ $st -gt "$max" ]; then
        echo "FAIL: $f: status $st"
        tail -n 5 "$tmp/err"
        fails=$((fails + 1))
    fi
}
for f in "$dir"/compile/*; do
    [ -f "$f" ] && replay "$f" 1 --dis
done
for f in "$dir"/exec/*; do
    [ -f "$f" ] && replay "$f" 123 --budget 200000
done
echo "replay: $n inputs, $fails failures"
[ $fails -eq 0 ]

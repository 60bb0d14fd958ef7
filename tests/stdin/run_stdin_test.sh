#!/usr/bin/env bash
# Run stdin_prog.py fed on standard input to $TAURARO, as `tauraro <
# prog.py` (MODE plain) or `tauraro - one two < prog.py` (MODE dash), and
# compare stdout and exit status with CPython's (gen_expected.sh).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=${1:?usage: $0 plain|dash}
case "$mode" in
    plain) set -- ;;
    dash) set -- - one two ;;
    *) echo "run_stdin_test.sh: unknown mode $mode" >&2; exit 2 ;;
esac
expected_status=0
[ -f "$here/stdin_prog.$mode.status" ] && expected_status=$(cat "$here/stdin_prog.$mode.status")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdin_test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && timeout -k 5 60 "$TAURARO" "$@" <stdin_prog.py) >"$tmp/out" 2>"$tmp/err"
status=$?
if [ "$status" = "$expected_status" ] && cmp -s "$here/stdin_prog.$mode.out" "$tmp/out"; then
    exit 0
fi
echo "FAIL: stdin $mode: exit status $status (expected $expected_status)"
diff -u --label expected --label actual "$here/stdin_prog.$mode.out" "$tmp/out"
echo "--- stderr ---"
cat "$tmp/err"
exit 1

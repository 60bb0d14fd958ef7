#!/usr/bin/env bash
# The interactive prompt on a pseudo-terminal: type NAME.txt into
# `tauraro` through tr_pty_drive and compare the transcript and exit status
# with those of CPython's prompt (NAME.expected / NAME.status, from
# gen_expected.sh).  session.txt: echo of values with repr, `_`, blocks
# with "... " continuation, a traceback and the prompt coming back, Ctrl-D
# leaving with status 0; exit_status.txt: SystemExit ends the session.
#
# Usage: run_repl_test.sh PATH/TO/tr_pty_drive NAME   (TAURARO in the environment)
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
drive=${1:?usage: $0 PATH/TO/tr_pty_drive NAME}
drive=$(cd "$(dirname "$drive")" && pwd)/$(basename "$drive")
name=${2:?usage: $0 PATH/TO/tr_pty_drive NAME}
expected_status=0
[ -f "$here/$name.status" ] && expected_status=$(cat "$here/$name.status")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/repl_test.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && env -i PATH="$PATH" HOME="$tmp" TERM=dumb \
    "$drive" 30 "$here/$name.txt" "$TAURARO") >"$tmp/raw" 2>"$tmp/err"
status=$?
fail() {
    echo "FAIL: repl $name: $1"
    echo "--- transcript ---"
    cat "$tmp/raw"
    echo "--- stderr ---"
    cat "$tmp/err"
    exit 1
}
[ "$status" = "$expected_status" ] || fail "exit status $status, expected $expected_status"
# Tauraro's banner (two lines) stands where `python3 -q` prints none
head -n 1 "$tmp/raw" | grep -q '^Tauraro ' || fail "no banner"
sed -n 2p "$tmp/raw" | grep -qx 'Type Ctrl-D to exit.' || fail "no Ctrl-D hint"
# libedit echoes the Ctrl-D that ends the session as "^D"; GNU readline does not
tail -n +3 "$tmp/raw" | sed '$ s/^\(>>> \)^D$/\1/' >"$tmp/transcript"
if ! cmp -s "$here/$name.expected" "$tmp/transcript"; then
    diff -u --label expected --label actual "$here/$name.expected" "$tmp/transcript"
    fail "transcript differs"
fi
exit 0

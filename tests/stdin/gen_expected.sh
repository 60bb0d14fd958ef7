#!/usr/bin/env bash
# Regenerate the expected outputs of the stdin tests from CPython 3.11:
#   plain: python3 < stdin_prog.py            -> stdin_prog.plain.out/.status
#   dash:  python3 - one two < stdin_prog.py  -> stdin_prog.dash.out/.status
# run with cwd = tests/stdin, as run_stdin_test.sh runs tauraro.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PYTHON=${PYTHON:-python3}
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
    echo "gen_expected.sh: need python3 version 3.11, found '${ver:-unknown}'" >&2
    exit 2
fi
cd "$here" || exit 2
for mode in plain dash; do
    if [ $mode = plain ]; then set --; else set -- - one two; fi
    PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 "$PYTHON" "$@" <stdin_prog.py >"stdin_prog.$mode.out"
    rc=$?
    if [ $rc -ne 0 ]; then echo "$rc" >"stdin_prog.$mode.status"; else rm -f "stdin_prog.$mode.status"; fi
    echo "gen_expected.sh: stdin_prog.$mode (status $rc)" >&2
done

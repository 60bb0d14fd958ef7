#!/usr/bin/env bash
# Regenerate the expected transcripts of tests/repl: for each NAME.txt,
# NAME.expected is what CPython 3.11's own interactive prompt (python3 -q
# -I: no banner, no startup file) shows when NAME.txt is typed into it
# through the same pty driver the test uses, and NAME.status its exit
# status when that is not 0.  Needs the driver built:
#   tests/repl/gen_expected.sh build/tests/tr_pty_drive
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
drive=${1:?usage: $0 PATH/TO/tr_pty_drive}
drive=$(cd "$(dirname "$drive")" && pwd)/$(basename "$drive")
PYTHON=${PYTHON:-python3}
ver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
if [ "$ver" != "3.11" ]; then
    echo "gen_expected.sh: need python3 version 3.11, found '${ver:-unknown}'" >&2
    exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/repl_gen.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
for script in "$here"/*.txt; do
    name=${script%.txt}
    (cd "$tmp" && env -i PATH="$PATH" HOME="$tmp" TERM=dumb PYTHONHASHSEED=0 \
        "$drive" 30 "$script" "$PYTHON" -q -I) >"$name.expected"
    rc=$?
    if [ $rc -ne 0 ]; then echo "$rc" >"$name.status"; else rm -f "$name.status"; fi
    echo "gen_expected.sh: $(basename "$name").expected (status $rc)" >&2
done

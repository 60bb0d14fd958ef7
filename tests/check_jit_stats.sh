#!/usr/bin/env bash
# Check that the JIT really ran a program the way it claims: run it with
# --jit-stats (and the program's `# jit-args:` options, default
# --jit-threshold 1; always --jit-sync, so the counters do not depend on how
# fast the compile thread is) and test each `# expect-jit: <counter> <op> <n>` line
# of the program against the counters printed on stderr, e.g.
#     # expect-jit: exit int overflow >= 1
# matches the stats line "jit:   exit int overflow: 3".  The program's
# stdout must also equal its expected output, so a test fails if the JIT
# silently never compiled anything or compiled it wrongly.
#
# Usage: tests/check_jit_stats.sh PROG.py   (binary from $TAURARO)
set -u
prog=$1
dir=$(cd "$(dirname "$prog")" && pwd)
base=$(basename "$prog")
name=${base%.py}
: "${TAURARO:?TAURARO must name the tauraro binary}"

args=$(sed -n 's/^# jit-args: *//p' "$prog" | head -n 1)
[ -n "$args" ] || args="--jit-threshold 1"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_jitstats.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# shellcheck disable=SC2086
(cd "$dir" && timeout -k 5 60 "$TAURARO" $args --jit-sync --jit-stats "$base") </dev/null >"$tmp/out" 2>"$tmp/err"
status=$?
fail=0
if ! cmp -s "$dir/$name.out" "$tmp/out"; then
    echo "FAIL: $base: stdout differs from $name.out"
    diff -u "$dir/$name.out" "$tmp/out" | head -n 20
    fail=1
fi
expected_status=0
[ -f "$dir/$name.status" ] && expected_status=$(tr -d ' \n' <"$dir/$name.status")
if [ "$status" != "$expected_status" ]; then
    echo "FAIL: $base: exit status $status, expected $expected_status"
    fail=1
fi

nexp=0
while IFS= read -r line; do
    counter=$(echo "$line" | sed -E 's/^(.*[^ ]) +(>=|<=|==|>|<) +[0-9]+$/\1/')
    op=$(echo "$line" | sed -E 's/^.* (>=|<=|==|>|<) +[0-9]+$/\1/')
    want=$(echo "$line" | sed -E 's/^.* ([0-9]+)$/\1/')
    got=$(grep -E "^jit: +$counter: " "$tmp/err" | head -n 1 | sed -E 's/^[^:]*: +[^:]*: ([0-9]+).*$/\1/')
    [ -n "$got" ] || got=0
    nexp=$((nexp + 1))
    case "$op" in
        '>=') [ "$got" -ge "$want" ] ;;
        '<=') [ "$got" -le "$want" ] ;;
        '==') [ "$got" -eq "$want" ] ;;
        '>') [ "$got" -gt "$want" ] ;;
        '<') [ "$got" -lt "$want" ] ;;
    esac || {
        echo "FAIL: $base: expected '$counter' $op $want, got $got"
        fail=1
    }
done < <(sed -n 's/^# expect-jit: *//p' "$prog")

if [ "$nexp" -eq 0 ]; then
    echo "FAIL: $base: no '# expect-jit:' lines"
    fail=1
fi
if [ $fail -ne 0 ]; then
    echo "--- jit stats ---"
    grep '^jit:' "$tmp/err"
    echo "--- stderr (other) ---"
    grep -v '^jit:' "$tmp/err" | head -n 30
fi
exit $fail

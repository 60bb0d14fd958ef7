#!/usr/bin/env bash
# Huge inputs, generated here (not committed): a 100 MB source line (string
# literal, and a sum expression), a million-element list literal, a program of
# a million lines with 10**5 distinct globals and 10**5 functions, an f-string
# of 20000 fields.  Each must finish well inside its time limit (a quadratic
# pass in the lexer, parser, symtable or compiler would take hours) and print
# what the program computes; the 100 MB sum is RecursionError "during
# compilation", as in CPython.  Times are printed for the record.
set -u
TAURARO=${TAURARO:?set TAURARO to the tauraro binary}
read -r -a flags <<<"${TAURARO_FLAGS:-}"
limit=${HUGE_TIMEOUT:-120}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_huge.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fails=0

# run NAME WANT_STATUS WANT_STDOUT: runs $tmp/prog.py
run() {
    local name=$1 want_status=$2 want=$3 start end
    start=$(date +%s.%N)
    timeout -k 5 "$limit" "$TAURARO" "${flags[@]}" "$tmp/prog.py" </dev/null >"$tmp/out" 2>"$tmp/err"
    local status=$?
    end=$(date +%s.%N)
    local secs
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    if [ "$status" != "$want_status" ] || [ "$(cat "$tmp/out")" != "$want" ]; then
        echo "FAIL: $name: status $status (want $want_status), ${secs}s"
        echo "--- stdout ---"; head -c 300 "$tmp/out"; echo
        echo "--- want ---"; echo "$want"
        echo "--- stderr ---"; tail -n 3 "$tmp/err"
        fails=$((fails + 1))
    else
        echo "ok: $name (${secs}s, $(wc -c <"$tmp/prog.py") bytes)"
    fi
}

{ printf 'x = "'; head -c 100000000 /dev/zero | tr '\0' a; printf '"\nprint(len(x), x[:3])\n'; } >"$tmp/prog.py"
run "100 MB string literal on one line" 0 "100000000 aaa"

{ printf 'x = 1'; yes '+1' | head -n 50000000 | tr -d '\n'; printf '\nprint(x)\n'; } >"$tmp/prog.py"
run "100 MB sum expression on one line" 1 ""
grep -q "RecursionError: maximum recursion depth exceeded during compilation" "$tmp/err" ||
    { echo "FAIL: the 100 MB sum is not a RecursionError during compilation"; fails=$((fails + 1)); }

{ printf 'x = ['; seq -s, 0 999999; printf ']\nprint(len(x), sum(x), x[-1])\n'; } >"$tmp/prog.py"
run "million-element list literal" 0 "1000000 499999500000 999999"

{ printf 'd = {'; seq 0 199999 | awk '{ if (NR > 1) printf ", "; printf "\"k%d\": %d", $1, $1 }'
  printf '}\nprint(len(d), d["k199999"])\n'; } >"$tmp/prog.py"
run "200000-entry dict literal" 0 "200000 199999"

{ seq 0 399999 | awk '{ printf "v%d = %d\n", $1 % 100000, $1 }'
  seq 0 99999 | awk '{ printf "def f%d(a, b=%d):\n    if a > b:\n        return a - b\n    for i in range(a):\n        b += i\n    return b\n", $1, $1 }'
  printf 'print(v0, v99999, f7(10), f99999(100000))\n'; } >"$tmp/prog.py"
run "a million lines: 10**5 globals, 10**5 functions" 0 "300000 399999 3 1"

{ printf 'a = 7\nx = f"'; yes '{a}-' | head -n 20000 | tr -d '\n'; printf '"\nprint(len(x))\n'; } >"$tmp/prog.py"
run "f-string with 20000 fields" 0 "40000"

[ $fails -eq 0 ]

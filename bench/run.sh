#!/usr/bin/env bash
# bench/run.sh — time every bench/*.py under Tauraro, python3, pypy3 and the
# gcc -O2 version of the same program (bench/NAME.c, when there is one), all
# in the same run, and print the ratios.
#
# Usage: bench/run.sh [-n RUNS] [-e ENGINE] [NAME ...]
#   RUNS    repetitions per program, the best (minimum) wall time is kept (3)
#   ENGINE  interp (tauraro --no-jit) or jit (tauraro's default); default interp
#   TAURARO path to the tauraro binary (default build/tauraro)
# Every program's stdout must equal python3's; a mismatch is reported and the
# timing for that engine is marked invalid.  Ratios are other/tauraro: above 1
# means Tauraro is faster than that peer.
set -u
cd "$(dirname "$0")"
runs=3
engine=interp
while getopts "n:e:" o; do
    case $o in
        n) runs=$OPTARG ;;
        e) engine=$OPTARG ;;
        *) echo "usage: $0 [-n RUNS] [-e interp|jit] [NAME ...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
TAURARO=${TAURARO:-../build/tauraro}
[ -x "$TAURARO" ] || { echo "bench: $TAURARO not built (set TAURARO=...)" >&2; exit 2; }
case $engine in
    interp) tflags=(--no-jit) ;;
    jit) tflags=() ;;
    *) echo "bench: unknown engine $engine" >&2; exit 2 ;;
esac
pypy=$(command -v pypy3 || true)
work=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# best_time OUTFILE CMD... : minimum wall seconds over $runs runs
best_time() {
    local out=$1 best="" t s e
    shift
    for ((r = 0; r < runs; r++)); do
        s=$(date +%s.%N)
        "$@" >"$out" 2>/dev/null || { echo "fail"; return; }
        e=$(date +%s.%N)
        t=$(echo "$e - $s" | bc -l)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    printf "%.3f" "$best"
}

ratio() { # peer tauraro
    case "$1$2" in *fail*|*-*) echo "-"; return ;; esac
    printf "%.2f" "$(echo "$1 / $2" | bc -l)"
}

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for f in *.py; do names+=("${f%.py}"); done
fi
printf "%-12s %9s %9s %9s %9s  %8s %8s %8s\n" program tauraro python3 pypy3 "gcc -O2" py3/tau pypy/tau c/tau
for n in "${names[@]}"; do
    ref="$work/$n.py3"
    tp=$(best_time "$ref" python3 "$n.py")
    tt=$(best_time "$work/$n.tau" "$TAURARO" "${tflags[@]}" "$n.py")
    [ "$tt" != fail ] && ! cmp -s "$ref" "$work/$n.tau" && tt="wrong"
    tpy="-"
    if [ -n "$pypy" ]; then
        tpy=$(best_time "$work/$n.pypy" "$pypy" "$n.py")
        [ "$tpy" != fail ] && ! cmp -s "$ref" "$work/$n.pypy" && tpy="wrong"
    fi
    tc="-"
    if [ -f "$n.c" ] && gcc -O2 -o "$work/$n.bin" "$n.c" -lm 2>/dev/null; then
        tc=$(best_time "$work/$n.cout" "$work/$n.bin")
        [ "$tc" != fail ] && ! cmp -s "$ref" "$work/$n.cout" && tc="wrong"
    fi
    valid() { case $1 in fail|wrong|-) echo "-" ;; *) echo "$1" ;; esac; }
    printf "%-12s %9s %9s %9s %9s  %8s %8s %8s\n" "$n" "$tt" "$tp" "$tpy" "$tc" \
        "$(ratio "$(valid "$tp")" "$(valid "$tt")")" "$(ratio "$(valid "$tpy")" "$(valid "$tt")")" \
        "$(ratio "$(valid "$tc")" "$(valid "$tt")")"
done

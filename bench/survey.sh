#!/usr/bin/env bash
# survey.sh — what the JIT and tauraroc do over the whole tests/py suite.
#
#   bench/survey.sh jit [TAURARO OPTIONS]   each program under --jit-stats
#                                           (default options: --jit-threshold 1 --jit-sync)
#   bench/survey.sh aot                     each program compiled by tauraroc -v
#
# jit: loops and functions compiled and refused (by reason) summed over the
# programs, and the compile time of every unit (median, 90th percentile,
# max), from TAURARO_JIT_LOG.  aot: functions compiled to native code and
# embedded as bytecode (by reason), and the compile + link time per program
# (median, max, total), with the object cache off so every program pays for
# its library modules.  Programs run as ctest runs them (their directory,
# stdin from /dev/null); their output is not checked here (ctest does that).
# Binaries: $TAURARO / $TAURAROC (default build/tauraro, build/tauraroc).
set -u
cd "$(dirname "$0")/.."
root=$PWD
TAURARO=${TAURARO:-$root/build/tauraro}
TAURAROC=${TAURAROC:-$(dirname "$TAURARO")/tauraroc}
mode=${1:?usage: bench/survey.sh jit [options] | aot}
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_survey.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
ffi=$(dirname "$TAURARO")/tests/libtrffi_test.so
[ -f "$ffi" ] && export TRFFI_TEST_LIB=$ffi

programs=()
for p in tests/py/*.py; do
    [ -f "${p%.py}.out" ] && programs+=("$p")
done

# stats.txt: "name value" lines summed by awk at the end
survey_jit() {
    local opts=("$@")
    [ ${#opts[@]} -gt 0 ] || opts=(--jit-threshold 1 --jit-sync)
    for p in "${programs[@]}"; do
        (cd tests/py && TAURARO_JIT_LOG="$tmp/log" timeout -k 5 120 "$TAURARO" "${opts[@]}" --jit-stats \
            "$(basename "$p")" </dev/null >/dev/null 2>"$tmp/err")
        grep '^jit:' "$tmp/err" >>"$tmp/stats" || echo "no stats: $p" >&2
    done
    echo "programs: ${#programs[@]} (options: ${opts[*]})"
    awk '
        /^jit: loops compiled:/     { loops += $4; instrs += substr($5, 2) }
        /^jit: functions compiled:/ { fns += $4 }
        /^jit: loops refused:/      { refused += $4 }
        /^jit:   refused /          { sub(/^jit:   refused /, ""); n = $NF; sub(/: [0-9]+$/, ""); why[$0] += n }
        /^jit: deopts:/             { deopts += $3 }
        /^jit: entries:/            { entries += $3 }
        END {
            printf "loops compiled: %d (%d instructions)\nfunctions compiled: %d\n", loops, instrs, fns
            printf "entries: %d\ndeopts: %d\nunits refused: %d\n", entries, deopts, refused
            for (w in why) printf "  refused %s: %d\n", w, why[w]
        }' "$tmp/stats"
    if [ -f "$tmp/log" ]; then
        sort -n "$tmp/log" | awk '
            { t[NR] = $1; tr += $4; op += $6; cg += $8 }
            END {
                p90 = int(NR * 0.9)
                if (p90 < 1) p90 = 1
                printf "compile time per unit (%d units): median %.2f ms, p90 %.2f ms, max %.2f ms, total %.0f ms\n",
                    NR, t[int((NR + 1) / 2)], t[p90], t[NR], tr + op + cg
                printf "  phases: translate %.0f ms, optimize %.0f ms, code generation %.0f ms\n", tr, op, cg
            }' FS='[ ,()]+'
        # the same by kind: loops (tr_loop_*) and whole functions (tr_fn_*)
        for kind in loop fn; do
            grep " tr_${kind}_" "$tmp/log" | sort -n | awk -v kind="$kind" '
                { t[NR] = $1 }
                END {
                    if (NR) printf "  %s units (%d): median %.2f ms, max %.2f ms\n",
                        kind == "loop" ? "loop" : "function", NR, t[int((NR + 1) / 2)], t[NR]
                }'
        done
    fi
}

survey_aot() {
    for p in "${programs[@]}"; do
        local start end
        start=$(date +%s.%N)
        (cd tests/py && TAURARO_CACHE=off timeout -k 5 300 "$TAURAROC" -v "$(basename "$p")" -o "$tmp/exe" \
            </dev/null >/dev/null 2>"$tmp/err")
        local st=$?
        end=$(date +%s.%N)
        echo "$(echo "$end - $start" | bc) $p" >>"$tmp/times"
        [ $st -eq 0 ] || echo "compile failed ($st): $p" >&2
        grep '^tauraroc: ' "$tmp/err" >>"$tmp/stats"
    done
    echo "programs: ${#programs[@]}"
    awk '
        /functions: .* compiled to native code/ { fns += $2; native += $4; embedded += $9 }
        /^tauraroc:   embedded / { n = split($0, a, ": "); why[a[n]]++ }
        END {
            printf "functions: %d: %d compiled to native code, %d embedded as bytecode\n", fns, native, embedded
            for (w in why) printf "  embedded (%s): %d\n", w, why[w]
        }' "$tmp/stats"
    sort -n "$tmp/times" | awk '
        { t[NR] = $1; sum += $1; name[NR] = $2 }
        END { printf "compile + link time per program: median %.2f s, max %.2f s (%s), total %.0f s\n",
                     t[int((NR + 1) / 2)], t[NR], name[NR], sum }'
}

case "$mode" in
jit) survey_jit "$@" ;;
aot) survey_aot ;;
*) echo "usage: bench/survey.sh jit [options] | aot" >&2; exit 2 ;;
esac

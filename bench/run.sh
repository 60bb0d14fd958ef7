#!/usr/bin/env bash
# bench/run.sh — the benchmark harness: run every bench/*.py under each
# engine, check that every output equals python3's, and print (and write to
# bench/RESULTS.md) tables of median wall and CPU time, peak RSS and ratios.
#
# Engines (columns): tauraro (JIT, the default mode), tauraro --no-jit, the
# executable built by tauraroc (n/a until build/tauraroc exists), python3,
# pypy3, and the gcc -O2 build of bench/NAME.c where there is one.  Runs are
# timed by bench/tr_benchtime.c (wall clock around fork/wait4, peak RSS from
# wait4's rusage), which this script builds.  See bench/README.md.
#
# Usage: bench/run.sh [-n RUNS] [--short | --check] [--only NAME[,NAME...]]
#                     [-o FILE] [--skip-missing]
set -u

usage() {
    cat >&2 <<'EOF'
usage: bench/run.sh [-n RUNS] [--short | --check] [--only NAME[,NAME...]] [-o FILE] [--skip-missing]
  -n RUNS         runs per program and engine; the table shows the median (default 5)
  --short         small sizes: the whole suite in well under two minutes
  --check         smallest sizes, one run, outputs only (no tables); used by ctest
  --only NAMES    only these programs (comma separated, or repeat the option)
  -o FILE         write the report to FILE (default: bench/RESULTS.md for a
                  full run of all programs, no file otherwise)
  --skip-missing  leave out pypy3 when it is not installed instead of installing it
Environment: TAURARO, TAURAROC (binaries; default build/tauraro, build/tauraroc),
  BENCH_BUILD (where helpers and C programs are built; default build/bench),
  BENCH_TIMEOUT (seconds per run; default 600, 120 with --short/--check),
  CC (the C compiler for the C versions and tr_benchtime; default gcc).
EOF
    exit 2
}

# ---- The programs ---------------------------------------------------------
# name, kind (numeric programs form their own geometric mean), the size
# argument for --short, and the size for --check.  A full run passes no size:
# each program's default takes 1-3 s under CPython 3.11.
PROGRAMS=(
    "fib           numeric  27      12"
    "loops         numeric  10000   200"
    "mandelbrot    numeric  100     10"
    "nbody         numeric  10000   100"
    "spectral_norm numeric  80      10"
    "sieve         numeric  200000  1000"
    "fannkuch      other    8       5"
    "matmul        other    80      5"
    "objects       other    20000   200"
    "wordfreq      other    30000   300"
    "bigint        other    1000    50"
    "generators    other    60000   500"
    "closures      other    60000   1000"
    "sorting       other    8000    100"
    "exceptions    other    30000   200"
    "ffi_calls     other    200000  2000"
)

ENGINES=(python3 jit interp aot pypy3 c)    # python3 first: it is the oracle
declare -A LABEL=([jit]="tauraro" [interp]="--no-jit" [aot]="tauraroc" [python3]="python3"
                  [pypy3]="pypy3" [c]="gcc -O2")

# ---- Options ----------------------------------------------------------------
runs=5 mode=full out_file="" skip_missing=0 only=()
cmdline="bench/run.sh${*:+ $*}"
caller=$PWD
while [ $# -gt 0 ]; do
    case $1 in
        -n) [ $# -ge 2 ] || usage; runs=$2; shift ;;
        --short) mode=short ;;
        --check) mode=check ;;
        --only) [ $# -ge 2 ] || usage; IFS=, read -r -a names <<<"$2"; only+=("${names[@]}"); shift ;;
        -o) [ $# -ge 2 ] || usage; out_file=$2; shift ;;
        --skip-missing) skip_missing=1 ;;
        -h|--help) usage ;;
        *) echo "bench: unknown option $1" >&2; usage ;;
    esac
    shift
done
case $runs in ''|*[!0-9]*|0) echo "bench: -n needs a positive number" >&2; exit 2 ;; esac
[ "$mode" = check ] && runs=1
# paths given relative to where run.sh was started (it runs in bench/)
absolute() { case $1 in /*) echo "$1" ;; */*) echo "$caller/$1" ;; *) echo "$1" ;; esac; }
[ -n "$out_file" ] && case $out_file in /*) ;; *) out_file="$caller/$out_file" ;; esac
[ -n "${TAURARO:-}" ] && TAURARO=$(absolute "$TAURARO")
[ -n "${TAURAROC:-}" ] && TAURAROC=$(absolute "$TAURAROC")
[ -n "${BENCH_BUILD:-}" ] && BENCH_BUILD=$(absolute "$BENCH_BUILD")

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
cd "$bench_dir" || exit 2
timeout_s=${BENCH_TIMEOUT:-$([ "$mode" = full ] && echo 600 || echo 120)}

die() { echo "bench: $*" >&2; exit 2; }
note() { echo "bench: $*" >&2; }

# ---- Selection ----------------------------------------------------------------
declare -A KIND SHORT TINY
order=()
for row in "${PROGRAMS[@]}"; do
    read -r name kind short tiny <<<"$row"
    KIND[$name]=$kind SHORT[$name]=$short TINY[$name]=$tiny
    order+=("$name")
    [ -f "$name.py" ] || die "$name.py is listed in PROGRAMS but missing"
done
for f in *.py; do
    [ -n "${KIND[${f%.py}]:-}" ] || die "$f is not listed in PROGRAMS in run.sh (add its sizes there)"
done
progs=()
if [ ${#only[@]} -gt 0 ]; then
    for name in "${only[@]}"; do
        [ -n "${KIND[$name]:-}" ] || die "no program named $name"
        progs+=("$name")
    done
else
    progs=("${order[@]}")
fi
[ -z "$out_file" ] && [ "$mode" = full ] && [ ${#only[@]} -eq 0 ] && out_file="$bench_dir/RESULTS.md"

# ---- Engines --------------------------------------------------------------------
# The real interpreter binary behind a wrapper (pyenv's shim is a shell script
# that would add its own start-up to every run).
real_python() { "$1" -c 'import sys; print(sys.executable)' 2>/dev/null; }

find_tauraro() {
    if [ -n "${TAURARO:-}" ]; then
        TAURARO=$(command -v "$TAURARO") || die "TAURARO=$TAURARO is not an executable"
        return
    fi
    TAURARO="$root/build/tauraro"
    [ -x "$TAURARO" ] && return
    note "building Tauraro in $root/build"
    if ! cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ||
       ! cmake --build "$root/build" -j2 >/dev/null; then
        die "the Tauraro build failed"
    fi
}

# tauraroc: $TAURAROC, else beside the tauraro binary; absent means n/a.
find_tauraroc() {
    if [ -n "${TAURAROC:-}" ]; then
        TAURAROC=$(command -v "$TAURAROC") || die "TAURAROC=$TAURAROC is not an executable"
    elif [ -x "$(dirname "$TAURARO")/tauraroc" ]; then
        TAURAROC="$(dirname "$TAURARO")/tauraroc"
    else
        TAURAROC=""
    fi
}

# pypy3 from Debian, installed when missing unless --skip-missing.
find_pypy() {
    if ! command -v pypy3 >/dev/null && [ $skip_missing = 0 ]; then
        note "pypy3 is not installed: installing the Debian package pypy3"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pypy3 >/dev/null 2>&1 ||
            { $sudo apt-get update -qq >/dev/null 2>&1 &&
              DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pypy3 >/dev/null 2>&1; }
        command -v pypy3 >/dev/null ||
            die "could not install pypy3 (run as root, or pass --skip-missing to leave it out)"
    fi
    PYPY=""
    command -v pypy3 >/dev/null && PYPY=$(real_python pypy3)
    [ -z "$PYPY" ] && [ $skip_missing = 1 ] && note "pypy3 not installed: its column is n/a"
}

find_tauraro
find_tauraroc
command -v python3 >/dev/null || die "python3 (the reference) is not installed"
PY3=$(real_python python3) || die "python3 does not run"
py3_ver=$("$PY3" -c 'import platform; print(platform.python_version())')
case $py3_ver in 3.11.*) ;; *) note "warning: python3 is $py3_ver; the reference is CPython 3.11" ;; esac
find_pypy
CC=${CC:-gcc}

work="${BENCH_BUILD:-$root/build/bench}"
mkdir -p "$work/c" "$work/aot" "$work/out" || die "cannot create $work"
BT="$work/tr_benchtime"
if [ ! -x "$BT" ] || [ tr_benchtime.c -nt "$BT" ]; then
    $CC -O2 -Wall -Wextra -o "$BT" tr_benchtime.c || die "cannot build tr_benchtime"
fi

# ---- Running ----------------------------------------------------------------------
# Per program and engine: STATE (ok, wrong, fail:STATUS, timeout, compile,
# n/a, none = no C version), TIMES and CPUS (wall and user+system seconds,
# one per run) and RSS (peak KB over runs).
declare -A STATE TIMES CPUS RSS
failures=0 problems=()

# summarize: repeat every failure at the end, where it is seen; false if any.
summarize() {
    [ $failures -eq 0 ] && return 0
    note "$failures engine/program pairs failed or disagreed with python3:"
    for problem in "${problems[@]}"; do note "  $problem"; done
    return 1
}

size_args() { # prog -> the size argument for this mode, if any
    case $mode in
        short) echo "${SHORT[$1]}" ;;
        check) echo "${TINY[$1]}" ;;
    esac
}

# prepare PROG ENGINE: build what the engine needs and set its first state.
prepare() {
    local p=$1 e=$2 k="$1/$2"
    STATE[$k]=ok TIMES[$k]="" CPUS[$k]="" RSS[$k]=0
    case $e in
        jit) : >"$work/out/$p.jitlog" ;;
        aot)
            if [ -z "$TAURAROC" ]; then
                STATE[$k]="n/a"
            elif ! "$TAURAROC" "$p.py" -o "$work/aot/$p" >"$work/out/$p.aot.compile" 2>&1; then
                STATE[$k]=compile
                note "$p: tauraroc failed (see $work/out/$p.aot.compile)"
            fi ;;
        pypy3) [ -z "$PYPY" ] && STATE[$k]="n/a" ;;
        c)
            if [ ! -f "$p.c" ]; then
                STATE[$k]=none
            elif [ ! -x "$work/c/$p" ] || [ "$p.c" -nt "$work/c/$p" ]; then
                $CC -O2 -Wall -Wextra -o "$work/c/$p" "$p.c" -lm || STATE[$k]=compile
            fi ;;
    esac
}

command_for() { # prog engine -> the argv to run, in CMD
    local p=$1
    case $2 in
        jit) CMD=("$TAURARO" "$p.py") ;;
        interp) CMD=("$TAURARO" --no-jit "$p.py") ;;
        aot) CMD=("$work/aot/$p") ;;
        python3) CMD=("$PY3" "$p.py") ;;
        pypy3) CMD=("$PYPY" "$p.py") ;;
        c) CMD=("$work/c/$p") ;;
    esac
    local size
    size=$(size_args "$p")
    [ -n "$size" ] && CMD+=("$size")
}

# run_once PROG ENGINE RUN: one timed run, checked against python3's output.
run_once() {
    local p=$1 e=$2 r=$3 k="$1/$2" out="$work/out/$1.$2" ref="$work/out/$1.python3.ref"
    local wall rss code cpu
    command_for "$p" "$e"
    # the JIT's runs log each compiled unit's compile time (docs/jit.md)
    local log=""
    [ "$e" = jit ] && log="$work/out/$p.jitlog"
    read -r wall rss code cpu < <(TAURARO_JIT_LOG=$log PYTHONHASHSEED=0 "$BT" -t "$timeout_s" -o "$out" -e "$out.err" -- "${CMD[@]}")
    if [ -z "${code:-}" ]; then
        STATE[$k]="fail:?"
        return
    fi
    if [ "$code" = 124 ]; then
        STATE[$k]=timeout
    elif [ "$code" != 0 ]; then
        STATE[$k]="fail:$code"
    elif [ "$e" = python3 ] && [ "$r" = 1 ]; then
        cp "$out" "$ref"
    elif ! cmp -s "$ref" "$out"; then
        STATE[$k]=wrong
        cp "$out" "$out.wrong"
    fi
    TIMES[$k]+="$wall "
    CPUS[$k]+="$cpu "
    [ "$rss" -gt "${RSS[$k]}" ] && RSS[$k]=$rss
}

cell_state() { # state -> what a table cell shows instead of a number
    case $1 in
        wrong) echo "WRONG" ;; timeout) echo "TIMEOUT" ;; compile) echo "FAIL (build)" ;;
        fail:*) echo "FAIL (${1#fail:})" ;; none) echo "-" ;; *) echo "$1" ;;
    esac
}

median() { # numbers on the command line -> their median
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.6f", v[(NR + 1) / 2]; else printf "%.6f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
declare -A MED CPUMED
for p in "${progs[@]}"; do
    for e in "${ENGINES[@]}"; do prepare "$p" "$e"; done
    for ((r = 1; r <= runs; r++)); do
        for e in "${ENGINES[@]}"; do
            [ "${STATE[$p/$e]}" = ok ] || continue
            # without a reference output nothing can be checked
            [ "$e" != python3 ] && [ "${STATE[$p/python3]}" != ok ] && STATE[$p/$e]="n/a"
            [ "${STATE[$p/$e]}" = ok ] && run_once "$p" "$e" "$r"
        done
    done
    line="$p:"
    for e in "${ENGINES[@]}"; do
        k="$p/$e"
        if [ "${STATE[$k]}" = ok ]; then
            # shellcheck disable=SC2086
            MED[$k]=$(median ${TIMES[$k]})
            # shellcheck disable=SC2086
            CPUMED[$k]=$(median ${CPUS[$k]})
            line+=" ${LABEL[$e]} $(printf %.3f/%.3f "${MED[$k]}" "${CPUMED[$k]}")"
        elif [ "${STATE[$k]}" != none ]; then
            line+=" ${LABEL[$e]} ${STATE[$k]}"
        fi
        case ${STATE[$k]} in
            wrong|fail:*|timeout|compile) problems+=("$p under ${LABEL[$e]}: $(cell_state "${STATE[$k]}")") ;;
        esac
        case ${STATE[$k]} in
            wrong) failures=$((failures + 1))
                   note "MISMATCH: $p under ${LABEL[$e]} printed something other than python3:"
                   diff "$work/out/$p.python3.ref" "$work/out/$p.$e.wrong" | head -n 10 >&2 ;;
            fail:*|timeout|compile)
                   failures=$((failures + 1))
                   note "FAILED: $p under ${LABEL[$e]}: ${STATE[$k]}"
                   tail -n 5 "$work/out/$p.$e.err" 2>/dev/null >&2 ;;
        esac
    done
    note "$line"
done

# ---- Check mode: outputs only -----------------------------------------------------
if [ "$mode" = check ]; then
    checked=0
    for p in "${progs[@]}"; do
        for e in "${ENGINES[@]}"; do [ "${STATE[$p/$e]}" = ok ] && checked=$((checked + 1)); done
    done
    echo "bench --check: ${#progs[@]} programs, $checked runs agree with python3, $failures failed"
    summarize
    exit
fi

# ---- Tables -------------------------------------------------------------------------
# markdown ROWS...: rows of |-separated cells, the first one the header;
# columns padded to one width, numbers right-aligned.
markdown() {
    printf '%s\n' "$@" | awk -F'|' '
        { for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) }
          if (NF > nf) nf = NF }
        END {
            for (r = 1; r <= NR; r++) {
                line = "|"
                for (i = 1; i <= nf; i++)
                    line = line sprintf(i == 1 ? " %-*s |" : " %*s |", w[i], c[r, i])
                print line
                if (r == 1) {
                    line = "|"
                    for (i = 1; i <= nf; i++) {
                        dash = sprintf("%*s", w[i], ""); gsub(/ /, "-", dash)
                        line = line (i == 1 ? " " dash " |" : " " substr(dash, 2) ": |")
                    }
                    print line
                }
            }
        }'
}

# The columns of the time and RSS tables, JIT first.
COLUMNS=(jit interp aot python3 pypy3 c)
time_cell() { printf %.3f "${MED[$1]}"; }
cpu_cell() { printf %.3f "${CPUMED[$1]}"; }
rss_cell() { awk -v kb="${RSS[$1]}" 'BEGIN { printf "%.1f", kb / 1024 }'; }

# engine_table CELL: one row per program, one column per engine; CELL formats
# the number of a program/engine pair that ran correctly.
engine_table() {
    local rows=() row p e k
    row="program"
    for e in "${COLUMNS[@]}"; do row+="|${LABEL[$e]}"; done
    rows+=("$row")
    for p in "${progs[@]}"; do
        row="$p"
        for e in "${COLUMNS[@]}"; do
            k="$p/$e"
            if [ "${STATE[$k]}" = ok ]; then row+="|$($1 "$k")"; else row+="|$(cell_state "${STATE[$k]}")"; fi
        done
        rows+=("$row")
    done
    markdown "${rows[@]}"
}

# Ratio columns: NUM/DEN engine pairs; other/jit means "how many times faster
# the JIT is than that engine"; python3/interp is the interpreter's own target.
RATIOS=(interp/jit aot/jit python3/jit pypy3/jit c/jit python3/interp)
ratio() { # metric (MED or CPUMED) prog num den -> the ratio, or nothing
    local -n m=$1
    local a="$2/$3" b="$2/$4"
    [ "${STATE[$a]}" = ok ] && [ "${STATE[$b]}" = ok ] || return
    awk -v x="${m[$a]}" -v y="${m[$b]}" 'BEGIN { if (y > 0) printf "%.6f", x / y }'
}

geomean() { # values... -> the geometric mean (empty for none)
    [ $# -eq 0 ] && return
    printf '%s\n' "$@" | awk '{ s += log($1) } END { printf "%.6f", exp(s / NR) }'
}

ratio_table() { # metric: MED (wall) or CPUMED
    local rows=() row p q num den v
    row="program"
    for q in "${RATIOS[@]}"; do
        num=${q%/*} den=${q#*/}
        if [ "$den" = jit ]; then row+="|${LABEL[$num]} / JIT"; else row+="|${LABEL[$num]} / ${LABEL[$den]}"; fi
    done
    rows+=("$row")
    for p in "${progs[@]}"; do
        row="$p"
        for q in "${RATIOS[@]}"; do
            v=$(ratio "$1" "$p" "${q%/*}" "${q#*/}")
            if [ -n "$v" ]; then row+="|$(printf %.2f "$v")"; else row+="|-"; fi
        done
        rows+=("$row")
    done
    local set label members
    for set in numeric all; do
        label="geomean ($set)"
        row="**$label**"
        for q in "${RATIOS[@]}"; do
            members=0
            local vals=()
            for p in "${progs[@]}"; do
                [ "$set" = numeric ] && [ "${KIND[$p]}" != numeric ] && continue
                members=$((members + 1))
                v=$(ratio "$1" "$p" "${q%/*}" "${q#*/}")
                [ -n "$v" ] && vals+=("$v")
            done
            v=$(geomean "${vals[@]}")
            if [ -z "$v" ]; then
                row+="|-"
            elif [ ${#vals[@]} -lt $members ]; then
                row+="|$(printf %.2f "$v") (${#vals[@]}/$members)"
            else
                row+="|$(printf %.2f "$v")"
            fi
        done
        rows+=("$row")
    done
    markdown "${rows[@]}"
}

# compile_row LABEL LOGS...: one row of the compile-time table from the JIT
# logs' lines ("T ms (translate A, optimize B, codegen C) NAME queued ...").
compile_row() {
    local label=$1 units total n k
    shift
    units=$(cat "$@" 2>/dev/null | awk '$2 == "ms" && $3 == "(translate" { print $1, $4 + 0, $6 + 0, $8 + 0 }')
    if [ -z "$units" ]; then
        echo "$label|0|-|-|-|-|-|-"
        return
    fi
    total=$(cut -d' ' -f1 <<<"$units" | sort -g)
    n=$(wc -l <<<"$total")
    k=$(((9 * n + 9) / 10)) # the 90th percentile by nearest rank
    # shellcheck disable=SC2046
    printf '%s|%.1f|%.2f|%.2f|%.2f|%.2f|%.2f|%.2f\n' "$label" "$(awk -v n="$n" -v r="$runs" 'BEGIN { print n / r }')" \
        "$(median $total)" "$(sed -n "${k}p" <<<"$total")" "$(tail -n 1 <<<"$total")" \
        "$(median $(cut -d' ' -f2 <<<"$units"))" "$(median $(cut -d' ' -f3 <<<"$units"))" \
        "$(median $(cut -d' ' -f4 <<<"$units"))"
}

compile_table() {
    local rows=("program|units per run|median (ms)|90th pct|max|translate|optimize|code generation") p
    local numeric=() all=()
    for p in "${progs[@]}"; do
        [ "${STATE[$p/jit]}" = ok ] || continue
        rows+=("$(compile_row "$p" "$work/out/$p.jitlog")")
        all+=("$work/out/$p.jitlog")
        [ "${KIND[$p]}" = numeric ] && numeric+=("$work/out/$p.jitlog")
    done
    [ ${#numeric[@]} -gt 0 ] && rows+=("$(compile_row "**numeric programs**" "${numeric[@]}")")
    [ ${#all[@]} -gt 0 ] && rows+=("$(compile_row "**all programs**" "${all[@]}")")
    markdown "${rows[@]}"
}

# ---- The machine and versions ------------------------------------------------------------
first_line() { "$@" 2>/dev/null | head -n 1; }
machine_info() {
    local cpu mem os commit build_type llvm pypy_ver
    cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
    mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
    os="$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), $(uname -sr)"
    # the report itself does not make the tree "modified"
    commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "unknown")
    [ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . ':(exclude)bench/RESULTS.md' 2>/dev/null)" ] &&
        commit+=" with uncommitted changes"
    build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$(dirname "$(readlink -f "$TAURARO")")/CMakeCache.txt" 2>/dev/null)
    llvm=$(first_line llvm-config-19 --version || true)
    [ -z "$llvm" ] && llvm=$(first_line llvm-config --version || true)
    pypy_ver="not installed"
    [ -n "$PYPY" ] && pypy_ver=$("$PYPY" -c 'import sys, platform
print("PyPy %d.%d.%d (Python %s)" % (sys.pypy_version_info[:3] + (platform.python_version(),)))')
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Machine: ${cpu:-unknown CPU}, $(nproc) cores, ${mem:-unknown memory}"
    echo "- OS: $os"
    echo "- Load average (1, 5, 15 min) before the runs: ${load_before:-unknown}; after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    echo "- tauraro: $(first_line "$TAURARO" --version) (commit $commit${build_type:+, $build_type build})"
    echo "- tauraroc: ${TAURAROC:-not built}"
    echo "- python3: CPython $py3_ver ($PY3)"
    echo "- pypy3: $pypy_ver"
    echo "- gcc: $(first_line "$CC" --version)"
    echo "- LLVM: ${llvm:-not found}"
}

sizes_note() {
    case $mode in
        full) echo "each program's default size (1-3 s under CPython 3.11)" ;;
        short) echo "the --short sizes in bench/run.sh" ;;
    esac
}

report() {
    echo "# Tauraro benchmark results"
    echo
    echo "Measured by \`$cmdline\` (runs per program and engine: $runs; sizes: $(sizes_note))."
    echo "Every output was compared with python3's: $failures engine/program pairs failed or disagreed."
    [ $failures -gt 0 ] && echo
    for problem in "${problems[@]}"; do echo "- **$problem**"; done
    echo
    machine_info
    echo
    echo "Engines: \`tauraro\` = \`tauraro prog.py\` (JIT, the default mode), \`--no-jit\` ="
    echo "\`tauraro --no-jit prog.py\`, \`tauraroc\` = the executable from \`tauraroc prog.py -o exe\`,"
    echo "\`gcc -O2\` = the C version \`bench/NAME.c\`. n/a: engine not available; -: no C version;"
    echo "WRONG: output differs from python3's; FAIL (N): exit status N."
    echo
    echo "## Median wall time (s)"
    echo
    engine_table time_cell
    echo
    echo "## Median CPU time (s, user + system, all threads)"
    echo
    echo "Less disturbed than the wall time when other work shares the machine, but it also"
    echo "counts helper threads (the collector's parallel markers, background compilation)."
    echo
    engine_table cpu_cell
    echo
    echo "## Peak RSS (MB, the largest over the runs)"
    echo
    engine_table rss_cell
    echo
    echo "## Ratios of median wall times"
    echo
    echo "X / JIT above 1 means the JIT is that many times faster than X.  Geometric means are"
    echo "over the numeric programs (fib, loops, mandelbrot, nbody, spectral_norm, sieve) and over"
    echo "all programs; (k/n) says only k of the n programs had both numbers."
    echo
    ratio_table MED
    echo
    echo "## Ratios of median CPU times"
    echo
    ratio_table CPUMED
    echo
    echo "## JIT compile time per unit (ms)"
    echo
    echo "Every loop or function the JIT compiled in the \`tauraro\` runs above, from"
    echo "\`TAURARO_JIT_LOG\`: translation to LLVM IR, optimization and code generation, on the"
    echo "compile thread.  The medians and percentiles are over units, phases medians each on their own."
    echo
    compile_table
}

if [ -n "$out_file" ]; then
    report | tee "$out_file"
    note "wrote $out_file"
else
    report
fi
summarize

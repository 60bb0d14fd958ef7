#!/usr/bin/env bash
# link_order.sh — write cmake/tauraro.order, the function order gold links
# tauraro and tauraroc with (see "Link order" in CMakeLists.txt).
#
#   tools/link_order.sh [BUILD_DIR]      (default: build; needs valgrind)
#
# Runs the built tauraro under callgrind: an empty program without the JIT
# (what start-up runs), then small runs of the benchmarks with every loop
# compiled at once (what compilation runs), and tauraroc compiling one of
# them.  Every function that ran becomes a line ".text.<symbol>", start-up's
# first; LLVM's archives have a section of that name per function.  Names
# the linker does not find are ignored, so a stale file costs only RSS:
# rerun this after a change of LLVM version or of the JIT's pipeline.
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
tauraro=$build/tauraro
tauraroc=$build/tauraroc
command -v valgrind >/dev/null || { echo "link_order.sh: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraro_order.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

n=0
profile() { # profile NAME COMMAND...
    n=$((n + 1))
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$tmp/$(printf %02d $n).$1" \
        "${@:2}" >/dev/null 2>"$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
}
profile start "$tauraro" --no-jit -c pass
profile fib "$tauraro" --jit-sync bench/fib.py 18
profile nbody "$tauraro" --jit-sync bench/nbody.py 1000
profile spectral "$tauraro" --jit-sync bench/spectral_norm.py 30
profile fannkuch "$tauraro" --jit-sync bench/fannkuch.py 6
profile exceptions "$tauraro" --jit-sync bench/exceptions.py 2000
profile closures "$tauraro" --jit-sync bench/closures.py 2000
profile objects "$tauraro" --jit-sync bench/objects.py 2000
profile aot "$tauraroc" -c bench/nbody.py -o "$tmp/nbody.o"

# callgrind names a function once per file: "fn=(id) name", later "fn=(id)";
# a recursive call's name has a "'depth" suffix.  A complete-object
# constructor or destructor (C1, D1) is an alias in its base-object twin's
# section (C2, D2), so the twin's section is listed after it.
{
    echo ".text.startup"
    for f in "$tmp"/[0-9]*; do
        grep -hoE '^c?fn=\([0-9]+\) .*' "$f" | sed -E "s/^c?fn=\([0-9]+\) //; s/'[0-9]+\$//"
    done | grep -v '^0x' | sed -E 's/^/.text./; /C1[EI]|D1E/{p; s/C1([EI])/C2\1/; s/D1E/D2E/}'
} | awk '!seen[$0]++' >cmake/tauraro.order
echo "cmake/tauraro.order: $(wc -l <cmake/tauraro.order) functions"

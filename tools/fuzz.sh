#!/usr/bin/env bash
# fuzz.sh — build one libFuzzer harness and run it for a number of minutes.
#
#   tools/fuzz.sh compile MINUTES   lexer + parser + compiler on arbitrary bytes
#   tools/fuzz.sh exec MINUTES      whole programs, with an instruction budget
#   tools/fuzz.sh jit MINUTES       differential: generated loop programs, the
#                                   interpreter against the JIT at threshold 1
#   tools/fuzz.sh NAME 0            build only
#
# Installs clang-19 and libFuzzer (libclang-rt-19-dev) when missing, builds
# with -fsanitize=fuzzer,address,undefined into build-fuzz/, seeds the corpus
# from tests/py (tests/fuzz/make_corpus.sh) and runs in a scratch directory.
# The growing corpus stays in build-fuzz/corpus-NAME; crashes, leaks and
# timeouts are written to build-fuzz/artifacts-NAME/.  A crash is replayed
# with: build-fuzz/tests/fuzz/fuzz_NAME FILE.  Extra libFuzzer flags:
# FUZZ_ARGS; parallel jobs: FUZZ_JOBS (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
name=${1:?usage: tools/fuzz.sh compile|exec|jit MINUTES}
minutes=${2:?usage: tools/fuzz.sh compile|exec|jit MINUTES}
[ -f "tests/fuzz/fuzz_$name.c" ] || { echo "fuzz.sh: no harness tests/fuzz/fuzz_$name.c" >&2; exit 2; }

if ! command -v clang-19 >/dev/null || [ ! -d /usr/lib/llvm-19/lib/clang/19/lib/linux ] ||
   ! ls /usr/lib/llvm-19/lib/clang/19/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-19 libclang-rt-19-dev >/dev/null
fi

build=$root/build-fuzz
# two fuzzers started at once share the build folder: one configures and
# builds at a time
mkdir -p "$build"
exec 9>"$build/.fuzz-build.lock"
flock 9
CC=clang-19 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAURARO_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "fuzz_$name"
flock -u 9
[ "$minutes" = 0 ] && exit 0

corpus=$build/corpus-$name artifacts=$build/artifacts-$name seeds=$build/seeds-$name
mkdir -p "$corpus" "$artifacts"
rm -rf "$seeds"
# the jit harness reads its input as choices of a program generator, not as
# source: it starts from nothing and takes short inputs
input=(-dict="$root/tests/fuzz/python.dict" -max_len=16384)
if [ "$name" = jit ]; then
    mkdir -p "$seeds"
    input=(-max_len=1024 -len_control=0)
else
    tests/fuzz/make_corpus.sh "$seeds"
fi
# the working directory of the run (with FUZZ_JOBS > 1, libFuzzer's
# fuzz-N.log files are written here); programs are sandboxed (tr_fuzz.h)
mkdir -p "$build/run-$name"
cd "$build/run-$name"
# the collector owns the heap (no leak checking); GMP and LLVM are not instrumented
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
read -r -a extra <<<"${FUZZ_ARGS:-}"
jobs=()
[ "${FUZZ_JOBS:-1}" -gt 1 ] && jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
"$build/tests/fuzz/fuzz_$name" "$corpus" "$seeds" \
    "${input[@]}" -timeout=20 -rss_limit_mb=4096 \
    -max_total_time=$((minutes * 60)) -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "${jobs[@]}" "${extra[@]}" </dev/null

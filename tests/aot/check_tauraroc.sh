#!/usr/bin/env bash
# Checks of the tauraroc command line (ctest: aotcli/<check>):
#   emit_llvm  --emit-llvm output passes opt-19 -passes=verify, with named values
#   object     -c writes an ELF relocatable that cc links with the runtime libraries
#   shared     --shared writes a .so that a JIT-run `tauraro` script imports
#   modules    modules beside the program are compiled in: the executable runs without them
#   errors     syntax errors, missing files, unknown flags and failed links: clear
#              messages and non-zero exits
# Binaries from $TAURARO and $TAURAROC.
set -u
check=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tauraroc_check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL ($check): $*"; exit 1; }
opt=$(command -v opt-19 || echo /usr/lib/llvm-19/bin/opt)
rtdir=$(dirname "$TAURAROC")

case "$check" in
emit_llvm)
    cp "$here/../py/prog_bank.py" "$tmp/p.py" 2>/dev/null || cp "$here/multi_lib.py" "$tmp/p.py"
    "$TAURAROC" --emit-llvm -O0 "$tmp/p.py" -o "$tmp/p.ll" || fail "tauraroc --emit-llvm failed"
    "$opt" -passes=verify "$tmp/p.ll" -o /dev/null || fail "opt -passes=verify rejected the IR"
    grep -q '^define internal .* @tr_aot_m0_c0__module_(' "$tmp/p.ll" || fail "no module function in the IR"
    grep -q '%[A-Z]*\.pc[0-9]* = call i32 @tr_h_' "$tmp/p.ll" || fail "helper calls are not named after their ops"
    "$TAURAROC" --emit-llvm "$tmp/p.py" -o "$tmp/p2.ll" || fail "tauraroc --emit-llvm -O2 failed"
    "$opt" -passes=verify "$tmp/p2.ll" -o /dev/null || fail "opt rejected the -O2 IR"
    ;;
object)
    printf 'import math\nprint(sum(i * i for i in range(10)), math.gcd(12, 18))\n' >"$tmp/o.py"
    "$TAURAROC" -c "$tmp/o.py" -o "$tmp/o.o" || fail "tauraroc -c failed"
    file "$tmp/o.o" | grep -q 'ELF 64-bit LSB relocatable' || fail "not an ELF relocatable: $(file "$tmp/o.o")"
    libs=$(sed -n 's/^#define TAURARO_AOT_LIBS "\(.*\)"$/\1/p' "$rtdir/generated/tr_config.h")
    # shellcheck disable=SC2086
    cc -o "$tmp/o" "$tmp/o.o" "$rtdir/libtauraro_frontend.a" "$rtdir/libtauraro_rt.a" $libs || fail "cc could not link"
    [ "$("$tmp/o")" = "285 6" ] || fail "linked program printed '$("$tmp/o")'"
    "$TAURAROC" -S "$tmp/o.py" -o "$tmp/o.s" || fail "tauraroc -S failed"
    grep -q 'main:' "$tmp/o.s" || fail "no main in the assembly"
    ;;
shared)
    cp "$here/shmod.py" "$here/_shhelper.py" "$here/use_shmod.py" "$tmp/"
    (cd "$tmp" && "$TAURAROC" --shared shmod.py -o shmod.so) || fail "tauraroc --shared failed"
    rm "$tmp/shmod.py" "$tmp/_shhelper.py"
    out=$(cd "$tmp" && "$TAURARO" --jit-threshold 1 use_shmod.py) || fail "importing shmod.so failed: $out"
    expected=$'42 5050 shmod/helper\n10 [0, 1, 4, 9, 16, 25]\nfunction shmod'
    [ "$out" = "$expected" ] || fail "unexpected output: $out"
    ;;
modules)
    cp "$here/multi_main.py" "$here/multi_lib.py" "$tmp/"
    (cd "$tmp" && "$TAURAROC" -v multi_main.py -o prog 2>"$tmp/v.txt") || fail "tauraroc failed"
    grep -q 'compiled to native code' "$tmp/v.txt" || fail "-v printed no statistics"
    grep -q '^cc ' "$tmp/v.txt" || fail "-v did not show the link command"
    rm "$tmp/multi_lib.py" "$tmp/multi_main.py"
    [ "$(cd "$tmp" && ./prog)" = "hello aot 42" ] || fail "the executable printed '$(cd "$tmp" && ./prog)'"
    ;;
errors)
    printf 'def f(:\n    pass\n' >"$tmp/bad.py"
    "$TAURAROC" "$tmp/bad.py" -o "$tmp/bad" 2>"$tmp/e1"; st=$?
    [ $st -eq 1 ] || fail "syntax error: exit $st"
    "$TAURARO" "$tmp/bad.py" 2>"$tmp/e2"
    cmp -s "$tmp/e1" "$tmp/e2" || fail "syntax error differs from tauraro's: $(cat "$tmp/e1")"
    grep -q 'SyntaxError' "$tmp/e1" || fail "no SyntaxError"
    "$TAURAROC" "$tmp/missing.py" 2>"$tmp/e3"; st=$?
    [ $st -ne 0 ] && grep -q 'no such file' "$tmp/e3" || fail "missing file: exit $st: $(cat "$tmp/e3")"
    "$TAURAROC" --frobnicate x.py 2>"$tmp/e4"; st=$?
    [ $st -eq 2 ] && grep -q "unknown argument: '--frobnicate'" "$tmp/e4" || fail "unknown flag: exit $st"
    mkdir -p "$tmp/home/lib/tauraro"
    echo garbage >"$tmp/home/lib/tauraro/libtauraro_rt.a"
    echo garbage >"$tmp/home/lib/tauraro/libtauraro_frontend.a"
    printf 'print(1)\n' >"$tmp/ok.py"
    TAURARO_HOME="$tmp/home" "$TAURAROC" "$tmp/ok.py" -o "$tmp/ok" 2>"$tmp/e5"; st=$?
    [ $st -ne 0 ] && grep -q 'linker command failed' "$tmp/e5" || fail "failed link: exit $st: $(cat "$tmp/e5")"
    grep -q 'libtauraro_.*\.a' "$tmp/e5" || fail "the linker's message is not shown"
    ;;
*)
    echo "usage: $0 emit_llvm|object|shared|modules|errors" >&2
    exit 2
    ;;
esac
exit 0

#!/usr/bin/env bash
# Seed corpus for the fuzzers: every conformance program (tests/py, modules
# included), the Python library (lib/) and the kept regression inputs
# (tests/fuzz/regress), copied into OUTDIR.  Generated, never committed.
#
# Usage: tests/fuzz/make_corpus.sh OUTDIR
set -euo pipefail
out=${1:?usage: make_corpus.sh OUTDIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
n=0
while IFS= read -r -d '' f; do
    rel=${f#"$root"/}
    cp "$f" "$out/${rel//\//_}"
    n=$((n + 1))
done < <(find "$root/tests/py" "$root/lib" "$root/tests/fuzz/regress" -type f \
              \( -name '*.py' -o -path '*/regress/*' \) -print0 2>/dev/null)
echo "make_corpus: $n seed files in $out" >&2

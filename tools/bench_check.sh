#!/usr/bin/env bash
# Benchmark of `termalign check` (issue 5): 100k line-aligned segment pairs against a 100k-concept glossary
# must take ≤ 15 s wall clock and ≤ 1 GiB peak memory (/usr/bin/time -v).
#
#   tools/bench_check.sh [BUILD_DIR]        (default BUILD_DIR: build-bench, configured Release when missing)
#   env: BENCH_DIR (work files, default /tmp/termalign-bench-check), PAIRS (100000), CONCEPTS (100000),
#        LANGS ("ar ru": the source languages to run, each against English)
#
# Data (tools/bench_check_gen.py): segments made of two NTREX-128 news lines each (../shared), a glossary of real
# FreeDict term pairs + corpus n-grams + rare word pairs, stored in a termalign SQLite glossary. The timed command
# is the whole verb: open the glossary, load its concepts, read both files, check, write the JSON report.
# Exit status 1 when a limit is exceeded.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build-bench}"
WORK="${BENCH_DIR:-/tmp/termalign-bench-check}"
PAIRS="${PAIRS:-100000}"
CONCEPTS="${CONCEPTS:-100000}"
LANGS="${LANGS:-ar ru}"
MAX_SECONDS=15
MAX_KB=$((1024 * 1024))

if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD" -j2 --target termalign check_bench_glossary >/dev/null
TERMALIGN="$BUILD/src/cli/termalign"

status=0
for src in $LANGS; do
  dir="$WORK/$src-en"
  python3 "$ROOT/tools/bench_check_gen.py" --shared "$ROOT/../shared" --stopwords "$ROOT/data/stopwords" \
    --out "$dir" --src "$src" --pairs "$PAIRS" --concepts "$CONCEPTS"
  "$BUILD/tests/check/check_bench_glossary" "$dir/glossary.tsv" "$dir/glossary.db"
  set +e
  TERMALIGN_NO_PROGRESS=1 /usr/bin/time -v "$TERMALIGN" check "$dir/bench.$src.txt" "$dir/bench.en.txt" \
    -s "$src" -t en --aligned -g "$dir/glossary.db" -f json -o "$dir/report.json" 2>"$dir/time.txt"
  rc=$?
  set -e
  if [[ $rc -gt 1 ]]; then
    cat "$dir/time.txt" >&2
    echo "bench_check: termalign check failed with exit code $rc" >&2
    exit 2
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time.txt")
  seconds=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }')
  kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$dir/time.txt")
  summary=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print("%d pairs, %d concepts, %d findings %s" % (s["pairs"], s["concepts"], s["findings"], json.dumps(s["by_rule"])))' "$dir/report.json")
  verdict=ok
  if awk -v s="$seconds" -v m="$MAX_SECONDS" 'BEGIN { exit !(s > m) }' || [[ $kb -gt $MAX_KB ]]; then
    verdict=OVER
    status=1
  fi
  printf '%s-en: %s s wall (user %s s), peak RSS %d MiB; %s [%s; limits %d s, %d MiB]\n' \
    "$src" "$seconds" "$user" $((kb / 1024)) "$summary" "$verdict" "$MAX_SECONDS" $((MAX_KB / 1024))
done
exit $status

#!/usr/bin/env bash
# Scale benchmark of the glossary (issue 3): 1,000,000 Arabic–English term pairs (tools/bench_glossary_gen.py,
# real NTREX-128 words) imported from CSV, exported as TBX v3 (and CSV, and the TBX read back by import), and
# searched with `termalign glossary search` (a whole process each, start-up included). Every step runs under
# /usr/bin/time -v; prints wall time, CPU time and peak RSS per step.
# Limits: import ≤ 60 s and ≤ 1 GiB peak RSS, TBX export ≤ 30 s, each search ≤ 0.2 s. Exit status 1 when over.
#
# usage: tools/bench_glossary.sh [BUILD_DIR] [PAIRS]      (default: build 1000000)
#   env BENCH_DIR: work files (default: a temporary directory, removed afterwards)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
pairs="${2:-1000000}"
bin="$build/src/cli/termalign"
[ -x "$bin" ] || { echo "bench_glossary: $bin not built" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench_glossary: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
export TERMALIGN_DATA="${TERMALIGN_DATA:-$root/data}"
if [ -n "${BENCH_DIR:-}" ]; then work="$BENCH_DIR"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
db="$work/bench.sqlite"
rm -f "$db" "$db-wal" "$db-shm" "$work/back.sqlite"*

python3 "$root/tools/bench_glossary_gen.py" "$root/../shared/data/eval/ntrex128-ar-en" "$pairs" "$work/pairs.csv"
echo "$pairs term pairs, $(du -h "$work/pairs.csv" | cut -f1) of CSV"

status=0
# run NAME LIMIT_S LIMIT_MIB -- COMMAND...: times COMMAND, prints a row, flags a limit exceeded.
run() {
  local name="$1" max_s="$2" max_mib="$3"
  shift 4
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" || {
    echo "bench_glossary: $name failed:" >&2; cat "$work/err.txt" >&2; exit 1; }
  local wall cpu rss verdict=""
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; printf "%.2f", s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  if [ "$max_s" != "-" ] && awk -v w="$wall" -v m="$max_s" 'BEGIN {exit !(w > m)}'; then verdict=" OVER ${max_s} s"; status=1; fi
  if [ "$max_mib" != "-" ] && [ "$rss" -gt "$max_mib" ]; then verdict="$verdict OVER ${max_mib} MiB"; status=1; fi
  printf '%-28s %8s %8s %9s%s\n' "$name" "$wall" "$cpu" "$rss" "$verdict"
}

printf '%-28s %8s %8s %9s\n' "step" "wall_s" "cpu_s" "peak_MiB"
run "import CSV" 60 1024 -- "$bin" import "$work/pairs.csv" --glossary "$db"
run "export TBX v3" 30 - -- "$bin" export --glossary "$db" --format tbx -s ar -t en -o "$work/out.tbx"
run "export CSV (generic)" - - -- "$bin" export --glossary "$db" --format csv -s ar -t en -o "$work/out.csv"
run "import the TBX (new glossary)" - - -- "$bin" import "$work/out.tbx" --glossary "$work/back.sqlite"
for query in "Mississippi" "الأسعار" "abc" "prices Mississippi"; do
  run "search '$query'" 0.2 - -- "$bin" glossary search "$query" --glossary "$db"
done
"$bin" glossary stats --glossary "$db" | head -4
echo "TBX $(du -h "$work/out.tbx" | cut -f1), $(grep -c '<termSec>' "$work/out.tbx") termSec; CSV $(($(wc -l <"$work/out.csv") - 1)) rows; round trip: $("$bin" glossary stats --glossary "$work/back.sqlite" | awk '/^terms/ {print $2}') terms"
[ "$status" -eq 0 ] && echo "OK: within every limit" || echo "OVER a limit"
exit "$status"

#!/usr/bin/env bash
# Scale benchmark of `termalign align`: Arabic–English document pairs of ~10k, 50k, 90k and 100k lines a side,
# built from seeded NTREX-128 drop/merge variants concatenated (tools/make_align_variants --copies), aligned
# presegmented with default settings under /usr/bin/time -v. Prints wall time, CPU time (user + system, all
# threads), peak RSS and strict/lax F1 per size. On a shared machine wall time includes waiting for a core.
# Targets (issue 2): ~90k lines in ≤ 20 s wall and ≤ 1 GiB peak RSS with strict F1 ≥ 0.90; linear growth.
#
# usage: tools/bench_align.sh [BUILD_DIR] [LINES ...]     (default: build 10000 50000 90000 100000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 50000 90000 100000)
bin="$build/src/cli/termalign"
data="$root/../shared/data/eval/ntrex128-ar-en"
[ -x "$bin" ] || { echo "bench_align: $bin not built" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench_align: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
export TERMALIGN_DATA="${TERMALIGN_DATA:-$root/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One variant holds ~1860 source lines (1997 NTREX lines minus drops and merges).
per_copy=$(python3 "$root/tools/make_align_variants" "$data/newstest2019-ref.arb.txt" "$data/newstest2019-src.eng.txt" \
             "$work/one" --seed 1 && wc -l <"$work/one/src.txt")

printf '%-8s %-8s %-8s %-7s %-7s %-9s %s\n' "lines" "src" "tgt" "wall_s" "cpu_s" "peak_MiB" "score"
for lines in "${sizes[@]}"; do
  copies=$(( (lines + per_copy / 2) / per_copy ))
  [ "$copies" -ge 1 ] || copies=1
  dir="$work/n$lines"
  python3 "$root/tools/make_align_variants" "$data/newstest2019-ref.arb.txt" "$data/newstest2019-src.eng.txt" \
    "$dir" --seed 1 --copies "$copies"
  /usr/bin/time -v -o "$dir/time.txt" "$bin" align "$dir/src.txt" "$dir/tgt.txt" -s ar -t en --presegmented \
    -o "$dir/test.beads"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s}' "$dir/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
  score=$("$root/tools/eval_align" -g "$dir/gold.beads" -t "$dir/test.beads")
  printf '%-8s %-8s %-8s %-7s %-7s %-9s %s\n' "$lines" "$(wc -l <"$dir/src.txt")" "$(wc -l <"$dir/tgt.txt")" "$wall" "$cpu" "$rss" "$score"
  rm -rf "$dir"
done

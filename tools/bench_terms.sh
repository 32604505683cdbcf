#!/usr/bin/env bash
# Benchmark of term-pair extraction (issue 4): `termalign extract --aligned` over 10k, 50k and 100k aligned
# Arabic–English sentence pairs generated deterministically from NTREX-128 (tools/bench_terms_gen.py).
# Reports wall time and peak memory (/usr/bin/time -v) per size; fails when 100k pairs take more than 60 s or
# more than 2 GiB.   Usage: bash tools/bench_terms.sh [BUILD_DIR]   (default build/, built in Release if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
ntrex=../shared/data/eval/ntrex128-ar-en
bin=$build/src/cli/termalign
if [ ! -x "$bin" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"$(nproc)" --target termalign
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "pairs   wall_s  peak_MiB  proposed_pairs"
for n in 10000 50000 100000; do
  python3 tools/bench_terms_gen.py "$ntrex" "$n" "$work/bitext"
  /usr/bin/time -v "$bin" extract "$work/bitext.ar" "$work/bitext.en" -s ar -t en --aligned \
    -o "$work/terms.tsv" 2>"$work/time.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")
  rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  printf "%-7s %-7s %-9s %s\n" "$n" "$wall" "$((rss_kib / 1024))" "$(($(wc -l <"$work/terms.tsv") - 1))"
  if [ "$n" = 100000 ]; then
    awk -v w="$wall" 'BEGIN { exit !(w <= 60) }' || { echo "FAIL: 100k pairs took ${wall}s (limit 60 s)"; exit 1; }
    [ "$rss_kib" -le $((2 * 1024 * 1024)) ] || { echo "FAIL: peak memory ${rss_kib} KiB (limit 2 GiB)"; exit 1; }
  fi
done
echo "OK: within 60 s and 2 GiB at 100k pairs"

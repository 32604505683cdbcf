#!/usr/bin/env bash
# Runs `termalign align` (presegmented, default settings) on every gold set and prints strict/lax P R F1:
# Text+Berg de-fr (7 test documents pooled), the Arabic-English dev pair, NTREX-128 Ar-En and Ru-En with seeded
# drops and merges (tools/make_align_variants, seed 1).
# usage: tools/eval_align_suite.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
bin="$build/src/cli/termalign"
shared="$root/../shared/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TERMALIGN_DATA="${TERMALIGN_DATA:-$root/data}"

gold=(); test=()
for k in 0 1 2 3 4 5 6; do
  d="$shared/eval/textberg-de-fr"
  "$bin" align "$d/test$k.de" "$d/test$k.fr" -s de -t fr --presegmented -o "$work/tb$k.beads"
  gold+=("$d/test$k.defr"); test+=("$work/tb$k.beads")
done
echo "Text+Berg de-fr, 7 test docs pooled: $("$root/tools/eval_align" -g "${gold[@]}" -t "${test[@]}")"

d="$shared/dev/missile-defense-ar-en"
"$bin" align "$d/ar.sent.txt" "$d/en.sent.txt" -s ar -t en --presegmented -o "$work/dev.beads"
echo "Ar-En dev pair:                     $("$root/tools/eval_align" -g "$d/gold.align" -t "$work/dev.beads")"

for pair in ar:arb ru:rus; do
  lang="${pair%%:*}"; code="${pair##*:}"
  d="$shared/eval/ntrex128-$lang-en"
  "$root/tools/make_align_variants" "$d/newstest2019-ref.$code.txt" "$d/newstest2019-src.eng.txt" "$work/$lang" --seed 1
  "$bin" align "$work/$lang/src.txt" "$work/$lang/tgt.txt" -s "$lang" -t en --presegmented -o "$work/$lang.beads"
  echo "NTREX $lang-en drop/merge (seed 1):   $("$root/tools/eval_align" -g "$work/$lang/gold.beads" -t "$work/$lang.beads")"
done

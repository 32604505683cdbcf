#!/usr/bin/env bash
# The README's first command: install what is needed, build, and run the main job on the shipped sample
# Arabic–English article pair in data/samples/: align it, build a glossary from it (segment → align →
# extract → store as candidate terms) and export that glossary to glossaries/ as TBX v3 and CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
bin=build/src/cli/termalign
sample=data/samples/npt-review
db=build/sample/npt-review.sqlite
mkdir -p build/sample glossaries
rm -f "$db" "$db-wal" "$db-shm"

echo "== align $sample.ar.txt with $sample.en.txt (source, target, confidence)"
"$bin" align "$sample.ar.txt" "$sample.en.txt" -s ar -t en --format tsv

echo "== build the glossary $db"
"$bin" build "$sample.ar.txt" "$sample.en.txt" -s ar -t en --glossary "$db"

echo "== export glossaries/npt-review.tbx (TBX v3, TBX-Basic) and glossaries/npt-review.csv"
"$bin" export --glossary "$db" --format tbx -o glossaries/npt-review.tbx
"$bin" export --glossary "$db" --format csv --preset generic -o glossaries/npt-review.csv
"$bin" glossary stats --glossary "$db"
echo "== the candidate term pairs (review them with: $bin glossary list --glossary $db)"
cat glossaries/npt-review.csv

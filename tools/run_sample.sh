#!/usr/bin/env bash
# The README's first command: install what is needed, build, and run the main job on the shipped sample
# Arabic–English article pair in data/samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
bin=build/src/cli/termalign
sample=data/samples/npt-review
echo "== segment the Arabic sample ($sample.ar.txt)"
"$bin" segment "$sample.ar.txt" -l ar

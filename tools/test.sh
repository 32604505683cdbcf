#!/usr/bin/env bash
# The README's test command (and CI's, via .ci/run): install what is needed, build, run every test, then build
# again with AddressSanitizer + UndefinedBehaviorSanitizer and run every test once more.
#   TERMALIGN_SKIP_SANITIZE=1  skip the sanitizer pass (quicker local runs; CI always does both)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

bash tools/setup.sh

echo "== Release build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DTERMALIGN_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 900

if [ "${TERMALIGN_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
  # -O1 -g1: the optimisation level ASan recommends, and line tables for its reports, and quicker to compile than -O2.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DTERMALIGN_SANITIZE=ON -DTERMALIGN_WERROR=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 1800
fi

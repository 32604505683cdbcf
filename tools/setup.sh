#!/usr/bin/env bash
# Installs every Debian package that termalign's build, tests and benchmarks need.
# Idempotent; run as root (or with sudo) on Debian 12. Skips apt entirely when all are present.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config
  # libraries the code links
  libicu-dev libboost-locale-dev libsqlite3-dev libfmt-dev libcli11-dev nlohmann-json3-dev
  libstemmer-dev libxml2-dev zlib1g-dev
  # tests
  catch2 libxml2-utils python3 translate-toolkit
  # TBX Schematron validation (XSLT 2.0) in the test suite
  libsaxonhe-java default-jre-headless
  # bilingual dictionaries used by --dict auto (ar-en both ways, de-fr both ways for the Text+Berg eval; eng-rus read in reverse for ru-en: Debian has no rus-eng)
  dict-freedict-ara-eng dict-freedict-eng-ara dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-eng-rus
  # benchmarks: /usr/bin/time -v for peak memory
  time
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"

#!/usr/bin/env bash
# Renders every screen, in Japanese and English, at 1280x800 and 390x844, into docs/screenshots/.
# Run after a UI change and commit the PNG files with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build --preset dev --target sic-screenshots sic-screenshots-flow
# The verify-results screens show signatures made with the test PKI (skipped without it).
[ -f build/dev/test-pki/pki.json ] || tests/data/make-pki.sh build/dev/test-pki >/dev/null
rm -f docs/screenshots/*.png
QT_QPA_PLATFORM=offscreen build/dev/tests/ui/sic-screenshots docs/screenshots
# The signing steps, walked through against the development RSSP (it needs the test PKI script).
SIC_BUILD_DIR="$PWD/build/dev" SIC_SOURCE_DIR="$PWD" build/dev/tests/ui/sic-screenshots-flow docs/screenshots

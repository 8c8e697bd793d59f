#!/usr/bin/env bash
# Installs the pinned xadesjs (package-lock.json) into a build folder for the XAdES tests.
# Usage: tests/xadesjs/install.sh OUTDIR
set -euo pipefail
src=$(cd "$(dirname "$0")" && pwd)
out=${1:?output folder}
mkdir -p "$out"
cp "$src/package.json" "$src/package-lock.json" "$src/verify.mjs" "$out/"
if [ -f "$out/node_modules/.sic-installed" ] && cmp -s "$src/package-lock.json" "$out/node_modules/.sic-installed"; then
  echo "xadesjs: up to date in $out"
  exit 0
fi
cd "$out"
npm ci --no-audit --no-fund --loglevel=error
cp package-lock.json node_modules/.sic-installed
echo "xadesjs: installed $(node -e 'console.log(require("./node_modules/xadesjs/package.json").version)') in $out"

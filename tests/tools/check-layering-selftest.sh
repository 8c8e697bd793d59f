#!/usr/bin/env bash
# The layering check must fail on an upward include and pass once the link is declared:
# a two-component tree in a temporary folder, checked by the real script.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/core/low" "$tmp/core/high" "$tmp/ui"
echo 'sic_add_core_library(sic_low SOURCES low.h LINKS Qt6::Core)' >"$tmp/core/low/CMakeLists.txt"
echo 'sic_add_core_library(sic_high SOURCES high.h LINKS sic_low Qt6::Core)' >"$tmp/core/high/CMakeLists.txt"
echo 'target_link_libraries(sic_ui PUBLIC sic_high)' >"$tmp/ui/CMakeLists.txt"
echo '#include "low/low.h"' >"$tmp/core/high/high.h"
echo '#include "high/high.h"' >"$tmp/ui/view.h" # through sic_high: allowed
echo '#include "high/high.h"' >"$tmp/core/low/low.h" # upward
if bash "$here/check-layering.sh" "$tmp" >"$tmp/out" 2>&1; then
  echo "selftest: an upward include was not reported"; cat "$tmp/out"; exit 1
fi
grep -q 'low includes high without linking sic_high' "$tmp/out" || { echo "selftest: wrong report"; cat "$tmp/out"; exit 1; }
echo '#pragma once' >"$tmp/core/low/low.h"
bash "$here/check-layering.sh" "$tmp" >"$tmp/out" 2>&1 || { echo "selftest: a clean tree failed"; cat "$tmp/out"; exit 1; }
echo "selftest: upward include reported, clean tree passes"

#!/usr/bin/env bash
# Fails when sic_ja.ts or sic_en.ts is out of date with the sources: runs lupdate over the same
# sources as the update_translations target (translations/CMakeLists.txt) into temporary copies of
# the two files, so the committed ones are never touched, and names every string that is new or
# still unfinished.
# Fix: build `update_translations`, translate the new messages in sic_ja.ts, run finish-en.py.
#
# Usage: check-translations.sh [source-dir]   (default: the repository this script is in)
set -euo pipefail

src=$(cd "${1:-$(dirname "$0")/..}" && pwd)

lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
  if command -v qmake6 >/dev/null 2>&1; then
    lupdate="$(qmake6 -query QT_INSTALL_BINS)/lupdate"
  fi
  [[ -x ${lupdate:-} ]] || lupdate=/usr/lib/qt6/bin/lupdate
fi
[[ -x $lupdate ]] || { echo "lupdate not found (set LUPDATE)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The same globs as SIC_I18N_SOURCES in translations/CMakeLists.txt; keep the two in step.
(
  cd "$src"
  find core ui -type f \( -name '*.cpp' -o -name '*.h' \)
  find qml -type f -name '*.qml'
  find app -type f -name '*.cpp'
) 2>/dev/null | sed "s|^|$src/|" | LC_ALL=C sort >"$tmp/sources.lst"

status=0
for lang in ja en; do
  committed="$src/translations/sic_$lang.ts"
  copy="$tmp/sic_$lang.ts"
  cp "$committed" "$copy"
  # -I as INCLUDE_DIRECTORIES in CMakeLists.txt: without them core's Tr::tr lands in context "Tr".
  "$lupdate" -no-obsolete -locations none -I "$src/core" -I "$src/ui" "@$tmp/sources.lst" -ts "$copy" >"$tmp/lupdate_$lang.log" 2>&1 || {
    cat "$tmp/lupdate_$lang.log" >&2
    echo "lupdate failed for sic_$lang.ts" >&2
    exit 2
  }
  python3 - "$committed" "$copy" <<'EOF' || status=1
import sys
import xml.etree.ElementTree as ET

committed, updated = sys.argv[1], sys.argv[2]


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            t = m.find("translation")
            kind = t.get("type", "") if t is not None else "unfinished"
            out[(name, m.findtext("source"), m.findtext("comment") or "")] = kind
    return out


old, new = messages(committed), messages(updated)
added = [k for k in new if k not in old]
unfinished = [k for k, kind in new.items() if kind == "unfinished" and k not in added]
for label, keys in (("new (not in the committed file)", added), ("unfinished", unfinished)):
    for context, source, comment in keys:
        note = f" [{comment}]" if comment else ""
        print(f"{committed}: {label}: {context}: {source!r}{note}")
gone = [k for k in old if k not in new]
if gone:
    print(f"{committed}: note: {len(gone)} message(s) no longer in the sources (rerun update_translations)")
print(f"{committed}: {len(new)} message(s), {len(added)} new, {len(unfinished)} unfinished")
sys.exit(1 if added or unfinished else 0)
EOF
done
exit $status

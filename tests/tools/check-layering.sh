#!/usr/bin/env bash
# Fails on any include that crosses a layer the wrong way:
#  - core/ reaching for the UI layers (Qt Quick, Qt Qml, Widgets), ui/ for Qt Quick items or Widgets;
#  - a core component (or ui/) including a component's header that it does not link, directly or
#    through what it links: an upward include, or a sideways one CMake does not know about. The
#    link graph comes from the components' own CMakeLists (sic_add_core_library LINKS and
#    target_link_libraries), so the order between components is the one CMake builds.
# Each component's include directory exposes only its own headers (cmake/SicHelpers.cmake), so
# such an include also fails to compile; this names the line.
set -u
root=${1:?source dir}
bad=0
check() {
  local dir=$1 pattern=$2 why=$3
  local hits
  hits=$(grep -rnE "$pattern" "$root/$dir" --include='*.h' --include='*.cpp' --include='CMakeLists.txt' 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "layering: $dir must not use $why:"
    echo "$hits"
    bad=1
  else
    echo "layering: $dir is free of $why"
  fi
}
check core '#include <Qt(Quick|Qml|Widgets)|#include <Q(Quick|Qml|Widget|Dialog|MessageBox)|Qt6::(Quick|Qml|Widgets)|QML_ELEMENT' "Qt Quick, Qt Qml or Widgets"
check ui '#include <Qt(Quick|Widgets)/|#include <Q(QuickItem|Widget|Dialog|MessageBox)|Qt6::(Quick|Widgets)' "Qt Quick items or Widgets"

# The sic_* libraries a CMakeLists links for target $2 (its LINKS list and target_link_libraries).
links_of() {
  local file=$1 target=$2
  sed 's/#.*//' "$file" | tr '\n' ' ' |
    grep -oE "(sic_add_core_library\($target [^)]*|target_link_libraries\($target [^)]*)" |
    grep -oE '\bsic_[a-z0-9]+\b' | grep -vx "$target" | sort -u
}
declare -A direct
components=()
for cm in "$root"/core/*/CMakeLists.txt; do
  c=$(basename "$(dirname "$cm")")
  components+=("$c")
  direct[$c]=$(links_of "$cm" "sic_$c" | sed 's/^sic_//' | tr '\n' ' ')
done
direct[ui]=$(links_of "$root/ui/CMakeLists.txt" sic_ui | sed 's/^sic_//' | tr '\n' ' ')
# Transitive closure, by repeated expansion (the graph is small).
closure() {
  local todo=($1) seen=" "
  while [ ${#todo[@]} -gt 0 ]; do
    local c=${todo[0]}
    todo=("${todo[@]:1}")
    case "$seen" in *" $c "*) continue ;; esac
    seen="$seen$c "
    todo+=(${direct[$c]:-})
  done
  echo "$seen"
}
is_component() {
  local x
  for x in "${components[@]}"; do [ "$x" = "$1" ] && return 0; done
  return 1
}
for c in "${components[@]}" ui; do
  if [ "$c" = ui ]; then dir="$root/ui"; else dir="$root/core/$c"; fi
  reach=$(closure "${direct[$c]:-}")
  found=0
  while IFS= read -r hit; do
    [ -z "$hit" ] && continue
    inc=$(sed -E 's/.*#include "([a-z0-9]+)\/.*/\1/' <<<"$hit")
    [ "$inc" = "$c" ] && continue
    is_component "$inc" || continue
    case "$reach" in *" $inc "*) continue ;; esac
    echo "layering: $c includes $inc without linking sic_$inc: $hit"
    found=1
  done < <(grep -rnE '^#include "[a-z0-9]+/' "$dir" --include='*.h' --include='*.cpp' 2>/dev/null)
  if [ $found = 1 ]; then bad=1; else echo "layering: $c includes only what it links (${direct[$c]:-nothing})"; fi
done
exit $bad

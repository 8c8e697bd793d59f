#!/usr/bin/env bash
# Fails when core/ reaches for the UI layers, or ui/ for QtQuick items or Widgets.
# The CMake targets already make such includes fail to compile; this names the line.
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
exit $bad

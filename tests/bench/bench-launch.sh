#!/usr/bin/env bash
# Benchmark for docs/benchmarks.md: time from launching the GUI to its first frame. The app, run
# with SIC_BENCH_FIRST_FRAME=1, prints the milliseconds from main() to the first frameSwapped and
# quits; this script also measures the wall time of the whole process (loading the binary and its
# libraries, start-up, first frame, exit) and its peak RSS. Runs on the offscreen platform and, when
# Xvfb is installed, on xcb inside Xvfb (software OpenGL), one server started beforehand. Each run uses a fresh settings folder.
#
# Usage: tests/bench/bench-launch.sh [path/to/sic] [runs]   (defaults: build/dev/app/sic/sic, 10)
set -euo pipefail
app=${1:-build/dev/app/sic/sic}
runs=${2:-10}
[ -x "$app" ] || { echo "bench-launch: $app not found (build the target sic first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # platform, prefix command...
    local platform=$1; shift
    : >"$work/frame" ; : >"$work/wall"
    for i in $(seq "$runs"); do
        rm -rf "$work/home"; mkdir -p "$work/home"
        env HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
            SIC_BENCH_FIRST_FRAME=1 QT_QPA_PLATFORM="$platform" \
            /usr/bin/time -f "%e %M" -o "$work/t" "$@" "$app" 2>/dev/null | sed -n 's/^first-frame-ms //p' >>"$work/frame"
        cat "$work/t" >>"$work/wall"
    done
    python3 - "$platform" "$work/frame" "$work/wall" <<'PY'
import statistics, sys
frames = [int(l) for l in open(sys.argv[2]) if l.strip()]
walls = [l.split() for l in open(sys.argv[3]) if l.strip()]
if not frames:
    sys.exit(f"bench-launch: no first frame on {sys.argv[1]}")
ms = [float(w[0]) * 1000 for w in walls]
rss = [int(w[1]) / 1024 for w in walls]
print(f"{sys.argv[1]:10} runs {len(frames):3}  main->first frame: median {statistics.median(frames):5.0f} ms, "
      f"max {max(frames):5.0f} ms  |  process wall: median {statistics.median(ms):5.0f} ms  |  peak RSS {max(rss):5.0f} MiB")
PY
}

measure offscreen
if command -v Xvfb >/dev/null; then
    # One X server for all runs, so that its start-up is not counted.
    display=:$((100 + RANDOM % 400))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp 2>/dev/null &
    xvfb=$!
    trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
    sleep 1
    DISPLAY=$display measure xcb
fi

#!/usr/bin/env bash
# The pictures docs/packaging.md shows: the installed app's entry in a desktop launcher (rofi's
# application menu, which reads the installed .desktop files and hicolor icons like any desktop
# menu), and the installed icons at 16 to 256 px side by side, both from the package as installed.
# Run as root after `apt-get install ./sic_*.deb` (.ci/package leaves nothing installed, so
# install it for this); needs Xvfb, rofi, xwd (x11-apps) and the SVG loader of gdk-pixbuf
# (librsvg2-common: rofi, like GTK desktops, loads the scalable icon through it), all in .ci/install-deps.
# Usage: installer/linux/make-launcher-screenshot.sh [OUT-DIR]   (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
app_id=$(sed -n 's/^set(SIC_APP_ID "\([^"]*\)").*/\1/p' installer/CMakeLists.txt)
[ -f "/usr/share/applications/$app_id.desktop" ] || { echo "install the package first" >&2; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

display=:97
Xvfb "$display" -screen 0 900x560x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
sleep 1
export DISPLAY=$display HOME=$work XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
# The launcher, typed into as a user would: "sig" finds the entry by its keywords.
rofi -show drun -show-icons -icon-theme hicolor -filter "sig" -theme-str \
    'window { width: 640px; } listview { lines: 2; } element-icon { size: 48px; }' \
    -font "Noto Sans CJK JP 14" >/dev/null 2>&1 &
pids+=($!)
sleep 5 # rofi loads icons in a background thread
xwd -root -silent >"$work/launcher.xwd"
python3 installer/linux/xwd2png.py "$work/launcher.xwd" "$out/linux-launcher.png"

# The installed icons, each at its own size on a light and a dark strip.
python3 - "$app_id" "$work/icons.svg" <<'PY'
import base64, sys
app_id, out = sys.argv[1], sys.argv[2]
sizes = [16, 22, 24, 32, 48, 64, 128, 256]
parts, x = [], 16
for s in sizes:
    data = base64.b64encode(open(f"/usr/share/icons/hicolor/{s}x{s}/apps/{app_id}.png", "rb").read()).decode()
    for y in (12, 300):
        parts.append(f'<image x="{x}" y="{y + 256 - s}" width="{s}" height="{s}" href="data:image/png;base64,{data}"/>')
    parts.append(f'<text x="{x + s / 2}" y="283" font-family="sans-serif" font-size="13" text-anchor="middle">{s}</text>')
    x += s + 24
open(out, "w").write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{x}" height="576">'
                     f'<rect width="100%" height="288" fill="#f6f6f6"/><rect y="288" width="100%" height="288" fill="#2b2b2b"/>'
                     + "".join(parts) + "</svg>")
PY
rsvg-convert "$work/icons.svg" -o "$out/linux-icons.png"
echo "wrote $out/linux-launcher.png and $out/linux-icons.png"

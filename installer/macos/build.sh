#!/usr/bin/env bash
# macOS recipe (not run on these Debian machines: no macOS, no Qt for macOS; docs/packaging.md).
# Needs: Xcode command line tools, Qt 6.4+ for macOS (QT=/path/to/Qt/6.x/macos), Homebrew's
# openssl@3, poppler-qt6 (build it with Qt: Homebrew's poppler has no Qt 6 frontend), libxml2,
# qtkeychain; a "Developer ID Application" certificate in the keychain; a notarytool profile
# (xcrun notarytool store-credentials sic-notary ...).
# Usage: installer/macos/build.sh "Developer ID Application: NAME (TEAMID)"
set -euo pipefail
cd "$(dirname "$0")/../.."
identity=$1
: "${QT:?set QT to the Qt for macOS prefix}"
version=$(sed -n 's/^project(sic VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

cmake -S . -B build/macos -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$QT" \
    -DSIC_BUILD_TESTS=OFF -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
cmake --build build/macos --target sic sic-cli
app=build/macos/app/sic/sic.app

# Icon: the same SVG as Linux, rendered and packed with iconutil.
iconset=build/macos/sic.iconset; mkdir -p "$iconset" "$app/Contents/Resources"
for s in 16 32 128 256 512; do
    rsvg-convert -w $s -h $s installer/linux/icons/sic.svg -o "$iconset/icon_${s}x${s}.png"
    rsvg-convert -w $((s * 2)) -h $((s * 2)) installer/linux/icons/sic.svg -o "$iconset/icon_${s}x${s}@2x.png"
done
iconutil -c icns "$iconset" -o "$app/Contents/Resources/sic.icns"

# The CLI ships inside the bundle (Contents/MacOS/sic-cli) and is deployed and signed with it.
cp build/macos/app/sic-cli/sic-cli "$app/Contents/MacOS/"
"$QT/bin/macdeployqt" "$app" -qmldir=qml -executable="$app/Contents/MacOS/sic-cli" -always-overwrite
codesign --force --deep --timestamp --options runtime --entitlements installer/macos/entitlements.plist \
    --sign "$identity" "$app"
codesign --verify --strict --verbose=2 "$app"

dmg=build/macos/sic-$version.dmg
hdiutil create -volname "sic $version" -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --timestamp --sign "$identity" "$dmg"
xcrun notarytool submit "$dmg" --keychain-profile sic-notary --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
echo "built $dmg"

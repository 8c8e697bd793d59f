#!/usr/bin/env bash
# iOS recipe (not run on these Debian machines: no macOS, no Qt for iOS; docs/packaging.md).
# Needs: Xcode 15, Qt 6.4+ for iOS (QT_IOS=/path/to/Qt/6.x/ios) and the macOS host Qt (QT_HOST);
# OpenSSL 3, libxml2, Poppler (Qt 6 frontend) and QtKeychain built for iOS arm64 into $SIC_IOS_DEPS
# (static libraries); an Apple Developer team (TEAM_ID) with a distribution profile.
# Usage: installer/ios/build.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${QT_IOS:?}" "${QT_HOST:?}" "${SIC_IOS_DEPS:?}" "${TEAM_ID:?}"
"$QT_IOS/bin/qt-cmake" -S . -B build/ios -G Xcode -DQT_HOST_PATH="$QT_HOST" \
    -DCMAKE_FIND_ROOT_PATH="$SIC_IOS_DEPS" -DSIC_BUILD_TESTS=OFF \
    -DCMAKE_XCODE_ATTRIBUTE_DEVELOPMENT_TEAM="$TEAM_ID"
# The app icon set: Xcode wants a 1024 px image; the asset catalog derives the rest.
mkdir -p build/ios/Assets.xcassets/AppIcon.appiconset
rsvg-convert -w 1024 -h 1024 --background-color=white installer/linux/icons/sic.svg \
    -o build/ios/Assets.xcassets/AppIcon.appiconset/icon-1024.png
xcodebuild -project build/ios/sic.xcodeproj -scheme sic -configuration Release \
    -destination 'generic/platform=iOS' -archivePath build/ios/sic.xcarchive archive
cat >build/ios/export.plist <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>method</key><string>app-store</string>
<key>teamID</key><string>$TEAM_ID</string></dict></plist>
PLIST
xcodebuild -exportArchive -archivePath build/ios/sic.xcarchive -exportOptionsPlist build/ios/export.plist \
    -exportPath build/ios/export
echo "built build/ios/export/sic.ipa"

#!/usr/bin/env bash
# Android recipe (not run on these Debian machines: no Qt for Android; docs/packaging.md).
# Needs: Qt 6.4+ for Android (QT_ANDROID=/path/to/Qt/6.x/android_arm64_v8a) and the host Qt of the
# same version (QT_HOST=/path/to/Qt/6.x/gcc_64); Android SDK and NDK r25 (ANDROID_SDK_ROOT,
# ANDROID_NDK_ROOT); OpenSSL 3, libxml2, Poppler (Qt 6 frontend) and QtKeychain cross-built for
# arm64 into $SIC_ANDROID_DEPS (KDAB's android_openssl has OpenSSL); a release keystore.
# Usage: installer/android/build.sh KEYSTORE ALIAS   (asks for the store password)
set -euo pipefail
cd "$(dirname "$0")/../.."
keystore=$1 alias=$2
: "${QT_ANDROID:?}" "${QT_HOST:?}" "${ANDROID_SDK_ROOT:?}" "${ANDROID_NDK_ROOT:?}" "${SIC_ANDROID_DEPS:?}"

# Launcher icons from the same SVG as the desktop (mipmap densities mdpi..xxxhdpi).
for d in mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
    mkdir -p "installer/android/res/mipmap-${d%%:*}"
    rsvg-convert -w "${d##*:}" -h "${d##*:}" installer/linux/icons/sic.svg \
        -o "installer/android/res/mipmap-${d%%:*}/ic_launcher.png"
done

"$QT_ANDROID/bin/qt-cmake" -S . -B build/android -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DQT_HOST_PATH="$QT_HOST" -DANDROID_SDK_ROOT="$ANDROID_SDK_ROOT" -DANDROID_NDK_ROOT="$ANDROID_NDK_ROOT" \
    -DCMAKE_FIND_ROOT_PATH="$SIC_ANDROID_DEPS" -DSIC_BUILD_TESTS=OFF -DQT_ANDROID_SIGN_AAB=ON
# Qt's sic_make_aab runs androiddeployqt and signs the bundle with these (the password is never in a file).
read -rsp "keystore password: " QT_ANDROID_KEYSTORE_STORE_PASS; echo
export QT_ANDROID_KEYSTORE_PATH=$keystore QT_ANDROID_KEYSTORE_ALIAS=$alias QT_ANDROID_KEYSTORE_STORE_PASS
cmake --build build/android --target sic_make_aab
echo "built: build/android/app/sic/android-build/build/outputs/bundle/release/"

# Windows recipe (not run on these Debian machines: no Windows, no Qt for Windows; docs/packaging.md).
# Needs: Visual Studio 2022 (C++), CMake, Ninja, Qt 6.4+ for MSVC ($env:QT = C:\Qt\6.x\msvc2019_64),
# vcpkg with openssl, libxml2, poppler[qt] (Qt 6 frontend), qtkeychain-qt6; WiX Toolset 5
# (`dotnet tool install --global wix`); a code-signing certificate usable by signtool (an EV
# certificate or a cloud HSM; the thumbprint in $env:SIC_SIGN_SHA1); rsvg-convert and ImageMagick
# (`magick`) for the icon.
# Usage, from a "x64 Native Tools" prompt:  pwsh installer\windows\build.ps1
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$version = (Select-String -Path CMakeLists.txt -Pattern 'project\(sic VERSION ([0-9.]+)').Matches[0].Groups[1].Value
$timestamp = 'http://timestamp.digicert.com'

cmake -S . -B build\windows -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$env:QT" `
    -DCMAKE_TOOLCHAIN_FILE="$env:VCPKG_ROOT\scripts\buildsystems\vcpkg.cmake" -DSIC_BUILD_TESTS=OFF
cmake --build build\windows --target sic sic-cli

# One folder with both programs and what they load.
$deploy = 'build\windows\deploy'
New-Item -ItemType Directory -Force $deploy | Out-Null
Copy-Item build\windows\app\sic\sic.exe, build\windows\app\sic-cli\sic-cli.exe $deploy
& "$env:QT\bin\windeployqt.exe" --release --qmldir qml --no-translations "$deploy\sic.exe" "$deploy\sic-cli.exe"
Copy-Item "$env:VCPKG_ROOT\installed\x64-windows\bin\*.dll" $deploy  # OpenSSL, libxml2, Poppler, QtKeychain

# The icon, from the same SVG as Linux.
$sizes = 16, 24, 32, 48, 64, 256
foreach ($s in $sizes) {
    $svg = if ($s -lt 32) { 'installer\linux\icons\sic-small.svg' } else { 'installer\linux\icons\sic.svg' }
    rsvg-convert -w $s -h $s $svg -o "build\windows\icon-$s.png"
}
magick ($sizes | ForEach-Object { "build\windows\icon-$_.png" }) build\windows\sic.ico

# Sign the programs, build the MSI, sign it; each signature RFC 3161 time-stamped.
signtool sign /sha1 $env:SIC_SIGN_SHA1 /fd SHA256 /tr $timestamp /td SHA256 "$deploy\sic.exe" "$deploy\sic-cli.exe"
wix build installer\windows\sic.wxs -arch x64 -d SicVersion=$version -d DeployDir=$deploy `
    -d IconFile=build\windows\sic.ico -o "build\windows\sic-$version-x64.msi"
signtool sign /sha1 $env:SIC_SIGN_SHA1 /fd SHA256 /tr $timestamp /td SHA256 "build\windows\sic-$version-x64.msi"
signtool verify /pa /v "build\windows\sic-$version-x64.msi"
Write-Output "built build\windows\sic-$version-x64.msi"

#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session with a freshly unlocked GNOME keyring (the Secret
# Service QtKeychain talks to on Linux), so keychain tests use a real keychain and never the
# developer's own. HOME is a fresh empty directory, so a test can prove that nothing it stored
# landed there; the keyring's own files live beside it (XDG_DATA_HOME), where the OS keeps them.
set -eu
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sic-keyring.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
mkdir -p "$tmp/home" "$tmp/keyring-data" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/keyring-data"
export XDG_CONFIG_HOME="$tmp/home/.config"
export XDG_CACHE_HOME="$tmp/home/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring.sh: $tool is not installed (packages dbus, gnome-keyring)" >&2
    exit 1
  fi
done
rc=0
dbus-run-session -- sh -c '
  # An empty password line on stdin creates and unlocks the "login" collection (the default one
  # QtKeychain writes to); with no line at all only the "session" collection would exist.
  printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  "$@"' with-keyring "$@" || rc=$?
exit $rc

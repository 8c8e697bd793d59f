#!/usr/bin/env bash
# Writes a gzip'ed man page for sic-cli or sic from the program's own --help and --version
# (help2man), so that the page never says something the program does not do.
# For sic-cli, each command's --help becomes a subsection of COMMANDS.
#
# Usage: make-manpage.sh PROGRAM NAME-LINE STATIC.h2m OUT.1.gz
set -euo pipefail
prog=$1 name=$2 static=$3 out=$4
base=$(basename "$prog")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# English text, no display, and a throw-away home: printing help must not touch the builder's files.
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen HOME="$work/home"
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$work/home" "$work/run" && chmod 700 "$work/run"

cp "$static" "$work/include.h2m"
if [ "$base" = sic-cli ]; then
    {
        echo "[COMMANDS]"
        "$prog" --help | sed -n '/^Commands:/,/^$/{s/^  \([a-z][a-z-]*\) .*/\1/p}' | while read -r cmd; do
            echo ".SS \"$base $cmd\""
            echo ".nf"
            # QCommandLineParser prints argv[0] as given; the page names the installed command.
            # Backslashes and leading dots would be read as roff requests.
            "$prog" "$cmd" --help | sed -e "s|^Usage: [^ ]* |Usage: $base $cmd |" -e 's/\\/\\e/g' -e 's/^\./\\\&./'
            echo ".fi"
        done
    } >>"$work/include.h2m"
fi
# A wrapper so that help2man sees the installed name, not the build path.
cat >"$work/$base" <<WRAP
#!/bin/sh
"$prog" "\$@" | sed -e "s|^Usage: [^ ]*$base |Usage: $base |"
WRAP
chmod +x "$work/$base"
help2man --no-info --no-discard-stderr --name="$name" --include="$work/include.h2m" \
    --output="$work/$base.1" "$work/$base"
gzip -9n -c "$work/$base.1" >"$out.tmp" && mv "$out.tmp" "$out"

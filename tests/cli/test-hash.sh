#!/usr/bin/env bash
# sic-cli hash against `openssl dgst` (an independent implementation), and its error handling:
# missing, directory and unreadable inputs get one line each, exit code 3, and the others are still hashed.
set -u
cli=${1:?path to sic-cli}
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; fi; }

printf 'abc' >"$work/abc.txt"
head -c 3000001 /dev/urandom >"$work/random.bin"
printf '日本語の契約書' >"$work/契約書.txt"
: >"$work/empty"

for alg in sha256 sha384 sha512; do
  for f in abc.txt random.bin 契約書.txt empty; do
    want=$(openssl dgst -"$alg" -r "$work/$f" | cut -d' ' -f1)
    got=$("$cli" hash --alg "$alg" "$work/$f" | cut -d' ' -f1)
    check "$alg $f matches openssl dgst" '[ "$want" = "$got" ]'
  done
done

want=$(openssl dgst -sha256 -binary "$work/abc.txt" | base64 -w0)
got=$("$cli" hash --base64 "$work/abc.txt" | cut -d' ' -f1)
check "--base64 prints Base64" '[ "$want" = "$got" ]'

line=$("$cli" hash "$work/abc.txt")
check "output is '<hex>  <file>'" '[ "$line" = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  $work/abc.txt" ]'

mkdir "$work/folder"
"$cli" hash "$work/abc.txt" "$work/missing.pdf" "$work/folder" "$work/random.bin" >"$work/out" 2>"$work/err"
rc=$?
check "bad inputs give exit code 3" '[ $rc -eq 3 ]'
check "the good files are still hashed" '[ $(wc -l <"$work/out") -eq 2 ]'
check "one error line per bad input" '[ $(wc -l <"$work/err") -eq 2 ]'
check "the error names the missing file and the reason" 'grep -q "missing.pdf: The file does not exist" "$work/err"'
check "the error names the folder and the reason" 'grep -q "folder: This is a folder" "$work/err"'

# Root reads anything, so as root the unreadable case runs as the unprivileged user "nobody".
as_user=()
if [ "$(id -u)" -eq 0 ]; then as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups); fi
chmod 755 "$work"
printf 'x' >"$work/locked"; chmod 000 "$work/locked"
"${as_user[@]}" "$cli" hash "$work/locked" "$work/abc.txt" >"$work/out" 2>"$work/err"; rc=$?
check "an unreadable file gives exit code 3" '[ $rc -eq 3 ]'
check "the error says it cannot be read" 'grep -q "locked: You are not allowed to read this file" "$work/err"'
check "the readable file after it is still hashed" 'grep -q "abc.txt" "$work/out"'

"$cli" hash --alg md5 "$work/abc.txt" >/dev/null 2>&1; rc=$?
check "an unknown algorithm is a usage error (3)" '[ $rc -eq 3 ]'
"$cli" hash >/dev/null 2>&1; rc=$?
check "no file is a usage error (3)" '[ $rc -eq 3 ]'
"$cli" --help | grep -q "Exit codes"; rc=$?
check "--help documents the exit codes" '[ $rc -eq 0 ]'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

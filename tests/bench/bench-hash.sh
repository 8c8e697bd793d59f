#!/usr/bin/env bash
# Benchmark for docs/benchmarks.md: `sic-cli hash` against `openssl dgst -sha256` on the same
# 2 GiB file, side by side in one run (warm page cache for both, runs interleaved).
# Usage: tests/bench/bench-hash.sh [path/to/sic-cli] [size-in-MiB] [runs]
set -euo pipefail
cli=${1:-build/dev/app/sic-cli/sic-cli}
size_mib=${2:-2048}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/big.bin"
# Incompressible data, so no layer below can shortcut the reads.
openssl enc -aes-128-ctr -pass pass:sic-bench -nosalt -pbkdf2 </dev/zero 2>/dev/null | head -c $((size_mib << 20)) >"$file" || true
cat "$file" >/dev/null # warm the page cache once for both tools

measure() { # prints "wall_seconds max_rss_kib"
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null
  cat "$work/t"
}
sic_best=999999 ossl_best=999999 sic_rss=0 ossl_rss=0
for i in $(seq "$runs"); do
  read -r w r < <(measure "$cli" hash --alg sha256 "$file")
  echo "run $i sic-cli hash:      ${w}s, peak RSS ${r} KiB"
  sic_best=$(echo "$w $sic_best" | awk '{print ($1<$2)?$1:$2}'); [ "$r" -gt "$sic_rss" ] && sic_rss=$r
  read -r w r < <(measure openssl dgst -sha256 "$file")
  echo "run $i openssl dgst:      ${w}s, peak RSS ${r} KiB"
  ossl_best=$(echo "$w $ossl_best" | awk '{print ($1<$2)?$1:$2}'); [ "$r" -gt "$ossl_rss" ] && ossl_rss=$r
done
same=$([ "$("$cli" hash "$file" | cut -d' ' -f1)" = "$(openssl dgst -sha256 -r "$file" | cut -d' ' -f1)" ] && echo yes || echo NO)
ratio=$(echo "$sic_best $ossl_best" | awk '{printf "%.2f", $1/$2}')
echo
echo "| tool | best wall time of $runs (${size_mib} MiB) | peak RSS |"
echo "|---|---|---|"
echo "| sic-cli hash --alg sha256 | ${sic_best} s | $((sic_rss / 1024)) MiB |"
echo "| openssl dgst -sha256 | ${ossl_best} s | $((ossl_rss / 1024)) MiB |"
echo
echo "ratio sic/openssl: ${ratio} (target <= 1.25); peak RSS target < 50 MB; digests identical: ${same}"

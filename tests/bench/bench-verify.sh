#!/usr/bin/env bash
# Benchmark for docs/benchmarks.md: `sic-cli verify` against poppler's `pdfsig` on the same signed
# PDFs, per document, runs interleaved (both tools see the same load and a warm page cache).
# The PDFs are generated and signed here with `pdfsig -add-signature` from an NSS database built
# from the test PKI (signer rsa2048), so nothing signed is committed.
#
# Usage: tests/bench/bench-verify.sh [path/to/sic-cli] [path/to/test-pki] [runs]
#   defaults: build/dev/app/sic-cli/sic-cli, build/dev/test-pki (ctest's fixture "pki", or
#   tests/data/make-pki.sh DIR), 5 runs.
# Both tools check the chain to the test root; sic-cli also checks revocation with the PKI's CRL
# (--revocation), pdfsig runs with -no-ocsp (it has no offline revocation input).
set -euo pipefail
cli=${1:-build/dev/app/sic-cli/sic-cli}
pki=${2:-build/dev/test-pki}
runs=${3:-5}
for tool in pdfsig certutil pk12util python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench-verify: $tool not found" >&2; exit 1; }
done
[ -x "$cli" ] || { echo "bench-verify: $cli not found (build sic-cli first)" >&2; exit 1; }
[ -f "$pki/signers/rsa2048.p12" ] || { echo "bench-verify: no test PKI in $pki" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# NSS database: the signer's key (PKCS#12, password "test") and the CAs, trusted for pdfsig.
nss="sql:$work/nss"
mkdir "$work/nss"
certutil -N -d "$nss" --empty-password
pk12util -i "$pki/signers/rsa2048.p12" -d "$nss" -W test -K "" >/dev/null
certutil -A -d "$nss" -n sic-test-root -t "CT,C,C" -i "$pki/root/ca.pem"
certutil -A -d "$nss" -n sic-test-intermediate -t ",," -i "$pki/intermediate/ca.pem"
nick=$(pdfsig -nssdir "$nss" -list-nicks 2>/dev/null | sed -n "2p" | sed "s/^[[:space:]]*//")
[ -n "$nick" ] || { echo "bench-verify: the signer's key did not reach the NSS database" >&2; exit 1; }

# Unsigned documents: 1 page; 50 pages of text; ~10 MiB and ~50 MiB of incompressible image data.
python3 - "$work" <<'PY'
import os, sys
def write(path, pages, blob=0):
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
    kids, n = [], 3
    font = n; objs[font] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"; n += 1
    for p in range(pages):
        text = b"BT /F1 12 Tf 72 720 Td (Benchmark page %d) Tj ET" % (p + 1)
        for line in range(40):
            text += b" BT /F1 9 Tf 72 %d Td (line %d of a page of ordinary contract text, signed for the benchmark) Tj ET" % (700 - 15 * line, line)
        objs[n] = b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"
        res = b"/Font << /F1 %d 0 R >>" % font
        if blob and p == 0:
            side = int((blob // 3) ** 0.5)
            data = os.urandom(side * side * 3)
            objs[n + 2] = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, len(data)) + data + b"\nendstream"
            res += b" /XObject << /Im1 %d 0 R >>" % (n + 2)
        objs[n + 1] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents %d 0 R >>" % (res, n)
        kids.append(n + 1)
        n += 3
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    size = max(objs) + 1
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[i]) if i in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    open(path, "wb").write(out)
w = sys.argv[1]
write(w + "/one-page.pdf", 1)
write(w + "/fifty-pages.pdf", 50)
write(w + "/image-10mib.pdf", 1, 10 << 20)
write(w + "/image-50mib.pdf", 1, 50 << 20)
PY

sign() { # in out field
    pdfsig -nssdir "$nss" -nick "$nick" -digest SHA256 -add-signature -new-signature-field-name "$3" \
        -reason "benchmark" "$1" "$2" >/dev/null 2>&1
}
docs=()
for d in one-page fifty-pages image-10mib image-50mib; do
    sign "$work/$d.pdf" "$work/$d-signed.pdf" Sig1
    docs+=("$d-signed.pdf")
done
# Three signatures in three incremental revisions.
sign "$work/fifty-pages.pdf" "$work/s1.pdf" Sig1
sign "$work/s1.pdf" "$work/s2.pdf" Sig2
sign "$work/s2.pdf" "$work/fifty-pages-3sigs.pdf" Sig3
docs+=("fifty-pages-3sigs.pdf")

# Sanity: both tools accept every document before anything is timed.
for d in "${docs[@]}"; do
    "$cli" verify --trust "$pki/trust/root.pem" --revocation "$pki/intermediate/crl.der" "$work/$d" >"$work/sic.out" ||
        { echo "bench-verify: sic-cli does not accept $d:" >&2; cat "$work/sic.out" >&2; exit 1; }
    # pdfsig's incremental signatures (an indirect /Annots array gains a widget) change nothing a
    # signature does not allow: a warning here is a false "modified after signing".
    ! grep -q "warning:" "$work/sic.out" ||
        { echo "bench-verify: sic-cli warns about $d:" >&2; cat "$work/sic.out" >&2; exit 1; }
    pdfsig -nssdir "$nss" -no-ocsp "$work/$d" >"$work/pdfsig.out" 2>&1
    grep -q "Signature Validation: Signature is Valid" "$work/pdfsig.out" ||
        { echo "bench-verify: pdfsig does not accept $d:" >&2; cat "$work/pdfsig.out" >&2; exit 1; }
done

measure() { # prints "wall_seconds max_rss_kib"; wall from bash's microsecond clock (%e is 10 ms)
    local t0 t1
    t0=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    echo "$t0 $t1 $(tail -n 1 "$work/t")" | awk '{printf "%.3f %d\n", $2 - $1, $3}'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "sic-cli: $("$cli" --version 2>/dev/null | head -n 1); $(pdfsig -v 2>&1 | head -n 1); $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| document | size | signatures | sic-cli verify median (best) of $runs | pdfsig median (best) | ratio sic/pdfsig | peak RSS sic / pdfsig |"
echo "|---|---|---|---|---|---|---|"
for d in "${docs[@]}"; do
    f="$work/$d"
    cat "$f" >/dev/null
    sic_t="" pop_t="" sic_rss=0 pop_rss=0
    for _ in $(seq "$runs"); do
        read -r w r < <(measure "$cli" verify --trust "$pki/trust/root.pem" --revocation "$pki/intermediate/crl.der" "$f")
        sic_t+=" $w"; [ "$r" -gt "$sic_rss" ] && sic_rss=$r
        read -r w r < <(measure pdfsig -nssdir "$nss" -no-ocsp "$f")
        pop_t+=" $w"; [ "$r" -gt "$pop_rss" ] && pop_rss=$r
    done
    sm=$(echo "$sic_t" | median); pm=$(echo "$pop_t" | median)
    sb=$(echo "$sic_t" | tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1)
    pb=$(echo "$pop_t" | tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1)
    nsig=$(grep -c "Signature #" <(pdfsig -nssdir "$nss" -no-ocsp "$f" 2>&1) || true)
    size=$(du -h "$f" | cut -f1)
    ratio=$(echo "$sm $pm" | awk '{ if ($2 > 0) printf "%.2f", $1/$2; else print "n/a" }')
    echo "| ${d%.pdf} | $size | $nsig | ${sm} s (${sb} s) | ${pm} s (${pb} s) | $ratio | $((sic_rss / 1024)) / $((pop_rss / 1024)) MiB |"
done

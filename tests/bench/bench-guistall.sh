#!/usr/bin/env bash
# Benchmark for docs/benchmarks.md: the longest GUI-thread stall while the real app (offscreen)
# hashes, previews, signs (PAdES B-T, or XAdES B-T enveloped for xml, through the development
# RSSP) and verifies a large document, driven through its screens. Target: under 50 ms.
#
# Usage: tests/bench/bench-guistall.sh [build dir] [size in MiB] [pdf|xml]
#        (defaults: build/dev, 512, pdf)
set -euo pipefail
build=${1:-build/dev}
mib=${2:-512}
kind=${3:-pdf}
bench=$build/tests/ui/sic-bench-guistall
[ -x "$bench" ] || { echo "bench-guistall: build the target sic-bench-guistall first" >&2; exit 1; }
[ -f "$build/test-pki/pki.json" ] || tests/data/make-pki.sh "$build/test-pki" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$kind" = xml ]; then
  # Invoice rows with Japanese text: a document that is parsed, canonicalized and rewritten whole.
  python3 - "$work/big.xml" "$mib" <<'PY'
import sys
path, mib = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<invoices>\n')
    i = 0
    while f.tell() < mib * 1024 * 1024:
        f.write(f'  <invoice id="i{i}"><customer>顧客 {i}</customer>'
                f'<amount currency="JPY">{(i * 7919) % 10000000}</amount><note>line {i}</note></invoice>\n')
        i += 1
    f.write("</invoices>\n")
PY
  echo "XML: $(du -h "$work/big.xml" | cut -f1)"
  SIC_BUILD_DIR=$(realpath "$build") SIC_SOURCE_DIR=$(pwd) QT_QPA_PLATFORM=offscreen HOME="$work" \
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "$bench" "$work/big.xml"
  exit
fi
# A one-page PDF with an incompressible image of the requested size (not rendered: no /Do).
python3 - "$work/big.pdf" "$mib" <<'PY'
import os, sys
path, mib = sys.argv[1], int(sys.argv[2])
text = b"BT /F1 18 Tf 72 720 Td (Large document) Tj ET"
with open(path, "wb") as f:
    offs = []
    def obj(body):
        offs.append(f.tell()); f.write(b"%d 0 obj\n" % len(offs) + body + b"\nendobj\n")
    f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    obj(b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    obj(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>")
    obj(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    obj(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    n = mib * 1024 * 1024
    offs.append(f.tell())
    f.write(b"6 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n" % n)
    chunk = os.urandom(1 << 20)
    for _ in range(mib):
        f.write(chunk)
    f.write(b"\nendstream\nendobj\n")
    xref = f.tell()
    f.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offs) + 1))
    for o in offs:
        f.write(b"%010d 00000 n \n" % o)
    f.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offs) + 1, xref))
PY
echo "PDF: $(du -h "$work/big.pdf" | cut -f1)"
SIC_BUILD_DIR=$(realpath "$build") SIC_SOURCE_DIR=$(pwd) QT_QPA_PLATFORM=offscreen HOME="$work" \
  XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "$bench" "$work/big.pdf"

#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang 16, ASan + UBSan) and runs each one
# briefly from seed corpora; exits non-zero on any crash, sanitizer report, leak, timeout or OOM.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_FUZZER]     (default 60)
#
# Seeds: the small hostile-input cases of tests/hostile/make_hostile.py, a few small files of the third-party corpus (env SIC_CORPUS_DIR, default
# ../shared/corpus/third-party beside the checkout; copied at run time, never committed), the CMS SignedData found
# in their /Contents, and tiny inputs generated here with openssl. Work files, the growing corpora
# and crash artifacts stay in build/fuzz/fuzz-run/ (a crash's file reproduces it:
# build/fuzz/tests/fuzz/fuzz_pdf ARTIFACT).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECS="${1:-60}"
# shared/ stands beside the checkout (as in CI).
CORPUS_SRC="${SIC_CORPUS_DIR:-$PWD/../shared/corpus/third-party}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

RUN="$PWD/build/fuzz/fuzz-run"
rm -rf "$RUN/seeds" "$RUN/tmp"
mkdir -p "$RUN/seeds/pdf" "$RUN/seeds/cms" "$RUN/seeds/xml" "$RUN/seeds/csc" "$RUN/corpus/pdf" "$RUN/corpus/cms" \
    "$RUN/corpus/xml" "$RUN/corpus/csc" "$RUN/artifacts" "$RUN/tmp"

# Third-party PDFs: the smallest few, whatever their names.
if [ -d "$CORPUS_SRC" ]; then
    find "$CORPUS_SRC" -type f -name '*.pdf' -size -96k -printf '%s %p\n' | sort -n | head -n 12 |
        while read -r _ f; do cp "$f" "$RUN/seeds/pdf/"; done
    # Third-party XML signatures: the smallest few.
    find "$CORPUS_SRC" -type f -name '*.xml' -size -64k -printf '%s %p\n' | sort -n | head -n 12 |
        while read -r _ f; do cp "$f" "$RUN/seeds/xml/"; done
else
    echo "run-fuzzers: $CORPUS_SRC not found; generated seeds only" >&2
fi
# The hostile-input cases of tests/hostile (issue #13), the small ones: PDFs for fuzz_pdf, XML
# for fuzz_xml.
mkdir -p "$RUN/seeds/xml" "$RUN/tmp/hostile"
python3 tests/hostile/make_hostile.py --out "$RUN/tmp/hostile" >/dev/null
find "$RUN/tmp/hostile" -maxdepth 1 -type f -name '*.pdf' -size -64k -exec cp {} "$RUN/seeds/pdf/" \;
find "$RUN/tmp/hostile" -maxdepth 1 -type f -name '*.xml' -size -64k -exec cp {} "$RUN/seeds/xml/" \;
# CSC answers: a credentials/info of each API version and an error answer.
printf '%s' '{"key":{"status":"enabled","algo":["1.2.840.113549.1.1.11"],"len":2048},"cert":{"status":"valid","certificates":["MIIB"]},"authMode":"explicit","SCAL":"2","multisign":1}' >"$RUN/seeds/csc/info-v1.json"
printf '%s' '{"key":{"status":"enabled","algo":["1.2.840.10045.4.3.2"],"len":256,"curve":"1.2.840.10045.3.1.7"},"cert":{"status":"valid","certificates":["MIIB"]},"auth":{"mode":"explicit","objects":[{"type":"Password","id":"PIN"},{"type":"Password","id":"OTP"}]},"scal":"2","multisign":2}' >"$RUN/seeds/csc/info-v2.json"
printf '%s' '{"error":"invalid_request","error_description":"The OTP is invalid"}' >"$RUN/seeds/csc/error.json"
# The CMS SignedData inside them (hex /Contents strings).
python3 - "$RUN/seeds/pdf" "$RUN/seeds/cms" <<'PY'
import binascii, pathlib, re, sys
src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for pdf in sorted(src.glob('*.pdf')):
    for m in re.finditer(rb'/Contents\s*<([0-9A-Fa-f\s]+)>', pdf.read_bytes()):
        der = binascii.unhexlify(re.sub(rb'\s', b'', m.group(1))).rstrip(b'\x00')
        if len(der) > 64:
            n += 1
            (dst / f'contents-{n}.der').write_bytes(der)
PY
# Tiny generated inputs: a minimal PDF with a correct xref, and CMS signatures from a throwaway key.
python3 - "$RUN/seeds/pdf/minimal.pdf" <<'PY'
import sys
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>",
        b"<< /Length 8 >>\nstream\n0 0 m S\n\nendstream"]
out = bytearray(b"%PDF-1.7\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offsets:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=fuzz seed" -days 2 \
    -keyout "$RUN/tmp/key.pem" -out "$RUN/tmp/cert.pem" 2>/dev/null
printf 'fuzz seed\n' >"$RUN/tmp/data.txt"
openssl cms -sign -binary -in "$RUN/tmp/data.txt" -signer "$RUN/tmp/cert.pem" -inkey "$RUN/tmp/key.pem" \
    -outform DER -out "$RUN/seeds/cms/detached.der"
openssl cms -sign -binary -nodetach -in "$RUN/tmp/data.txt" -signer "$RUN/tmp/cert.pem" \
    -inkey "$RUN/tmp/key.pem" -outform DER -out "$RUN/seeds/cms/attached.der"
openssl cms -sign -binary -noattr -in "$RUN/tmp/data.txt" -signer "$RUN/tmp/cert.pem" \
    -inkey "$RUN/tmp/key.pem" -outform DER -out "$RUN/seeds/cms/noattr.der"

export TMPDIR="$RUN/tmp"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export QT_QPA_PLATFORM=offscreen

failed=()
for name in pdf cms xml csc; do
    bin="build/fuzz/tests/fuzz/fuzz_$name"
    log="$RUN/fuzz_$name.log"
    echo "== fuzz_$name: $(ls "$RUN/seeds/$name" | wc -l) seeds, ${SECS}s"
    if "$bin" -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
        -artifact_prefix="$RUN/artifacts/fuzz_$name-" "$RUN/corpus/$name" "$RUN/seeds/$name" >"$log" 2>&1; then
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$log" || true
    else
        echo "fuzz_$name FAILED; last lines of $log:" >&2
        tail -n 60 "$log" >&2
        ls -l "$RUN/artifacts" >&2
        failed+=("fuzz_$name")
    fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzzers: crashes in ${failed[*]} (reproducers in $RUN/artifacts)" >&2
    exit 1
fi
echo "run-fuzzers: no crash"

#!/usr/bin/env bash
# Benchmarks for docs/benchmarks.md, against a development RSSP started here:
#  1. 100 hashes signed with one authorization (sic-cli sign-hash): wall time, RSSP calls;
#  2. a 512 MiB PDF signed (PAdES B-B): peak RSS and wall time, side by side with
#     `pdfsig -add-signature` (local NSS key) and with `cp` + `openssl dgst -sha256` (the I/O floor);
#  3. 100 one-page PDFs in one batch: wall time and RSSP calls;
#  4. a 1 GiB file signed XAdES detached: peak RSS and wall time.
# Usage: tests/bench/bench-sign.sh [build-dir]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/dev}
cli=$build/app/sic-cli/sic-cli
rssp=$build/tests/rssp/sic-devrssp
work=$(mktemp -d /tmp/sic-bench.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

tests/data/make-pki.sh "$work/pki" >/dev/null
"$rssp" init --state "$work/rssp" --pki "$work/pki" >"$work/init.json"
"$rssp" serve --state "$work/rssp" --port 0 --ready-file "$work/ready.json" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do [ -s "$work/ready.json" ] && break; sleep 0.1; done
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
password=$(field "$work/init.json" password); pin=$(field "$work/init.json" pin)
secret=$(field "$work/init.json" totp_secret); csc=$(field "$work/ready.json" csc_v2); ca=$(field "$work/ready.json" ca_bundle)
# Each authorization needs a fresh TOTP step (the RSSP refuses a replayed code).
fresh_otp() { sleep $((31 - $(date +%s) % 30)); oathtool --totp -b "$secret"; }
calls() { grep -c "\"type\":\"$1\"" "$work/rssp/audit.jsonl" || true; }
measure() { /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err"; return 1; }; cat "$work/t"; }
common=(--rssp "$csc" --ca-bundle "$ca" --user demo --credential cred-rsa2048-totp --secrets-stdin)

echo "## 1. 100 hashes, one authorization"
hashes=()
for i in $(seq 100); do hashes+=(--hash "$(printf 'doc %d' "$i" | openssl dgst -sha256 -binary | base64)"); done
a0=$(calls authorize); s0=$(calls sign)
otp=$(fresh_otp)
read -r w r < <(printf 'password=%s\npin=%s\notp=%s\n' "$password" "$pin" "$otp" |
  measure "$cli" sign-hash "${common[@]}" --hash-alg sha256 "${hashes[@]}")
echo "| 100 hashes | ${w} s wall (login, info, authorize, signHash) | $(wc -l <"$work/out") values | authorize calls: $(( $(calls authorize) - a0 )), signHash calls: $(( $(calls sign) - s0 )) |"

echo "## 2. a 512 MiB PDF"
python3 - "$work/big.pdf" 512 <<'PY'
import os, sys
path, mib = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as f:
    f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    def obj(body):
        offs.append(f.tell()); f.write(b"%d 0 obj\n" % len(offs) + body + b"\nendobj\n")
    obj(b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    obj(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>")
    n = mib << 20
    side = int((n // 3) ** 0.5)
    n = side * side * 3
    offs.append(f.tell())
    f.write(b"4 0 obj\n<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, n))
    chunk = os.urandom(1 << 20)
    left = n
    while left > 0:
        k = min(left, len(chunk)); f.write(chunk[:k]); left -= k
    f.write(b"\nendstream\nendobj\n")
    content = b"q 500 0 0 500 50 200 cm /Im0 Do Q"
    obj(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    x = f.tell()
    f.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offs) + 1))
    for o in offs: f.write(b"%010d 00000 n \n" % o)
    f.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offs) + 1, x))
PY
cat "$work/big.pdf" >/dev/null
mkdir -p "$work/out1" "$work/nss"
otp=$(fresh_otp)
read -r sw sr < <(printf 'password=%s\npin=%s\notp=%s\n' "$password" "$pin" "$otp" | measure "$cli" sign "$work/big.pdf" "${common[@]}" --out "$work/out1")
certutil -N -d "sql:$work/nss" --empty-password
pk12util -i "$work/pki/signers/rsa2048.p12" -d "sql:$work/nss" -W test >/dev/null
nick=$(certutil -L -d "sql:$work/nss" | awk -F'  +' '/u,u,u/ {print $1; exit}')
read -r pw pr < <(measure pdfsig -add-signature -nssdir "sql:$work/nss" -nick "$nick" "$work/big.pdf" "$work/big-pdfsig.pdf")
read -r cw cr < <(measure sh -c "cp '$work/big.pdf' '$work/copy.pdf' && openssl dgst -sha256 '$work/copy.pdf'")
echo "| tool | wall | peak RSS |"
echo "|---|---|---|"
echo "| sic-cli sign (remote key, dev RSSP, B-B) | ${sw} s | $((sr / 1024)) MiB |"
echo "| pdfsig -add-signature (local NSS key) | ${pw} s | $((pr / 1024)) MiB |"
echo "| cp + openssl dgst -sha256 (I/O floor) | ${cw} s | $((cr / 1024)) MiB |"
rm -f "$work/copy.pdf" "$work/big-pdfsig.pdf" "$work/out1"/*

echo "## 3. 100 one-page PDFs in one batch"
python3 - "$work/batch" <<'PY'
import os, sys
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
for i in range(100):
    text = b"BT /F1 12 Tf 72 720 Td (Document %d) Tj ET" % i
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"]
    out = b"%PDF-1.7\n"; offs = []
    for k, body in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x
    open(os.path.join(d, "doc%03d.pdf" % i), "wb").write(out)
PY
mkdir -p "$work/out3"
a0=$(calls authorize); s0=$(calls sign)
otp=$(fresh_otp)
read -r bw br < <(printf 'password=%s\npin=%s\notp=%s\n' "$password" "$pin" "$otp" | measure "$cli" sign "$work/batch"/*.pdf "${common[@]}" --out "$work/out3")
echo "| 100 one-page PDFs | ${bw} s wall | peak RSS $((br / 1024)) MiB | signed: $(ls "$work/out3" | wc -l) | authorize calls: $(( $(calls authorize) - a0 )), signHash calls: $(( $(calls sign) - s0 )) |"

echo "## 4. a 1 GiB file, XAdES detached"
head -c $((1 << 30)) /dev/zero | openssl enc -aes-128-ctr -pass pass:x -nosalt -pbkdf2 2>/dev/null | head -c $((1 << 30)) >"$work/big.bin" || true
mkdir -p "$work/out4"
otp=$(fresh_otp)
read -r xw xr < <(printf 'password=%s\npin=%s\notp=%s\n' "$password" "$pin" "$otp" | measure "$cli" sign "$work/big.bin" "${common[@]}" --format xades --packaging detached --out "$work/out4")
echo "| 1 GiB file, XAdES detached | ${xw} s wall | peak RSS $((xr / 1024)) MiB |"

#!/usr/bin/env bash
# Self-test for tests/data/make-pki.sh: generates a PKI into a temporary directory and checks it
# with the openssl CLI. Prints one line per check and ends with "N passed, M failed".
#
#   tests/data/make-pki-check.sh [--keep]     (--keep: do not delete the temporary directory)
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
MAKE_PKI="$HERE/make-pki.sh"
KEEP=0
[ "${1:-}" = "--keep" ] && KEEP=1

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sic-pki-check.XXXXXX")"
if [ "$KEEP" -eq 1 ]; then
    trap 'echo "kept: $WORK"' EXIT
else
    trap 'rm -rf "$WORK"' EXIT
fi
P="$WORK/pki"
W="$WORK/scratch"
mkdir -p "$W"

PASS=0
FAIL=0
# check DESCRIPTION COMMAND...  (the command's output is shown only when it fails)
check() {
    local desc="$1" out
    shift
    if out=$("$@" 2>&1); then
        PASS=$((PASS + 1))
        echo "PASS  $desc"
    else
        FAIL=$((FAIL + 1))
        echo "FAIL  $desc"
        [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/      | /' | head -20
    fi
}

# helpers (each returns 0 on success, prints diagnostics on failure)
contains() { # TEXT NEEDLE
    case "$1" in *"$2"*) return 0 ;; esac
    printf 'expected to contain: %s\ngot: %s\n' "$2" "$1"
    return 1
}
now() { date -u +%s; }
epoch_of() { date -u -d "$1" +%s; }
near() { # VALUE EXPECTED TOLERANCE
    local d=$(($1 - $2))
    [ "${d#-}" -le "$3" ] || { echo "value $1 not within $3 of $2 (diff $d)"; return 1; }
}
cert_field() { openssl x509 -in "$1" -noout "$2" | sed 's/^[A-Za-z]*=//'; }
ext() { openssl x509 -in "$1" -noout -ext "$2" 2>/dev/null; }

verify_ok() { # CERT [extra verify args]
    local c="$1" out
    shift
    out=$(openssl verify -CAfile "$P/root/ca.pem" -untrusted "$P/intermediate/ca.pem" "$@" "$c" 2>&1) || { echo "$out"; return 1; }
    contains "$out" ": OK"
}
verify_fails_with() { # CERT REASON [extra verify args]
    local c="$1" reason="$2" out
    shift 2
    if out=$(openssl verify -CAfile "$P/root/ca.pem" -untrusted "$P/intermediate/ca.pem" "$@" "$c" 2>&1); then
        echo "unexpectedly verified: $out"
        return 1
    fi
    contains "$out" "$reason"
}

# ---------------------------------------------------------------------------------------------
t0=$(date +%s%N)
GEN_OUT=$("$MAKE_PKI" "$P" 2>&1)
GEN_RC=$?
GEN_MS=$((($(date +%s%N) - t0) / 1000000))
gen_first() {
    echo "$GEN_OUT"
    [ "$GEN_RC" -eq 0 ] && contains "$GEN_OUT" "pki: generated" && [ -s "$P/pki.json" ]
}
check "make-pki.sh generates a PKI" gen_first
# Not asserted (a timed test fails on a loaded machine, not on slow code): printed for the log.
echo "info  generation took ${GEN_MS} ms"

up_to_date() {
    local out before after
    before=$(find "$P" -type f ! -name .lock -printf '%p %T@\n' | sort | sha256sum)
    out=$("$MAKE_PKI" "$P") || { echo "$out"; return 1; }
    after=$(find "$P" -type f ! -name .lock -printf '%p %T@\n' | sort | sha256sum)
    # A no-op: nothing regenerated or rewritten (the file list and every mtime unchanged; the lock
    # file is touched by every run).
    contains "$out" "pki: up to date" && [ "$before" = "$after" ]
}
check "second run is a quick no-op (pki: up to date)" up_to_date

layout() {
    local f missing=0
    for f in root/ca.pem root/ca.key intermediate/ca.pem intermediate/ca.key intermediate/crl.pem \
        intermediate/crl.der intermediate/index.txt tsa/tsa.pem tsa/tsa.key tsa/tsa.chain.pem \
        ocsp/ocsp.pem ocsp/ocsp.key tls/server.pem tls/server.key tls/server.chain.pem bundle.pem \
        trust/root.pem openssl-tsa.cnf pki.json; do
        [ -s "$P/$f" ] || { echo "missing: $f"; missing=1; }
    done
    for n in rsa2048 rsa3072 ecp256 ecp384 japanese expired notyet revoked selfsigned; do
        for s in pem key chain.pem p12; do
            [ -s "$P/signers/$n.$s" ] || { echo "missing: signers/$n.$s"; missing=1; }
        done
    done
    [ ! -e "$P/.tmp" ] || { echo "temporary directory left behind"; missing=1; }
    return $missing
}
check "all files of the documented layout exist" layout

json_ok() {
    local p rc=0
    if command -v jq >/dev/null; then
        jq -e '.root.cert and .intermediate.crl_der and .intermediate.index and (.signers | length == 9)
               and .signers.rsa2048.key_bits == 2048 and .signers.ecp384.key_type == "EC"
               and .signers.revoked.status == "revoked" and .signers.selfsigned.status == "untrusted"
               and .signers.expired.status == "expired" and .signers.notyet.status == "notyet"
               and .tsa.config and .ocsp.cert and .tls.cert and .bundle and .trust_anchor and .url_base' \
            "$P/pki.json" >/dev/null || { echo "jq: unexpected content"; rc=1; }
    elif command -v python3 >/dev/null; then
        python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$P/pki.json" || rc=1
    fi
    while IFS= read -r p; do
        case "$p" in "$P" | "$P"/*) ;; *) echo "path outside OUTDIR: $p"; rc=1 ;; esac
        [ -s "$p" ] || { echo "missing: $p"; rc=1; }
    done < <(grep -o '"/[^"]*"' "$P/pki.json" | tr -d '"')
    grep -q '"status": "valid"' "$P/pki.json" || rc=1
    return $rc
}
check "pki.json is valid JSON with absolute paths that exist" json_ok

# --- root and intermediate -----------------------------------------------------------------
root_ok() {
    local c="$P/root/ca.pem" nb na
    contains "$(cert_field "$c" -subject)" "CN = SIC Test Root CA" &&
        [ "$(cert_field "$c" -subject)" = "$(cert_field "$c" -issuer)" ] &&
        contains "$(openssl x509 -in "$c" -noout -text)" "Public-Key: (3072 bit)" &&
        contains "$(ext "$c" basicConstraints)" "critical" && contains "$(ext "$c" basicConstraints)" "CA:TRUE" &&
        contains "$(ext "$c" keyUsage)" "critical" && contains "$(ext "$c" keyUsage)" "Certificate Sign, CRL Sign" &&
        contains "$(ext "$c" subjectKeyIdentifier)" "Subject Key Identifier" || return 1
    nb=$(epoch_of "$(cert_field "$c" -startdate)")
    na=$(epoch_of "$(cert_field "$c" -enddate)")
    near "$nb" $(($(now) - 86400)) 600 && near "$na" $(($(now) + 7305 * 86400)) 600 &&
        openssl verify -CAfile "$c" "$c"
}
check "root CA: self-signed, RSA 3072, CA:TRUE critical, keyCertSign+cRLSign, now-1d .. +20y" root_ok

int_ok() {
    local c="$P/intermediate/ca.pem" na
    contains "$(cert_field "$c" -subject)" "CN = SIC Test Issuing CA" &&
        contains "$(cert_field "$c" -issuer)" "CN = SIC Test Root CA" &&
        contains "$(ext "$c" basicConstraints)" "critical" && contains "$(ext "$c" basicConstraints)" "CA:TRUE, pathlen:0" &&
        contains "$(ext "$c" keyUsage)" "critical" && contains "$(ext "$c" keyUsage)" "Certificate Sign, CRL Sign" &&
        openssl verify -CAfile "$P/root/ca.pem" "$c" || return 1
    na=$(epoch_of "$(cert_field "$c" -enddate)")
    near "$na" $(($(now) + 3652 * 86400)) 600
}
check "issuing CA: issued by root, CA:TRUE pathlen:0, keyCertSign+cRLSign, ~10y" int_ok

aki_ski_all() {
    local c rc=0
    for c in "$P"/intermediate/ca.pem "$P"/signers/*.pem "$P"/tsa/tsa.pem "$P"/ocsp/ocsp.pem "$P"/tls/server.pem; do
        case "$c" in *.chain.pem | */selfsigned.pem) continue ;; esac
        ext "$c" authorityKeyIdentifier | grep -q "Authority Key Identifier" || { echo "no AKI: $c"; rc=1; }
        ext "$c" subjectKeyIdentifier | grep -q "Subject Key Identifier" || { echo "no SKI: $c"; rc=1; }
    done
    return $rc
}
check "every non-self-signed certificate has AKI and SKI" aki_ski_all

serials_random() {
    local c s rc=0 all=""
    for c in "$P"/root/ca.pem "$P"/intermediate/ca.pem "$P"/signers/*.pem "$P"/tsa/tsa.pem "$P"/ocsp/ocsp.pem "$P"/tls/server.pem; do
        case "$c" in *.chain.pem) continue ;; esac
        s=$(cert_field "$c" -serial)
        [ "${#s}" -ge 16 ] || { echo "short serial $s: $c"; rc=1; }
        all="$all$s"$'\n'
    done
    [ "$(printf '%s' "$all" | sort | uniq -d | wc -l)" -eq 0 ] || { echo "duplicate serials"; rc=1; }
    return $rc
}
check "serial numbers are random (>= 64 bit) and distinct" serials_random

# --- valid signers ---------------------------------------------------------------------------
declare -A KEYDESC=([rsa2048]="Public-Key: (2048 bit)" [rsa3072]="Public-Key: (3072 bit)"
    [ecp256]="NIST CURVE: P-256" [ecp384]="NIST CURVE: P-384" [japanese]="Public-Key: (2048 bit)")
signer_ok() {
    local n="$1" c="$P/signers/$1.pem" text na nb
    text=$(openssl x509 -in "$c" -noout -text)
    verify_ok "$c" && verify_ok "$c" -crl_check -CRLfile "$P/intermediate/crl.pem" &&
        verify_ok "$c" -purpose smimesign &&
        contains "$text" "${KEYDESC[$n]}" &&
        contains "$(ext "$c" basicConstraints)" "critical" && contains "$(ext "$c" basicConstraints)" "CA:FALSE" &&
        contains "$(ext "$c" keyUsage)" "critical" && contains "$(ext "$c" keyUsage)" "Digital Signature, Non Repudiation" &&
        contains "$(ext "$c" extendedKeyUsage)" "E-mail Protection" &&
        ! ext "$c" extendedKeyUsage | grep -q critical &&
        contains "$(ext "$c" crlDistributionPoints)" "URI:http://127.0.0.1:8443/crl" &&
        contains "$(ext "$c" authorityInfoAccess)" "OCSP - URI:http://127.0.0.1:8443/ocsp" || return 1
    nb=$(epoch_of "$(cert_field "$c" -startdate)")
    na=$(epoch_of "$(cert_field "$c" -enddate)")
    near "$nb" $(($(now) - 86400)) 600 && near "$na" $(($(now) + 730 * 86400)) 600 || return 1
    if [ "$n" != japanese ]; then
        contains "$(cert_field "$c" -subject)" "C = JP, O = SIC Test, CN = SIC Test Signer $n" || return 1
    fi
}
keys_ok() { # NAME: key matches cert, chain = leaf + intermediate, p12 opens with "test" (no -legacy)
    local n="$1" d="$P/signers" kp cp p12certs p12key info
    kp=$(openssl pkey -in "$d/$n.key" -pubout) && cp=$(openssl x509 -in "$d/$n.pem" -noout -pubkey) &&
        [ "$kp" = "$cp" ] || { echo "key does not match certificate"; return 1; }
    [ "$(grep -c 'BEGIN CERTIFICATE' "$d/$n.chain.pem")" -eq 2 ] &&
        [ "$(openssl x509 -in "$d/$n.chain.pem" -noout -fingerprint)" = "$(openssl x509 -in "$d/$n.pem" -noout -fingerprint)" ] &&
        [ "$(sed -n '/END CERTIFICATE/,$p' "$d/$n.chain.pem" | sed 1d | openssl x509 -noout -fingerprint)" = \
            "$(openssl x509 -in "$P/intermediate/ca.pem" -noout -fingerprint)" ] || { echo "bad chain file"; return 1; }
    p12certs=$(openssl pkcs12 -in "$d/$n.p12" -passin pass:test -nokeys 2>&1) || { echo "$p12certs"; return 1; }
    [ "$(grep -c 'BEGIN CERTIFICATE' <<<"$p12certs")" -eq 2 ] || { echo "p12 must hold 2 certificates"; return 1; }
    p12key=$(openssl pkcs12 -in "$d/$n.p12" -passin pass:test -nocerts -nodes 2>&1 | openssl pkey -pubout) &&
        [ "$p12key" = "$kp" ] || { echo "p12 key mismatch"; return 1; }
    info=$(openssl pkcs12 -in "$d/$n.p12" -passin pass:test -info -noout 2>&1)
    contains "$info" "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC" && contains "$info" "MAC: sha256"
}
for n in rsa2048 rsa3072 ecp256 ecp384 japanese; do
    check "signer $n: verifies (plain, CRL, smimesign), key type, end-entity extensions, CDP/AIA, now-1d .. +2y" signer_ok "$n"
    check "signer $n: key matches, chain.pem = leaf+intermediate, p12 (AES-256-CBC, password test)" keys_ok "$n"
done

japanese_ok() {
    local c="$P/signers/japanese.pem" s t
    s=$(openssl x509 -in "$c" -noout -subject -nameopt utf8)
    t=$(openssl x509 -in "$c" -noout -subject -nameopt utf8,show_type)
    contains "$s" "CN=山田 太郎" && contains "$s" "O=株式会社テスト" && contains "$s" "C=JP" &&
        contains "$t" "CN=UTF8STRING:山田 太郎" && contains "$t" "O=UTF8STRING:株式会社テスト" &&
        contains "$t" "C=PRINTABLESTRING:JP"
}
check "japanese: subject CN=山田 太郎, O=株式会社テスト, C=JP as UTF8String" japanese_ok

# --- bad signers -----------------------------------------------------------------------------
expired_ok() {
    local c="$P/signers/expired.pem" nb na
    nb=$(epoch_of "$(cert_field "$c" -startdate)")
    na=$(epoch_of "$(cert_field "$c" -enddate)")
    verify_fails_with "$c" "certificate has expired" &&
        verify_ok "$c" -no_check_time &&
        near "$nb" $(($(now) - 400 * 86400)) 600 && near "$na" $(($(now) - 30 * 86400)) 600
}
check "expired: fails with 'certificate has expired' (valid now-400d .. now-30d)" expired_ok

notyet_ok() {
    local c="$P/signers/notyet.pem" nb na
    nb=$(epoch_of "$(cert_field "$c" -startdate)")
    na=$(epoch_of "$(cert_field "$c" -enddate)")
    verify_fails_with "$c" "certificate is not yet valid" &&
        verify_ok "$c" -no_check_time &&
        near "$nb" $(($(now) + 30 * 86400)) 600 && near "$na" $(($(now) + 400 * 86400)) 600
}
check "notyet: fails with 'certificate is not yet valid' (valid now+30d .. now+400d)" notyet_ok

revoked_ok() {
    local c="$P/signers/revoked.pem"
    verify_ok "$c" && verify_fails_with "$c" "certificate revoked" -crl_check -CRLfile "$P/intermediate/crl.pem"
}
check "revoked: verifies without CRL, fails with 'certificate revoked' with -crl_check" revoked_ok

selfsigned_ok() {
    local c="$P/signers/selfsigned.pem" out
    [ "$(cert_field "$c" -subject)" = "$(cert_field "$c" -issuer)" ] || { echo "not self-signed"; return 1; }
    [ "$(grep -c 'BEGIN CERTIFICATE' "$P/signers/selfsigned.chain.pem")" -eq 1 ] || return 1
    if out=$(openssl verify -CAfile "$P/root/ca.pem" -untrusted "$P/intermediate/ca.pem" "$c" 2>&1); then
        echo "unexpectedly verified"
        return 1
    fi
    case "$out" in
        *"unable to get local issuer certificate"* | *"self-signed certificate"* | *"self signed certificate"*) return 0 ;;
    esac
    echo "$out"
    return 1
}
check "selfsigned: fails with 'unable to get local issuer' / 'self-signed certificate'" selfsigned_ok

# --- CRL and CA database ----------------------------------------------------------------------
crl_ok() {
    local crl="$P/intermediate/crl.pem" text serial rt nu out
    out=$(openssl crl -in "$crl" -noout -CAfile "$P/bundle.pem" 2>&1)
    contains "$out" "verify OK" || return 1
    [ "$(openssl crl -in "$P/intermediate/crl.der" -inform DER -outform PEM)" = "$(openssl crl -in "$crl")" ] ||
        { echo "crl.der differs from crl.pem"; return 1; }
    serial=$(cert_field "$P/signers/revoked.pem" -serial)
    text=$(openssl crl -in "$crl" -noout -text)
    contains "$text" "Serial Number: $serial" && contains "$text" "Key Compromise" || return 1
    [ "$(grep -c 'Serial Number:' <<<"$text")" -eq 1 ] || { echo "CRL must list exactly one certificate"; return 1; }
    rt=$(grep -A1 "Serial Number: $serial" <<<"$text" | sed -n 's/.*Revocation Date: //p')
    near "$(epoch_of "$rt")" $(($(now) - 3600)) 600 || return 1
    nu=$(openssl crl -in "$crl" -noout -nextupdate | sed 's/^nextUpdate=//')
    near "$(epoch_of "$nu")" $(($(now) + 30 * 86400)) 600
}
check "intermediate CRL: signed by issuing CA, revoked signer keyCompromise at now-1h, nextUpdate now+30d, DER = PEM" crl_ok

index_ok() {
    local serial
    serial=$(cert_field "$P/signers/revoked.pem" -serial)
    grep -qP "^R\t[0-9]{12}Z\t[0-9]{12}Z,keyCompromise\t$serial\t" "$P/intermediate/index.txt" &&
        [ "$(grep -c '^R' "$P/intermediate/index.txt")" -eq 1 ] &&
        grep -qP "^V\t.*\t$(cert_field "$P/signers/rsa2048.pem" -serial)\t" "$P/intermediate/index.txt"
}
check "index.txt: revoked signer marked R (keyCompromise), rsa2048 marked V" index_ok

# --- OCSP --------------------------------------------------------------------------------------
ocsp_cert_ok() {
    local c="$P/ocsp/ocsp.pem"
    contains "$(cert_field "$c" -subject)" "CN = SIC Test OCSP Responder" &&
        contains "$(ext "$c" extendedKeyUsage)" "OCSP Signing" &&
        contains "$(openssl x509 -in "$c" -noout -text)" "OCSP No Check" &&
        verify_ok "$c" -purpose ocsphelper
}
check "OCSP responder certificate: OCSPSigning EKU, id-pkix-ocsp-nocheck, issued by intermediate" ocsp_cert_ok

ocsp_status() { # SIGNER EXPECTED
    local n="$1" want="$2" out
    openssl ocsp -issuer "$P/intermediate/ca.pem" -cert "$P/signers/$n.pem" -reqout "$W/$n.ocsp.req" >/dev/null 2>&1 || return 1
    out=$(openssl ocsp -index "$P/intermediate/index.txt" -rsigner "$P/ocsp/ocsp.pem" -rkey "$P/ocsp/ocsp.key" \
        -CA "$P/intermediate/ca.pem" -reqin "$W/$n.ocsp.req" -respout "$W/$n.ocsp.resp" -ndays 1 2>&1) || { echo "$out"; return 1; }
    out=$(openssl ocsp -respin "$W/$n.ocsp.resp" -issuer "$P/intermediate/ca.pem" -cert "$P/signers/$n.pem" -no_nonce \
        -CAfile "$P/root/ca.pem" -verify_other "$P/intermediate/ca.pem" 2>&1) || { echo "$out"; return 1; }
    contains "$out" "Response verify OK" && contains "$out" "$n.pem: $want" || return 1
    if [ "$want" = revoked ]; then contains "$out" "Reason: keyCompromise"; fi
}
check "OCSP (openssl ocsp -index): revoked signer -> revoked (keyCompromise)" ocsp_status revoked revoked
check "OCSP (openssl ocsp -index): rsa2048 -> good" ocsp_status rsa2048 good

# --- TSA ---------------------------------------------------------------------------------------
tsa_cert_ok() {
    local c="$P/tsa/tsa.pem" eku
    eku=$(ext "$c" extendedKeyUsage)
    contains "$eku" "X509v3 Extended Key Usage: critical" && contains "$eku" "Time Stamping" &&
        contains "$(ext "$c" keyUsage)" "critical" && contains "$(ext "$c" keyUsage)" "Digital Signature" &&
        contains "$(cert_field "$c" -subject)" "CN = SIC Test TSA" &&
        verify_ok "$c" -purpose timestampsign &&
        [ "$(grep -c 'BEGIN CERTIFICATE' "$P/tsa/tsa.chain.pem")" -eq 2 ]
}
check "TSA certificate: critical timeStamping EKU, critical digitalSignature, issued by intermediate" tsa_cert_ok

ts_roundtrip() {
    local out
    head -c 4096 /dev/urandom >"$W/data.bin"
    openssl ts -query -data "$W/data.bin" -sha256 -cert -out "$W/req.tsq" 2>&1 || return 1
    out=$(openssl ts -reply -config "$P/openssl-tsa.cnf" -queryfile "$W/req.tsq" -out "$W/resp.tsr" 2>&1) || { echo "$out"; return 1; }
    out=$(openssl ts -reply -in "$W/resp.tsr" -text 2>&1)
    contains "$out" "Status: Granted." && grep -Eq "Policy OID: (1\.2\.3\.4\.1|tsa_policy1)$" <<<"$out" && contains "$out" "Hash Algorithm: sha256" || return 1
    out=$(openssl ts -verify -data "$W/data.bin" -in "$W/resp.tsr" -CAfile "$P/root/ca.pem" -untrusted "$P/tsa/tsa.chain.pem" 2>&1) || { echo "$out"; return 1; }
    contains "$out" "Verification: OK"
}
check "RFC 3161: ts -query | ts -reply -config openssl-tsa.cnf | ts -verify succeeds (policy 1.2.3.4.1)" ts_roundtrip

# --- TLS ---------------------------------------------------------------------------------------
tls_ok() {
    local c="$P/tls/server.pem" san
    san=$(ext "$c" subjectAltName)
    contains "$san" "IP Address:127.0.0.1" && contains "$san" "DNS:localhost" &&
        contains "$(cert_field "$c" -subject)" "CN = localhost" &&
        contains "$(ext "$c" extendedKeyUsage)" "TLS Web Server Authentication" &&
        contains "$(ext "$c" keyUsage)" "Digital Signature, Key Encipherment" &&
        verify_ok "$c" -purpose sslserver -verify_ip 127.0.0.1 &&
        verify_ok "$c" -purpose sslserver -verify_hostname localhost &&
        [ "$(openssl pkey -in "$P/tls/server.key" -pubout)" = "$(openssl x509 -in "$c" -noout -pubkey)" ] &&
        [ "$(grep -c 'BEGIN CERTIFICATE' "$P/tls/server.chain.pem")" -eq 2 ]
}
check "TLS server: CN=localhost, SAN IP:127.0.0.1 + DNS:localhost, serverAuth, verifies for 127.0.0.1" tls_ok

# --- trust material --------------------------------------------------------------------------
trust_ok() {
    [ "$(grep -c 'BEGIN CERTIFICATE' "$P/bundle.pem")" -eq 2 ] &&
        [ "$(openssl x509 -in "$P/bundle.pem" -noout -fingerprint)" = "$(openssl x509 -in "$P/root/ca.pem" -noout -fingerprint)" ] &&
        grep -q "$(sed -n 2p "$P/intermediate/ca.pem")" "$P/bundle.pem" &&
        cmp -s "$P/trust/root.pem" "$P/root/ca.pem" &&
        openssl verify -CAfile "$P/trust/root.pem" -untrusted "$P/bundle.pem" "$P/signers/rsa2048.pem"
}
check "bundle.pem = root + intermediate, trust/root.pem = root only" trust_ok

# --- regeneration ------------------------------------------------------------------------------
url_change() {
    local out
    out=$(SIC_PKI_URL_BASE=https://localhost:9443/ "$MAKE_PKI" "$P") || { echo "$out"; return 1; }
    contains "$out" "pki: generated" &&
        contains "$(ext "$P/signers/rsa2048.pem" crlDistributionPoints)" "URI:https://localhost:9443/crl" &&
        contains "$(ext "$P/signers/rsa2048.pem" authorityInfoAccess)" "URI:https://localhost:9443/ocsp" &&
        grep -q '"url_base": "https://localhost:9443"' "$P/pki.json"
}
check "changing SIC_PKI_URL_BASE regenerates with the new CRL/OCSP URLs" url_change

force_ok() {
    local before out
    before=$(cert_field "$P/signers/rsa2048.pem" -serial)
    out=$(SIC_PKI_URL_BASE=https://localhost:9443 "$MAKE_PKI" "$P") && contains "$out" "pki: up to date" || return 1
    out=$(SIC_PKI_URL_BASE=https://localhost:9443 "$MAKE_PKI" "$P" --force) || { echo "$out"; return 1; }
    contains "$out" "pki: generated" && [ "$(cert_field "$P/signers/rsa2048.pem" -serial)" != "$before" ]
}
check "--force regenerates an up-to-date PKI" force_ok

echo "$PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]

#!/usr/bin/env bash
# Generate the test PKI used by the test suites (see tests/data/README.md).
#
#   tests/data/make-pki.sh OUTDIR [--force]
#
# Uses only the openssl 3.x CLI (plus coreutils/awk). All validity periods are relative to the
# time of generation. If OUTDIR/pki.json describes a complete, still-usable PKI made by this
# version of the script with the same SIC_PKI_URL_BASE, nothing is done ("pki: up to date").
set -euo pipefail

usage() {
    echo "usage: $0 OUTDIR [--force]" >&2
    echo "  env SIC_PKI_URL_BASE (default http://127.0.0.1:8443): CRL at \$BASE/crl, OCSP at \$BASE/ocsp" >&2
    exit 2
}

FORCE=0
OUT=""
for arg in "$@"; do
    case "$arg" in
        --force) FORCE=1 ;;
        -h | --help) usage ;;
        -*) echo "make-pki: unknown option: $arg" >&2; usage ;;
        *)
            [ -z "$OUT" ] || usage
            OUT="$arg"
            ;;
    esac
done
[ -n "$OUT" ] || usage

BASE="${SIC_PKI_URL_BASE:-http://127.0.0.1:8443}"
BASE="${BASE%/}"
# The URL ends up in openssl extension strings (comma separated) and config files.
case "$BASE" in
    http://* | https://*) ;;
    *) echo "make-pki: SIC_PKI_URL_BASE must start with http:// or https://: $BASE" >&2; exit 2 ;;
esac
case "$BASE" in
    *[[:space:]]* | *[,\"\\\$\#]*) echo "make-pki: unsupported character in SIC_PKI_URL_BASE: $BASE" >&2; exit 2 ;;
esac

command -v openssl >/dev/null || { echo "make-pki: openssl not found" >&2; exit 1; }

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd -P)"
# Paths are written verbatim into openssl config files and JSON.
case "$OUT" in
    *[\"\\\$\#]* | *$'\n'*) echo "make-pki: unsupported character in OUTDIR: $OUT" >&2; exit 2 ;;
esac

SCRIPT_PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/$(basename "${BASH_SOURCE[0]}")"
SCRIPT_SHA="$(openssl dgst -sha256 -r "$SCRIPT_PATH" | cut -d' ' -f1)"
PKI_FORMAT=1

# ---------------------------------------------------------------------------------------------
# Up-to-date check
# ---------------------------------------------------------------------------------------------

# epoch seconds of an openssl date string ("Nov 21 23:11:14 2026 GMT")
epoch_of() { date -u -d "$1" +%s; }

up_to_date() {
    local json="$OUT/pki.json" now p v
    [ -s "$json" ] || return 1
    grep -q "\"format\": $PKI_FORMAT," "$json" || return 1
    grep -qF "\"script_sha256\": \"$SCRIPT_SHA\"" "$json" || return 1
    grep -qF "\"url_base\": \"$BASE\"" "$json" || return 1
    grep -qF "\"outdir\": \"$OUT\"" "$json" || return 1
    # every absolute path mentioned must exist and be non-empty
    while IFS= read -r p; do
        [ -s "$p" ] || return 1
    done < <(grep -o '"/[^"]*"' "$json" | tr -d '"')
    now=$(date -u +%s)
    # CRLs must stay current for at least a day
    for p in "$OUT/intermediate/crl.pem" "$OUT/root/crl.pem"; do
        v=$(openssl crl -in "$p" -noout -nextupdate 2>/dev/null | sed 's/^nextUpdate=//') || return 1
        [ "$(epoch_of "$v")" -gt $((now + 86400)) ] || return 1
    done
    # "valid" certificates must stay valid for at least 30 days
    for p in root/ca.pem intermediate/ca.pem signers/rsa2048.pem tsa/tsa.pem ocsp/ocsp.pem tls/server.pem; do
        openssl x509 -in "$OUT/$p" -noout -checkend $((30 * 86400)) >/dev/null 2>&1 || return 1
    done
    # "notyet" must still be in the future (by at least a day)
    v=$(openssl x509 -in "$OUT/signers/notyet.pem" -noout -startdate 2>/dev/null | sed 's/^notBefore=//') || return 1
    [ "$(epoch_of "$v")" -gt $((now + 86400)) ] || return 1
    return 0
}

# Serialise concurrent invocations on the same OUTDIR (e.g. parallel ctest fixtures).
if command -v flock >/dev/null; then
    exec 9>"$OUT/.lock"
    flock 9
fi

if [ "$FORCE" -eq 0 ] && up_to_date; then
    echo "pki: up to date ($OUT)"
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

START_TS=$(date +%s)
# Remove only what this script creates.
rm -rf "$OUT/root" "$OUT/intermediate" "$OUT/signers" "$OUT/tsa" "$OUT/ocsp" "$OUT/tls" \
    "$OUT/trust" "$OUT/.tmp" "$OUT/bundle.pem" "$OUT/pki.json" "$OUT/pki.json.tmp" "$OUT/openssl-tsa.cnf"

TMP="$OUT/.tmp"
mkdir -p "$TMP" "$OUT/root" "$OUT/intermediate" "$OUT/signers" "$OUT/tsa" "$OUT/ocsp" "$OUT/tls" "$OUT/trust"
trap 'rm -rf "$TMP"' EXIT
umask 077
LOG="$TMP/openssl.log"

# run CMD...: run quietly, show the openssl output only on failure
run() {
    if ! "$@" >"$LOG" 2>&1; then
        echo "make-pki: command failed: $*" >&2
        cat "$LOG" >&2
        exit 1
    fi
}

NOW=$(date -u +%s)
DAY=86400
# t OFFSET_SECONDS -> YYYYMMDDHHMMSSZ (relative to generation time)
t() { date -u -d "@$((NOW + $1))" +%Y%m%d%H%M%SZ; }

CRL_URL="$BASE/crl"
OCSP_URL="$BASE/ocsp"

# genkey OUT SPEC   (SPEC: rsa2048 | rsa3072 | p256 | p384)
genkey() {
    case "$2" in
        rsa2048) run openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" ;;
        rsa3072) run openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$1" ;;
        p256) run openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -pkeyopt ec_param_enc:named_curve -out "$1" ;;
        p384) run openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -pkeyopt ec_param_enc:named_curve -out "$1" ;;
        *) echo "make-pki: bad key spec $2" >&2; exit 1 ;;
    esac
}

# Request config: UTF8String for every DirectoryString attribute (countryName stays PrintableString).
cat >"$TMP/req.cnf" <<EOF
[ req ]
distinguished_name = req_dn
string_mask = utf8only
utf8 = yes
prompt = no
[ req_dn ]
CN = unused
EOF

# csr KEY SUBJECT OUT
csr() { run openssl req -new -config "$TMP/req.cnf" -utf8 -key "$1" -subj "$2" -sha256 -out "$3"; }

# ca_config DIR NAME  -> writes DIR/ca.cnf (database, CRL settings) + the extension sections
ca_config() {
    local dir="$1"
    mkdir -p "$dir/newcerts"
    : >"$dir/index.txt"
    echo "unique_subject = no" >"$dir/index.txt.attr"
    echo 01 >"$dir/crlnumber"
    cat >"$dir/ca.cnf" <<EOF
# openssl ca configuration generated by tests/data/make-pki.sh
[ ca ]
default_ca = CA_default

[ CA_default ]
database = $dir/index.txt
new_certs_dir = $dir/newcerts
certificate = $dir/ca.pem
private_key = $dir/ca.key
crlnumber = $dir/crlnumber
serial = $dir/serial
rand_serial = yes
default_md = sha256
default_days = 365
default_crl_days = 30
policy = policy_any
preserve = yes
unique_subject = no
email_in_dn = no
copy_extensions = none
string_mask = utf8only
name_opt = utf8,sep_comma_plus
cert_opt = ca_default
crl_extensions = crl_ext

[ policy_any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
emailAddress = optional

[ crl_ext ]
authorityKeyIdentifier = keyid:always

[ v3_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_intermediate ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_signer ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:$CRL_URL
authorityInfoAccess = OCSP;URI:$OCSP_URL

[ v3_selfsigned ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash

[ v3_tsa ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:$CRL_URL
authorityInfoAccess = OCSP;URI:$OCSP_URL

[ v3_ocsp ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = OCSPSigning
noCheck = ignored
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_tls ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
EOF
}

# sign CADIR EXT START END CSR OUT [extra openssl ca args...]
sign() {
    local cadir="$1" ext="$2" start="$3" end="$4" in="$5" out="$6"
    shift 6
    run openssl ca -batch -notext -config "$cadir/ca.cnf" -extensions "$ext" -rand_serial \
        -startdate "$start" -enddate "$end" -in "$in" -out "$out" "$@"
}

ROOT="$OUT/root"
INT="$OUT/intermediate"

# --- Root CA (self-signed via "openssl ca -selfsign" so notBefore can be back-dated) --------
ca_config "$ROOT"
genkey "$ROOT/ca.key" rsa3072
csr "$ROOT/ca.key" "/C=JP/O=SIC Test/CN=SIC Test Root CA" "$TMP/root.csr"
sign "$ROOT" v3_root "$(t $((-DAY)))" "$(t $((7305 * DAY)))" "$TMP/root.csr" "$ROOT/ca.pem" \
    -selfsign -keyfile "$ROOT/ca.key"

# --- Issuing CA -------------------------------------------------------------------------------
ca_config "$INT"
genkey "$INT/ca.key" rsa3072
csr "$INT/ca.key" "/C=JP/O=SIC Test/CN=SIC Test Issuing CA" "$TMP/int.csr"
sign "$ROOT" v3_intermediate "$(t $((-DAY)))" "$(t $((3652 * DAY)))" "$TMP/int.csr" "$INT/ca.pem"

# --- Signers ------------------------------------------------------------------------------------
SIGNERS=(rsa2048 rsa3072 ecp256 ecp384 japanese expired notyet revoked selfsigned)
declare -A KEYSPEC=([rsa2048]=rsa2048 [rsa3072]=rsa3072 [ecp256]=p256 [ecp384]=p384 [japanese]=rsa2048
    [expired]=rsa2048 [notyet]=rsa2048 [revoked]=rsa2048 [selfsigned]=rsa2048)
declare -A STATUS=([rsa2048]=valid [rsa3072]=valid [ecp256]=valid [ecp384]=valid [japanese]=valid
    [expired]=expired [notyet]=notyet [revoked]=revoked [selfsigned]=untrusted)

SIGNER_START=$(t $((-DAY)))
SIGNER_END=$(t $((730 * DAY)))
SD="$OUT/signers"
for name in "${SIGNERS[@]}"; do
    key="$SD/$name.key"
    genkey "$key" "${KEYSPEC[$name]}"
    if [ "$name" = japanese ]; then
        subj="/C=JP/O=株式会社テスト/CN=山田 太郎"
    else
        subj="/C=JP/O=SIC Test/CN=SIC Test Signer $name"
    fi
    csr "$key" "$subj" "$TMP/$name.csr"
    case "$name" in
        expired) sign "$INT" v3_signer "$(t $((-400 * DAY)))" "$(t $((-30 * DAY)))" "$TMP/$name.csr" "$SD/$name.pem" ;;
        notyet) sign "$INT" v3_signer "$(t $((30 * DAY)))" "$(t $((400 * DAY)))" "$TMP/$name.csr" "$SD/$name.pem" ;;
        selfsigned)
            # a throw-away CA database: this certificate is not known to our CAs
            mkdir -p "$TMP/ss"
            ca_config "$TMP/ss"
            sign "$TMP/ss" v3_selfsigned "$SIGNER_START" "$SIGNER_END" "$TMP/$name.csr" "$SD/$name.pem" \
                -selfsign -keyfile "$key"
            ;;
        *) sign "$INT" v3_signer "$SIGNER_START" "$SIGNER_END" "$TMP/$name.csr" "$SD/$name.pem" ;;
    esac
    if [ "$name" = selfsigned ]; then
        cp "$SD/$name.pem" "$SD/$name.chain.pem"
        run openssl pkcs12 -export -in "$SD/$name.pem" -inkey "$key" \
            -name "SIC Test Signer $name" -passout pass:test \
            -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -out "$SD/$name.p12"
    else
        cat "$SD/$name.pem" "$INT/ca.pem" >"$SD/$name.chain.pem"
        run openssl pkcs12 -export -in "$SD/$name.pem" -inkey "$key" -certfile "$INT/ca.pem" \
            -name "SIC Test Signer $name" -passout pass:test \
            -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -out "$SD/$name.p12"
    fi
done

# --- TSA, OCSP responder, TLS server ------------------------------------------------------------
genkey "$OUT/tsa/tsa.key" rsa2048
csr "$OUT/tsa/tsa.key" "/C=JP/O=SIC Test/CN=SIC Test TSA" "$TMP/tsa.csr"
sign "$INT" v3_tsa "$SIGNER_START" "$SIGNER_END" "$TMP/tsa.csr" "$OUT/tsa/tsa.pem"
cat "$OUT/tsa/tsa.pem" "$INT/ca.pem" >"$OUT/tsa/tsa.chain.pem"
echo 01 >"$OUT/tsa/serial"

genkey "$OUT/ocsp/ocsp.key" rsa2048
csr "$OUT/ocsp/ocsp.key" "/C=JP/O=SIC Test/CN=SIC Test OCSP Responder" "$TMP/ocsp.csr"
sign "$INT" v3_ocsp "$SIGNER_START" "$SIGNER_END" "$TMP/ocsp.csr" "$OUT/ocsp/ocsp.pem"

genkey "$OUT/tls/server.key" rsa2048
csr "$OUT/tls/server.key" "/C=JP/O=SIC Test/CN=localhost" "$TMP/tls.csr"
sign "$INT" v3_tls "$SIGNER_START" "$(t $((365 * DAY)))" "$TMP/tls.csr" "$OUT/tls/server.pem"
cat "$OUT/tls/server.pem" "$INT/ca.pem" >"$OUT/tls/server.chain.pem"

# --- Revocation: revoked signer, revocation time = now - 1 hour, reason keyCompromise ------------
run openssl ca -config "$INT/ca.cnf" -revoke "$SD/revoked.pem" -crl_reason keyCompromise
REVOKED_SERIAL=$(openssl x509 -in "$SD/revoked.pem" -noout -serial | sed 's/^serial=//')
# "openssl ca -revoke" always records the current time; rewrite it (index.txt uses UTCTime).
REVTIME=$(date -u -d "@$((NOW - 3600))" +%y%m%d%H%M%SZ)
awk -F'\t' -v OFS='\t' -v s="$REVOKED_SERIAL" -v rt="$REVTIME" \
    '$1 == "R" && toupper($4) == toupper(s) { $3 = rt ",keyCompromise" } { print }' \
    "$INT/index.txt" >"$TMP/index.txt"
cat "$TMP/index.txt" >"$INT/index.txt"
grep -q "^R.*$REVTIME,keyCompromise" "$INT/index.txt" || { echo "make-pki: failed to set revocation time" >&2; exit 1; }

run openssl ca -config "$INT/ca.cnf" -gencrl -crldays 30 -out "$INT/crl.pem"
run openssl crl -in "$INT/crl.pem" -outform DER -out "$INT/crl.der"
run openssl ca -config "$ROOT/ca.cnf" -gencrl -crldays 30 -out "$ROOT/crl.pem"
run openssl crl -in "$ROOT/crl.pem" -outform DER -out "$ROOT/crl.der"

# --- Trust material ---------------------------------------------------------------------------
cat "$ROOT/ca.pem" "$INT/ca.pem" >"$OUT/bundle.pem"
cp "$ROOT/ca.pem" "$OUT/trust/root.pem"

# --- openssl ts -reply configuration ------------------------------------------------------------
cat >"$OUT/openssl-tsa.cnf" <<EOF
# Usage: openssl ts -reply -config $OUT/openssl-tsa.cnf -queryfile req.tsq -out resp.tsr
[ tsa ]
default_tsa = tsa_config

[ tsa_config ]
serial = $OUT/tsa/serial
crypto_device = builtin
signer_cert = $OUT/tsa/tsa.pem
certs = $INT/ca.pem
signer_key = $OUT/tsa/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5, 1.2.3.4.6
digests = sha256, sha384, sha512
accuracy = secs:1, millisecs:0, microsecs:0
clock_precision_digits = 0
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
EOF

# Generated files are not secret; make them readable for test processes running as other users.
chmod -R go+rX "$OUT/root" "$OUT/intermediate" "$OUT/signers" "$OUT/tsa" "$OUT/ocsp" "$OUT/tls" "$OUT/trust"
chmod go+r "$OUT/bundle.pem" "$OUT/openssl-tsa.cnf"

# ---------------------------------------------------------------------------------------------
# pki.json (written last, atomically: its presence means the PKI is complete)
# ---------------------------------------------------------------------------------------------

# JSON string literal
js() {
    local s="$1"
    s=${s//\\/\\\\}
    s=${s//\"/\\\"}
    s=${s//$'\t'/\\t}
    printf '"%s"' "$s"
}
iso() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
certinfo() { # CERT -> "subject": ..., "serial": ..., "not_before": ..., "not_after": ...
    local c="$1" subj serial nb na
    subj=$(openssl x509 -in "$c" -noout -subject -nameopt utf8 | sed 's/^subject=//')
    serial=$(openssl x509 -in "$c" -noout -serial | sed 's/^serial=//')
    nb=$(openssl x509 -in "$c" -noout -startdate | sed 's/^notBefore=//')
    na=$(openssl x509 -in "$c" -noout -enddate | sed 's/^notAfter=//')
    printf '"subject": %s, "serial": "%s", "not_before": "%s", "not_after": "%s"' \
        "$(js "$subj")" "$serial" "$(iso "$nb")" "$(iso "$na")"
}

{
    printf '{\n'
    printf '  "format": %s,\n' "$PKI_FORMAT"
    printf '  "script_sha256": "%s",\n' "$SCRIPT_SHA"
    printf '  "generated_at": "%s",\n' "$(date -u -d "@$NOW" +%Y-%m-%dT%H:%M:%SZ)"
    printf '  "outdir": %s,\n' "$(js "$OUT")"
    printf '  "url_base": %s,\n' "$(js "$BASE")"
    printf '  "crl_url": %s,\n' "$(js "$CRL_URL")"
    printf '  "ocsp_url": %s,\n' "$(js "$OCSP_URL")"
    printf '  "root": {"cert": %s, "key": %s, "crl_pem": %s, "crl_der": %s, "index": %s, "config": %s, "key_type": "RSA", "key_bits": 3072, %s},\n' \
        "$(js "$ROOT/ca.pem")" "$(js "$ROOT/ca.key")" "$(js "$ROOT/crl.pem")" "$(js "$ROOT/crl.der")" \
        "$(js "$ROOT/index.txt")" "$(js "$ROOT/ca.cnf")" "$(certinfo "$ROOT/ca.pem")"
    printf '  "intermediate": {"cert": %s, "key": %s, "crl_pem": %s, "crl_der": %s, "index": %s, "config": %s, "key_type": "RSA", "key_bits": 3072, %s},\n' \
        "$(js "$INT/ca.pem")" "$(js "$INT/ca.key")" "$(js "$INT/crl.pem")" "$(js "$INT/crl.der")" \
        "$(js "$INT/index.txt")" "$(js "$INT/ca.cnf")" "$(certinfo "$INT/ca.pem")"
    printf '  "signers": {\n'
    n=0
    for name in "${SIGNERS[@]}"; do
        n=$((n + 1))
        case "${KEYSPEC[$name]}" in
            rsa2048) kt='"key_type": "RSA", "key_bits": 2048' ;;
            rsa3072) kt='"key_type": "RSA", "key_bits": 3072' ;;
            p256) kt='"key_type": "EC", "key_bits": 256, "curve": "P-256"' ;;
            p384) kt='"key_type": "EC", "key_bits": 384, "curve": "P-384"' ;;
        esac
        sep=","
        [ "$n" -eq "${#SIGNERS[@]}" ] && sep=""
        printf '    "%s": {"cert": %s, "key": %s, "chain": %s, "p12": %s, "p12_password": "test", %s, "status": "%s", %s}%s\n' \
            "$name" "$(js "$SD/$name.pem")" "$(js "$SD/$name.key")" "$(js "$SD/$name.chain.pem")" \
            "$(js "$SD/$name.p12")" "$kt" "${STATUS[$name]}" "$(certinfo "$SD/$name.pem")" "$sep"
    done
    printf '  },\n'
    printf '  "tsa": {"cert": %s, "key": %s, "chain": %s, "config": %s, "serial_file": %s, "policy": "1.2.3.4.1", %s},\n' \
        "$(js "$OUT/tsa/tsa.pem")" "$(js "$OUT/tsa/tsa.key")" "$(js "$OUT/tsa/tsa.chain.pem")" \
        "$(js "$OUT/openssl-tsa.cnf")" "$(js "$OUT/tsa/serial")" "$(certinfo "$OUT/tsa/tsa.pem")"
    printf '  "ocsp": {"cert": %s, "key": %s, "index": %s, "issuer": %s, %s},\n' \
        "$(js "$OUT/ocsp/ocsp.pem")" "$(js "$OUT/ocsp/ocsp.key")" "$(js "$INT/index.txt")" \
        "$(js "$INT/ca.pem")" "$(certinfo "$OUT/ocsp/ocsp.pem")"
    printf '  "tls": {"cert": %s, "key": %s, "chain": %s, "host": "127.0.0.1", %s},\n' \
        "$(js "$OUT/tls/server.pem")" "$(js "$OUT/tls/server.key")" "$(js "$OUT/tls/server.chain.pem")" \
        "$(certinfo "$OUT/tls/server.pem")"
    printf '  "bundle": %s,\n' "$(js "$OUT/bundle.pem")"
    printf '  "trust_anchor": %s\n' "$(js "$OUT/trust/root.pem")"
    printf '}\n'
} >"$OUT/pki.json.tmp"
chmod go+r "$OUT/pki.json.tmp"
mv -f "$OUT/pki.json.tmp" "$OUT/pki.json"

echo "pki: generated in $OUT ($(($(date +%s) - START_TS))s)"

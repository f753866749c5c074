#!/usr/bin/env bash
#
# make-test-pki.sh - create a TEST-ONLY PKI that imitates Apple's pass signing chain:
#
#   WalletLoyalty Test Root CA            (stands in for Apple Root CA)
#     └─ Test Worldwide Developer Relations Certification Authority, OU=G4
#          └─ Pass Type ID: <PASS_TYPE_ID>  (stands in for your Pass Type ID certificate)
#
# Passes signed with these keys will NEVER be accepted by Apple Wallet. The keys are
# public. Use them only for tests and local development.
#
# Usage:
#   bash make-test-pki.sh [OUTPUT_DIR]              (default OUTPUT_DIR: this script's folder)
#   PASS_TYPE_ID=pass.com.example.other TEAM_ID=ABCDE12345 bash make-test-pki.sh /tmp/pki
#
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
OUT_DIR="${1:-$SCRIPT_DIR}"

PASS_TYPE_ID="${PASS_TYPE_ID:-pass.com.example.walletloyalty.demo}"
TEAM_ID="${TEAM_ID:-WLTEST0001}"
P12_PASSWORD="test-only"

ORG="WalletLoyalty Test PKI (not Apple)"
SHOP_ORG="WalletLoyalty Test Shop"

ROOT_DAYS=7305   # 20 years
WWDR_DAYS=5479   # 15 years
LEAF_DAYS=3653   # 10 years

command -v openssl >/dev/null 2>&1 || { echo "error: openssl not found in PATH" >&2; exit 1; }

# Values end up in an openssl config file and in -subj; keep them simple.
if [[ ! "$PASS_TYPE_ID" =~ ^[A-Za-z0-9.-]+$ ]]; then
    echo "error: PASS_TYPE_ID may only contain letters, digits, '.' and '-': '$PASS_TYPE_ID'" >&2
    exit 1
fi
if [[ ! "$TEAM_ID" =~ ^[A-Za-z0-9]+$ ]]; then
    echo "error: TEAM_ID may only contain letters and digits: '$TEAM_ID'" >&2
    exit 1
fi

mkdir -p "$OUT_DIR/private"
OUT_DIR="$(cd -- "$OUT_DIR" && pwd)"
PRIV_DIR="$OUT_DIR/private"

WORK_DIR="$(mktemp -d)"
trap 'rm -rf -- "$WORK_DIR"' EXIT

CONFIG="$WORK_DIR/openssl.cnf"
cat >"$CONFIG" <<EOF
[ req ]
distinguished_name = req_dn
prompt             = no
string_mask        = utf8only

[ req_dn ]
# subjects are given on the command line with -subj

[ v3_root ]
basicConstraints       = critical, CA:true
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ v3_wwdr ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ v3_pass ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth, 1.2.840.113635.100.4.14
# Apple marks Pass Type ID certificates with this extension.
1.2.840.113635.100.6.1.16 = ASN1:UTF8String:${PASS_TYPE_ID}
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
EOF

new_key() {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null
    chmod 600 "$1"
}

random_serial() {
    # 120 random bits, always positive and non-zero.
    echo "0x01$(openssl rand -hex 15)"
}

echo "Creating test PKI in $OUT_DIR"

# --- Root CA --------------------------------------------------------------------------
new_key "$PRIV_DIR/test-root-ca.key"
openssl req -x509 -new -config "$CONFIG" -extensions v3_root \
    -key "$PRIV_DIR/test-root-ca.key" -sha256 -days "$ROOT_DAYS" \
    -set_serial "$(random_serial)" \
    -subj "/CN=WalletLoyalty Test Root CA/O=$ORG/C=US" \
    -out "$OUT_DIR/test-root-ca.pem"

# --- WWDR-like intermediate -------------------------------------------------------------
new_key "$PRIV_DIR/test-wwdr-g4.key"
openssl req -new -config "$CONFIG" \
    -key "$PRIV_DIR/test-wwdr-g4.key" -sha256 \
    -subj "/CN=Test Worldwide Developer Relations Certification Authority/OU=G4/O=$ORG/C=US" \
    -out "$WORK_DIR/wwdr.csr"
openssl x509 -req -in "$WORK_DIR/wwdr.csr" \
    -CA "$OUT_DIR/test-root-ca.pem" -CAkey "$PRIV_DIR/test-root-ca.key" \
    -set_serial "$(random_serial)" -sha256 -days "$WWDR_DAYS" \
    -extfile "$CONFIG" -extensions v3_wwdr \
    -out "$OUT_DIR/test-wwdr-g4.pem" 2>/dev/null

# --- Pass Type ID leaf ------------------------------------------------------------------
new_key "$WORK_DIR/pass.key"
openssl req -new -config "$CONFIG" \
    -key "$WORK_DIR/pass.key" -sha256 \
    -subj "/UID=$PASS_TYPE_ID/CN=Pass Type ID: $PASS_TYPE_ID/OU=$TEAM_ID/O=$SHOP_ORG/C=US" \
    -out "$WORK_DIR/pass.csr"
openssl x509 -req -in "$WORK_DIR/pass.csr" \
    -CA "$OUT_DIR/test-wwdr-g4.pem" -CAkey "$PRIV_DIR/test-wwdr-g4.key" \
    -set_serial "$(random_serial)" -sha256 -days "$LEAF_DAYS" \
    -extfile "$CONFIG" -extensions v3_pass \
    -out "$OUT_DIR/pass-certificate.crt" 2>/dev/null

# Certificate followed by the unencrypted PKCS#8 key.
{
    cat "$OUT_DIR/pass-certificate.crt"
    openssl pkey -in "$WORK_DIR/pass.key"
} >"$OUT_DIR/pass-certificate.pem"
chmod 600 "$OUT_DIR/pass-certificate.pem"

# PKCS#12 with modern algorithms (readable by .NET's X509CertificateLoader.LoadPkcs12).
openssl pkcs12 -export \
    -inkey "$WORK_DIR/pass.key" -in "$OUT_DIR/pass-certificate.crt" \
    -name "Pass Type ID: $PASS_TYPE_ID" \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 \
    -passout "pass:$P12_PASSWORD" \
    -out "$OUT_DIR/pass-certificate.p12"
chmod 600 "$OUT_DIR/pass-certificate.p12"

# --- Self-check -------------------------------------------------------------------------
openssl verify -CAfile "$OUT_DIR/test-root-ca.pem" -untrusted "$OUT_DIR/test-wwdr-g4.pem" \
    "$OUT_DIR/pass-certificate.crt" >/dev/null

cat <<EOF
Done. TEST-ONLY files (never use them for a real shop):
  $OUT_DIR/test-root-ca.pem           root CA certificate
  $OUT_DIR/test-wwdr-g4.pem           WWDR-like intermediate certificate
  $OUT_DIR/pass-certificate.p12       pass certificate + key (password: $P12_PASSWORD)
  $OUT_DIR/pass-certificate.pem       pass certificate + unencrypted PKCS#8 key
  $OUT_DIR/pass-certificate.crt       pass certificate only
  $PRIV_DIR/test-root-ca.key, test-wwdr-g4.key   CA private keys
Pass type identifier: $PASS_TYPE_ID
Team identifier:      $TEAM_ID
EOF

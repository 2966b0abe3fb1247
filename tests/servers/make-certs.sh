#!/bin/sh
# Generates the test certificates into DIR with the openssl CLI (OpenSSL 3.0).
# Usage: make-certs.sh DIR
#
# Idempotent and safe to run from many test processes at once: the work is done under an
# flock on DIR/.lock, and skipped when DIR/done holds the checksum of this script (so a
# changed script regenerates everything, a half-finished run is redone).
#
# Files written (every key is EC P-256: fast to make, and every TLS stack here takes it):
#   ca.pem / ca.key                   the test CA that tests trust (valid 2000..2099)
#   server.pem / server.key           localhost, IP 127.0.0.1, IP ::1; signed by the CA
#   other-name.pem / other-name.key   CN and SAN mail.other.example only; signed by the CA
#                                     (valid for a banner's name, not for the host configured)
#   expired.pem / expired.key         localhost; valid 2020-01-01..2021-01-01; signed by the CA
#   notyet.pem / notyet.key           localhost; valid 2090-01-01..2095-01-01; signed by the CA
#   selfsigned.pem / selfsigned.key   localhost; self-signed, unrelated to the CA
#   unknown-ca.pem / unknown-ca.key   a second CA that no test trusts
#   unknownca-server.pem / .key       localhost; signed by unknown-ca
#   done                              checksum of this script, written last
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 64
fi
dir=$1
script_sum=$(sha256sum "$0" | cut -d' ' -f1)

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
exec 9>"$dir/.lock"
flock 9

if [ -f "$dir/done" ] && [ "$(cat "$dir/done")" = "$script_sum" ]; then
    exit 0
fi

# A previous run was interrupted or made by another version of this script: start over.
find "$dir" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +

work="$dir/.work"
mkdir -p "$work"
cd "$work"

# `openssl ca` is the one command that takes arbitrary start and end dates in OpenSSL 3.0
# (req -x509 and x509 -req only count days from now), so every certificate goes through it.
make_ca_config() { # NAME
    mkdir -p "$1/newcerts"
    : > "$1/index.txt"
    echo 1000 > "$1/serial"
    cat > "$1/ca.cnf" <<EOF
[ ca ]
default_ca = test_ca

[ test_ca ]
dir             = $work/$1
database        = \$dir/index.txt
new_certs_dir   = \$dir/newcerts
serial          = \$dir/serial
default_md      = sha256
policy          = policy_any
unique_subject  = no
email_in_dn     = no
# Dates come from -startdate/-enddate on each call.
default_days    = 3650

[ policy_any ]
commonName      = supplied
organizationName = optional

[ req ]
distinguished_name = req_dn
prompt = no

[ req_dn ]
CN = unused
EOF
}

new_key() { # FILE
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

# make_root NAME "SUBJECT": a self-signed CA valid 2000..2099, so that leaves dated in the past
# or the future are refused for their own dates only, never because of the CA's.
make_root() {
    make_ca_config "$1"
    new_key "$1/ca.key"
    cat > "$1/ext.cnf" <<EOF
[ v3 ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF
    openssl req -new -config "$1/ca.cnf" -key "$1/ca.key" -subj "$2" -out "$1/ca.csr"
    openssl ca -batch -notext -config "$1/ca.cnf" -selfsign -keyfile "$1/ca.key" \
        -startdate 20000101000000Z -enddate 20991231235959Z \
        -extfile "$1/ext.cnf" -extensions v3 -in "$1/ca.csr" -out "$1/ca.pem" 2>/dev/null
}

# make_leaf CA NAME "SUBJECT" "SAN" START END: a server certificate signed by CA.
make_leaf() {
    new_key "$2.key"
    cat > "$2.ext" <<EOF
[ v3 ]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName = $4
EOF
    openssl req -new -config "$1/ca.cnf" -key "$2.key" -subj "$3" -out "$2.csr"
    openssl ca -batch -notext -config "$1/ca.cnf" -cert "$1/ca.pem" -keyfile "$1/ca.key" \
        -startdate "$5" -enddate "$6" \
        -extfile "$2.ext" -extensions v3 -in "$2.csr" -out "$2.pem" 2>/dev/null
}

localhost_san="DNS:localhost, IP:127.0.0.1, IP:::1"
# Leaves valid now: from 2000 to 2099, so a build tree kept for years still works.
now_start=20000101000000Z
now_end=20991231235959Z

make_root ca "/O=Epistle tests/CN=Epistle Test CA"
make_root unknown "/O=Nobody trusts this/CN=Unknown Test CA"

make_leaf ca server "/O=Epistle tests/CN=localhost" "$localhost_san" $now_start $now_end
make_leaf ca other-name "/O=Epistle tests/CN=mail.other.example" "DNS:mail.other.example" \
    $now_start $now_end
make_leaf ca expired "/O=Epistle tests/CN=localhost" "$localhost_san" \
    20200101000000Z 20210101000000Z
make_leaf ca notyet "/O=Epistle tests/CN=localhost" "$localhost_san" \
    20900101000000Z 20950101000000Z
make_leaf unknown unknownca-server "/O=Nobody trusts this/CN=localhost" "$localhost_san" \
    $now_start $now_end

# Self-signed: its own issuer, with the same names as server.pem.
new_key selfsigned.key
openssl req -new -x509 -key selfsigned.key -subj "/O=Self signed/CN=localhost" -days 36500 \
    -addext "subjectAltName = $localhost_san" -addext "basicConstraints = critical, CA:FALSE" \
    -addext "extendedKeyUsage = serverAuth" -out selfsigned.pem

cp ca/ca.pem "$dir/ca.pem"
cp ca/ca.key "$dir/ca.key"
cp unknown/ca.pem "$dir/unknown-ca.pem"
cp unknown/ca.key "$dir/unknown-ca.key"
for leaf in server other-name expired notyet selfsigned unknownca-server; do
    cp "$leaf.pem" "$leaf.key" "$dir/"
done
# Keys are readable by everyone on purpose: they are test keys, and the servers read them
# after dropping root (aiosmtpd as the test user, Postfix's smtpd on reload).
chmod 0644 "$dir"/*.pem "$dir"/*.key
cd "$dir"
rm -rf "$work"
echo "$script_sum" > "$dir/done"

#!/usr/bin/env bash
# Generates every key and secret production mode needs (README "Production"), with openssl only:
#
#   docker/keys.sh [DIR]        (DIR defaults to docker/keys; refuses to overwrite an existing set)
#
# writes DIR/healthcode.env: one NAME=VALUE per line, no quotes, no spaces, readable both by
# docker compose (env_file) and by a shell (set -a; . DIR/healthcode.env; set +a):
#   HEALTHCODE_JWT_SIGNING_KEY      RSA-2048 private key, PKCS#8, base64 on one line (no PEM armour)
#   MP_JWT_VERIFY_PUBLICKEY         its public key, X.509 SubjectPublicKeyInfo, the same way
#   HEALTHCODE_IDENTITY_DATA_KEYS   k1:<32 random bytes> (AES-256 for personal fields)
#   HEALTHCODE_IDENTITY_LOOKUP_SECRET  32 random bytes (HMAC for document and phone lookups)
#   HEALTHCODE_STATUS_CODE_KEYS     k1:<32 random bytes> (HMAC for health-code tokens)
#   HEALTHCODE_VENUE_CODE_KEYS      k1:<32 random bytes> (HMAC for venue codes)
#   HEALTHCODE_STATUS_OFFLINE_KEYS  k1:<Ed25519 private key, PKCS#8 DER, base64> (offline signature
#                                   of codes, trust list and feed; its public key is published)
#   HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD   the first ADMIN (random password)
# and DIR/database.env: DB_PASSWORD and MARIADB_PASSWORD, one random database password for
# docker/compose.yaml (a server started without Docker uses its own DB_USER/DB_PASSWORD instead).
# The file is created readable by its owner only. Never commit it (.gitignore lists docker/keys/):
# whoever holds it can sign tokens and read personal data. Back it up apart from the database.
set -euo pipefail
command -v openssl >/dev/null || { echo "keys.sh: openssl is needed" >&2; exit 1; }
DIR="${1:-$(cd "$(dirname "$0")" && pwd)/keys}"
FILE="$DIR/healthcode.env"
DATABASE_FILE="$DIR/database.env"
if [[ -e "$FILE" ]]; then
  echo "keys.sh: $FILE exists; keys are not replaced (that would make stored data unreadable)" >&2
  exit 1
fi
mkdir -p "$DIR"
umask 077
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
body() { grep -v -- '-----' "$1" | tr -d '\n'; }
random() { openssl rand -base64 32 | tr -d '\n'; }
{
  echo "HEALTHCODE_JWT_SIGNING_KEY=$(body "$work/private.pem")"
  echo "MP_JWT_VERIFY_PUBLICKEY=$(body "$work/public.pem")"
  echo "HEALTHCODE_IDENTITY_DATA_KEYS=k1:$(random)"
  echo "HEALTHCODE_IDENTITY_LOOKUP_SECRET=$(random)"
  echo "HEALTHCODE_STATUS_CODE_KEYS=k1:$(random)"
  echo "HEALTHCODE_VENUE_CODE_KEYS=k1:$(random)"
  echo "HEALTHCODE_STATUS_OFFLINE_KEYS=k1:$(openssl genpkey -algorithm ed25519 -outform DER | base64 | tr -d '\n')"
  echo "HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_USERNAME=admin"
  echo "HEALTHCODE_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD=$(openssl rand -base64 18 | tr -d '\n/+=')"
} > "$FILE"
database_password="$(openssl rand -base64 24 | tr -d '\n/+=')"
printf 'DB_PASSWORD=%s\nMARIADB_PASSWORD=%s\n' "$database_password" "$database_password" > "$DATABASE_FILE"
echo "keys.sh: wrote $FILE and $DATABASE_FILE (keep them secret; the ADMIN password is in the first)" >&2

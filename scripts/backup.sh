#!/usr/bin/env bash
# Backs the Health Code database up into one compressed SQL dump (README "Backup and restore",
# docs/adr/0030): a consistent InnoDB snapshot (--single-transaction, no table locks, the server
# keeps serving), the audit log's triggers, routines and events, binary columns as hex (the sealed
# personal fields survive any character set), every module's Flyway history with it.
#
#   scripts/backup.sh [--host H] [--port P] [--user U] [--database D] [--out FILE]
#
# Defaults: DB_HOST or 127.0.0.1, DB_PORT or 3306, DB_USER or root, DB_NAME or healthcode,
# --out healthcode-<database>-<UTC time>.sql.gz. The password comes from DB_PASSWORD (never on the
# command line). The dump holds personal data only encrypted, but keys and dumps belong apart:
# store the dump encrypted and the data keys elsewhere.
set -euo pipefail

host=${DB_HOST:-127.0.0.1}
port=${DB_PORT:-3306}
user=${DB_USER:-root}
database=${DB_NAME:-healthcode}
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "backup.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
out=${out:-healthcode-$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}

export MYSQL_PWD=${DB_PASSWORD:-}
tmp="$out.partial"
# no --databases: the dump restores into any database name (restore.sh --database)
mariadb-dump --host="$host" --port="$port" --user="$user" \
  --single-transaction --quick --triggers --routines --events --hex-blob \
  --default-character-set=utf8mb4 --skip-lock-tables \
  "$database" | gzip -6 > "$tmp"
# a dump that ended early has no completion line: refuse it rather than keep half a backup
if ! gzip -dc "$tmp" | tail -n 1 | grep -q '^-- Dump completed'; then
  rm -f "$tmp"
  echo "backup.sh: the dump did not complete" >&2
  exit 1
fi
mv "$tmp" "$out"
echo "backup.sh: $database -> $out ($(du -h "$out" | cut -f1))"

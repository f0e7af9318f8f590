#!/usr/bin/env bash
# Restores a dump made by backup.sh into a database that does not exist yet (README "Backup and
# restore", docs/adr/0030), then makes the check-in retention due at once, so that check-ins the
# live system had purged since the backup are purged again by the first node that starts on it
# (or by runCheckInRetention) and never come back for good.
#
#   scripts/restore.sh --in FILE [--host H] [--port P] [--user U] [--database D]
#
# Defaults as backup.sh (DB_HOST, DB_PORT, DB_USER, DB_NAME, DB_PASSWORD). Refuses an existing
# database: restore next to the old one, check it, then point DB_URL at it.
set -euo pipefail

host=${DB_HOST:-127.0.0.1}
port=${DB_PORT:-3306}
user=${DB_USER:-root}
database=${DB_NAME:-healthcode}
in=""
while [ $# -gt 0 ]; do
  case "$1" in
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --in) in=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "restore.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$in" ] && [ -r "$in" ] || { echo "restore.sh: --in names no readable dump" >&2; exit 2; }
case "$database" in
  *[!A-Za-z0-9_]*|"") echo "restore.sh: database names are letters, digits and _" >&2; exit 2 ;;
esac

export MYSQL_PWD=${DB_PASSWORD:-}
db() { mariadb --host="$host" --port="$port" --user="$user" --batch --skip-column-names "$@"; }

if [ -n "$(db -e "SHOW DATABASES LIKE '$database'")" ]; then
  echo "restore.sh: database $database exists; restore into a new one" >&2
  exit 1
fi
db -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# the triggers' DEFINER names the account that created them on the old server; without it they
# are created by (and run as) the restoring account, which needs the TRIGGER privilege (and
# log_bin_trust_function_creators=1 where binary logging is on, README "Operations")
gzip -dc "$in" \
  | sed -E 's/DEFINER=`[^`]*`@`[^`]*`//g' \
  | db --default-character-set=utf8mb4 "$database"
db "$database" -e "UPDATE venue_job SET next_run_at = NOW(3) WHERE name = 'check-in-retention'"
triggers=$(db "$database" -e "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '$database' AND EVENT_OBJECT_TABLE = 'platform_audit_entry'")
if [ "$triggers" -lt 2 ]; then
  echo "restore.sh: the audit log's triggers are missing from the restored database" >&2
  exit 1
fi
echo "restore.sh: $in -> $database (audit log triggers: $triggers; check-in retention due now)"

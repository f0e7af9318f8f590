#!/usr/bin/env bash
# Database faults under scan load on one node (issue 19, docs/adr/0019; README "Database faults").
# Starts its OWN MariaDB (own datadir under /tmp, own port) and its OWN Liberty, generates a small
# city, sends gate scans for HC_FAULT_DURATION seconds (120) and meanwhile
#   1. kill -9 of the MariaDB server, then its restart (an outage that refuses connections)
#   2. SIGSTOP of the MariaDB server for HC_FAULT_FREEZE seconds (15), then SIGCONT (a database that
#      hangs: connections stay open, nothing answers)
# then checks that every answered scan is recorded exactly once with the answer given, and that
# every attempt got a decision or a documented code (SCAN_NOT_RECORDED, TRY_AGAIN) within the 10 s
# bound: no INTERNAL, no timeout, no Java class name in a message. Writes the report to
# target/db-faults/faults-*.md and exits non-zero when a check fails. Never touches another
# MariaDB: it stops only the processes it started, by their PIDs.
#
#   scripts/fault-test.sh [--no-build] [--keep]
#   HC_FAULT_DB_PORT (3340)  HC_FAULT_HTTP_PORT (19390)  HC_FAULT_HTTPS_PORT (19790)
#   HC_FAULT_DIR (/tmp/hc-fault-<port>)  HC_FAULT_DURATION (120)  HC_FAULT_FREEZE (15)
#   HC_FAULT_CLIENTS (16)  HC_FAULT_PERSONS (5000)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DB_PORT="${HC_FAULT_DB_PORT:-3340}"
HTTP_PORT="${HC_FAULT_HTTP_PORT:-19390}"
HTTPS_PORT="${HC_FAULT_HTTPS_PORT:-19790}"
DIR="${HC_FAULT_DIR:-/tmp/hc-fault-$DB_PORT}"
DURATION="${HC_FAULT_DURATION:-120}"
FREEZE="${HC_FAULT_FREEZE:-15}"
CLIENTS="${HC_FAULT_CLIENTS:-16}"
PERSONS="${HC_FAULT_PERSONS:-5000}"
OUT="$ROOT/target/db-faults"
WLP="$ROOT/modules/app/target/liberty/wlp"
TEMPLATE="$WLP/usr/servers/healthcode-cluster"
CP="$ROOT/modules/benchmark/target/health-code-benchmark.jar:$ROOT/modules/benchmark/target/lib/*"
BUILD=1; KEEP=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD="" ;;
    --keep) KEEP=1 ;;
    *) sed -n '2,18p' "$0"; exit 2 ;;
  esac
  shift
done
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
event() { echo "$(date +%s%3N) $*" >>"$OUT/events.log"; log "EVENT $*"; }
DB_PID=""; APP_PID=""

db_start() {
  setsid mariadbd --no-defaults --datadir="$DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$DIR/mysqld.sock" --pid-file="$DIR/mysqld.pid" --log-error="$DIR/mysqld.err" \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=1 \
    --max-connections=300 --user=root </dev/null >/dev/null 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 60); do
    mariadb --no-defaults -S "$DIR/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return 0
    kill -0 "$DB_PID" 2>/dev/null || die "MariaDB exited; see $DIR/mysqld.err"
    sleep 1
  done
  die "MariaDB not up after 60 s"
}

cleanup() {
  [[ -n "$KEEP" ]] && { log "left running: Liberty $APP_PID, MariaDB $DB_PID ($DIR)"; return; }
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    WLP_USER_DIR="$DIR/wlp" WLP_OUTPUT_DIR="$DIR/wlp/servers" "$WLP/bin/server" stop healthcode-cluster >/dev/null 2>&1 \
      || kill "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$DB_PID" ]]; then
    kill -CONT "$DB_PID" 2>/dev/null || true
    kill "$DB_PID" 2>/dev/null || true
  fi
}

mkdir -p "$OUT"; rm -f "$OUT/events.log"
if ss -ltn "( sport = :$DB_PORT or sport = :$HTTP_PORT )" | grep -q LISTEN; then
  die "port $DB_PORT or $HTTP_PORT is in use: set HC_FAULT_DB_PORT / HC_FAULT_HTTP_PORT"
fi
if [[ -n "$BUILD" ]]; then
  log "building the war, the Liberty template and the load tool"
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests -Pcluster package -pl modules/app,modules/benchmark -am)
fi
[[ -d "$TEMPLATE" ]] || die "no Liberty template at $TEMPLATE: run without --no-build"

log "MariaDB of its own: port $DB_PORT, datadir $DIR/data"
rm -rf "$DIR"; mkdir -p "$DIR/wlp/servers"
mariadb-install-db --no-defaults --datadir="$DIR/data" --user=root --auth-root-authentication-method=normal \
  --skip-test-db >"$DIR/install.log" 2>&1 || die "mariadb-install-db failed; see $DIR/install.log"
trap cleanup EXIT
db_start
mariadb --no-defaults -S "$DIR/mysqld.sock" -uroot -e \
  "CREATE USER 'hc'@'127.0.0.1' IDENTIFIED BY 'hc'; GRANT ALL ON *.* TO 'hc'@'127.0.0.1';
   CREATE DATABASE healthcode CHARACTER SET utf8mb4;"
export DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/healthcode?useServerPrepStmts=true" DB_USER=hc DB_PASSWORD=hc

log "a city of $PERSONS persons"
java -Xmx1g -cp "$CP" org.healthcode.benchmark.Main generate \
  --persons "$PERSONS" --venues 100 --entry-points 400 >"$DIR/generate.log" 2>&1 \
  || die "generating the city failed; see $DIR/generate.log"

log "Liberty of its own: port $HTTP_PORT"
cp -r "$TEMPLATE" "$DIR/wlp/servers/"
rm -rf "$DIR/wlp/servers/healthcode-cluster/workarea"
printf -- '-Dhealthcode.mode=development\n-Xmx512m\n-Xms512m\n' >"$DIR/wlp/servers/healthcode-cluster/jvm.options"
(
  export WLP_USER_DIR="$DIR/wlp" WLP_OUTPUT_DIR="$DIR/wlp/servers"
  export HTTP_HOST=127.0.0.1 HTTP_PORT HTTPS_PORT HEALTHCODE_MODE=development
  setsid "$WLP/bin/server" run healthcode-cluster </dev/null >"$DIR/liberty.log" 2>&1 &
  echo $! >"$DIR/liberty.pid"
)
APP_PID="$(cat "$DIR/liberty.pid")"
for i in $(seq 1 300); do
  curl -fs -m 2 "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || die "Liberty exited; see $DIR/liberty.log"
  [[ $i == 300 ]] && die "Liberty not ready after 300 s; see $DIR/liberty.log"
  sleep 1
done
log "Liberty ready"

java -Xmx512m -cp "$CP" org.healthcode.benchmark.Main faults --url "http://127.0.0.1:$HTTP_PORT" \
  --duration "$DURATION" --clients "$CLIENTS" --devices 16 --events "$OUT/events.log" --out "$OUT" \
  --db-ports "$DB_PORT" >"$DIR/load.log" 2>&1 &
LOAD=$!
# the faults start once the gates scan (their devices signed in first)
for i in $(seq 1 180); do
  grep -q '^Scan load:' "$DIR/load.log" 2>/dev/null && break
  kill -0 "$LOAD" 2>/dev/null || { cat "$DIR/load.log"; die "the load tool exited"; }
  [[ $i == 180 ]] && die "the load did not start within 180 s; see $DIR/load.log"
  sleep 1
done
event "load started"
sleep 20
event "kill -9 MariaDB"
kill -9 "$DB_PID"
sleep 15
event "MariaDB restarting"
db_start
event "MariaDB up (crash recovery done)"
sleep 20
event "SIGSTOP MariaDB for $FREEZE s"
kill -STOP "$DB_PID"
sleep "$FREEZE"
kill -CONT "$DB_PID"
event "SIGCONT MariaDB"
status=0
wait "$LOAD" || status=$?
cat "$DIR/load.log"
report="$(ls -t "$OUT"/faults-*.md 2>/dev/null | head -1)"
[[ -n "$report" ]] || die "no report; see $DIR/load.log"
# the bound and the codes: every failed attempt is a documented code within 10 s
results="$(grep -m1 '^- attempts by result' "$report")"
over="$(grep -m1 -o 'attempts over the 10 s bound: [0-9]*' "$report" | grep -o '[0-9]*$')"
log "$results"
bad="$(echo "$results" | tr -d '{}' | sed 's/^- attempts by result: //' | tr ',' '\n' \
  | sed 's/^ *//' | grep -v -E '^(answered|SCAN_NOT_RECORDED|TRY_AGAIN)=' || true)"
[[ -z "$bad" ]] || { log "undocumented results: $bad"; status=1; }
[[ "${over:-1}" == 0 ]] || { log "$over attempts over the 10 s bound"; status=1; }
log "report: $report"
exit "$status"

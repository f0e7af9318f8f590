#!/usr/bin/env bash
# Faults under load (README "Running a cluster"): starts a fresh local cluster (cluster.sh) with a
# small city, sends gate scans through HAProxy for HC_FAULTS_DURATION seconds (240) and meanwhile
#   1. kill -9 of Galera node 2 (by the PID cluster.sh started), then its restart: it rejoins by IST
#   2. kill -9 of Liberty node 3, then its restart
# then checks on every Galera node that each answered scan is recorded exactly once, with the answer
# given, and writes the report to target/cluster-faults/faults-*.md. Stops the cluster at the end
# (--keep leaves it running). Stops by itself: every wait is bounded.
#
#   cluster/faults.sh [--keep] [--persons 20000] [--clients 16]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLUSTER="$ROOT/cluster/cluster.sh"
OUT="$ROOT/target/cluster-faults"
DURATION="${HC_FAULTS_DURATION:-240}"
DB_PORT="${HC_CLUSTER_DB_PORT:-3331}"
LB_PORT="${HC_CLUSTER_LB_PORT:-9480}"
KEEP=""; PERSONS=20000; CLIENTS=16
while [[ $# -gt 0 ]]; do
  case "$1" in
    --keep) KEEP=1 ;;
    --persons) PERSONS="$2"; shift ;;
    --clients) CLIENTS="$2"; shift ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
  shift
done
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
event() { echo "$(date +%s%3N) $*" >>"$OUT/events.log"; log "EVENT $*"; }
CP="$ROOT/modules/benchmark/target/health-code-benchmark.jar:$ROOT/modules/benchmark/target/lib/*"

mkdir -p "$OUT"; rm -f "$OUT/events.log"
log "building the war, the Liberty template and the load tool"
(cd "$ROOT" && mvn -B -ntp -q -DskipTests -Pcluster package -pl modules/app,modules/benchmark -am)
"$CLUSTER" db-up --fresh
trap '[[ -n "$KEEP" ]] || "$CLUSTER" down' EXIT
export DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/healthcode?useServerPrepStmts=true" DB_USER=root DB_PASSWORD=
log "a city of $PERSONS persons on the cluster"
java -Xmx2g -cp "$CP" org.healthcode.benchmark.Main generate \
  --persons "$PERSONS" --venues 500 --entry-points 2000
"$CLUSTER" apps-up

java -Xmx1g -cp "$CP" org.healthcode.benchmark.Main faults --url "http://127.0.0.1:$LB_PORT" \
  --duration "$DURATION" --clients "$CLIENTS" --events "$OUT/events.log" --out "$OUT" \
  --db-ports "$DB_PORT,$((DB_PORT + 1)),$((DB_PORT + 2))" &
LOAD=$!
sleep 30
event "kill -9 Galera node 2"
"$CLUSTER" db-kill 2
sleep 25
event "Galera node 2 restarting"
started=$SECONDS
"$CLUSTER" db-start 2
event "Galera node 2 synced after $((SECONDS - started)) s"
grep -E "IST received|Receiving IST|SST|State transfer" "$ROOT/target/cluster/db2/error.log" | tail -3 >&2 || true
sleep 15
event "kill -9 Liberty node 3"
"$CLUSTER" app-kill 3
sleep 20
event "Liberty node 3 restarting"
started=$SECONDS
"$CLUSTER" app-start 3
event "Liberty node 3 ready after $((SECONDS - started)) s"
wait "$LOAD"
"$CLUSTER" wsrep

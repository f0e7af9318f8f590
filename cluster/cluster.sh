#!/usr/bin/env bash
# The local cluster (README "Running a cluster", docs/adr/0022): on loopback only, three MariaDB
# Galera nodes, HC_CLUSTER_APP_NODES Liberty nodes running the same war, and HAProxy in front.
#
#   cluster/cluster.sh up [--fresh] [--no-build]   start everything (builds the war if needed)
#   cluster/cluster.sh db-up [--fresh] | apps-up    the same in two steps (load data in between)
#   cluster/cluster.sh down                         stop exactly what `up` started
#   cluster/cluster.sh status                       what runs, Galera's view, HAProxy's view
#   cluster/cluster.sh db-kill|db-start|db-stop N   one Galera node (kill = kill -9; start rejoins by IST)
#   cluster/cluster.sh app-kill|app-start|app-stop N
#   cluster/cluster.sh wsrep                        each Galera node's conflict counters
#   cluster/cluster.sh sql N 'statement'            a statement on Galera node N, as root
#
# Every process it starts is recorded by PID under HC_CLUSTER_DIR and stopped by that PID only.
# Configuration (environment; the defaults are this project's local ports):
#   HC_CLUSTER_DIR (target/cluster)  HC_CLUSTER_APP_NODES (3)
#   HC_CLUSTER_DB_PORT (3331: node N listens on 3330+N)  HC_CLUSTER_GCOMM_PORT (4571)
#   HC_CLUSTER_IST_PORT (4581)  HC_CLUSTER_SST_PORT (4591)
#   HC_CLUSTER_HTTP_PORT (9481)  HC_CLUSTER_HTTPS_PORT (9491)  HC_CLUSTER_LB_PORT (9480)
#   HC_CLUSTER_LB_STATS_PORT (9489)  HC_CLUSTER_DB_NAME (healthcode)
#   HC_CLUSTER_WRITERS (spread: app node N prefers Galera node N; one: every app node prefers node 1)
#   HC_CLUSTER_HEAP (384m per Liberty node)  HC_CLUSTER_MODE (development)
#   HC_CLUSTER_FLUSH (1: innodb_flush_log_at_trx_commit)
# Any HEALTHCODE_* variable set when running `up` reaches every Liberty node.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${HC_CLUSTER_DIR:-$ROOT/target/cluster}"
APP_NODES="${HC_CLUSTER_APP_NODES:-3}"
DB_NODES=3
DB_PORT="${HC_CLUSTER_DB_PORT:-3331}"
GCOMM_PORT="${HC_CLUSTER_GCOMM_PORT:-4571}"
IST_PORT="${HC_CLUSTER_IST_PORT:-4581}"
SST_PORT="${HC_CLUSTER_SST_PORT:-4591}"
HTTP_PORT_BASE="${HC_CLUSTER_HTTP_PORT:-9481}"
HTTPS_PORT_BASE="${HC_CLUSTER_HTTPS_PORT:-9491}"
LB_PORT="${HC_CLUSTER_LB_PORT:-9480}"
LB_STATS_PORT="${HC_CLUSTER_LB_STATS_PORT:-9489}"
DB_NAME="${HC_CLUSTER_DB_NAME:-healthcode}"
WRITERS="${HC_CLUSTER_WRITERS:-spread}"
HEAP="${HC_CLUSTER_HEAP:-384m}"
MODE="${HC_CLUSTER_MODE:-development}"
FLUSH="${HC_CLUSTER_FLUSH:-1}"
APP_USER=healthcode
APP_PASSWORD=local-cluster-password
WLP="$ROOT/modules/app/target/liberty/wlp"
TEMPLATE="$WLP/usr/servers/healthcode-cluster"
GALERA_LIB="${HC_CLUSTER_GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

db_port() { echo $((DB_PORT + $1 - 1)); }
http_port() { echo $((HTTP_PORT_BASE + $1 - 1)); }
pidfile() { echo "$DIR/pids/$1.pid"; }

# The PID recorded for a process this script started, if that process still runs and is ours.
running_pid() {
  local file pid
  file="$(pidfile "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ -n "$pid" && -d "/proc/$pid" ]] || return 1
  grep -qa -- "$DIR" "/proc/$pid/cmdline" "/proc/$pid/environ" 2>/dev/null || return 1
  echo "$pid"
}

# Stops a recorded process: TERM, then KILL after the grace period.
stop_pid() {
  local name="$1" grace="${2:-60}" pid
  if pid="$(running_pid "$name")"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 "$grace"); do [[ -d "/proc/$pid" ]] || break; sleep 1; done
    if [[ -d "/proc/$pid" ]]; then
      log "$name did not stop in ${grace}s: kill -9 $pid"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$(pidfile "$name")"
}

kill_pid() {
  local pid
  pid="$(running_pid "$1")" || die "$1 is not running"
  kill -KILL "$pid"
  log "$1: kill -9 $pid"
  rm -f "$(pidfile "$1")"
}

# --- Galera -------------------------------------------------------------------------------------

gcomm_addresses() {
  local list=() n
  for n in $(seq 1 $DB_NODES); do list+=("127.0.0.1:$((GCOMM_PORT + n - 1))"); done
  (IFS=,; echo "${list[*]}")
}

db_config() {
  local n="$1" d="$DIR/db$1"
  mkdir -p "$d/data" "$d/tmp"
  cat >"$d/my.cnf" <<EOF
# Galera node $n of the local cluster (cluster/cluster.sh); loopback only
[mariadbd]
user = root
datadir = $d/data
tmpdir = $d/tmp
socket = $d/mysqld.sock
pid-file = $d/mysqld.pid
log-error = $d/error.log
port = $(db_port "$n")
bind-address = 127.0.0.1
skip-name-resolve
max_connections = 400
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
innodb_buffer_pool_size = 256M
innodb_flush_log_at_trx_commit = $FLUSH
# Galera: row-based binary log, interleaved auto-increment, the audit log's triggers
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
log_bin_trust_function_creators = 1
wsrep_on = ON
wsrep_provider = $GALERA_LIB
wsrep_cluster_name = healthcode-local
wsrep_cluster_address = gcomm://$(gcomm_addresses)
wsrep_node_name = db$n
wsrep_node_address = 127.0.0.1:$((GCOMM_PORT + n - 1))
wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$((GCOMM_PORT + n - 1));ist.recv_addr=127.0.0.1:$((IST_PORT + n - 1));gcache.size=512M"
wsrep_sst_receive_address = 127.0.0.1:$((SST_PORT + n - 1))
# rsync SST fails as root (its daemon runs as nobody); mariabackup works (FACTS.md)
wsrep_sst_method = mariabackup
wsrep_sst_auth = root:
wsrep_slave_threads = 4
EOF
}

wsrep_status() { # N variable -> value ('' if the node does not answer)
  mariadb --no-defaults -S "$DIR/db$1/mysqld.sock" -u root -N -B \
    -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

wait_synced() {
  local n="$1" limit="${2:-180}" state=""
  for _ in $(seq 1 "$limit"); do
    state="$(wsrep_status "$n" wsrep_local_state_comment || true)"
    [[ "$state" == "Synced" ]] && { log "db$n synced"; return 0; }
    running_pid "db$n" >/dev/null || die "db$n exited; see $DIR/db$n/error.log"
    sleep 1
  done
  die "db$n not synced after ${limit}s (state '$state'); see $DIR/db$n/error.log"
}

db_start() {
  local n="$1" bootstrap="${2:-}"
  running_pid "db$n" >/dev/null && { log "db$n already runs"; return 0; }
  db_config "$n"
  local args=(--defaults-file="$DIR/db$n/my.cnf")
  [[ -n "$bootstrap" ]] && args+=(--wsrep-new-cluster)
  log "db$n: starting on port $(db_port "$n")${bootstrap:+ (new cluster)}"
  setsid /usr/sbin/mariadbd "${args[@]}" </dev/null >>"$DIR/db$n/stdout.log" 2>&1 &
  echo $! >"$(pidfile "db$n")"
  wait_synced "$n"
}

db_init_first() {
  local d="$DIR/db1"
  db_config 1
  log "db1: new data directory"
  mariadb-install-db --no-defaults --user=root --datadir="$d/data" \
    --auth-root-authentication-method=socket --skip-test-db >"$d/install.log" 2>&1 \
    || die "mariadb-install-db failed; see $d/install.log"
}

db_prepare_schema() {
  log "db1: database $DB_NAME, application user $APP_USER, root over TCP on loopback"
  mariadb --no-defaults -S "$DIR/db1/mysqld.sock" -u root <<EOF
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$APP_USER'@'127.0.0.1' IDENTIFIED BY '$APP_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$APP_USER'@'127.0.0.1';
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
EOF
}

# The node to bootstrap from after a clean `down`: the one Galera marked safe, else node 1.
bootstrap_node() {
  local n
  for n in $(seq 1 $DB_NODES); do
    if grep -q '^safe_to_bootstrap: 1' "$DIR/db$n/data/grastate.dat" 2>/dev/null; then
      echo "$n"; return
    fi
  done
  log "no node is marked safe to bootstrap: forcing node 1 (its last committed writes win)"
  sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DIR/db1/data/grastate.dat" 2>/dev/null || true
  echo 1
}

dbs_up() {
  local first n
  if [[ ! -d "$DIR/db1/data/mysql" ]]; then
    db_init_first
    db_start 1 new
    db_prepare_schema
    first=1
  else
    first="$(bootstrap_node)"
    db_start "$first" new
  fi
  for n in $(seq 1 $DB_NODES); do
    [[ "$n" == "$first" ]] || db_start "$n"
  done
}

# --- Liberty ------------------------------------------------------------------------------------

build() {
  log "building the war and the Liberty server template (mvn -Pcluster package)"
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests -Pcluster package -pl modules/app -am)
}

# The JDBC URL of app node N: Connector/J's sequential mode over every Galera node, the preferred
# one first (docs/adr/0022).
jdbc_url() {
  local n="$1" first order=() i
  if [[ "$WRITERS" == one ]]; then first=1; else first=$(( (n - 1) % DB_NODES + 1 )); fi
  for i in $(seq 0 $((DB_NODES - 1))); do
    order+=("127.0.0.1:$(db_port $(( (first - 1 + i) % DB_NODES + 1 )))")
  done
  echo "jdbc:mariadb:sequential://$(IFS=,; echo "${order[*]}")/$DB_NAME?useServerPrepStmts=true&disablePipeline=true&connectTimeout=2000"
}

app_start() {
  local n="$1" user="$DIR/app$1"
  running_pid "app$n" >/dev/null && { log "app$n already runs"; return 0; }
  [[ -d "$TEMPLATE" ]] || die "no Liberty template at $TEMPLATE: run without --no-build"
  mkdir -p "$user/servers"
  rm -rf "$user/servers/healthcode-cluster/dropins" "$user/servers/healthcode-cluster/lib"
  cp -r "$TEMPLATE" "$user/servers/"
  rm -rf "$user/servers/healthcode-cluster/workarea"
  cat >"$user/servers/healthcode-cluster/jvm.options" <<EOF
-Dhealthcode.mode=$MODE
-Xmx$HEAP
-Xms$HEAP
EOF
  log "app$n: starting on port $(http_port "$n") ($(jdbc_url "$n"))"
  (
    export WLP_USER_DIR="$user" WLP_OUTPUT_DIR="$user/servers"
    export HTTP_HOST=127.0.0.1 HTTP_PORT="$(http_port "$n")" HTTPS_PORT=$((HTTPS_PORT_BASE + n - 1))
    export DB_URL="$(jdbc_url "$n")" DB_USER="$APP_USER" DB_PASSWORD="$APP_PASSWORD"
    export HEALTHCODE_MODE="$MODE" HEALTHCODE_NODE_SLOT="$n"
    # HAProxy on loopback is the one proxy whose X-Forwarded-For the nodes believe
    export HEALTHCODE_HTTP_TRUSTED_PROXIES="${HEALTHCODE_HTTP_TRUSTED_PROXIES:-127.0.0.1}"
    setsid "$WLP/bin/server" run healthcode-cluster </dev/null >"$user/console.log" 2>&1 &
    echo $! >"$(pidfile "app$n")"
  )
}

wait_ready() {
  local n="$1" limit="${2:-240}"
  for _ in $(seq 1 "$limit"); do
    if curl -fs -m 2 "http://127.0.0.1:$(http_port "$n")/health/ready" >/dev/null 2>&1; then
      log "app$n ready"; return 0
    fi
    running_pid "app$n" >/dev/null || die "app$n exited; see $DIR/app$n/console.log"
    sleep 1
  done
  die "app$n not ready after ${limit}s; see $DIR/app$n/console.log"
}

apps_up() {
  local n
  # the first node migrates the schema; the others start once it is ready
  app_start 1
  wait_ready 1
  for n in $(seq 2 "$APP_NODES"); do app_start "$n"; done
  for n in $(seq 2 "$APP_NODES"); do wait_ready "$n"; done
}

# --- HAProxy ------------------------------------------------------------------------------------

lb_start() {
  running_pid lb >/dev/null && { log "haproxy already runs"; return 0; }
  command -v haproxy >/dev/null || die "haproxy is not installed (apt-get install haproxy)"
  local n servers=""
  for n in $(seq 1 "$APP_NODES"); do
    servers+="    server app$n 127.0.0.1:$(http_port "$n") check inter 1s fall 2 rise 2"$'\n'
  done
  cat >"$DIR/haproxy.cfg" <<EOF
# HAProxy in front of the local cluster's Liberty nodes (cluster/cluster.sh)
global
    maxconn 4096
    pidfile $DIR/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 15s
    retries 2
    option redispatch
    option http-keep-alive
frontend healthcode
    bind 127.0.0.1:$LB_PORT
    # the client's address for the nodes' per-address limits (HEALTHCODE_HTTP_TRUSTED_PROXIES, docs/adr/0026)
    option forwardfor
    default_backend app
backend app
    # a signed-in client stays on one node while it is up (it reads its own writes there, docs/adr/0022);
    # requests without a token go round robin
    balance hdr(Authorization)
    hash-type consistent
    option httpchk GET /health/ready
    http-check expect status 200
    # a request on a node that dies before answering is not replayed (a scan may be recorded):
    # the client sees 502/503 and retries with the same scanId
$servers
listen stats
    bind 127.0.0.1:$LB_STATS_PORT
    stats enable
    stats uri /
EOF
  log "haproxy: port $LB_PORT (stats $LB_STATS_PORT)"
  setsid haproxy -W -db -f "$DIR/haproxy.cfg" </dev/null >>"$DIR/haproxy.log" 2>&1 &
  echo $! >"$(pidfile lb)"
}

# --- commands -----------------------------------------------------------------------------------

# The checks and preparations of `up` and `db-up`: tools present, a fresh directory if asked.
prepare() {
  local fresh="" n
  build_it=auto
  for arg in "$@"; do
    case "$arg" in
      --fresh) fresh=1 ;;
      --no-build) build_it="" ;;
      *) die "unknown option $arg" ;;
    esac
  done
  command -v mariadbd >/dev/null || die "MariaDB is not installed (apt-get install mariadb-server)"
  [[ -f "$GALERA_LIB" ]] || die "no Galera library at $GALERA_LIB (apt-get install galera-4)"
  command -v mariabackup >/dev/null || die "mariabackup is not installed (apt-get install mariadb-backup)"
  if [[ -n "$fresh" ]]; then
    for n in $(seq 1 $DB_NODES); do running_pid "db$n" >/dev/null && die "stop the cluster first (down)"; done
    rm -rf "$DIR"
  fi
  mkdir -p "$DIR/pids"
}

# The Liberty nodes and HAProxy, over Galera nodes that run.
apps_and_lb_up() {
  if [[ "${build_it:-auto}" == auto && ( ! -d "$TEMPLATE" || ! -f "$TEMPLATE/dropins/health-code.war" ) ]]; then
    build
  fi
  apps_up
  lb_start
  for _ in $(seq 1 30); do
    curl -fs -m 2 "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs -m 2 "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null || die "HAProxy does not answer"
}

# Runs a step of starting; one that fails half-way stops what was started.
starting() {
  local started=$SECONDS
  trap 'log "start failed: stopping what was started"; down' ERR EXIT
  "$@"
  trap - ERR EXIT
  log "started in $((SECONDS - started))s"
}

up() {
  prepare "$@"
  starting dbs_up
  starting apps_and_lb_up
  log "cluster up: http://127.0.0.1:$LB_PORT/graphql"
}

down() {
  local n
  stop_pid lb 10
  for n in $(seq 1 "$APP_NODES") 4 5 6 7 8 9; do
    [[ -f "$(pidfile "app$n")" ]] && stop_pid "app$n" 60
  done
  # the last node to stop is marked safe to bootstrap; stop node 1 last so that it is the one
  for n in $(seq $DB_NODES -1 1); do stop_pid "db$n" 120; done
  log "cluster down"
}

status() {
  local n pid
  for n in $(seq 1 $DB_NODES); do
    if pid="$(running_pid "db$n")"; then
      echo "db$n  pid $pid  port $(db_port "$n")  $(wsrep_status "$n" wsrep_local_state_comment)" \
        "cluster size $(wsrep_status "$n" wsrep_cluster_size)"
    else
      echo "db$n  not running"
    fi
  done
  for n in $(seq 1 "$APP_NODES"); do
    if pid="$(running_pid "app$n")"; then
      echo "app$n pid $pid  port $(http_port "$n")  ready: $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(http_port "$n")/health/ready")"
    else
      echo "app$n not running"
    fi
  done
  if pid="$(running_pid lb)"; then
    echo "lb   pid $pid  port $LB_PORT  stats http://127.0.0.1:$LB_STATS_PORT/"
  else
    echo "lb   not running"
  fi
}

wsrep() {
  local n v
  for n in $(seq 1 $DB_NODES); do
    printf 'db%s' "$n"
    for v in wsrep_local_state_comment wsrep_cluster_size wsrep_last_committed \
      wsrep_local_cert_failures wsrep_local_bf_aborts wsrep_local_commits wsrep_flow_control_paused; do
      printf ' %s=%s' "${v#wsrep_}" "$(wsrep_status "$n" "$v")"
    done
    echo
  done
}

command="${1:-}"; shift || true
case "$command" in
  up) up "$@" ;;
  db-up) prepare "$@"; starting dbs_up ;;
  apps-up) build_it=auto; starting apps_and_lb_up ;;
  down) down ;;
  status) status ;;
  wsrep) wsrep ;;
  db-start) mkdir -p "$DIR/pids"; db_start "${1:?node}" ;;
  db-stop) stop_pid "db${1:?node}" 120 ;;
  db-kill) kill_pid "db${1:?node}" ;;
  app-start) app_start "${1:?node}"; wait_ready "$1" ;;
  app-stop) stop_pid "app${1:?node}" 60 ;;
  app-kill) kill_pid "app${1:?node}" ;;
  lb-restart) stop_pid lb 10; lb_start ;;
  sql) mariadb --no-defaults -S "$DIR/db${1:?node}/mysqld.sock" -u root "$DB_NAME" -e "${2:?statement}" ;;
  *) sed -n '2,23p' "$0"; exit 2 ;;
esac

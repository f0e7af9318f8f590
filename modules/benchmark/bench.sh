#!/usr/bin/env bash
# The city generator and the load benchmark (README "Performance", docs/adr/0014).
#
#   modules/benchmark/bench.sh generate [--persons 1000000] [--venues 20000] [--entry-points 100000]
#   modules/benchmark/bench.sh check-ins [--check-ins 3000000] [--days 28]   (into a generated city)
#   modules/benchmark/bench.sh run [--duration 30] [--warmup 120] [--connections 32] [--threads 2]
#       [--runs 1] [--idle 15] [--only noop,gqlnoop,scan,issue,counts,jdbc (also scan-doc,issue-doc)]
#     prints per scenario server and mariadbd CPU ms/op, HTTP and database bytes/op (docs/adr/0041);
#     HEALTHCODE_METRICS_ENABLED=false in the environment runs the server without its metrics
#
# Both use DB_URL / DB_USER / DB_PASSWORD (default jdbc:mariadb://127.0.0.1:3306/healthcode_bench
# with server-side prepared statements, root, empty). generate drops and recreates that database. run builds the war, creates the Liberty
# server healthcode-bench (-Xmx512m) with a no-op servlet beside the app, starts it on HTTP_PORT
# (default 9080), runs every scenario with wrk, writes target/benchmark/results-*.md and .json and
# stops the server again. Needs Java 25, Maven and wrk (apt-get install wrk).
#   modules/benchmark/bench.sh growth [--visits 10] [--repeats 50]   on the same server, with a
#     retention of GROWTH_RETENTION (P26D): times counts, a 31-day scanStatistics (first page, every
#     page), one case's contact-tracing job and one retention run through the API (README "Growth")
#   modules/benchmark/bench.sh cluster [run options]   the same through HAProxy on the local
# cluster (cluster/cluster.sh; BENCH_PERSONS persons, 200,000), with per-process CPU and conflicts.
set -euo pipefail
cd "$(dirname "$0")/../.."
command="${1:-}"; shift || true
export DB_URL="${DB_URL:-jdbc:mariadb://127.0.0.1:3306/healthcode_bench?useServerPrepStmts=true}"
export DB_USER="${DB_USER:-root}"
export DB_PASSWORD="${DB_PASSWORD:-}"
export HTTP_PORT="${HTTP_PORT:-9080}"
export HTTPS_PORT="${HTTPS_PORT:-9443}"
CP="modules/benchmark/target/health-code-benchmark.jar:modules/benchmark/target/lib/*"
JAVA_TOOL=(java -Xmx4g -cp "$CP" org.healthcode.benchmark.Main)

case "$command" in
  generate)
    mvn -q -B package -DskipTests -pl modules/benchmark -am
    "${JAVA_TOOL[@]}" generate "$@"
    ;;
  check-ins)
    # 28 days of check-ins into the city that generate made, a day at a time (docs/adr/0042)
    mvn -q -B package -DskipTests -pl modules/benchmark -am
    "${JAVA_TOOL[@]}" check-ins "$@"
    ;;
  run|growth)
    [ "$command" = growth ] || command -v wrk >/dev/null \
      || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
    if [ "$command" = growth ]; then
      # one day shorter than the 28 loaded, whole: the retention run drops the oldest day
      export HEALTHCODE_VENUE_CHECK_IN_RETENTION="${GROWTH_RETENTION:-P26D}"
    fi
    mvn -q -B package -DskipTests -Pbenchmark -pl modules/app,modules/benchmark -am
    WLP=modules/app/target/liberty/wlp
    SERVER=$WLP/usr/servers/healthcode-bench
    # the bare-Liberty baseline: a no-op servlet in its own expanded war, never in the app
    rm -rf "$SERVER/dropins/noop.war"
    mkdir -p "$SERVER/dropins/noop.war/WEB-INF/classes/org/healthcode/benchmark/noop"
    cp modules/benchmark/target/classes/org/healthcode/benchmark/noop/NoopServlet.class \
      "$SERVER/dropins/noop.war/WEB-INF/classes/org/healthcode/benchmark/noop/"
    trap '"$WLP/bin/server" stop healthcode-bench >/dev/null 2>&1 || true' EXIT
    "$WLP/bin/server" start healthcode-bench
    for _ in $(seq 1 120); do
      if curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null 2>&1 \
        && curl -fs "http://127.0.0.1:$HTTP_PORT/noop/noop" >/dev/null 2>&1; then break; fi
      sleep 1
    done
    curl -fs "http://127.0.0.1:$HTTP_PORT/health/ready" >/dev/null
    if [ "$command" = growth ]; then
      "${JAVA_TOOL[@]}" growth --url "http://127.0.0.1:$HTTP_PORT" "$@"
    else
      "${JAVA_TOOL[@]}" run --url "http://127.0.0.1:$HTTP_PORT" --out target/benchmark "$@"
    fi
    ;;
  cluster)
    # the same benchmark through HAProxy on the local cluster (cluster/cluster.sh, README
    # "Running a cluster"): a fresh cluster, a city of BENCH_PERSONS persons, then the scenarios
    # with each process's CPU and Galera's conflict counters; the cluster is stopped at the end
    command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
    mvn -q -B package -DskipTests -Pcluster -pl modules/app,modules/benchmark -am
    CLUSTER=cluster/cluster.sh
    DIR="${HC_CLUSTER_DIR:-target/cluster}"
    DB_PORT="${HC_CLUSTER_DB_PORT:-3331}"
    "$CLUSTER" db-up --fresh
    trap '"$CLUSTER" down' EXIT
    DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/healthcode?useServerPrepStmts=true" DB_USER=root DB_PASSWORD= \
      "${JAVA_TOOL[@]}" generate --persons "${BENCH_PERSONS:-200000}" --venues 4000 --entry-points 20000
    "$CLUSTER" apps-up
    PIDS=""
    for file in "$DIR"/pids/*.pid; do
      name="$(basename "$file" .pid)"; PIDS+="${PIDS:+,}$name=$(cat "$file")"
    done
    # HAProxy's master only supervises: its worker does the proxying
    for worker in $(pgrep -P "$(cat "$DIR/pids/lb.pid")"); do PIDS+=",lb-worker=$worker"; done
    DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/healthcode?useServerPrepStmts=true" DB_USER=root DB_PASSWORD= \
      "${JAVA_TOOL[@]}" run --url "http://127.0.0.1:${HC_CLUSTER_LB_PORT:-9480}" --server healthcode-cluster \
      --only scan,issue,counts --probe-pids "$PIDS" \
      --probe-galera "$DB_PORT,$((DB_PORT + 1)),$((DB_PORT + 2))" --out target/benchmark "$@"
    "$CLUSTER" wsrep
    ;;
  *)
    sed -n '2,20p' "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Scale check: starts the app from an empty data directory with the sample corpus and a large folder (by default
# the 3,475 laws), reports the time to healthy, resident memory and index size, then restarts it on the same data
# and reports the restart time. Usage: bench/scale.sh [folder] [data-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
FOLDER="$(realpath "${1:-../shared/external/laws/files}")"
DATA="${2:-/tmp/wenzheng-scale}"
PORT="${PORT:-18080}"
JAR=bot/target/wenzheng.jar
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
rm -rf "$DATA"
mkdir -p "$DATA"

start() {
  local log="$1" begin pid
  begin=$(date +%s%N)
  "$JAVA" -Xmx1536m -XX:+UseG1GC -jar "$JAR" --server.port="$PORT" --wenzheng.data-dir="$DATA" \
    --wenzheng.import-dir="classpath:wenzheng/knowledge/sample,$FOLDER" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see $log" >&2; exit 1; fi
    sleep 0.5
  done
  awk -v what="$2" -v ns=$(( $(date +%s%N) - begin )) 'BEGIN { printf "%s healthy after %.1f s\n", what, ns / 1e9 }'
  printf '  resident memory %d MiB\n' $(( $(ps -o rss= -p "$pid") / 1024 ))
  echo "  index on disk $(du -sh "$DATA/index" | cut -f1), database $(du -sh "$DATA/db" | cut -f1)"
  grep -E "Knowledge base ready|Indexed [0-9]+ clauses|Updated [0-9]+ and removed" "$log" | sed 's/^.* : /  /'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

start "$DATA/first-start.log" "first start (import and index)"
start "$DATA/restart.log" "restart on the same data"

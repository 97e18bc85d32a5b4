#!/usr/bin/env bash
# HTTP load: starts the app on a data directory (importing the given locations on first use), then drives
# POST /api/ask with the questions of a question set, each request starting a session, and in the same run
# GET /actuator/health as the machine's ceiling, and GET /api/suggest with the questions' first characters as typed. Load generator: wrk (Debian package "wrk") on the same machine.
# Usage: bench/load.sh [import locations] [data-dir] [extra app arguments...]
#   bench/load.sh                                                    # sample corpus
#   bench/load.sh "classpath:wenzheng/knowledge/sample,$PWD/../shared/external/laws/files" /tmp/wenzheng-scale
# Environment: QUESTIONS (default ../shared/eval/dev.jsonl), CONNECTIONS (default "4 16"), DURATION (default 20s),
#   WARMUP (default 60s: on the large knowledge base the JIT and the per-reader caches take that long to settle).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LOCATIONS="${1:-classpath:wenzheng/knowledge/sample}"
DATA="${2:-/tmp/wenzheng-load}"
shift $(( $# > 2 ? 2 : $# ))
PORT="${PORT:-18090}"
QUESTIONS="$(realpath "${QUESTIONS:-../shared/eval/dev.jsonl}")"
DURATION="${DURATION:-20s}"
URL="http://localhost:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f bot/target/wenzheng.jar ] || ./mvnw -q -DskipTests package

"$JAVA" -Xmx1536m -jar bot/target/wenzheng.jar --server.port="$PORT" --wenzheng.data-dir="$DATA" \
  --wenzheng.import-dir="$LOCATIONS" \
  --wenzheng.rate-limit.per-client-per-minute=0 "$@" >"$DATA.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until curl -sf "$URL/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $DATA.log" >&2; exit 1; }
  sleep 0.5
done
echo "app on $LOCATIONS ($(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
echo "warm-up (${WARMUP:-60s}, not counted)"
QUESTIONS="$QUESTIONS" wrk -t2 -c8 -d"${WARMUP:-60s}" -s bench/load/ask.lua "$URL" >/dev/null
for connections in ${CONNECTIONS:-4 16}; do
  echo "GET /actuator/health, $connections connections, $DURATION"
  wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" -s bench/load/health.lua "$URL/actuator/health" | grep -E "Requests/sec|requests|latency"
  echo "POST /api/ask ($(basename "$QUESTIONS")), $connections connections, $DURATION"
  QUESTIONS="$QUESTIONS" wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" -s bench/load/ask.lua "$URL" | grep -E "Requests/sec|requests|latency"
  echo "GET /api/suggest (first 2, 4 and 6 characters of each question), $connections connections, $DURATION"
  QUESTIONS="$QUESTIONS" wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" -s bench/load/suggest.lua "$URL" | grep -E "Requests/sec|requests|latency"
done
echo "resident memory $(( $(ps -o rss= -p $APP) / 1024 )) MiB"

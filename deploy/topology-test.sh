#!/usr/bin/env bash
# Runs deploy/topology_test.py with a JDK >= 21 (the default java may be older) and Debian's nginx.
# Usage: deploy/topology-test.sh [path/to/wenzheng.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }
exec python3 deploy/topology_test.py "${1:-bot/target/wenzheng.jar}"

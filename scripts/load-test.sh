#!/usr/bin/env bash
# Loopback load test of `newsgraph serve`: builds a store from the bundled example (and the Wikinews corpus
# when ../shared has it), serves it on a free port and runs wrk (Debian package `wrk`) with concurrent
# searches. Usage: scripts/load-test.sh [DURATION_S] [CONNECTIONS] [THREADS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=${1:-30}; conns=${2:-16}; threads=${3:-2}
command -v wrk >/dev/null || { echo "load-test: needs wrk (apt-get install wrk)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
"$here/newsgraph" ingest --store "$tmp/store" --published 2017-04-10 "$here/examples/al-jazeera-2017-04-10.txt"
wikinews="$here/../shared/data/wikinews-en-2019-2020"
[ -d "$wikinews" ] && "$here/newsgraph" ingest --store "$tmp/store" "$wikinews"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$here/newsgraph" serve --store "$tmp/store" --port "$port" >"$tmp/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/api/stats" >/dev/null 2>&1 && break; sleep 0.5; done
echo "load-test: $(nproc) cores, $(curl -fsS "http://127.0.0.1:$port/api/stats" | sed 's/.*"articles":\([0-9]*\).*/\1/') articles; warm-up 5 s"
wrk -t"$threads" -c"$conns" -d5s -s "$here/scripts/load-test.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s --latency -s "$here/scripts/load-test.lua" "http://127.0.0.1:$port"

#!/usr/bin/env bash
# Loopback load test of `newsgraph serve`: builds a store from the bundled example (and the Wikinews corpus
# when ../shared has it), serves it on a free port and runs wrk (Debian package `wrk`) against three routes in
# turn: searches with filters and facets, article pages (every stored article, in turn) and event lists and
# aggregates. Each route gets a 5 s warm-up, then DURATION seconds measured; the 1-minute load average is
# printed before and after each run, since the machine may be shared.
# Usage: scripts/load-test.sh [DURATION_S] [CONNECTIONS] [THREADS] [STORE]
# With STORE (an existing store directory) nothing is ingested.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=${1:-30}; conns=${2:-16}; threads=${3:-2}; given=${4:-}
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "load-test: installing wrk (Debian package)" >&2
    apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else
    echo "load-test: needs wrk (sudo apt-get install wrk)" >&2; exit 2
  fi
fi
tmp=$(mktemp -d)
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
if [ -n "$given" ]; then
  store="$given"
else
  store="$tmp/store"
  "$here/newsgraph" ingest --store "$store" --published 2017-04-10 "$here/examples/al-jazeera-2017-04-10.txt"
  wikinews="$here/../shared/data/wikinews-en-2019-2020"
  [ -d "$wikinews" ] && "$here/newsgraph" ingest --store "$store" "$wikinews"
fi
# The article ids, for the article route's script (sql reads the store and changes nothing).
"$here/newsgraph" sql --store "$store" --format csv "SELECT id FROM articles ORDER BY rev" | tail -n +2 | tr -d '\r' >"$tmp/ids.txt"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$here/newsgraph" serve --store "$store" --port "$port" >"$tmp/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/api/stats" >/dev/null 2>&1 && break; sleep 0.5; done
stats=$(curl -fsS "http://127.0.0.1:$port/api/stats")
echo "load-test: $(nproc) cores, $(wc -l <"$tmp/ids.txt") articles, $(echo "$stats" | sed 's/.*"events":\([0-9]*\).*/\1/') events"
# The article route's first pass over every article, one request at a time: the cost before the cache holds it.
t0=$(date +%s%N)
while read -r id; do curl -fsS -o /dev/null "http://127.0.0.1:$port/api/articles/$id"; done <"$tmp/ids.txt"
t1=$(date +%s%N)
echo "load-test: article route, first (uncached) request of each article, one at a time: $(( (t1 - t0) / 1000000 / $(wc -l <"$tmp/ids.txt") )) ms each on average (curl included)"
load() { cut -d' ' -f1 /proc/loadavg; }
export NEWSGRAPH_DONE="$here/scripts/load-test-done.lua"
for route in search article events; do
  script="$here/scripts/load-test-$route.lua"
  [ "$route" = search ] && script="$here/scripts/load-test.lua"
  export NEWSGRAPH_IDS="$tmp/ids.txt"
  wrk -t"$threads" -c"$conns" -d5s -s "$script" "http://127.0.0.1:$port" >/dev/null
  before=$(load)
  result=$(wrk -t"$threads" -c"$conns" -d"${duration}s" --timeout 10s --latency -s "$script" "http://127.0.0.1:$port" | tail -n 1)
  echo "load-test: $route, $conns connections, ${duration} s: $result; load average $before -> $(load)"
done

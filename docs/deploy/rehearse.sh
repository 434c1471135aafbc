#!/usr/bin/env bash
# A rehearsal of the deployment on one machine: two API processes and two workers on the
# PostgreSQL at $DATABASE_URL (a database of its own: the workers will write to it), then a
# kill -9 of the elected writer and the time until the standby is elected. Feeds: none (an empty
# feeds file), so it runs offline; the election does not depend on them.
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/parallax_rehearsal docs/deploy/rehearse.sh
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database for the rehearsal}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
echo '[]' >"$work/feeds.json"
export PARALLAX_FEEDS_FILE="$work/feeds.json" PARALLAX_WRITER_POLL_MS="${PARALLAX_WRITER_POLL_MS:-2000}"
export LOG_LEVEL=info

node "$root/bin/parallax.js" migrate
for port in 18787 18788; do
  PORT=$port node "$root/bin/parallax.js" serve --role api >"$work/api-$port.log" 2>&1 &
  pids+=($!)
done
for name in a b; do
  node "$root/bin/parallax.js" serve --role worker >"$work/worker-$name.log" 2>&1 &
  pids+=($!)
  echo "$!" >"$work/worker-$name.pid"
done

elected() { grep -l '"msg":"elected the writer"' "$work"/worker-*.log 2>/dev/null || true; }
for _ in $(seq 1 600); do
  [ -n "$(elected)" ] && curl -sf localhost:18787/healthz >/dev/null &&
    curl -sf localhost:18788/healthz >/dev/null && break
  sleep 0.1
done
for port in 18787 18788; do echo "api :$port  $(curl -sf "localhost:$port/healthz")"; done
writer_log="$(elected)"
[ "$(echo "$writer_log" | wc -l)" = 1 ] || { echo "expected one writer, got: $writer_log"; exit 1; }
writer="$(basename "$writer_log" .log)"
if [ "$writer" = worker-a ]; then standby=worker-b; else standby=worker-a; fi
# Measured from a standby that is up and asking, not one still starting.
for _ in $(seq 1 600); do
  grep -q '"msg":"standing by: another process is the writer"' "$work/$standby.log" && break
  sleep 0.1
done
echo "writer: $writer (pid $(cat "$work/$writer.pid")); standby: $standby"

killed_ms=$(date +%s%3N)
kill -9 "$(cat "$work/$writer.pid")"
for _ in $(seq 1 3000); do
  grep -q '"msg":"elected the writer"' "$work/$standby.log" && break
  sleep 0.01
done
grep -q '"msg":"elected the writer"' "$work/$standby.log" || { echo "no takeover"; exit 1; }
elected_ms=$(grep '"msg":"elected the writer"' "$work/$standby.log" | head -1 | sed 's/.*"time":\([0-9]*\).*/\1/')
echo "takeover: $standby elected $((elected_ms - killed_ms)) ms after kill -9 of $writer (PARALLAX_WRITER_POLL_MS=$PARALLAX_WRITER_POLL_MS)"
for port in 18787 18788; do echo "api :$port  $(curl -sf "localhost:$port/healthz")"; done

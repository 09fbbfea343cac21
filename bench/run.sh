#!/usr/bin/env bash
# Benchmark (never a timed test). Builds CrampBot as a user would (Release publish, shipped defaults: embedded SQLite
# state, shipped logging) and drives it with bench/CrampBot.Bench over the wire protocol. The server is pinned to
# one core and the load generator to the other (taskset), so the server's CPU time per turn is its own.
#
#   bench/run.sh [--compare]         CrampBot, the botbuilder-js peer and the Kestrel floor in one run, the issue's
#                                    4-turn flow (expectReplies) at 16 and 64 conversations; table with ratios
#   bench/run.sh --stored            CrampBot with 1,000 vs 1,000,000 conversations already stored (cost flat?)
#   bench/run.sh --webchat [N]       N (2000) concurrent Direct Line sessions, WebSocket each, 3 messages each
#   bench/run.sh --understand        CPU to understand one message: a short turn, and the worst messages of
#                                    2,000 characters (the default Limits:MaxTextLength) and 250,000 (CrampBot.Understanding.Bench)
#   bench/run.sh --all               all four
# Options: --duration S (15), --warmup S (30: .NET's tiered JIT, and V8's, reach their steady code after some
#          thousand turns; a shorter warm-up measures the first tier), --conversations "16 64", --stored-counts "1000 1000000",
#          --server-core 0 --load-core 1, --baseline REF (--compare also runs CrampBot built from git REF, e.g. main,
#          as "crampbot-REF": before and after in one run). Results also land in bench/results/latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

modes=() duration=15 warmup=30 conversations="16 64" stored_counts="1000 1000000" sessions=2000
server_core=0 load_core=1 baseline=
while [ $# -gt 0 ]; do
  case "$1" in
    --compare|--stored|--understand|--all) modes+=("${1#--}") ;;
    --webchat) modes+=(webchat); if [[ "${2:-}" =~ ^[0-9]+$ ]]; then sessions=$2; shift; fi ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --conversations) conversations=$2; shift ;;
    --stored-counts) stored_counts=$2; shift ;;
    --server-core) server_core=$2; shift ;;
    --load-core) load_core=$2; shift ;;
    --baseline) baseline=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ ${#modes[@]} -eq 0 ] && modes=(compare)
[[ " ${modes[*]} " == *" all "* ]] && modes=(compare stored webchat understand)

work=$(mktemp -d /tmp/crampbench.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -d "$work/baseline-src" ] && git worktree remove --force "$work/baseline-src" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || true
secret=bench-directline-secret-0123456789
results=$work/results.txt
: >"$results"

echo "building (Release publish) ..." >&2
dotnet publish CrampBot/CrampBot.csproj -c Release -o "$work/crampbot" -nologo -v q >&2
dotnet build bench/CrampBot.Bench/CrampBot.Bench.csproj -c Release -nologo -v q >&2
if [ -n "$baseline" ]; then
  echo "building the baseline $baseline (Release publish) ..." >&2
  git worktree add --detach "$work/baseline-src" "$baseline" >&2
  # The widget's bundle is not needed to measure turns.
  dotnet publish "$work/baseline-src/CrampBot/CrampBot.csproj" -c Release -o "$work/baseline" -p:SkipWebChatInstall=true -nologo -v q >&2
fi
bench_dll=$root/bench/CrampBot.Bench/bin/Release/net10.0/CrampBot.Bench.dll

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wait_up PORT PID: until the server answers HTTP at all (any status), or it died.
wait_up() {
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { echo "server exited; log:" >&2; tail -20 "$work/server.log" >&2; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' -d '{}' "http://127.0.0.1:$1/api/messages" || true)
    [ "$code" != "000" ] && return 0
    sleep 0.2
  done
  return 1
}

# start_crampbot PORT DBFILE [DIR]: shipped defaults (SQLite, appsettings.json logging); prints the pid.
start_crampbot() {
  (cd "${3:-$work/crampbot}" && exec taskset -c "$server_core" env Storage__SqlitePath="$2" Content__AllowUnreviewed=true \
     DirectLine__Secret="$secret" ${server_env:-} ./CrampBot --urls "http://127.0.0.1:$1" >"$work/server.log" 2>&1) &
  echo $!
}

start_baseline() { start_crampbot "$1" "$2" "$work/baseline"; }

start_peer() {
  if [ ! -d "$work/peer-js" ]; then
    cp -r ../shared/peers/botbuilder-js "$work/peer-js"
    (cd "$work/peer-js" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
  PORT=$1 taskset -c "$server_core" "$work/peer-js/start.sh" >"$work/server.log" 2>&1 &
  echo $!
}

start_floor() {
  if [ ! -d "$work/floor" ]; then
    cp -r ../shared/peers/kestrel-floor "$work/floor"
    (cd "$work/floor" && dotnet build -c Release -o out -nologo -v q >&2)
  fi
  PORT=$1 taskset -c "$server_core" "$work/floor/start.sh" >"$work/server.log" 2>&1 &
  echo $!
}

load() { taskset -c "$load_core" dotnet "$bench_dll" "$@" | tee -a "$results" | grep '^RESULT' >&2 || true; }

# flow NAME START_FN TURNS_FILE [DB]
flow() {
  local name=$1 start=$2 turns=$3 port pid
  port=$(free_port)
  case "$start" in
    start_crampbot|start_baseline) pid=$($start "$port" "${4:-$work/state/$name.db}") ;;
    *) pid=$($start "$port") ;;
  esac
  pids+=("$pid")
  wait_up "$port" "$pid"
  for c in $conversations; do
    load --mode flow --name "$name" --url "http://127.0.0.1:$port" --pid "$pid" --conversations "$c" \
      --warmup "$warmup" --duration "$duration" --turns "$turns"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# A pre-populated store: N conversations written straight into the file, in the table layout SqliteStorage creates,
# each a state document like the app's after a turn (welcomed, the sentences just shown, the dialog stack, activity ids).
populate() {
  local db=$1 n=$2 now
  now=$(date -u +%Y-%m-%dT%H:%M:%S.0000000+00:00)
  sqlite3 "$db" <<SQL
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS documents (key TEXT NOT NULL PRIMARY KEY, document TEXT NOT NULL, etag TEXT NOT NULL,
  updated_utc TEXT NOT NULL, expires_unix_ms INTEGER);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $n)
INSERT INTO documents SELECT 'emulator/conversations/stored-' || i,
  '{"welcomed":true,"justShown":["pain with swelling in your leg or warm red or darkened skin can be a sign of a blood clot deep vein thrombosis or dvt","is your leg swollen"],"lastActivityUtc":"$now","activityIds":["stored-' || i || '-0","stored-' || i || '-1","stored-' || i || '-2"],"ttlSeconds":86400,"dialogState":{"dialogStack":[{"id":"main","state":{"stepIndex":1}}]}}',
  lower(hex(randomblob(16))), '$now', NULL FROM n;
SQL
}

table() {
  awk -v cs="$conversations" '
    /^RESULT/ && /name=/ && / c=/ {
      delete f; for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
      key = f["name"] SUBSEP f["c"]; names[f["name"]] = 1; order[++n] = key
      tps[key] = f["tps"]; p50[key] = f["p50"]; p99[key] = f["p99"]; cpu[key] = f["cpu"]; rss[key] = f["rss"]; fail[key] = f["failures"]
    }
    END {
      print "| server | conversations | turns/s | p50 ms | p99 ms | server CPU ms/turn | peak RSS MB | turns/s vs peer | CPU vs peer | CPU vs floor | failures |"
      print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
      for (i = 1; i <= n; i++) {
        split(order[i], k, SUBSEP); name = k[1]; c = k[2]; peer = "botbuilder-js" SUBSEP c; floor = "kestrel-floor" SUBSEP c
        vp = (peer in tps && tps[peer] > 0) ? sprintf("%.2fx", tps[order[i]] / tps[peer]) : "-"
        cp = (peer in cpu && cpu[peer] > 0) ? sprintf("%.2fx", cpu[order[i]] / cpu[peer]) : "-"
        cf = (floor in cpu && cpu[floor] > 0) ? sprintf("%.1fx", cpu[order[i]] / cpu[floor]) : "-"
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, c, tps[order[i]], p50[order[i]], p99[order[i]], cpu[order[i]], rss[order[i]], vp, cp, cf, fail[order[i]]
      }
    }' "$results"
}

mkdir -p "$work/state"
for mode in "${modes[@]}"; do
  case "$mode" in
    compare)
      echo "== compare: 4-turn flow, expectReplies, conversations: $conversations, ${warmup}s warm-up, ${duration}s measured" >&2
      [ -n "$baseline" ] && flow "crampbot-$baseline" start_baseline bench/crampbot.turns.json
      flow crampbot start_crampbot bench/crampbot.turns.json "$work/state/compare.db"
      flow botbuilder-js start_peer ../shared/peers/botbuilder-js/turns.json
      flow kestrel-floor start_floor ../shared/peers/kestrel-floor/turns.json
      ;;
    stored)
      for n in $stored_counts; do
        echo "== stored: $n conversations already in the SQLite file" >&2
        db=$work/state/stored-$n.db
        populate "$db" "$n"
        saved=$conversations; conversations=16
        flow "crampbot-stored-$n" start_crampbot bench/crampbot.turns.json "$db"
        conversations=$saved
        rm -f "$db" "$db-wal" "$db-shm"
      done
      ;;
    understand)
      echo "== understand: CPU per message, in process, pinned to core $load_core" >&2
      dotnet build bench/CrampBot.Understanding.Bench/CrampBot.Understanding.Bench.csproj -c Release -nologo -v q >&2
      taskset -c "$load_core" dotnet bench/CrampBot.Understanding.Bench/bin/Release/net10.0/CrampBot.Understanding.Bench.dll \
        | tee -a "$results" | grep '^RESULT' >&2 || true
      ;;
    webchat)
      echo "== webchat: $sessions Direct Line sessions (WebSocket each), 3 messages each within 60 s" >&2
      port=$(free_port)
      # All sessions come from one address here, where in use each patient has their own: the per-address limits
      # (3,000 requests a minute; 240 conversation starts a minute) would refuse most of them, so they are raised for this run.
      pid=$(server_env="Limits__RequestsPerAddressPermits=1000000 DirectLine__RateLimitPermits=1000000" start_crampbot "$port" "$work/state/webchat.db"); pids+=("$pid")
      wait_up "$port" "$pid"
      load --mode webchat --name crampbot-webchat --url "http://127.0.0.1:$port" --pid "$pid" --conversations "$sessions" \
        --messages 3 --duration 60 --settle 30 --secret "$secret"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      ;;
  esac
done

mkdir -p bench/results
{
  echo "bench/run.sh ${modes[*]} — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, server on core $server_core, load on core $load_core, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  table
  grep '^RESULT' "$results" | grep -v ' c=' | sed 's/^RESULT /    /' || true
} | tee bench/results/latest.md

#!/usr/bin/env bash
# CPU profile of CrampBot under the issue's 4-turn flow (16 conversations, expectReplies), robust to a busy machine:
# perf samples only the server's on-CPU time (managed frames named through DOTNET_PerfMapEnabled), and
# dotnet-counters gives bytes allocated per turn. Usage: [WARMUP=S] bench/profile.sh OUT_PREFIX [seconds]
# (WARMUP, 10 s by default: longer on a busy machine, so the runtime has tiered the code up before sampling.)
# Writes OUT_PREFIX.txt (top self and inclusive frames, allocations per turn, the load run's RESULT line).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1 seconds=${2:-20} warmup=${WARMUP:-10}
export PATH=$PATH:$HOME/.dotnet/tools
command -v dotnet-counters >/dev/null || dotnet tool install -g dotnet-counters >&2
work=$(mktemp -d /tmp/crampprof.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
# PUBLISHED=DIR profiles an existing Release publish instead of publishing the work tree.
if [ -n "${PUBLISHED:-}" ]; then ln -s "$PUBLISHED" "$work/crampbot"; else
  dotnet publish CrampBot/CrampBot.csproj -c Release -o "$work/crampbot" -nologo -v q >&2
fi
dotnet build bench/CrampBot.Bench/CrampBot.Bench.csproj -c Release -nologo -v q >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# SERVER_ENV="NAME=VALUE ..." adds environment to the server (e.g. DOTNET_TieredCompilation=0: every method optimised
# at once, so a short profile on a busy machine sees steady-state code rather than the first tier's).
(cd "$work/crampbot" && exec taskset -c 0 env DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ${SERVER_ENV:-} Storage__SqlitePath="$work/state.db" \
   Content__AllowUnreviewed=true ./CrampBot --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.2; done
total=$((seconds + warmup + 10))
taskset -c 1 dotnet bench/CrampBot.Bench/bin/Release/net10.0/CrampBot.Bench.dll --mode flow --name crampbot \
  --url "http://127.0.0.1:$port" --pid "$pid" --conversations 16 --warmup 8 --duration $((total - 4)) \
  --turns bench/crampbot.turns.json >"$work/load.txt" 2>&1 &
load=$!
sleep "$warmup"
perf record -F 499 -g -p "$pid" -o "$work/perf.data" -- sleep "$seconds" 2>/dev/null >&2
dotnet-counters collect -p "$pid" --counters System.Runtime --format csv -o "$work/counters.csv" --refresh-interval 5 \
  --duration 00:00:00:12 >/dev/null 2>&1 || true
wait $load || true
# KEEP_PERF=1 keeps the samples as OUT_PREFIX.perf.data for other perf report views.
[ -n "${KEEP_PERF:-}" ] && cp "$work/perf.data" "$out.perf.data"
# The report cuts perf's output short (head): a closed pipe there is not a failure.
set +o pipefail
{
  echo "# CPU profile: ${PUBLISHED:-$(git rev-parse --short HEAD)}${SERVER_ENV:+ ($SERVER_ENV)}, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  grep '^RESULT' "$work/load.txt"
  # turns/s of the run and allocation rate of one 5 s counter window -> bytes per turn
  tps=$(grep -o 'tps=[0-9]*' "$work/load.txt" | cut -d= -f2)
  alloc=$(grep 'total_allocated' "$work/counters.csv" | tail -1 | awk -F, '{print $NF}')
  if [ -n "$alloc" ] && [ -n "$tps" ] && [ "$tps" -gt 0 ]; then
    echo "allocated per turn: $((alloc / 5 / tps / 1024)) KB (dotnet.gc.heap.total_allocated $alloc B per 5 s at ~$tps turns/s)"
  fi
  echo; echo "## where the CPU goes: each sample given to the owner of the frame nearest its leaf (bench/profile-buckets.txt)"
  perf script -i "$work/perf.data" -F comm,tid,ip,sym 2>/dev/null >"$work/perf.script"
  python3 bench/profile-buckets.py "$work/perf.script" bench/profile-buckets.txt
  echo; echo "## self, by module (on-CPU samples of the server process)"
  perf report -i "$work/perf.data" --no-children --sort dso --stdio -g none --percent-limit 0.5 2>/dev/null | grep -v '^#' | grep -v '^$' | head -20
  echo; echo "## self, by function"
  perf report -i "$work/perf.data" --no-children --sort symbol --stdio -g none --percent-limit 0.4 2>/dev/null | grep -v '^#' | grep -v '^$' | head -45
  echo; echo "## inclusive"
  perf report -i "$work/perf.data" --children --sort symbol --stdio -g none --percent-limit 3 2>/dev/null | grep -v '^#' | grep -v '^$' | grep -v '\] 0x0000' | head -70
  # The app's own frames (async plumbing left out), each method's tiers (QuickJitted, OptimizedTier1 …) added up,
  # names shortened to Type::Method: where a turn's CPU goes, inclusive.
  echo; echo "## inclusive, CrampBot frames"
  perf report -i "$work/perf.data" --children --sort symbol --stdio -g none --percent-limit 0.3 2>/dev/null \
    | grep '\[CrampBot' | grep -v 'MoveNext\|AsyncMethodBuilder\|<>c__DisplayClass' \
    | sed -E 's/\[[A-Za-z0-9]+\]( *- *-)? *$//; s/\(.*$//; s/^ *([0-9.]+)%.* ([^ ]+::[^ ]+)$/\1 \2/' \
    | awk '{ share[$2] += $1 } END { for (m in share) printf "%6.2f%%  %s\n", share[m], m }' | sort -rn | head -45
} >"$out.txt"
cat "$out.txt"

#!/usr/bin/env bash
# Benchmark: starts CrampBot (Release, SQLite state in a temp file) on 127.0.0.1:3979 and drives it with
# CrampBot.Bench. Speed is measured here, never by timed assertions in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
state=$(mktemp -d)
dotnet build -c Release CrampBot/CrampBot.csproj -v q -nologo >/dev/null
dotnet build -c Release bench/CrampBot.Bench/CrampBot.Bench.csproj -v q -nologo >/dev/null
Storage__SqlitePath="$state/bench.db" Logging__LogLevel__Default=Warning \
  dotnet CrampBot/bin/Release/net10.0/CrampBot.dll --urls http://127.0.0.1:3979 >"$state/bot.log" 2>&1 &
bot=$!
trap 'kill $bot 2>/dev/null; rm -rf "$state"' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:3979/healthz >/dev/null && break; sleep 0.5; done
dotnet bench/CrampBot.Bench/bin/Release/net10.0/CrampBot.Bench.dll --url http://127.0.0.1:3979 "$@"

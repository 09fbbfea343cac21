#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")"

# Node packages the tests run (pinned by each folder's package-lock.json), installed when missing:
# the official adaptivecards parser (card tests) and Ajv with Microsoft's Teams manifest schemas (deployment tests).
# Azurite (the Blob storage tests start azurite-blob themselves) is added after them.
npm_install_if_missing() {
  if [ ! -e "$1/node_modules/$2" ]; then
    (cd "$1" && npm ci --no-audit --no-fund)
  fi
}
npm_install_if_missing CrampBot.Tests/CardValidation adaptivecards
npm_install_if_missing DeploymentTemplates/tools @microsoft/app-manifest
npm_install_if_missing CrampBot.Tests/Azurite azurite

# The web chat widget serves the official Web Chat bundle from npm (pinned by CrampBot/webchat/package-lock.json);
# the build installs it too, but installing here keeps npm's output out of the test log.
if [ ! -f CrampBot/webchat/node_modules/botframework-webchat/dist/webchat.js ]; then
  (cd CrampBot/webchat && npm ci --no-audit --no-fund --ignore-scripts)
fi

# The widget's end-to-end tests drive Debian's Chromium (Playwright's own browser download cannot work here).
if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# The Redis store's tests start their own Debian redis-server (a free loopback port, no persistence).
if [ ! -x /usr/bin/redis-server ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server
fi

# One trx a test project (a fixed LogFileName would keep only the last project's): TestResults/results_*.trx.
rm -f TestResults/results*.trx
set +e
dotnet test CrampBot.sln -c Release --logger "trx;LogFilePrefix=results" --results-directory TestResults "$@" | tee TestResults.log
status=${PIPESTATUS[0]}
set -e

# A plain closing line CI can read: "N passed, N failed, N skipped", summed over the test projects.
summary=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' TestResults.log \
  | sed -E 's/Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+)/\1 \2 \3/' \
  | awk '{ f += $1; p += $2; s += $3; n++ } END { if (n) print p " passed, " f " failed, " s " skipped" }' || true)
if [ -n "$summary" ]; then
  echo "$summary"
fi
exit "$status"

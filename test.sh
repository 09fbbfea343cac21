#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")"

# Teams manifest validation (CrampBot.Tests/Deployment) needs Ajv and Microsoft's schemas from npm.
if [ ! -d DeploymentTemplates/tools/node_modules/@microsoft/app-manifest ]; then
  (cd DeploymentTemplates/tools && npm ci --no-audit --no-fund)
fi

dotnet test CrampBot.sln -c Release --logger "trx;LogFileName=results.trx" --results-directory TestResults "$@" | tee TestResults.log
status=${PIPESTATUS[0]}

# A plain closing line CI can read: "N passed, N failed".
summary=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' TestResults.log | tail -n 1 || true)
if [ -n "$summary" ]; then
  failed=$(echo "$summary" | sed -E 's/Failed: +([0-9]+).*/\1/')
  passed=$(echo "$summary" | sed -E 's/.*Passed: +([0-9]+).*/\1/')
  skipped=$(echo "$summary" | sed -E 's/.*Skipped: +([0-9]+).*/\1/')
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
fi
exit "$status"

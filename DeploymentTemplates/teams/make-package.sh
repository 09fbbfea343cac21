#!/usr/bin/env bash
# Writes the Teams app package: make-package.sh APP_ID DOMAIN [OUT.zip]
# APP_ID must be the bot's Microsoft App ID (a GUID), DOMAIN the web app's bare host name.
# The work (validation, placeholder filling, zipping) is in make_package.py, standard library only;
# see its header for the optional environment variables (TEAMS_APP_ID, BOT_SHORT_NAME, CLINIC_*).
set -euo pipefail
exec python3 "$(dirname "$0")/make_package.py" "$@"

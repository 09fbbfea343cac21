#!/usr/bin/env python3
"""Builds the Teams app package (a zip with manifest.json, color.png and outline.png at its root).

Usage: make_package.py APP_ID DOMAIN [OUT.zip]
  APP_ID   the bot's Microsoft App ID (a GUID): the managed identity's client id or the app registration's id.
  DOMAIN   the web app's host name, e.g. crampbot-abc123.azurewebsites.net (no scheme, no path, no port).
  OUT.zip  where to write the package (default: build/crampbot-teams.zip next to this script).

Optional environment variables (each validated; defaults in brackets):
  TEAMS_APP_ID        the Teams app's own id [APP_ID]
  BOT_SHORT_NAME      the name people see in Teams, at most 30 characters [CrampBot]
  CLINIC_NAME         the developer shown in the Teams store entry, at most 32 characters [CrampBot clinic]
  CLINIC_WEBSITE_URL  https URL of the clinic's site [https://DOMAIN/]
  CLINIC_PRIVACY_URL  https URL of the privacy notice [https://DOMAIN/privacy]
  CLINIC_TERMS_URL    https URL of the terms of use [https://DOMAIN/terms]

Exit codes: 0 written; 2 bad arguments or a manifest template that cannot be filled.
"""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# A DNS label: letters, digits and inner hyphens, 1-63 characters.
LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
# An https URL without spaces, quotes or angle brackets (they would end up in JSON shown by Teams).
HTTPS_URL = re.compile(r"^https://[^\s\"'<>]+$")
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
PACKAGE_FILES = ("color.png", "outline.png")
# Zip entries get a fixed timestamp so the same inputs always give byte-identical packages.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class UsageError(Exception):
    pass


def check_guid(name, value):
    if not GUID.match(value):
        raise UsageError(f"{name} must be a GUID like 00000000-0000-0000-0000-000000000000, got '{value}'")
    if set(value.replace("-", "")) == {"0"}:
        raise UsageError(f"{name} must be a real app id, not the all-zero GUID")
    return value.lower()


def check_domain(value):
    domain = value.lower().rstrip(".")
    if "://" in domain or "/" in domain or ":" in domain:
        raise UsageError(f"DOMAIN must be a bare host name such as crampbot.azurewebsites.net (no scheme, path or port), got '{value}'")
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not all(LABEL.match(label) for label in labels):
        raise UsageError(f"DOMAIN is not a valid host name: '{value}'")
    if labels[-1].isdigit():
        raise UsageError(f"DOMAIN must be a host name, not an IP address: '{value}'")
    return domain


def check_text(name, value, max_length):
    if not value.strip() or len(value) > max_length or any(ord(c) < 32 for c in value):
        raise UsageError(f"{name} must be 1-{max_length} printable characters, got '{value}'")
    return value


def check_url(name, value):
    if not HTTPS_URL.match(value) or len(value) > 2048:
        raise UsageError(f"{name} must be an https:// URL, got '{value}'")
    return value


def placeholder_values(app_id, domain, env):
    return {
        "MICROSOFT_APP_ID": app_id,
        "TEAMS_APP_ID": check_guid("TEAMS_APP_ID", env.get("TEAMS_APP_ID", app_id)),
        "BOT_DOMAIN": domain,
        "BOT_SHORT_NAME": check_text("BOT_SHORT_NAME", env.get("BOT_SHORT_NAME", "CrampBot"), 30),
        "CLINIC_NAME": check_text("CLINIC_NAME", env.get("CLINIC_NAME", "CrampBot clinic"), 32),
        "CLINIC_WEBSITE_URL": check_url("CLINIC_WEBSITE_URL", env.get("CLINIC_WEBSITE_URL", f"https://{domain}/")),
        "CLINIC_PRIVACY_URL": check_url("CLINIC_PRIVACY_URL", env.get("CLINIC_PRIVACY_URL", f"https://{domain}/privacy")),
        "CLINIC_TERMS_URL": check_url("CLINIC_TERMS_URL", env.get("CLINIC_TERMS_URL", f"https://{domain}/terms")),
    }


def fill_manifest(template, values):
    """Replaces every {{NAME}} with its JSON-escaped value; an unknown placeholder is an error."""
    unknown = sorted(set(PLACEHOLDER.findall(template)) - values.keys())
    if unknown:
        raise UsageError(f"manifest.json has placeholders this script does not know: {', '.join(unknown)}")
    filled = PLACEHOLDER.sub(lambda m: json.dumps(values[m.group(1)])[1:-1], template)
    # Parse to be sure the result is still JSON, then write it back compactly formatted for Teams.
    return json.dumps(json.loads(filled), indent=2, ensure_ascii=False) + "\n"


def write_package(out_path, manifest_text):
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("manifest.json", FIXED_ZIP_TIME), manifest_text.encode("utf-8"), zipfile.ZIP_DEFLATED)
        for name in PACKAGE_FILES:
            with open(os.path.join(HERE, name), "rb") as icon:
                package.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), icon.read(), zipfile.ZIP_DEFLATED)


def main(argv, env):
    if len(argv) not in (2, 3):
        raise UsageError("usage: make-package.sh APP_ID DOMAIN [OUT.zip]")
    app_id = check_guid("APP_ID", argv[0])
    domain = check_domain(argv[1])
    out_path = argv[2] if len(argv) == 3 else os.path.join(HERE, "build", "crampbot-teams.zip")
    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as template:
        manifest_text = fill_manifest(template.read(), placeholder_values(app_id, domain, env))
    write_package(out_path, manifest_text)
    print(f"wrote {out_path} (app id {app_id}, domain {domain})")


if __name__ == "__main__":
    try:
        main(sys.argv[1:], os.environ)
    except UsageError as error:
        print(f"make-package: {error}", file=sys.stderr)
        sys.exit(2)

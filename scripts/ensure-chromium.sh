#!/usr/bin/env bash
# The `report sla --html` test renders the page in headless Chromium (Debian's `chromium` package) to a
# PNG. Install it when it is missing; the test is skipped nowhere, so a machine without it fails loudly.
set -euo pipefail
CHROMIUM_BIN="${CHROMIUM_BIN:-}"
if [ -n "$CHROMIUM_BIN" ] && [ -x "$CHROMIUM_BIN" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing chromium (Debian package) for the report rendering test" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: Chromium is missing. Install it with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium" >&2
exit 1

#!/usr/bin/env bash
# The PostgreSQL store tests run against a real PostgreSQL server (Debian's postgresql package), a
# throwaway cluster started on loopback by the test setup (tests/integration/support/postgres.ts).
# Install it when it is missing; the Debian service itself is never started.
set -euo pipefail
if [ -n "${POSTGRES_BIN_DIR:-}" ] && [ -x "$POSTGRES_BIN_DIR/postgres" ]; then exit 0; fi
if compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgres: installing postgresql (Debian package) for the PostgreSQL store tests" >&2
  apt-get update -qq
  # A policy-rc.d that says 101 keeps the package from starting its own cluster as a service (which
  # would stay running in the background); one already there is left as it is.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && guard=yes
  fi
  status=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null || status=$?
  if [ -n "$guard" ]; then rm -f /usr/sbin/policy-rc.d; fi
  exit "$status"
fi
echo "ensure-postgres: PostgreSQL is missing. Install it with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql" >&2
exit 1

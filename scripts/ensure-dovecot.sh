#!/usr/bin/env bash
# The mailbox tests run against a real Dovecot IMAP server (Debian's dovecot-imapd), started on
# loopback by the test setup with a throwaway config. Install it when it is missing.
set -euo pipefail
DOVECOT_BIN="${DOVECOT_BIN:-/usr/sbin/dovecot}"
if [ -x "$DOVECOT_BIN" ] || command -v dovecot >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-dovecot: installing dovecot-imapd (Debian package) for the mailbox tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
  exit 0
fi
echo "ensure-dovecot: Dovecot is missing. Install it with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dovecot-imapd" >&2
exit 1

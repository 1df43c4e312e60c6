#!/bin/sh
# Runs a caseline command the way the service runs: as the caseline user, with the settings of
# /etc/caseline/caseline.env and the service's data directory, so `doctor`, `backup`, `restore`,
# `directory import` and the rest act on the bot's own database. Install it once:
#   ln -s /opt/caseline/deploy/caseline-admin.sh /usr/local/bin/caseline-admin
# then, for example:  sudo caseline-admin doctor
set -eu
env_file=${CASELINE_ENV_FILE:-/etc/caseline/caseline.env}
data=${CASELINE_DATA:-/var/lib/caseline}
caseline=${CASELINE_BIN:-/opt/caseline/dist/caseline.js}
if [ "$(id -u)" = 0 ] && id caseline >/dev/null 2>&1; then
  exec runuser -u caseline -- env CASELINE_ENV_FILE="$env_file" CASELINE_DATA="$data" CASELINE_BIN="$caseline" \
    sh "$0" "$@"
fi
if [ -r "$env_file" ]; then
  set -a
  . "$env_file"
  set +a
fi
export NODE_ENV=production CASELINE_DB="$data/caseline.db" ATTACHMENT_DIR="$data/attachments"
exec node "$caseline" "$@"

#!/bin/sh
# One backup run (deploy/caseline-backup.service): the database as a dated, self-contained file; the
# attachments copied into a mirror (they never change once written, so only new ones are copied);
# database backups older than KEEP_DAYS removed. Exits non-zero on any failure, so the unit fails and
# shows in `systemctl --failed` and in the caseline_last_backup_timestamp_seconds alert.
# On PostgreSQL (DATABASE_URL in caseline.env) the same run writes pg_dump's custom format, named .pgdump.
set -eu
dest=${BACKUP_DIR:-/var/backups/caseline}
keep=${KEEP_DAYS:-14}
caseline=${CASELINE_BIN:-/opt/caseline/dist/caseline.js}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
ext=db
if [ -n "${DATABASE_URL:-}" ]; then ext=pgdump; fi
mkdir -p "$dest/attachments"
node "$caseline" backup "$dest/caseline-$stamp.$ext"
if [ -d "${ATTACHMENT_DIR:-}" ]; then
  cp -a -u "$ATTACHMENT_DIR/." "$dest/attachments/"
fi
find "$dest" -maxdepth 1 \( -name 'caseline-*.db' -o -name 'caseline-*.pgdump' \) -mtime +"$keep" -delete

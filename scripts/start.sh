#!/usr/bin/env bash
# `npm start`: runs the portal in production mode on its embedded SQLite database with
# demo data, on a fresh clone. Steps: install dependencies if needed, create .env (with
# random secrets) if missing, apply migrations, seed when there are no users, build when
# the sources changed since the last build, then exec `next start` on $PORT (3000).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$QKT_ROOT/scripts/lib/ensure-deps.sh"
source "$QKT_ROOT/scripts/lib/env.sh"
source "$QKT_ROOT/scripts/lib/build.sh"
cd "$QKT_ROOT"

qkt_ensure_deps
qkt_ensure_env_file
qkt_load_dotenv

export DATABASE_URL="${DATABASE_URL:-file:./data/portal.db}"
export PORT="${PORT:-3000}"
export NEXT_TELEMETRY_DISABLED=1
if [[ "${NEXTAUTH_URL:-}" == "http://localhost:3000" && "$PORT" != 3000 ]]; then
  export NEXTAUTH_URL="http://localhost:$PORT"
  qkt_log "NEXTAUTH_URL set to $NEXTAUTH_URL to match PORT"
fi

# Migrations and seeding write to the database: in SQLite mode run them before the
# server starts, never beside it (one writer; shared/notes/toolchain-offline.md).
qkt_log "applying migrations ($(qkt_redact_url "$DATABASE_URL"))"
qkt_db_task migrate
users="$(qkt_db_task user-count)"
if [[ "$users" == 0 ]]; then
  qkt_seed
else
  qkt_log "database has $users user(s): not seeding"
fi

qkt_ensure_build

qkt_log "starting 黔跨通 on http://localhost:$PORT"
exec "$QKT_ROOT/node_modules/.bin/next" start -p "$PORT"

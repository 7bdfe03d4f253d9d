#!/usr/bin/env bash
# Playwright's webServer (playwright.config.ts), also used by scripts/bench/bundle-size.ts:
# a production server on a FRESH, migrated, seeded database.
#   database: E2E_DATABASE_URL if set; else database "qkt_e2e" on the server of a
#             PostgreSQL DATABASE_URL; else file:./data/e2e.db. It is emptied first.
#   port:     E2E_PORT (default 3100)
#   E2E_KEEP_DATABASE=1 serves E2E_DATABASE_URL as it is (no emptying, migrating or seeding):
#             a second app process on the same PostgreSQL database (bench:booking's workers).
#   E2E_CPU_PROF_DIR writes a V8 CPU profile of the server there when it stops (node --cpu-prof).
# Builds first when the sources changed (same stamp as `npm start`), then execs
# `next start`. Secrets come from the environment or fixed test values; .env is not needed.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$QKT_ROOT/scripts/lib/build.sh"
cd "$QKT_ROOT"

port="${E2E_PORT:-3100}"

[[ -x node_modules/.bin/next ]] || qkt_die "node_modules missing: run npm test (or npm ci) first"

if [[ "${E2E_KEEP_DATABASE:-0}" == 1 ]]; then
  [[ -n "${E2E_DATABASE_URL:-}" ]] || qkt_die "E2E_KEEP_DATABASE=1 needs E2E_DATABASE_URL"
  export DATABASE_URL="$E2E_DATABASE_URL"
else
  qkt_log "e2e: preparing a fresh database"
  e2e_url="$(qkt_db_task fresh-e2e)"
  export DATABASE_URL="$e2e_url"
fi
qkt_log "e2e: database $(qkt_redact_url "$DATABASE_URL")"

export NODE_ENV=production
export NEXT_TELEMETRY_DISABLED=1
export PORT="$port"
export NEXTAUTH_URL="http://localhost:$port"
export ALLOW_DEMO_ACCOUNTS=1
# Fixed, public test values (the database is throwaway); the real environment wins.
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-e2e-nextauth-secret-not-for-production-0000}"
export FIELD_ENCRYPTION_KEY="${FIELD_ENCRYPTION_KEY:-ZTJlLWZpZWxkLWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=}"
export LOOKUP_HASH_KEY="${LOOKUP_HASH_KEY:-ZTJlLWxvb2t1cC1oYXNoLWtleS1vZi0zMi1ieXRlcyE=}"
export STORAGE_DRIVER=local
if [[ -n "${E2E_STORAGE_DIR:-}" ]]; then
  export STORAGE_DIR="$E2E_STORAGE_DIR"
else
  export STORAGE_DIR=./data/e2e-uploads
  rm -rf "$QKT_ROOT/data/e2e-uploads"
fi
mkdir -p "$STORAGE_DIR"

if [[ "${E2E_KEEP_DATABASE:-0}" != 1 ]]; then
  qkt_db_task migrate
  qkt_seed
fi
qkt_ensure_build

qkt_log "e2e: next start on http://localhost:$port"
if [[ -n "${E2E_CPU_PROF_DIR:-}" ]]; then
  exec node --cpu-prof --cpu-prof-dir="$E2E_CPU_PROF_DIR" "$QKT_ROOT/node_modules/next/dist/bin/next" start -p "$port"
fi
exec "$QKT_ROOT/node_modules/.bin/next" start -p "$port"

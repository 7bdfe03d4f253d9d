# shellcheck shell=bash
# Shared helpers for scripts/*.sh. Source it; it defines functions and QKT_ROOT only.

QKT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export QKT_ROOT

qkt_log() { printf '[qkt] %s\n' "$*" >&2; }
qkt_warn() { printf '[qkt] WARNING: %s\n' "$*" >&2; }
qkt_die() { printf '[qkt] ERROR: %s\n' "$*" >&2; exit 1; }
qkt_banner() {
  printf '\n\033[1m==> %s\033[0m\n' "$*" >&2
}

# Loads KEY=VALUE lines from dotenv files without overriding variables that are already
# set (the same precedence Next.js uses: the real environment wins). Files are read in
# Next's production order, so the first file that sets a key wins: .env.production.local,
# .env.local, .env.production, .env. No variable expansion; surrounding quotes are removed.
qkt_load_dotenv() {
  local file line key value
  for file in "$QKT_ROOT/.env.production.local" "$QKT_ROOT/.env.local" "$QKT_ROOT/.env.production" "$QKT_ROOT/.env"; do
    [[ -f "$file" ]] || continue
    while IFS= read -r line || [[ -n "$line" ]]; do
      line="${line%$'\r'}"
      [[ "$line" =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)[[:space:]]*=(.*)$ ]] || continue
      key="${BASH_REMATCH[2]}"
      value="${BASH_REMATCH[3]}"
      value="${value#"${value%%[![:space:]]*}"}"   # trim leading space
      if [[ "$value" =~ ^\"(.*)\"[[:space:]]*(#.*)?$ ]] || [[ "$value" =~ ^\'(.*)\'[[:space:]]*(#.*)?$ ]]; then
        value="${BASH_REMATCH[1]}"
      else
        value="${value%%[[:space:]]#*}"              # strip trailing comment
        value="${value%"${value##*[![:space:]]}"}"   # trim trailing space
      fi
      if [[ -z "${!key+x}" ]]; then
        export "$key=$value"
      fi
    done <"$file"
  done
}

# Runs a TypeScript entry with the project's tsx (no npx lookup, no network).
qkt_tsx() {
  "$QKT_ROOT/node_modules/.bin/tsx" "$@"
}

# Runs scripts/lib/db-task.ts (migrate | user-count | reset-sqlite | recreate-pg | url-for ...).
qkt_db_task() {
  qkt_tsx "$QKT_ROOT/scripts/lib/db-task.ts" "$@"
}

# Seeds the database named by DATABASE_URL with prisma/seed.ts (idempotent).
qkt_seed() {
  if [[ ! -f "$QKT_ROOT/prisma/seed.ts" ]]; then
    qkt_warn "prisma/seed.ts not found: database left without demo data"
    return 0
  fi
  qkt_log "seeding demo data ($(qkt_redact_url "$DATABASE_URL"))"
  # The seed uses the app's server modules, which import "server-only"; that package is
  # empty only under the react-server condition (as inside Next's server bundle).
  (cd "$QKT_ROOT" && qkt_tsx --conditions=react-server prisma/seed.ts)
}

# Prints a database URL without its password.
qkt_redact_url() {
  printf '%s' "$1" | sed -E 's#(://[^:/@]+):[^@/]*@#\1:***@#'
}

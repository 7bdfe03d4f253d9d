# shellcheck shell=bash
# Sourced by scripts/start.sh and scripts/test.sh: makes node_modules match package-lock.json.
#   - `npm ci` (with install scripts) when node_modules is missing or package-lock.json is
#     newer than node_modules/.package-lock.json (npm's record of the last install); when
#     npm ci calls the lock file out of sync only because this network's registry lacks
#     other platforms' optional packages, `npm install` instead (same locked versions);
#   - `npm rebuild better-sqlite3` when its native binding is missing or does not load;
#   - regenerates the Prisma clients (postinstall) when prisma/schema changed since the
#     last generation or src/generated is missing.
# Set QKT_SKIP_DEPS=1 to skip all of it.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

qkt_npm_quiet=(--no-audit --no-fund --loglevel=error)

qkt_sqlite_binding_ok() {
  [[ -f "$QKT_ROOT/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]] || return 1
  (cd "$QKT_ROOT" && node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()" >/dev/null 2>&1)
}

qkt_schema_hash() {
  cat "$QKT_ROOT"/prisma/schema/*.prisma "$QKT_ROOT"/scripts/db/providers.ts "$QKT_ROOT"/scripts/db/generate.ts 2>/dev/null \
    | sha256sum | cut -d' ' -f1
}

qkt_ensure_deps() {
  if [[ "${QKT_SKIP_DEPS:-}" == 1 ]]; then return 0; fi
  cd "$QKT_ROOT" || return 1
  command -v npm >/dev/null || qkt_die "npm not found: install Node.js >= 20.19"

  local reason=""
  if [[ ! -d node_modules ]]; then
    reason="node_modules is missing"
  elif [[ ! -f node_modules/.package-lock.json ]]; then
    reason="node_modules has no install record"
  elif [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    reason="package-lock.json changed since the last install"
  fi
  if [[ -n "$reason" ]]; then
    qkt_log "installing dependencies: $reason (npm ci)"
    # --ignore-scripts=false: better-sqlite3 must compile its native binding and
    # postinstall generates the Prisma clients, whatever the user's npmrc says.
    local log
    log="$(mktemp)"
    if ! npm ci --ignore-scripts=false "${qkt_npm_quiet[@]}" >"$log" 2>&1; then
      if grep -q 'can only install packages when your package.json and package-lock.json' "$log"; then
        # The registry reachable here lacks other platforms' optional packages (e.g.
        # @next/swc-darwin-*), so a lock file written here misses them and `npm ci` calls it
        # out of sync. `npm install` keeps the locked versions and installs the same tree.
        qkt_log "npm ci refused the lock file (other platforms' optional packages missing); using npm install"
        if ! npm install --ignore-scripts=false "${qkt_npm_quiet[@]}" >"$log" 2>&1; then
          cat "$log" >&2
          rm -f "$log"
          qkt_die "npm install failed"
        fi
      else
        cat "$log" >&2
        rm -f "$log"
        qkt_die "npm ci failed"
      fi
    fi
    grep -E '^(added|removed|changed|up to date)' "$log" | sed 's/^/[qkt] npm: /' >&2 || true
    rm -f "$log"
    # npm ci leaves .package-lock.json older than a lock file touched in the future; align.
    touch node_modules/.package-lock.json
    # postinstall has just generated the Prisma clients.
    mkdir -p node_modules/.cache/qkt
    qkt_schema_hash >node_modules/.cache/qkt/prisma-schema-stamp
    qkt_log "dependencies installed"
  fi

  if ! qkt_sqlite_binding_ok; then
    qkt_log "better-sqlite3 native binding missing or broken: npm rebuild better-sqlite3"
    npm rebuild better-sqlite3 --ignore-scripts=false "${qkt_npm_quiet[@]}" >&2 \
      || qkt_die "npm rebuild better-sqlite3 failed (needs python3, make and g++)"
    qkt_sqlite_binding_ok || qkt_die "better-sqlite3 still does not load after rebuild"
  fi

  local stamp_file="node_modules/.cache/qkt/prisma-schema-stamp" hash
  hash="$(qkt_schema_hash)"
  if [[ ! -f src/generated/sqlite/client.ts || ! -f src/generated/postgresql/client.ts \
        || ! -f "$stamp_file" || "$(cat "$stamp_file")" != "$hash" ]]; then
    qkt_log "generating Prisma clients (prisma/schema changed)"
    local genlog
    genlog="$(mktemp)"
    if ! npm run --silent prisma:generate >"$genlog" 2>&1; then
      cat "$genlog" >&2
      rm -f "$genlog"
      qkt_die "Prisma client generation failed"
    fi
    rm -f "$genlog"
    mkdir -p "$(dirname "$stamp_file")"
    printf '%s' "$hash" >"$stamp_file"
  fi
}

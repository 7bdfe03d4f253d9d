# shellcheck shell=bash
# Sourced by scripts/start.sh and scripts/e2e-server.sh: `next build` only when needed.
# A build is reused when .next/BUILD_ID exists and .next/qkt-build-stamp matches the
# current stamp: a hash of git HEAD plus the uncommitted state (status, diff and untracked
# file contents) of every build input. Outside a git checkout the inputs' contents are
# hashed instead. QKT_FORCE_BUILD=1 always builds.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# Everything `next build` reads from the tree (superset of src/ locales/ public/
# next.config.ts package-lock.json).
QKT_BUILD_INPUTS=(src locales public next.config.ts package-lock.json package.json tsconfig.json
  postcss.config.mjs prisma/schema)

qkt_build_stamp() {
  (
    cd "$QKT_ROOT" || exit 1
    local inputs=() p
    for p in "${QKT_BUILD_INPUTS[@]}"; do [[ -e "$p" ]] && inputs+=("$p"); done
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
      {
        git rev-parse HEAD 2>/dev/null || echo no-head
        git status --porcelain --untracked-files=all -- "${inputs[@]}"
        git diff HEAD --no-ext-diff --binary -- "${inputs[@]}" 2>/dev/null
        git ls-files --others --exclude-standard -z -- "${inputs[@]}" | xargs -0 -r sha256sum
      } | sha256sum | cut -d' ' -f1
    else
      find "${inputs[@]}" -type f -not -path 'src/generated/*' -print0 | sort -z | xargs -0 -r sha256sum \
        | sha256sum | cut -d' ' -f1
    fi
  )
}

# Builds unless a matching build exists. Runs with the caller's environment (next build
# reads .env itself; variables already exported win).
qkt_ensure_build() {
  cd "$QKT_ROOT" || return 1
  local stamp
  stamp="$(qkt_build_stamp)"
  if [[ "${QKT_FORCE_BUILD:-}" != 1 && -f .next/BUILD_ID && -f .next/qkt-build-stamp \
        && "$(cat .next/qkt-build-stamp)" == "$stamp" ]]; then
    qkt_log "production build is up to date ($(cat .next/BUILD_ID))"
    return 0
  fi
  qkt_log "building for production (next build; a few minutes on 2 cores)"
  local started=$SECONDS
  rm -f .next/qkt-build-stamp
  NEXT_TELEMETRY_DISABLED=1 "$QKT_ROOT/node_modules/.bin/next" build >&2 || qkt_die "next build failed"
  [[ -f .next/BUILD_ID ]] || qkt_die "next build finished without .next/BUILD_ID"
  printf '%s\n' "$stamp" >.next/qkt-build-stamp
  qkt_log "build done in $((SECONDS - started))s"
}

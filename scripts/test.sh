#!/usr/bin/env bash
# `npm test`: installs what the tests need (npm dependencies, Chromium, CJK fonts), then
# runs lint, typecheck, unit, integration and end-to-end tests in that order, stopping at
# the first failure. The integration suite uses a throwaway database (temp SQLite file, or
# a qkt_it_* database when DATABASE_URL/TEST_DATABASE_URL is PostgreSQL); the end-to-end
# suite uses data/e2e.db (or database qkt_e2e). data/portal.db is never touched.
# QKT_REPORT_DIR=<dir> also writes JSON results there (used by .ci/run for its summary).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$QKT_ROOT/scripts/lib/ensure-deps.sh"
source "$QKT_ROOT/scripts/lib/browsers.sh"
cd "$QKT_ROOT"
export NEXT_TELEMETRY_DISABLED=1

current_step=""
on_exit() {
  local rc=$?
  if ((rc != 0)) && [[ -n "$current_step" ]]; then
    printf '\n\033[1;31m==> FAILED: %s (exit %d)\033[0m\n' "$current_step" "$rc" >&2
  fi
}
trap on_exit EXIT

step() {
  current_step="$1"
  shift
  qkt_banner "$current_step"
  local started=$SECONDS
  "$@"
  qkt_log "$current_step: ok ($((SECONDS - started))s)"
}

vitest_report_args() {
  if [[ -n "${QKT_REPORT_DIR:-}" ]]; then
    mkdir -p "$QKT_REPORT_DIR"
    printf '%s\n' -- --reporter=default --reporter=json "--outputFile.json=$QKT_REPORT_DIR/$1.json"
  fi
}

step "dependencies" qkt_ensure_deps
step "browser and fonts" qkt_ensure_browser
step "lint" npm run --silent lint
step "typecheck" npm run --silent typecheck
mapfile -t unit_args < <(vitest_report_args unit)
step "unit tests" npm run --silent test:unit "${unit_args[@]}"
mapfile -t it_args < <(vitest_report_args integration)
step "integration tests" npm run --silent test:integration "${it_args[@]}"
step "end-to-end tests" npm run --silent test:e2e
current_step=""
printf '\n\033[1;32m==> all checks passed\033[0m\n' >&2

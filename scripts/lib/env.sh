# shellcheck shell=bash
# Sourced by scripts/start.sh: creates .env from .env.example on first run.
# Every variable whose comment block contains "[secret]" and whose value is empty gets
# base64 of 32 random bytes (Node's crypto). An existing .env is never modified.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

qkt_random_secret() {
  node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))"
}

qkt_ensure_env_file() {
  local example="$QKT_ROOT/.env.example" target="$QKT_ROOT/.env"
  [[ -f "$target" ]] && return 0
  [[ -f "$example" ]] || qkt_die ".env and .env.example are both missing"
  local tmp line secret_block=0 generated=()
  tmp="$(mktemp "$QKT_ROOT/.env.XXXXXX")"
  chmod 600 "$tmp"
  while IFS= read -r line || [[ -n "$line" ]]; do
    if [[ "$line" =~ ^[[:space:]]*$ ]]; then
      secret_block=0
    elif [[ "$line" =~ ^[[:space:]]*# ]]; then
      [[ "$line" == *"[secret]"* ]] && secret_block=1
    elif [[ "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=[[:space:]]*$ ]] && ((secret_block)); then
      line="${BASH_REMATCH[1]}=$(qkt_random_secret)"
      generated+=("${BASH_REMATCH[1]}")
    fi
    printf '%s\n' "$line" >>"$tmp"
  done <"$example"
  mv "$tmp" "$target"
  qkt_log "created .env from .env.example (generated ${generated[*]:-no secrets})"
}

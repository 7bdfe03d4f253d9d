# shellcheck shell=bash
# Sourced by scripts/test.sh: Debian's Chromium (Playwright cannot download its own
# browsers on this network) and CJK fonts, so pages in Chinese render as text, not boxes.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

QKT_CHROMIUM="${QKT_CHROMIUM:-/usr/bin/chromium}"

qkt_have_cjk_fonts() {
  command -v fc-list >/dev/null 2>&1 || return 1
  # No `fc-list | grep -q`: grep -q exits at the first match, fc-list then dies of SIGPIPE
  # and under `set -o pipefail` the check fails at random.
  local families
  families="$(fc-list : family 2>/dev/null || true)"
  [[ "${families,,}" == *"noto sans cjk"* ]]
}

qkt_ensure_browser() {
  if [[ -x "$QKT_CHROMIUM" ]] && qkt_have_cjk_fonts; then return 0; fi
  local packages=(chromium fonts-noto-cjk fontconfig)
  if [[ "$(id -u)" != 0 ]]; then
    qkt_die "end-to-end tests need Chromium at $QKT_CHROMIUM and the Noto Sans CJK fonts. Install them with:
    sudo apt-get update && sudo apt-get install -y ${packages[*]}"
  fi
  qkt_log "installing ${packages[*]} (apt-get)"
  local log
  log="$(mktemp)"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    rm -f "$log"
    qkt_die "apt-get install ${packages[*]} failed"
  fi
  rm -f "$log"
  [[ -x "$QKT_CHROMIUM" ]] || qkt_die "chromium installed but $QKT_CHROMIUM is missing"
  qkt_have_cjk_fonts || qkt_die "fonts-noto-cjk installed but fc-list does not list Noto Sans CJK"
  qkt_log "$("$QKT_CHROMIUM" --version 2>/dev/null || echo chromium) ready"
}

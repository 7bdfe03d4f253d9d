# shellcheck shell=bash
# Sourced by .ci/run: makes a local PostgreSQL server answer on 127.0.0.1:$QKT_PG_PORT
# (5432) with a superuser role for the current user reachable without a password.
#   1. not installed (no pg_ctlcluster or no cluster): apt-get install postgresql (root);
#   2. not answering: start the Debian clusters configured for that port
#      (pg_ctlcluster --skip-systemctl-redirect <version> <name> start);
#   3. role missing: su postgres -c "createuser -s <user>";
#   4. password refused (a fresh Debian install uses scram for TCP): trust for
#      127.0.0.1/::1 in that cluster's pg_hba.conf, then reload. Test machines only.
# Prints nothing on stdout; sets QKT_PG_URL=postgresql://<user>@127.0.0.1:<port>/postgres.

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

QKT_PG_PORT="${QKT_PG_PORT:-5432}"

qkt_pg_ready() { pg_isready -h 127.0.0.1 -p "$QKT_PG_PORT" -q -t 3 >/dev/null 2>&1; }

# "<version> <cluster>" of each Debian cluster configured for $QKT_PG_PORT.
qkt_pg_clusters() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v port="$QKT_PG_PORT" '$3 == port { print $1, $2 }'
}

qkt_pg_as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

qkt_pg_install() {
  [[ "$(id -u)" == 0 ]] || qkt_die "PostgreSQL is not installed; as root: apt-get install -y postgresql"
  qkt_log "installing PostgreSQL (apt-get install postgresql)"
  local log
  log="$(mktemp)"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q \
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    rm -f "$log"
    qkt_die "apt-get install postgresql failed"
  fi
  rm -f "$log"
}

qkt_pg_start() {
  local version name started=0
  while read -r version name; do
    [[ -n "$version" ]] || continue
    qkt_log "starting PostgreSQL cluster $version/$name"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start >&2 || true
    started=1
  done < <(qkt_pg_clusters)
  if ((started == 0)) && [[ -d /etc/postgresql ]]; then
    for version in $(ls /etc/postgresql); do
      [[ -d "/etc/postgresql/$version/main" ]] || continue
      qkt_log "starting PostgreSQL cluster $version/main"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    done
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    qkt_pg_ready && return 0
    sleep 1
  done
  return 1
}

qkt_pg_can_connect() {
  psql -h 127.0.0.1 -p "$QKT_PG_PORT" -U "$1" -d postgres -w -Atqc 'select 1' >/dev/null 2>"${2:-/dev/null}"
}

qkt_pg_trust_local_tcp() {
  [[ "$(id -u)" == 0 ]] || return 1
  local version name hba changed=0
  while read -r version name; do
    hba="/etc/postgresql/$version/$name/pg_hba.conf"
    [[ -f "$hba" ]] || continue
    grep -q '^# qkt-ci: trust local TCP' "$hba" && continue
    qkt_log "allowing passwordless TCP from 127.0.0.1/::1 in $hba (test machine)"
    { printf '# qkt-ci: trust local TCP (added by scripts/lib/postgres.sh for tests)\n'
      printf 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n'
      cat "$hba"; } >"$hba.qkt" && cat "$hba.qkt" >"$hba" && rm -f "$hba.qkt"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload >&2 || true
    changed=1
  done < <(qkt_pg_clusters)
  ((changed)) && sleep 1
  return 0
}

qkt_ensure_postgres() {
  local user
  user="$(id -un)"
  if ! command -v pg_isready >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1 \
     || { ! qkt_pg_ready && [[ -z "$(qkt_pg_clusters)" ]] && [[ -z "$(ls /etc/postgresql 2>/dev/null)" ]]; }; then
    qkt_pg_install
  fi
  if ! qkt_pg_ready; then
    qkt_pg_start || qkt_die "PostgreSQL does not answer on 127.0.0.1:$QKT_PG_PORT (see /var/log/postgresql/)"
  fi
  qkt_log "PostgreSQL answers on 127.0.0.1:$QKT_PG_PORT"

  local err attempt
  err="$(mktemp)"
  for ((attempt = 0; attempt < 3; attempt++)); do
    qkt_pg_can_connect "$user" "$err" && break
    if grep -q 'role .* does not exist' "$err"; then
      qkt_log "creating superuser role $user"
      qkt_pg_as_postgres "createuser -p $QKT_PG_PORT -s $user" 2>&1 | grep -v 'already exists' >&2 || true
    elif grep -qiE 'password|authentication' "$err"; then
      qkt_pg_trust_local_tcp
    else
      break
    fi
  done
  if ! qkt_pg_can_connect "$user" "$err"; then
    cat "$err" >&2
    rm -f "$err"
    qkt_die "cannot connect to PostgreSQL as $user on 127.0.0.1:$QKT_PG_PORT"
  fi
  rm -f "$err"
  QKT_PG_URL="postgresql://$user@127.0.0.1:$QKT_PG_PORT/postgres"
  export QKT_PG_URL
}

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the server's tests, if it is not running yet, and
# prints its URL (one line), e.g. postgres://bluevest:bluevest@127.0.0.1:55432/postgres
#   BLUE_VEST_TEST_POSTGRES_URL=$(scripts/postgres.sh)
#   scripts/postgres.sh stop        # stops it (the data stays; the next run starts it again)
# Its own cluster, not Debian's default one and without systemd: data in
# ${BLUE_VEST_PG_DIR:-/tmp/blue-vest-pg}, port ${BLUE_VEST_PG_PORT:-55432}, 127.0.0.1 only,
# superuser bluevest/bluevest. Not durable (fsync off): test data only.
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user.
# Quiet on success; on failure the tools' output and the server log go to stderr.
set -euo pipefail

dir=${BLUE_VEST_PG_DIR:-/tmp/blue-vest-pg}
port=${BLUE_VEST_PG_PORT:-55432}
role=bluevest
password=bluevest
url="postgres://$role:$password@127.0.0.1:$port/postgres"
log="$dir/server.log"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: no PostgreSQL server in /usr/lib/postgresql/*/bin (run scripts/setup-debian.sh)" >&2
  exit 1
fi

# Runs a command as the data directory's owner: `postgres` when we are root, else ourselves.
owner=$(id -un)
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  id -u postgres >/dev/null 2>&1 || { echo "postgres.sh: no 'postgres' system user (install the postgresql package)" >&2; exit 1; }
  as_owner() { runuser -u postgres -- "$@"; }
fi
cd /  # the owner may not be allowed into the caller's directory

# Runs a command, showing its output only if it fails.
quietly() {
  local out
  if ! out=$("$@" 2>&1); then
    printf '%s\n' "$out" >&2
    return 1
  fi
}

ready() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -U "$role" >/dev/null 2>&1; }

fail() {
  echo "postgres.sh: $*" >&2
  [ -f "$log" ] && { echo "--- $log (last lines):" >&2; tail -n 30 "$log" >&2 || true; }
  exit 1
}

if [ "${1:-}" = stop ]; then
  if [ -f "$dir/postmaster.pid" ]; then
    quietly as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop || fail "could not stop the server in $dir"
  fi
  exit 0
fi

# One run at a time (two runs at once must not both initdb).
lock="$dir.lock"
if [ ! -e "$lock" ] || [ -w "$lock" ]; then
  exec 9>>"$lock"
  chmod a+rw "$lock" 2>/dev/null || true
  flock -w 120 9 || fail "timed out waiting for $lock"
fi

if ready; then
  echo "$url"
  exit 0
fi

# First run: a fresh cluster, made beside the final place and moved there once complete, so an
# interrupted run leaves no half-made data directory.
if [ ! -f "$dir/PG_VERSION" ]; then
  if [ -e "$dir" ]; then
    rmdir "$dir" 2>/dev/null || fail "$dir exists but is not a PostgreSQL data directory; remove it"
  fi
  new="$dir.new"
  rm -rf "$new"
  mkdir -p "$new"
  chmod 700 "$new"
  if [ "$owner" = postgres ]; then chown postgres:postgres "$new"; fi
  pwdir=$(mktemp -d)
  trap 'rm -rf "$pwdir"' EXIT
  printf '%s\n' "$password" >"$pwdir/pw"
  if [ "$owner" = postgres ]; then chown -R postgres:postgres "$pwdir"; fi
  quietly as_owner "$bin/initdb" -D "$new" -U "$role" --pwfile="$pwdir/pw" -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 || fail "initdb failed in $new"
  rm -rf "$pwdir"
  cat >>"$new/postgresql.conf" <<EOF

# --- scripts/postgres.sh: a throwaway server for tests (not crash-safe) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  cat >"$new/pg_hba.conf" <<EOF
# scripts/postgres.sh: TCP on 127.0.0.1 only, with a password.
local all all                trust
host  all all 127.0.0.1/32   scram-sha-256
EOF
  mv "$new" "$dir"
fi

# Stopped (or never started): start it. A stale postmaster.pid from a killed server is handled
# by pg_ctl itself.
if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  # 9>&-: the server must not inherit (and so hold forever) the lock.
  quietly as_owner "$bin/pg_ctl" -D "$dir" -l "$log" -o "-p $port" -w -t 60 start 9>&- \
    || fail "could not start the server in $dir"
fi
for _ in $(seq 1 60); do
  if ready; then
    echo "$url"
    exit 0
  fi
  sleep 0.5
done
fail "the server in $dir does not accept connections on 127.0.0.1:$port"

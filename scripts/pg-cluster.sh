#!/usr/bin/env bash
# pg-cluster.sh - a throw-away PostgreSQL cluster for tests and benchmarks.
#   pg-cluster.sh start DIR [PORT]   initdb DIR, start the server on
#                                    127.0.0.1:PORT (default: the first free
#                                    port from 54329), print
#                                    the URL to export as ENTENTE_TEST_PG
#   pg-cluster.sh stop DIR           stop the server and delete DIR
# The server never runs as root: as root, it runs as the user postgres
# (created by Debian's postgresql package). Trust authentication, local
# connections only.
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-cluster.sh start|stop DIR [PORT]}
port=${3:-auto}
if [ "$port" = auto ]; then
  # the first free port from 54329 on
  port=54329
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 \
    --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on" \
    start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: pg-cluster.sh start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac

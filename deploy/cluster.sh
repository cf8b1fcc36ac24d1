#!/usr/bin/env bash
# A whole Anniversary cluster on one machine, on loopback ports: a PostgreSQL 15 primary and one
# streaming standby, Redis, two web nodes and nginx balancing them. For trying the topology of
# "Running on several machines" (README) and for the cluster tests; deploy/systemd/ holds the same
# topology for real machines.
#
#   deploy/cluster.sh start            start everything (publishes the site first when needed)
#   deploy/cluster.sh stop             stop everything this script started
#   deploy/cluster.sh status           what runs, on which port, and each node's /readyz
#   deploy/cluster.sh start|stop|kill PART   one part: primary, standby, redis, web1, web2, lb (kill = SIGKILL)
#   deploy/cluster.sh import FOLDER    import a folder of reports through web1's configuration
#
# Environment (all optional): CLUSTER_DIR (state: data, logs, pids, generated configs; default
# <repo>/.cluster), PRIMARY_PORT, STANDBY_PORT, REDIS_PORT, WEB1_PORT, WEB2_PORT, LB_PORT (defaults
# 25432 25433 26379 25081 25082 25080), SITE_DLL (a built Anniversary.Web.dll; default: published
# once into CLUSTER_DIR/site), PERMITS_PER_MINUTE (search/API requests per client and minute, per node).
# The ports are remembered in CLUSTER_DIR/ports.env by the first start.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${CLUSTER_DIR:-$REPO/.cluster}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
DATABASE=anniversary

mkdir -p "$STATE/pids" "$STATE/logs"
STATE="$(cd "$STATE" && pwd)"
if [[ -f "$STATE/ports.env" ]]; then source "$STATE/ports.env"; fi
PRIMARY_PORT="${PRIMARY_PORT:-25432}" STANDBY_PORT="${STANDBY_PORT:-25433}" REDIS_PORT="${REDIS_PORT:-26379}"
WEB1_PORT="${WEB1_PORT:-25081}" WEB2_PORT="${WEB2_PORT:-25082}" LB_PORT="${LB_PORT:-25080}"

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

log() { echo "cluster: $*" >&2; }

running() { [[ -f "$STATE/pids/$1.pid" ]] && kill -0 "$(cat "$STATE/pids/$1.pid")" 2>/dev/null; }

wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  for ((i = 0; i < seconds * 10; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "$what did not happen within ${seconds}s"; return 1
}

ready() { curl -fsS --max-time 2 "http://127.0.0.1:$1/readyz" >/dev/null; }

# The configuration every web node and every import shares: the engine, the primary for writes, the
# standby first for reads (the primary when the standby is down), Redis, and forwarded client addresses.
node_environment() {
  local postgres="Username=postgres;Database=$DATABASE;Timeout=3;Command Timeout=30"
  cat <<EOF
ASPNETCORE_ENVIRONMENT=Production
Archive__Engine=postgres
Archive__SeedsPath=$REPO/seeds
ConnectionStrings__Archive=Host=127.0.0.1;Port=$PRIMARY_PORT;$postgres
ConnectionStrings__ArchiveReads=Host=127.0.0.1:$STANDBY_PORT,127.0.0.1:$PRIMARY_PORT;Target Session Attributes=prefer-standby;$postgres
ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT
ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
RateLimiting__PermitsPerMinute=${PERMITS_PER_MINUTE:-120}
Site__BaseUrl=http://127.0.0.1:$LB_PORT
Telemetry__Prometheus=true
EOF
}

# node.env holds KEY=value lines, as systemd's EnvironmentFile= reads them (values are not shell words).
load_environment() {
  while IFS='=' read -r key value; do export "$key=$value"; done <"$STATE/node.env"
}

site_dll() {
  if [[ -n "${SITE_DLL:-}" ]]; then echo "$SITE_DLL"; return; fi
  if [[ ! -f "$STATE/site/Anniversary.Web.dll" ]]; then
    log "publishing the site into $STATE/site"
    dotnet publish "$REPO/src/Anniversary.Web" -c Release -o "$STATE/site" --nologo >"$STATE/logs/publish.log"
  fi
  echo "$STATE/site/Anniversary.Web.dll"
}

start_primary() {
  local data="$STATE/primary"
  if [[ ! -d "$data" ]]; then
    mkdir -p "$data" && chown postgres: "$data" 2>/dev/null || true
    as_postgres "$PG_BIN/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$STATE/logs/initdb.log"
  fi
  pg_start primary "$PRIMARY_PORT"
  if ! as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DATABASE'" | grep -q 1; then
    as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres "$DATABASE"
  fi
}

start_standby() {
  local data="$STATE/standby"
  if [[ ! -d "$data" ]]; then
    mkdir -p "$data" && chown postgres: "$data" 2>/dev/null || true
    chmod 700 "$data"
    as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$data" -R -X stream -c fast
  fi
  pg_start standby "$STANDBY_PORT"
}

pg_start() { # name port
  local data="$STATE/$1"
  if as_postgres "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then return; fi
  mkdir -p "$STATE/sockets/$1" && touch "$STATE/logs/$1.log"
  chown postgres: "$STATE/sockets/$1" "$STATE/logs/$1.log" 2>/dev/null || true
  as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$STATE/logs/$1.log" -w \
    -o "-p $2 -k $STATE/sockets/$1 -c listen_addresses=127.0.0.1" start >/dev/null
  head -1 "$data/postmaster.pid" >"$STATE/pids/$1.pid"
  log "$1 on 127.0.0.1:$2"
}

pg_stop() { # name mode
  if [[ -d "$STATE/$1" ]] && as_postgres "$PG_BIN/pg_ctl" -D "$STATE/$1" status >/dev/null 2>&1; then
    as_postgres "$PG_BIN/pg_ctl" -D "$STATE/$1" -m "$2" -w stop >/dev/null
  fi
  rm -f "$STATE/pids/$1.pid"
}

start_redis() {
  running redis && return
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$STATE/pids/redis.pid" --logfile "$STATE/logs/redis.log"
  wait_for "redis on $REDIS_PORT" 10 redis-cli -p "$REDIS_PORT" ping
  log "redis on 127.0.0.1:$REDIS_PORT"
}

start_web() { # name port
  running "$1" && return
  local dll; dll="$(site_dll)"
  node_environment >"$STATE/node.env"
  (
    cd "$(dirname "$dll")"
    load_environment
    exec setsid dotnet "$dll" --urls "http://127.0.0.1:$2" >>"$STATE/logs/$1.log" 2>&1 </dev/null
  ) &
  echo $! >"$STATE/pids/$1.pid"
  if ! wait_for "$1 ready on $2" 120 ready "$2"; then tail -20 "$STATE/logs/$1.log" >&2; return 1; fi
  log "$1 on 127.0.0.1:$2"
}

start_lb() {
  running lb && return
  mkdir -p "$STATE/nginx" && chmod 0777 "$STATE/nginx"
  cat >"$STATE/nginx.conf" <<EOF
# Generated by deploy/cluster.sh; see deploy/nginx/anniversary.conf for the same for real machines.
worker_processes 1;
pid $STATE/pids/lb.pid;
error_log $STATE/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log $STATE/logs/nginx-access.log;
    client_body_temp_path $STATE/nginx/body;
    proxy_temp_path $STATE/nginx/proxy;
    fastcgi_temp_path $STATE/nginx/fastcgi;
    uwsgi_temp_path $STATE/nginx/uwsgi;
    scgi_temp_path $STATE/nginx/scgi;
$(upstream_block "127.0.0.1:$WEB1_PORT" "127.0.0.1:$WEB2_PORT")
    server {
        listen 127.0.0.1:$LB_PORT;
        # Operators only: node metrics are scraped from each node directly.
        location = /metrics { return 404; }
$(location_block)
    }
}
EOF
  "$NGINX" -e "$STATE/logs/nginx-error.log" -p "$STATE" -c "$STATE/nginx.conf"
  wait_for "nginx on $LB_PORT" 10 curl -sS -o /dev/null --max-time 2 "http://127.0.0.1:$LB_PORT/healthz"
  log "nginx on 127.0.0.1:$LB_PORT"
}

# nginx (open source) has no active health checks: a node that refuses connections, times out or
# answers 502/503/504 is marked failed for fail_timeout and the request is tried once on the other
# node. GET and HEAD are retried; nginx never retries anything else (no non_idempotent).
upstream_block() {
  echo "    upstream anniversary {"
  for node in "$@"; do echo "        server $node max_fails=1 fail_timeout=5s;"; done
  echo "        keepalive 32;"
  echo "    }"
}

location_block() {
  cat <<'EOF'
        location / {
            proxy_pass http://anniversary;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_next_upstream error timeout http_502 http_503 http_504;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
        }
EOF
}

stop_pid() { # name signal
  if running "$1"; then
    local pid; pid="$(cat "$STATE/pids/$1.pid")"
    kill "-$2" "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$STATE/pids/$1.pid"
}

start_part() {
  case "$1" in
    primary) start_primary ;;
    standby) start_standby ;;
    redis) start_redis ;;
    web1) start_web web1 "$WEB1_PORT" ;;
    web2) start_web web2 "$WEB2_PORT" ;;
    lb) start_lb ;;
    *) log "unknown part $1 (primary, standby, redis, web1, web2, lb)"; exit 2 ;;
  esac
}

stop_part() { # part signal
  case "$1" in
    primary|standby) pg_stop "$1" "$([[ $2 == KILL ]] && echo immediate || echo fast)" ;;
    redis|web1|web2|lb) stop_pid "$1" "$2" ;;
    *) log "unknown part $1 (primary, standby, redis, web1, web2, lb)"; exit 2 ;;
  esac
}

PARTS=(primary standby redis web1 web2 lb)

case "${1:-}" in
  start)
    if [[ ! -f "$STATE/ports.env" ]]; then
      declare -p PRIMARY_PORT STANDBY_PORT REDIS_PORT WEB1_PORT WEB2_PORT LB_PORT | sed 's/^declare -- //' >"$STATE/ports.env"
    fi
    if [[ -n "${2:-}" ]]; then start_part "$2"; exit; fi
    for part in "${PARTS[@]}"; do start_part "$part"; done
    log "the archive answers on http://127.0.0.1:$LB_PORT/"
    ;;
  stop|kill)
    signal="$([[ $1 == kill ]] && echo KILL || echo TERM)"
    if [[ -n "${2:-}" ]]; then stop_part "$2" "$signal"; exit; fi
    for ((p = ${#PARTS[@]} - 1; p >= 0; p--)); do stop_part "${PARTS[p]}" "$signal"; done
    ;;
  status)
    for part in "${PARTS[@]}"; do
      if [[ $part == primary || $part == standby ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$STATE/$part" status >/dev/null 2>&1 && state=running || state=stopped
      else
        running "$part" && state=running || state=stopped
      fi
      echo "$part: $state"
    done
    for node in "web1 $WEB1_PORT" "web2 $WEB2_PORT"; do
      set -- $node
      echo "$1 /readyz: $(curl -sS --max-time 3 "http://127.0.0.1:$2/readyz" 2>&1 || true)"
    done
    ;;
  import)
    folder="$(cd "${2:?usage: cluster.sh import FOLDER}" && pwd)"
    dll="$(site_dll)"
    node_environment >"$STATE/node.env"
    cd "$(dirname "$dll")"
    load_environment
    exec dotnet "$dll" import "$folder"
    ;;
  *)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

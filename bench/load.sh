#!/usr/bin/env bash
# Load benchmark: the site in Production on the seeds plus N generated articles, wrk with 64
# connections for D seconds per page, and nginx serving a saved copy of the same article page as
# the practical ceiling. Traffic goes to 127.0.0.1 only; everything started here is stopped on exit.
# Usage: bench/load.sh [N=10000] [D=30]. Results in bench/results/load-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
duration=${2:-30}
work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user
site_port=5393
nginx_port=5394
site=""
cleanup() {
  [ -n "$site" ] && kill "$site" 2>/dev/null && wait "$site" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi

dotnet build src/Anniversary.Web -c Release -v quiet -nologo >/dev/null
app=src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll
dotnet "$app" generate "$work/articles" --count "$count" --seed 1 >/dev/null
cp seeds/*.txt seeds/*.json "$work/articles/"
dotnet "$app" import "$work/articles" --db "$work/load.db" >/dev/null

# Production, as served to the public, except that the search rate limit would turn most of the
# benchmark's requests into 429s: the limiter is tested on its own.
ConnectionStrings__Archive="Data Source=$work/load.db" Archive__SeedsPath="$work/articles" ASPNETCORE_ENVIRONMENT=Production \
  RateLimiting__PermitsPerMinute=100000000 Serilog__MinimumLevel__Default=Warning \
  dotnet "$app" --urls "http://127.0.0.1:$site_port" >"$work/site.log" 2>&1 &
site=$!

# Resident memory, with and without the pages of the database file that SQLite maps into the site
# (mmap_size): those are the OS's file cache, shared and given back under pressure, which SQLite
# read through its own private cache before it mapped the file. Sampled each second for the peaks.
resident() { python3 - "$site" "$work/load.db" <<'PY'
import sys
pid, db = sys.argv[1], sys.argv[2]
total = mapped = 0
name = None
for line in open(f"/proc/{pid}/smaps"):
    fields = line.split()
    if "-" in fields[0] and len(fields) >= 5:
        name = fields[5] if len(fields) > 5 else None
    elif fields[0] == "Rss:":
        total += int(fields[1])
        mapped += int(fields[1]) if name == db else 0
print(total // 1024, mapped // 1024, (total - mapped) // 1024)
PY
}
( while kill -0 "$site" 2>/dev/null && [ -d "$work" ]; do resident >>"$work/memory" 2>/dev/null || true; sleep 1; done ) 2>/dev/null &
base="http://127.0.0.1:$site_port"
for _ in $(seq 60); do curl -sf "$base/robots.txt" >/dev/null && break; sleep 1; done

article=$(curl -s "$base/api/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["url"])')
person=$(curl -s "$base/api/people" | python3 -c 'import json,sys; print("/people/" + json.load(sys.stdin)[0]["slug"])')
declare -A pages=(
  [home]="/"
  [article]="$article"
  [timeline]="/timeline"
  [person]="$person"
  [search]="/search?q=friendship"
  [api]="/api/search?q=volunteer"
)
order=(home article timeline person search api)

# nginx serves the article page's exact bytes, with the same compression the site offers.
mkdir -p "$work/nginx/html" "$work/nginx/logs"
curl -s "$base$article" -o "$work/nginx/html/article.html"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location / { try_files /article.html =404; default_type text/html; }
  }
}
EOF
nginx -p "$work/nginx" -c nginx.conf

# Warm-up: JIT, caches and the database's pages.
for name in "${order[@]}"; do
  wrk -t2 -c16 -d3s "$base${pages[$name]}" >/dev/null
done

run() { # name url -> "rps p50 p99 non2xx"
  wrk -t2 -c64 -d"${duration}s" --latency "$2" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
errors = re.search(r"Socket errors:.*", out)
suffix = " (" + errors.group(0) + ")" if errors else ""
print(f"{rps:.0f} {p50:.1f} {p99:.1f} {int(bad.group(1)) if bad else 0}{suffix}")'
}

mkdir -p bench/results
{
  echo "articles: $((count + 2)); wrk: 2 threads, 64 connections, ${duration} s per row, 127.0.0.1; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "| page | requests/s | p50 ms | p99 ms | non-2xx |"
  echo "|---|---|---|---|---|"
  declare -A rps
  for name in "${order[@]}"; do
    read -r r p50 p99 bad <<<"$(run "$name" "$base${pages[$name]}")"
    rps[$name]=$r
    echo "| $name (${pages[$name]}) | $r | $p50 | $p99 | $bad |"
  done
  read -r r p50 p99 bad <<<"$(run nginx "http://127.0.0.1:$nginx_port/")"
  echo "| nginx, same article bytes | $r | $p50 | $p99 | $bad |"
  echo
  python3 -c "print(f'article page, ours/nginx: {${rps[article]} / $r:.2f}')"
  read -r total mapped own <<<"$(resident)"
  read -r peak_total peak_own <<<"$(awk '$1 > t { t = $1 } $3 > o { o = $3 } END { print t + 0, o + 0 }' "$work/memory")"
  echo "site resident memory after the runs: ${own} MB without the mapped database file (peak ${peak_own} MB); ${total} MB with its ${mapped} MB (peak ${peak_total} MB)"
} | tee "bench/results/load-$count.md"

#!/usr/bin/env bash
# Engine benchmark: SQLite and PostgreSQL side by side on ONE generated corpus. Imports it into each
# engine (wall time, peak memory and CPU from GNU time; on PostgreSQL the primary streams to a
# standby meanwhile), compares each database with the text imported, times searches of each kind
# with one client after a warm-up (output cache off, so that every request searches), and loads an
# article page with wrk: on SQLite from one Kestrel node, on PostgreSQL through the nginx of
# deploy/cluster.sh with two web nodes and then with one (web2 killed). Around each load and each
# kind of search it reads the CPU seconds of the node(s) and of the servers behind them from
# /proc/PID/stat, to give the CPU cost of one request. Prints one markdown table; traffic to
# 127.0.0.1 only; leaves nothing running.
# Usage: bench/engines.sh [--count N=100000] [--shape real|long=real] [--runs R=200] [--duration D=20]
#                         [--app path/to/Anniversary.Web.dll] [--smoke]
# --smoke: seconds-long load and a few searches, to check that the script works.
set -euo pipefail
cd "$(dirname "$0")/.."
count=100000 shape=real runs=200 duration=20 app="" smoke=false
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --shape) shape=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$shape" in
  real | long) ;;
  *) echo "--shape must be real or long" >&2; exit 2 ;;
esac
warmups=50 warm_seconds=3
if $smoke; then runs=10 duration=1 warmups=3 warm_seconds=1; fi

for tool in wrk /usr/sbin/nginx /usr/bin/time redis-server /usr/lib/postgresql/15/bin/initdb; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx-light time redis-server postgresql-15" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 755 "$work" # PostgreSQL and nginx's workers run as other users
site=""
stop_site() { if [ -n "$site" ]; then kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true; site=""; fi; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The local cluster, in this run's folder, on free ports.
export CLUSTER_DIR="$work/cluster" PERMITS_PER_MINUTE=100000000
export PRIMARY_PORT=$(free_port) STANDBY_PORT=$(free_port) REDIS_PORT=$(free_port)
export WEB1_PORT=$(free_port) WEB2_PORT=$(free_port) LB_PORT=$(free_port)
cluster() { deploy/cluster.sh "$@"; }
cleanup() {
  stop_site
  if [ -d "$CLUSTER_DIR" ]; then cluster stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "$app" ]; then
  dotnet build src/Anniversary.Web -c Release -v quiet -nologo >/dev/null
  app=src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll
fi
app=$(realpath "$app")
export SITE_DLL="$app"
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src 2>/dev/null || commit="$commit + changes"

postgres="Username=postgres;Database=anniversary;Timeout=15"
primary="Host=127.0.0.1;Port=$PRIMARY_PORT;$postgres"
reads="Host=127.0.0.1:$STANDBY_PORT,127.0.0.1:$PRIMARY_PORT;Target Session Attributes=prefer-standby;$postgres"

# "seconds peak_kib cpu_seconds" of a command, from GNU time.
timed() { # log command... -> "seconds peak_kib cpu_seconds"
  local log=$1; shift
  /usr/bin/time -v -o "$work/time" "$@" >"$log" 2>&1 || { echo "failed: $* (log: $(tail -5 "$log"))" >&2; return 1; }
  python3 - "$work/time" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time .*: (\S+)", t).group(1).split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
cpu = float(re.search(r"User time \(seconds\): (\S+)", t).group(1)) + float(re.search(r"System time \(seconds\): (\S+)", t).group(1))
print(f"{seconds:.1f}", re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1), f"{cpu:.1f}")
PY
}

data="" # the pids whose CPU counts as the data tier's in the phase at hand
# CPU seconds spent so far by processes and their children (live ones and those already reaped).
cpu_seconds() { # pid... -> seconds
  python3 - "$@" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
children = {}
for entry in os.listdir("/proc"):
    if entry.isdigit() and (fields := stat(entry)):
        children.setdefault(fields[1], []).append(entry)
total = 0
def add(pid, reaped):
    global total
    fields = stat(pid)
    if fields:
        total += sum(int(v) for v in fields[11:13]) + (sum(int(v) for v in fields[13:15]) if reaped else 0)
        for child in children.get(pid, []):
            add(child, False)
for pid in sys.argv[1:]:
    add(pid, True)
print(f"{total / tick:.2f}")
PY
}

# The processes that serve reads behind the nodes: PostgreSQL primary and standby, Redis.
data_pids() {
  for part in primary standby; do
    if [ -f "$CLUSTER_DIR/$part/postmaster.pid" ]; then head -1 "$CLUSTER_DIR/$part/postmaster.pid"; fi
  done
  if [ -f "$CLUSTER_DIR/pids/redis.pid" ]; then cat "$CLUSTER_DIR/pids/redis.pid"; fi
}

# wrk's requests/s, p99 in ms and requests, with the CPU seconds the node pids and the data pids
# spent meanwhile.
load() { # url "node pids" [connections=64] -> "rps p99 requests node_cpu data_cpu"
  local url=$1 nodes=$2 connections=${3:-64} node_before data_before out
  node_before=$(cpu_seconds $nodes)
  data_before=$(cpu_seconds $data)
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency "$url")
  echo "$out" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
if bad:
    sys.exit(f"{bad.group(1)} non-2xx answers")
errors = re.search(r"Socket errors: (.*)", out)
if errors:
    sys.exit(f"socket errors: {errors.group(1)}")
print(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
      re.search(r"(\d+) requests in", out).group(1), end=" ")' || return 1
  echo "$(python3 -c "print(round($(cpu_seconds $nodes) - $node_before, 2))") $(python3 -c "print(round($(cpu_seconds $data) - $data_before, 2))")"
}

start_site() { # port caching environment...
  local port=$1 caching=$2; shift 2
  env "$@" Archive__SeedsPath="$work/none" ASPNETCORE_ENVIRONMENT=Production \
    RateLimiting__PermitsPerMinute=100000000 Caching__Enabled="$caching" Serilog__MinimumLevel__Default=Warning \
    dotnet "$app" --urls "http://127.0.0.1:$port" >>"$work/site.log" 2>&1 &
  site=$!
  for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null && return; sleep 0.5; done
  echo "the site did not start: $(tail -20 "$work/site.log")" >&2
  return 1
}

# Searches of each kind, one client, after a warm-up; the CPU of the node and the data pids per kind.
searches() { # port -> search_KIND=p50 p99 hits node_cpu_ms data_cpu_ms lines
  python3 - "$1" "$runs" "$warmups" "$site" "$data" <<'PY'
import json, subprocess, sys, time, urllib.parse, urllib.request
port, runs, warmups, node, data = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5].split()
base = f"http://127.0.0.1:{port}"
CPU = r'''
import os, sys
tick = os.sysconf("SC_CLK_TCK")
def stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
children = {}
for entry in os.listdir("/proc"):
    if entry.isdigit() and (fields := stat(entry)):
        children.setdefault(fields[1], []).append(entry)
total = 0
def add(pid, reaped):
    global total
    fields = stat(pid)
    if fields:
        total += sum(int(v) for v in fields[11:13]) + (sum(int(v) for v in fields[13:15]) if reaped else 0)
        for child in children.get(pid, []):
            add(child, False)
for pid in sys.argv[1:]:
    add(pid, True)
print(total / tick)
'''
def cpu(pids):
    if not pids:
        return 0.0
    return float(subprocess.run([sys.executable, "-c", CPU, *pids], capture_output=True, text=True, check=True).stdout)
speaker = json.load(urllib.request.urlopen(base + "/api/people"))[0]["slug"]
kinds = {
    "common": {"q": "friendship"},
    "speaker": {"q": "friendship", "speaker": speaker, "from": "1990-01-01", "to": "2010-12-31"},
    "name": {"q": "nguyen van hung"},
    "phrase": {"q": '"volunteer soldiers"'},
    "place": {"q": "tay ninh"},
    "date": {"q": "7 January 1979"},
}
urls = {kind: base + "/api/search?" + urllib.parse.urlencode(params) for kind, params in kinds.items()}
for _ in range(warmups):
    for url in urls.values():
        urllib.request.urlopen(url).read()
for kind, url in urls.items():
    times = []
    node_before, data_before = cpu([node]), cpu(data)
    for _ in range(runs):
        start = time.perf_counter()
        body = json.load(urllib.request.urlopen(url))
        times.append((time.perf_counter() - start) * 1000)
    node_ms, data_ms = (cpu([node]) - node_before) * 1000 / runs, (cpu(data) - data_before) * 1000 / runs
    times.sort()
    hits = f"{'more than ' if body['more'] else ''}{body['total']}"
    print(f"search_{kind}={times[len(times) // 2]:.1f} {times[max(0, int(len(times) * 0.99) - 1)]:.1f} {node_ms:.2f} {data_ms:.2f} {hits}")
PY
}

mkdir -p "$work/reports" "$work/sqlite"
dotnet "$app" generate "$work/reports" --count "$count" --seed 1 --shape "$shape" >/dev/null
text_bytes=$(find "$work/reports" -name '*.txt' -printf '%s\n' | awk '{ n += $1 } END { print n }')

# Imports: the engine chosen by the environment, as an operator would.
sqlite="Data Source=$work/sqlite/archive.db"
sqlite_import=$(Archive__Engine=sqlite ConnectionStrings__Archive="$sqlite" timed "$work/sqlite-import.log" dotnet "$app" import "$work/reports")
sqlite_db=$(find "$work/sqlite" -maxdepth 1 -name 'archive.db*' -printf '%s\n' | awk '{ n += $1 } END { print n }')

cluster start primary >/dev/null 2>&1
cluster start standby >/dev/null 2>&1
cluster start redis >/dev/null 2>&1
psql() { runuser -u postgres -- /usr/lib/postgresql/15/bin/psql -h 127.0.0.1 -U postgres -d anniversary -tAc "$2" -p "$1"; }
postgres_import=$(Archive__Engine=postgres ConnectionStrings__Archive="$primary;Command Timeout=0" \
  timed "$work/postgres-import.log" dotnet "$app" import "$work/reports")
psql "$PRIMARY_PORT" "CHECKPOINT" >/dev/null
postgres_db=$(psql "$PRIMARY_PORT" "SELECT pg_database_size('anniversary')")
# The standby serves the reads below: it must hold the whole import first.
lsn=$(psql "$PRIMARY_PORT" "SELECT pg_current_wal_lsn()")
for _ in $(seq 600); do
  [ "$(psql "$STANDBY_PORT" "SELECT pg_last_wal_replay_lsn() >= '$lsn'")" = t ] && break
  sleep 0.5
done

# The same report on both engines: the first file.
article=$(python3 - "$work/sqlite/archive.db" <<'PY'
import sqlite3, sys
with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as db:
    date, slug = db.execute("SELECT Date, Slug FROM Articles ORDER BY SourceFile LIMIT 1").fetchone()
print(f"/articles/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}")
PY
)

# One engine's node with the output cache off: searches, then the article page uncached.
uncached() { # name environment...
  local name=$1 port; shift
  port=$(free_port)
  start_site "$port" false "$@"
  searches "$port" >"$work/$name-search" || { echo "the searches failed; the site's log ends: $(tail -30 "$work/site.log")" >&2; return 1; }
  wrk -t2 -c4 -d"${warm_seconds}s" --timeout 30s "http://127.0.0.1:$port$article" >/dev/null
  local page
  page=$(load "http://127.0.0.1:$port$article" "$site" 4)
  echo "page_uncached=$page" >>"$work/$name-search"
  stop_site
}
data=""
uncached sqlite Archive__Engine=sqlite ConnectionStrings__Archive="$sqlite"
data=$(data_pids | tr '\n' ' ')
uncached postgres Archive__Engine=postgres ConnectionStrings__Archive="$primary" ConnectionStrings__ArchiveReads="$reads"

# Pages as deployed (output cache on). SQLite: one Kestrel node, its cache in memory.
data=""
port=$(free_port)
start_site "$port" true Archive__Engine=sqlite ConnectionStrings__Archive="$sqlite"
url="http://127.0.0.1:$port$article"
curl -sf "$url" >/dev/null
wrk -t2 -c16 -d"${warm_seconds}s" "$url" >/dev/null
sqlite_page=$(load "$url" "$site")
stop_site

# PostgreSQL: the cluster, nginx before two nodes (cache in Redis), then before one.
data=$(data_pids | tr '\n' ' ')
cluster start web1 >/dev/null 2>&1
cluster start web2 >/dev/null 2>&1
cluster start lb >/dev/null 2>&1
url="http://127.0.0.1:$LB_PORT$article"
nodes="$(cat "$CLUSTER_DIR/pids/web1.pid") $(cat "$CLUSTER_DIR/pids/web2.pid")"
curl -sf "$url" >/dev/null
wrk -t2 -c16 -d"${warm_seconds}s" "$url" >/dev/null
postgres_page_two=$(load "$url" "$nodes")
cluster kill web2 >/dev/null 2>&1
nodes=$(cat "$CLUSTER_DIR/pids/web1.pid")
wrk -t2 -c16 -d"${warm_seconds}s" "$url" >/dev/null
postgres_page_one=$(load "$url" "$nodes")
cluster stop >/dev/null 2>&1

{
  echo "text=$text_bytes"
  echo "sqlite_import=$sqlite_import"
  echo "postgres_import=$postgres_import"
  echo "sqlite_db=$sqlite_db"
  echo "postgres_db=$postgres_db"
  echo "sqlite_page_one=$sqlite_page"
  echo "postgres_page_one=$postgres_page_one"
  echo "postgres_page_two=$postgres_page_two"
  sed 's/^/sqlite_/' "$work/sqlite-search"
  sed 's/^/postgres_/' "$work/postgres-search"
} >"$work/results"

mkdir -p bench/results
python3 - "$count" "$shape" "$commit" "$work/results" <<'PY' | tee "bench/results/engines-$count-$shape.md"
import sys
count, shape, commit, path = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
r = {}
for line in open(path):
    key, _, value = line.strip().partition("=")
    r[key] = value.split(" ")
text = int(r["text"][0])
engines = ("sqlite", "postgres")
def import_cell(e):
    seconds, kib, cpu = map(float, r[f"{e}_import"])
    return f"**{count / seconds:,.0f} reports/s** ({seconds:,.1f} s, {cpu:,.1f} CPU s)"
def memory_cell(e):
    return f"**{float(r[f'{e}_import'][1]) / 1024:,.0f} MiB**"
def db_cell(e):
    db = int(r[f"{e}_db"][0])
    return f"{db / 2**20:,.1f} MiB = **{db / text:.2f} ×**"
def page_cell(key):
    if key not in r:
        return "—"
    rps, p99, requests, node, data = map(float, r[key])
    return f"**{rps:,.0f} req/s**, p99 {p99:.1f} ms"
def cpu_cell(key, e):
    rps, p99, requests, node, data = map(float, r[key])
    behind = f"{data * 1000 / requests:.2f} ms" if e == "postgres" else "—"
    return f"node **{node * 1000 / requests:.2f} ms**, PostgreSQL + Redis {behind}"
def search_cell(e, kind):
    p50, p99, node, data, *hits = r[f"{e}_search_{kind}"]
    cpu = f"CPU node {node} + PostgreSQL {data} ms" if e == "postgres" else f"CPU {node} ms"
    return f"**{p99} ms** (p50 {p50}; {' '.join(hits)} hits; {cpu})"
def search_cpu_cell(e):
    node = sum(float(r[f"{e}_search_{kind}"][2]) for kind in labels) / len(labels)
    data = sum(float(r[f"{e}_search_{kind}"][3]) for kind in labels) / len(labels)
    return f"node **{node:.1f} ms**, PostgreSQL {data:.1f} ms" if e == "postgres" else f"node **{node:.1f} ms**"
rows = [
    ("import rate (wall time, CPU seconds of the importer)", import_cell),
    ("peak import memory", memory_cell),
    ("database vs text imported", db_cell),
    ("article page, one web node, wrk -t2 -c64 (PostgreSQL: through nginx; SQLite: Kestrel)", lambda e: page_cell(f"{e}_page_one")),
    ("article page, two web nodes through nginx", lambda e: page_cell(f"{e}_page_two")),
    ("CPU per article page, output cache on (one node)", lambda e: cpu_cell(f"{e}_page_one", e)),
    ("article page, output cache off, one node, wrk -t2 -c4", lambda e: page_cell(f"{e}_page_uncached")),
    ("CPU per article page, output cache off", lambda e: cpu_cell(f"{e}_page_uncached", e)),
]
labels = {
    "common": "common word (`friendship`)",
    "speaker": "word + speaker filter + date range (`friendship`, the most quoted person, 1990–2010)",
    "name": "name whose words are all common (`nguyen van hung`)",
    "phrase": "phrase (`\"volunteer soldiers\"`)",
    "place": "place (`tay ninh`)",
    "date": "date (`7 January 1979`)",
}
for kind, label in labels.items():
    rows.append((f"search p99, {label}", lambda e, kind=kind: search_cell(e, kind)))
rows.append(("CPU per search, mean of the six kinds", search_cpu_cell))
print(f"| {count:,} reports of {text / count / 1000:.1f} KB ({shape}), {text / 2**20:,.1f} MiB of text, commit {commit} | SQLite | PostgreSQL 15 |")
print("|---|---|---|")
for label, cell in rows:
    print(f"| {label} | " + " | ".join(cell(e) for e in engines) + " |")
PY

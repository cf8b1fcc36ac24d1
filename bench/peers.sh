#!/usr/bin/env bash
# Peer benchmark: the archive against Hugo building the same reports into a static site and nginx
# serving it, in one run. For each corpus shape: generates N reports, imports them (time, peak
# memory), converts them to Hugo content files (not timed) and builds them with Hugo (time, peak
# memory), times SQLite alone storing and FTS5-indexing the same files (one thread, nothing parsed: the
# floor under any import into this engine), serves the article page of one report from Kestrel and the same bytes from nginx (the
# site's answer for that page saved to a file and served at the same path with the same content
# type and security headers; neither side compresses: nginx is not asked to and wrk sends no
# Accept-Encoding), loads both with wrk -t2 -c64 in turns (site, nginx, site, nginx: the mean req/s
# and the higher p99 of each side's two turns), times searches of each kind with one client after a
# warm-up, and compares the database with the text imported. Prints one markdown table; traffic to
# 127.0.0.1 only; leaves nothing running.
# Usage: bench/peers.sh [--count N=10000] [--shape real|long|both=both] [--seed S=1] [--runs R=200] [--duration D=20]
#                       [--app path/to/Anniversary.Web.dll] [--smoke]
# --seed: the generator's seed; the table in bench/README.md is seed 1's, and another seed is a corpus
# nothing was tuned on.
# --smoke: seconds-long load and a few searches, to check that the script works (a test runs it).
set -euo pipefail
cd "$(dirname "$0")/.."
count=10000 shape=both seed=1 runs=200 duration=20 app="" smoke=false
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --shape) shape=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$shape" in
  both) shapes=(long real) ;;
  real | long) shapes=("$shape") ;;
  *) echo "--shape must be real, long or both" >&2; exit 2 ;;
esac
# A fresh site runs its hot path through the JIT's tiers for several seconds under load (on a busy
# machine, 15 s and more); the page is measured once that is done, as a node that has been up a while.
warmups=200 warm_seconds=15
if $smoke; then runs=10 duration=1 warmups=3 warm_seconds=1; fi

for tool in hugo wrk /usr/sbin/nginx /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y hugo wrk nginx-light time" >&2; exit 1; }
done

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers run as another user
site="" nginx_conf=""
stop_site() { if [ -n "$site" ]; then kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true; site=""; fi; }
stop_nginx() { if [ -n "$nginx_conf" ]; then /usr/sbin/nginx -p "$(dirname "$nginx_conf")" -c "$nginx_conf" -s stop 2>/dev/null || true; nginx_conf=""; fi; }
trap 'stop_site; stop_nginx; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ -z "$app" ]; then
  dotnet build src/Anniversary.Web -c Release -v quiet -nologo >/dev/null
  app=src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll
fi
app=$(realpath "$app")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src 2>/dev/null || commit="$commit + changes"

# "seconds peak_kib" of a command, from GNU time.
timed() { # log command... -> "seconds peak_kib"
  local log=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$log" 2>&1 || { echo "failed: $* (log: $(tail -5 "$log"))" >&2; return 1; }
  tail -1 "$work/time"
}

# wrk's requests/s and p99 in ms, over half the duration: each side is loaded twice, in turns.
load() { # url -> "rps p99"
  wrk -t2 -c64 -d"$(( (duration + 1) / 2 ))s" --latency "$1" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
if bad:
    sys.exit(f"{bad.group(1)} non-2xx answers")
print(float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)))'
}

# Two turns of one side: the mean req/s and the higher p99.
turns() { # "rps p99" "rps p99" -> "rps p99"
  python3 -c 'import sys; (a, b), (c, d) = (map(float, x.split()) for x in sys.argv[1:]); print((a + c) / 2, max(b, d))' "$1" "$2"
}

start_site() { # db port caching
  ConnectionStrings__Archive="Data Source=$1" Archive__SeedsPath="$work/none" ASPNETCORE_ENVIRONMENT=Production \
    RateLimiting__PermitsPerMinute=100000000 Caching__Enabled="$3" Serilog__MinimumLevel__Default=Warning \
    dotnet "$app" --urls "http://127.0.0.1:$2" >>"$work/site.log" 2>&1 &
  site=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$2/robots.txt" >/dev/null && return; sleep 0.5; done
  echo "the site did not start: $(tail -20 "$work/site.log")" >&2
  return 1
}

measure() { # shape -> key=value lines in $work/$1/results
  local name=$1 dir="$work/$1"
  mkdir -p "$dir"
  dotnet "$app" generate "$dir/reports" --count "$count" --seed "$seed" --shape "$name" >/dev/null
  local text_bytes
  text_bytes=$(find "$dir/reports" -name '*.txt' -printf '%s\n' | awk '{ n += $1 } END { print n }')

  # Hugo's content: each report as a page, its lead's first words as the title; not timed.
  python3 - "$dir/reports" "$dir/hugo" <<'PY'
import json, os, sys
reports, site = sys.argv[1], sys.argv[2]
content = os.path.join(site, "content", "articles")
layouts = os.path.join(site, "layouts", "_default")
os.makedirs(content)
os.makedirs(layouts)
with open(os.path.join(site, "config.toml"), "w") as f:
    f.write('baseURL = "/"\ntitle = "Anniversary"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
with open(os.path.join(layouts, "single.html"), "w") as f:
    f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
            '<body><article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2 January 2006" }}</time>{{ .Content }}</article></body></html>\n')
with open(os.path.join(layouts, "list.html"), "w") as f:
    f.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1></body></html>\n')
for name in sorted(os.listdir(reports)):
    with open(os.path.join(reports, name), encoding="utf-8") as f:
        first, _, rest = f.read().partition("\n")
    _, date, lead = first.split(" ", 2)
    title = " ".join(lead.split()[:12])
    with open(os.path.join(content, name[:-4] + ".md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\n---\n\n{lead}\n{rest}")
PY

  local import_result hugo_result
  import_result=$(timed "$dir/import.log" dotnet "$app" import "$dir/reports" --db "$dir/archive.db")
  hugo_result=$(timed "$dir/hugo.log" hugo --source "$dir/hugo" --destination "$dir/public" --quiet)
  # The engine's floor: SQLite (Python's, one thread, WAL, one transaction) storing each file's text in a
  # plain table and indexing it in a contentless FTS5 table with the archive's tokenizer; nothing parsed.
  local floor_result
  floor_result=$(timed "$dir/floor.log" python3 - "$dir/reports" "$work/floor.db" <<'PY'
import os, sqlite3, sys
folder, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=NORMAL")
db.execute("CREATE TABLE reports(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
db.execute("CREATE VIRTUAL TABLE words USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')")
db.execute("BEGIN")
for id, name in enumerate(sorted(os.listdir(folder)), 1):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        body = f.read()
    db.execute("INSERT INTO reports VALUES (?, ?, ?)", (id, name, body))
    db.execute("INSERT INTO words(rowid, body) VALUES (?, ?)", (id, body))
db.execute("COMMIT")
db.close()
PY
)
  rm -f "$work"/floor.db*
  local db_bytes
  db_bytes=$(find "$dir" -maxdepth 1 -name 'archive.db*' -printf '%s\n' | awk '{ n += $1 } END { print n }')

  # The same report on both sides: the first file.
  local article
  article=$(python3 - "$dir/archive.db" <<'PY'
import sqlite3, sys
with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as db:
    date, slug = db.execute("SELECT Date, Slug FROM Articles ORDER BY SourceFile LIMIT 1").fetchone()
print(f"/articles/{date[:4]}/{date[5:7]}/{date[8:10]}/{slug}")
PY
)
  # Pages as deployed: the output cache on.
  local site_port
  site_port=$(free_port)
  start_site "$dir/archive.db" "$site_port" true
  local site_url="http://127.0.0.1:$site_port$article"

  # nginx serves the site's own answer for the page: its body at the same path, its content type and
  # its security headers.
  mkdir -p "$dir/same$(dirname "$article")" "$dir/nginx/logs"
  curl -sf -D "$dir/same.headers" -o "$dir/same$article" "$site_url"
  chmod -R a+rX "$dir/same"
  local nginx_port
  nginx_port=$(free_port)
  python3 - "$dir" "$nginx_port" <<'PY'
import sys
folder, port = sys.argv[1], sys.argv[2]
kept = {"content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "x-frame-options"}
content_type, added = "text/html; charset=utf-8", []
for line in open(f"{folder}/same.headers", encoding="latin-1").read().splitlines()[1:]:
    name, _, value = line.partition(":")
    name, value = name.strip(), value.strip()
    if name.lower() == "content-type":
        content_type = value
    elif name.lower() in kept:
        if '"' in value or "$" in value:
            sys.exit(f"cannot hand {name} to nginx as it is: {value}")
        added.append(f'      add_header {name} "{value}" always;\n')
with open(f"{folder}/nginx/nginx.conf", "w") as f:
    f.write(f"""worker_processes 2;
pid {folder}/nginx/nginx.pid;
error_log {folder}/nginx/logs/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  server {{
    listen 127.0.0.1:{port};
    root {folder}/same;
    location / {{
      types {{ }}
      default_type "{content_type}";
{"".join(added)}    }}
  }}
}}
""")
PY
  nginx_conf="$dir/nginx/nginx.conf"
  /usr/sbin/nginx -p "$dir/nginx" -c "$nginx_conf"
  local nginx_url="http://127.0.0.1:$nginx_port$article"
  cmp -s <(curl -sf "$nginx_url") "$dir/same$article" || { echo "nginx does not serve the site's page as saved" >&2; return 1; }
  wrk -t2 -c64 -d"${warm_seconds}s" "$site_url" >/dev/null
  wrk -t2 -c64 -d"${warm_seconds}s" "$nginx_url" >/dev/null
  local site_first nginx_first site_second nginx_second
  site_first=$(load "$site_url")
  nginx_first=$(load "$nginx_url")
  site_second=$(load "$site_url")
  nginx_second=$(load "$nginx_url")
  local site_load nginx_load
  site_load=$(turns "$site_first" "$site_second")
  nginx_load=$(turns "$nginx_first" "$nginx_second")
  stop_nginx
  stop_site

  # Searches: the output cache off, so that every request searches.
  site_port=$(free_port)
  start_site "$dir/archive.db" "$site_port" false
  python3 - "$site_port" "$runs" "$warmups" >"$dir/search" <<'PY'
import json, sys, time, urllib.parse, urllib.request
port, runs, warmups = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
base = f"http://127.0.0.1:{port}"
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
    for _ in range(runs):
        start = time.perf_counter()
        body = json.load(urllib.request.urlopen(url))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    hits = f"{'more than ' if body['more'] else ''}{body['total']}"
    print(f"search_{kind}={times[len(times) // 2]:.1f} {times[max(0, int(len(times) * 0.99) - 1)]:.1f} {hits}")
PY
  stop_site

  {
    echo "text=$text_bytes"
    echo "import=$import_result"
    echo "hugo=$hugo_result"
    echo "floor=$floor_result"
    echo "db=$db_bytes"
    echo "site_load=$site_load"
    echo "nginx_load=$nginx_load"
    cat "$dir/search"
  } >"$dir/results"
}

for name in "${shapes[@]}"; do
  measure "$name"
done

mkdir -p bench/results
python3 - "$count" "$seed" "$commit" "$work" "${shapes[@]}" <<'PY' | tee "bench/results/peers-$count-seed$seed.md"
import sys
count, seed, commit, work, shapes = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
results = {}
for shape in shapes:
    values = {}
    for line in open(f"{work}/{shape}/results"):
        key, _, value = line.strip().partition("=")
        values[key] = value.split(" ")
    results[shape] = values
mib = lambda kib: float(kib) / 1024
def column(shape):
    r = results[shape]
    text = int(r["text"][0])
    (import_s, import_kib), (hugo_s, hugo_kib), (floor_s, _) = r["import"], r["hugo"], r["floor"]
    db = int(r["db"][0])
    site_rps, site_p99 = map(float, r["site_load"])
    nginx_rps, nginx_p99 = map(float, r["nginx_load"])
    rows = [
        f"{import_s} s vs {hugo_s} s = **{float(hugo_s) / float(import_s):.2f} ×** Hugo's rate",
        f"{floor_s} s = **{float(hugo_s) / float(floor_s):.2f} ×** Hugo's rate",
        f"**{mib(import_kib):,.0f} MiB** ({mib(hugo_kib):,.0f} MiB)",
        f"{db / 2**20:,.1f} MiB vs {text / 2**20:,.1f} MiB = **{db / text:.2f} ×**",
        f"{site_rps:,.0f} vs {nginx_rps:,.0f} req/s = **{site_rps / nginx_rps:.2f} ×**, p99 {site_p99:.1f} ms ({nginx_p99:.1f} ms)",
    ]
    for kind in ("common", "speaker", "name", "phrase", "place", "date"):
        p50, p99, *hits = r[f"search_{kind}"]
        rows.append(f"**{p99} ms** (p50 {p50}; {' '.join(hits)} hits)")
    return rows, text / count
columns = {shape: column(shape) for shape in shapes}
heads = [f"{columns[s][1] / 1000:.1f} KB reports ({s})" for s in shapes]
labels = [
    "import vs Hugo building the same reports",
    "SQLite alone storing and FTS5-indexing the same files, nothing parsed, vs Hugo",
    "peak import memory (Hugo)",
    "database vs text imported",
    "article page, wrk -t2 -c64, vs nginx serving the same bytes (p99 of nginx)",
    "search p99, common word (`friendship`)",
    "search p99, word + speaker filter + date range (`friendship`, the most quoted person, 1990–2010)",
    "search p99, name whose words are all common (`nguyen van hung`)",
    "search p99, phrase (`\"volunteer soldiers\"`)",
    "search p99, place (`tay ninh`)",
    "search p99, date (`7 January 1979`)",
]
print(f"| {count:,} reports (seed {seed}), commit {commit} | " + " | ".join(heads) + " |")
print("|---|" + "---|" * len(shapes))
for i, label in enumerate(labels):
    print(f"| {label} | " + " | ".join(columns[s][0][i] for s in shapes) + " |")
PY

#!/usr/bin/env bash
# Compares the search latency of two builds on one machine at the same time: both sites run side
# by side on their own import of the same generated articles, and requests alternate between them,
# so the host's drift (up to two times over an hour here) falls on both alike. One run of
# bench/search.sh cannot tell a change from a slow hour; this can.
# Usage: bench/compare.sh REF_A REF_B [N=100000] [RUNS=400] [query...]. A ref is any git revision,
# or "." for the checkout as it stands. Traffic to 127.0.0.1 only; leaves nothing running.
# SHAPE=real|long generates reports of that shape (see `generate --shape`). A query "speaker:WORD"
# searches WORD filtered to the most quoted person and 1990–2010, as bench/peers.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
ref_a=$1
ref_b=$2
count=${3:-100000}
runs=${4:-400}
shift $(($# < 4 ? $# : 4))
work=$(mktemp -d)
sites=()
trap 'kill "${sites[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

build() { # ref dir -> path of the site's dll
  if [ "$1" = "." ]; then
    tar -c --exclude=bin --exclude=obj src Directory.Build.props Directory.Packages.props | tar -x -C "$2"
  else
    git archive "$1" src Directory.Build.props Directory.Packages.props | tar -x -C "$2"
  fi
  dotnet build "$2/src/Anniversary.Web" -c Release -v quiet -nologo >/dev/null
  echo "$2/src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll"
}

mkdir -p "$work/a" "$work/b"
app_a=$(build "$ref_a" "$work/a")
app_b=$(build "$ref_b" "$work/b")
dotnet "$app_a" generate "$work/articles" --count "$count" --seed 1 ${SHAPE:+--shape "$SHAPE"} >/dev/null
cp seeds/*.txt seeds/*.json "$work/articles/"
for side in a b; do
  app_var="app_$side"
  start=$(date +%s.%N)
  dotnet "${!app_var}" import "$work/articles" --db "$work/$side.db" >/dev/null 2>&1
  echo "import $side: $(python3 -c "print(f'{$count / ($(date +%s.%N) - $start):.0f}')") articles/s (one run each, one after the other)"
  python3 - "$work/$side.db" "$side" <<'PY'
import os, sqlite3, sys
path, side = sys.argv[1], sys.argv[2]
files = sum(os.path.getsize(path + suffix) for suffix in ("", "-wal") if os.path.exists(path + suffix))
with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
    index = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'SearchEntries%'").fetchone()[0]
print(f"size {side}: {files:,} bytes on disk, of which the search index {index:,}")
PY
done

sides=(a b)
ports=(5395 5396)
for i in 0 1; do
  side=${sides[$i]}
  port=${ports[$i]}
  app_var="app_$side"
  ConnectionStrings__Archive="Data Source=$work/$side.db" Archive__SeedsPath="$work/articles" ASPNETCORE_ENVIRONMENT=Production \
    RateLimiting__PermitsPerMinute=1000000 Caching__Enabled=false Serilog__MinimumLevel__Default=Warning \
    dotnet "${!app_var}" --urls "http://127.0.0.1:$port" >"$work/site-$side.log" 2>&1 &
  sites+=($!)
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
done

echo "A = $ref_a, B = $ref_b; $runs requests each, alternating; median / p99 ms"
python3 - "$runs" "${ports[@]}" "$@" <<'PY'
import json, statistics, sys, urllib.parse, urllib.request, time
runs, ports = int(sys.argv[1]), sys.argv[2:4]
queries = sys.argv[4:] or ["nguyen van hung", "friendship", '"volunteer soldiers"', "Kampuchean", "7 January 1979"]
speaker = json.load(urllib.request.urlopen(f"http://127.0.0.1:{ports[0]}/api/people"))[0]["slug"]
for q in queries:
    params = {"q": q[len("speaker:"):], "speaker": speaker, "from": "1990-01-01", "to": "2010-12-31"} if q.startswith("speaker:") else {"q": q}
    urls = [f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode(params) for port in ports]
    for _ in range(200):
        for url in urls:
            urllib.request.urlopen(url).read()
    times = [[], []]
    for i in range(runs):
        for side in ((0, 1) if i % 2 == 0 else (1, 0)):
            start = time.perf_counter()
            urllib.request.urlopen(urls[side]).read()
            times[side].append((time.perf_counter() - start) * 1000)
    a, b = (sorted(t) for t in times)
    p99 = int(runs * 0.99) - 1
    print(f"{q:24} A {statistics.median(a):5.1f} / {a[p99]:5.1f}   B {statistics.median(b):5.1f} / {b[p99]:5.1f}")
PY

#!/usr/bin/env bash
# Search benchmark: generates N synthetic articles, imports them (measuring the rate and the
# database size), then times each query type over RUNS requests to the site on 127.0.0.1.
# Usage: bench/search.sh [N=100000] [RUNS=200]. Leaves nothing running; results in bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
runs=${2:-200}
work=$(mktemp -d)
port=5391
trap 'kill "$site" 2>/dev/null || true; rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
dotnet build src/Anniversary.Web -c Release -v quiet -nologo >/dev/null
app=src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll
dotnet "$app" generate "$work/articles" --count "$count" --seed 1 >/dev/null
cp seeds/*.txt seeds/*.json "$work/articles/"

# A fixed piece of CPU work, timed before and after: this host's speed drifts by up to two times
# over an hour (other tenants), and the gauge says which kind of hour a run had.
gauge() { python3 -c 'import time; t = time.perf_counter(); sum(i * i for i in range(10**7)); print(f"{time.perf_counter() - t:.2f}")'; }
gauge_before=$(gauge)

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/import.rss" dotnet "$app" import "$work/articles" --db "$work/bench.db" >"$work/import.log" 2>&1
end=$(date +%s.%N)
rss_kb=$(tail -1 "$work/import.rss")
size=$(du -cb "$work"/bench.db* | tail -1 | cut -f1)

# Uncached: every request below runs its search.
ConnectionStrings__Archive="Data Source=$work/bench.db" Archive__SeedsPath="$work/articles" ASPNETCORE_ENVIRONMENT=Production RateLimiting__PermitsPerMinute=1000000 Caching__Enabled=false \
  dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
site=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done
speaker=$(curl -s "http://127.0.0.1:$port/api/people" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')

mkdir -p bench/results
python3 - "$port" "$runs" "$count" "$start" "$end" "$size" "$speaker" "$rss_kb" "$gauge_before" <<'PY' | tee "bench/results/search-$count.md"
import json, statistics, sys, time, urllib.parse, urllib.request
port, runs, count, start, end, size, speaker, rss, gauge = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]), sys.argv[7], int(sys.argv[8]), sys.argv[9]
queries = {
    "common word": {"q": "friendship"},
    "rare word": {"q": "Kampuchean"},
    "phrase": {"q": '"volunteer soldiers"'},
    "name without diacritics (generated, many statements)": {"q": "nguyen van hung"},
    "name without diacritics (seed)": {"q": "le kim anh"},
    "one name word many people share": {"q": "nguyen"},
    "date": {"q": "7 January 1979"},
    "day without year": {"q": "January 7"},
    "speaker filter": {"speaker": speaker},
}
print(f"cpu gauge before the import (10 million squares in Python): {gauge} s")
print(f"articles: {count + 2}; import: {(count + 2) / (end - start):.0f} articles/s ({end - start:.0f} s, peak memory {rss / 1024:.0f} MB); database: {size / 1e6:.0f} MB")
print("| query | median ms | p99 ms | results |")
print("|---|---|---|---|")
urls = {name: f"http://127.0.0.1:{port}/api/search?" + urllib.parse.urlencode(params) for name, params in queries.items()}
# Warm-up of every query type before any is timed: a long-running site serves code the JIT has
# optimised, and it keeps recompiling hot methods for the first few hundred requests.
for _ in range(200):
    for url in urls.values():
        urllib.request.urlopen(url).read()
for name, url in urls.items():
    times, total = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        body = json.load(urllib.request.urlopen(url))
        total = f"{'more than ' if body['more'] else ''}{body['total']}"
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"| {name} | {statistics.median(times):.1f} | {times[int(len(times) * 0.99) - 1]:.1f} | {total} |")
PY
echo "cpu gauge after the searches: $(gauge) s" | tee -a "bench/results/search-$count.md"

#!/usr/bin/env bash
# Dumps every page of the site the way a reader and a crawler see it, for a before/after diff of a
# change that must not be visible: every URL in the sitemaps, every /api list and its items, the
# feeds and a fixed set of searches. Usage: bench/dump-site.sh <out-folder> [<import-folder> ...]
# Builds the site, imports seeds/ (and the given folders) into a fresh database in a temp folder,
# serves it on 127.0.0.1 and writes one file per URL. Diff two outputs with `diff -r`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "$1"); shift
work=$(mktemp -d); trap 'kill $site 2>/dev/null; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
rm -rf "$out"; mkdir -p "$out"

dotnet build src/Anniversary.Web -c Release -v q -nologo >/dev/null
run() { dotnet src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll "$@"; }
export ConnectionStrings__Archive="Data Source=$work/archive.db" Archive__SeedsPath="$PWD/seeds"
for folder in "$@"; do run import "$folder" --db "$work/archive.db" >/dev/null || true; done
ASPNETCORE_URLS="http://127.0.0.1:$port" RateLimiting__PermitsPerMinute=1000000 \
  dotnet src/Anniversary.Web/bin/Release/net10.0/Anniversary.Web.dll >"$work/site.log" 2>&1 &
site=$!
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.5; done

base="http://127.0.0.1:$port"
fetch() { local path=$1 name; name=$(printf '%s' "$path" | sed 's#[/?&=%]#_#g'); curl -s -D "$out/$name.headers" "$base$path" -o "$out/$name.body";
  # Dates and fingerprints that differ by run, not by change.
  sed -i -E '/^(Date|ETag|Last-Modified|Age):/Id' "$out/$name.headers"
  sed -i -E 's/"traceId":"[^"]*"/"traceId":"-"/' "$out/$name.body"; }
urls() { grep -oE '<loc>[^<]+' | sed -E "s#<loc>(https?://[^/]+)?##"; }
curl -s "$base/sitemap.xml" | urls > "$work/maps"
: > "$work/pages"
while read -r map; do curl -s "$base$map" | urls >> "$work/pages"; done < "$work/maps"
{ echo /sitemap.xml; cat "$work/maps" "$work/pages"
  for list in articles people events timeline; do echo "/api/$list"; echo "/api/$list?page=2"; done
  curl -s "$base/api/articles" | grep -oE '"slug":"[^"]+"' | cut -d'"' -f4 | sed 's#^#/api/articles/#'
  curl -s "$base/api/people" | grep -oE '"slug":"[^"]+"' | cut -d'"' -f4 | sed 's#^#/api/people/#'
  echo /feed.atom; echo /robots.txt; echo /search; echo /timeline?page=2; echo /status/404; echo /no-such-page
  for q in 'anniversary' '"January 7"' 'ha noi' 'victory -cambodia' 'speaker' '7 January 1979' 'january 2024' 'đ' '*' 'OR OR' 'hun sen OR xuan'; do
    enc=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")
    for p in /search /api/search /search.atom; do echo "$p?q=$enc"; echo "$p?q=$enc&kind=paragraphs&page=2"; echo "$p?q=$enc&kind=statements&page=2"; echo "$p?q=$enc&kind=articles&sort=oldest"; echo "$p?q=$enc&from=2024-01-01&to=2024-01-31&sort=newest"; done
  done
} | sort -u > "$work/all"
while read -r path; do fetch "$path"; done < "$work/all"
cp "$work/all" "$out/_urls"
echo "$(wc -l < "$work/all") URLs dumped into $out"

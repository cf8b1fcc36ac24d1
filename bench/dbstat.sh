#!/usr/bin/env bash
# What each table and index of an archive costs on disk (SQLite's dbstat), largest first, as a
# markdown table; the text bytes given as the second argument give each a ratio to the text.
# Usage: bench/dbstat.sh path/to/archive.db [text-bytes]
set -euo pipefail
python3 - "$1" "${2:-0}" <<'PY'
import sqlite3, sys
path, text = sys.argv[1], int(sys.argv[2])
with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
    rows = db.execute("SELECT name, sum(pgsize), sum(payload), count(*) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    kinds = dict(db.execute("SELECT name, type FROM sqlite_schema"))
total = sum(r[1] for r in rows)
ratio = lambda n: f" | {n / text:.2f}" if text else ""
print("| table or index | kind | MiB | share | pages | of the text |"[: None if text else -16])
print("|---|---|---|---|---|---|"[: None if text else -4])
for name, size, payload, pages in rows:
    print(f"| {name} | {kinds.get(name, 'fts5 shadow')} | {size / 2**20:.2f} | {size / total:.1%} | {pages}{ratio(size)} |")
print(f"| all | | {total / 2**20:.2f} | 100% | {ratio(total)} |")
PY

#!/bin/sh
# Times a whole edition build against a peer measured in the same run: pandoc turning the same
# reports' Markdown (as `edition import` makes it) into standalone HTML pages with footnotes.
# Usage: bench/build.sh [REPORTS] [RUNS]   — REPORTS copies of the seed sources (default 2), RUNS runs (default 5).
# Needs pandoc (apt-get install pandoc). Prints the median of each and the ratio edition/pandoc.
set -eu
cd "$(dirname "$0")/.."
reports=${1:-2}
runs=${2:-5}
command -v pandoc >/dev/null || { echo "bench: pandoc is needed (apt-get install pandoc)" >&2; exit 1; }
[ -f target/edition.jar ] || ./edition --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content/sources" "$work/md"
cp content/edition.yaml "$work/content/"
i=0
while [ $i -lt "$reports" ]; do
  for src in content/sources/*.txt content/sources/*.md; do
    stem=$(basename "$src"); ext=${stem##*.}; stem=${stem%.*}
    cp "$src" "$work/content/sources/$stem-$i.$ext"
    sed "s/^id: .*/id: $stem-$i/" "content/sources/$stem.yaml" > "$work/content/sources/$stem-$i.yaml"
    java -jar target/edition.jar import "$src" 2>/dev/null > "$work/md/$stem-$i.md"
    i=$((i + 1))
    [ $i -lt "$reports" ] || break
  done
done
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
edition_times=""; pandoc_times=""
r=0
while [ $r -lt "$runs" ]; do
  t0=$(now); java -jar target/edition.jar build --content "$work/content" --out "$work/site" >/dev/null 2>&1; t1=$(now)
  edition_times="$edition_times $(( (t1 - t0) / 1000000 ))"
  t0=$(now)
  for md in "$work"/md/*.md; do pandoc -s -f markdown -t html5 --metadata title=x -o "$md.html" "$md"; done
  t1=$(now)
  pandoc_times="$pandoc_times $(( (t1 - t0) / 1000000 ))"
  r=$((r + 1))
done
e=$(echo $edition_times | tr ' ' '\n' | median)
p=$(echo $pandoc_times | tr ' ' '\n' | median)
echo "reports: $reports, runs: $runs"
echo "edition build (whole site: reports, glossary, search, pages): median ${e} ms  [$edition_times ]"
echo "pandoc (one standalone page per report, same Markdown):       median ${p} ms  [$pandoc_times ]"
awk -v e="$e" -v p="$p" 'BEGIN { printf "ratio edition/pandoc: %.2f\n", e / p }'

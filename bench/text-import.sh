#!/bin/sh
# The text importers on the real corpus (src/test/resources/corpus/): `edition import` of each text as an
# editor runs it (a new JVM through the launcher's settings), interleaved in the same run with the peer,
# pandoc reading the same text as Markdown and writing CommonMark (a parse of the same bytes, without
# what the importer does: pages, notes, headings); then the importers' own time in one warm JVM
# (bench/ImportBench.java). Usage: bench/text-import.sh [RUNS] (default 5). Prints medians and ratios;
# nothing is asserted anywhere. Needs pandoc (apt-get install pandoc).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v pandoc >/dev/null || { echo "bench: pandoc is needed (apt-get install pandoc)" >&2; exit 1; }
./edition --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
printf '%-36s %14s %12s %8s\n' text "edition ms" "pandoc ms" ratio
for f in src/test/resources/corpus/*.txt; do
  e=""; p=""; r=0
  while [ $r -lt "$runs" ]; do
    t0=$(now); ./edition import "$f" -o "$work/out.md" 2>/dev/null; t1=$(now)
    e="$e $(( (t1 - t0) / 1000000 ))"
    t0=$(now); pandoc -f markdown-yaml_metadata_block -t commonmark -o "$work/peer.md" "$f"; t1=$(now)
    p="$p $(( (t1 - t0) / 1000000 ))"
    r=$((r + 1))
  done
  em=$(echo $e | tr ' ' '\n' | median); pm=$(echo $p | tr ' ' '\n' | median)
  printf '%-36s %14s %12s %8s\n' "$(basename "$f")" "$em" "$pm" "$(awk "BEGIN {printf \"%.2fx\", $em / $pm}")"
done
echo
echo "the importers' own time, warm (one JVM, 10 rounds after 5 warm-ups):"
java -cp target/edition.jar bench/ImportBench.java 10 5 src/test/resources/corpus/*.txt

#!/bin/sh
# What a first search loads at scale: builds the seeds with REPORTS synthetic reports (bench/corpus.sh), then
# runs the search page's own engine with Node on the built site (bench/search-bytes.js) for a set of queries,
# and prints, per query, the bytes of the page, of the index parts of its words and of the texts of the
# twenty results shown. Usage: bench/search-bytes.sh [REPORTS] [QUERY...]   (default 1000 and the queries below)
# EDITION_BENCH_KEEP=DIR reuses DIR/REPORTS (a corpus and site made by bench/scale.sh or an earlier run).
set -eu
cd "$(dirname "$0")/.."
reports=${1:-1000}
[ $# -gt 0 ] && shift
command -v node >/dev/null || { echo "bench: node is needed (apt-get install nodejs)" >&2; exit 1; }
./edition --version >/dev/null
if [ -n "${EDITION_BENCH_KEEP:-}" ]; then
  work=$EDITION_BENCH_KEEP; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
dir=$work/$reports
[ -f "$dir/ready" ] || bench/corpus.sh "$reports" "$dir"
[ -f "$dir/site/assets/search/index.js" ] || ./edition build --content "$dir/content" --out "$dir/site" >/dev/null
if [ $# -eq 0 ]; then
  set -- "New START" "sanctions" "arms control" "Russia" "Trump Putin" "Crimea annexation" "election interference" \
    "NATO enlargement" "Syria chemical weapons" "China" "the start of the Putin era" "Magnitsky" "cyber"
fi
echo "bench/search-bytes.sh, $(date -u +%Y-%m-%d), the seeds and $reports synthetic reports"
node bench/search-bytes.js "$dir/site" "$@"

#!/bin/sh
# Times whole edition builds of growing corpora against Hugo building the same Markdown, in the same run.
# Usage: bench/scale.sh [RUNS] [SIZES...]   — RUNS runs of each (default 3); SIZES numbers of synthetic reports
#        of 8,000 words added to the two seed reports (default: 0 100 1000).
# Each corpus is made by bench/corpus.sh (deterministic: the same corpus on every machine). The
# edition builds it with everything it has (glossary, annotations, themes, comparisons, search) through the
# ./edition launcher, as a user runs it; Hugo (Debian's hugo) builds the same Markdown files (the seeds as
# `edition import` prints them) with a one-page layout. Runs alternate: edition, Hugo, floor, edition, Hugo …
# The floor is the stack's (bench/stack-floor.sh): the same Markdown files made into pages by the edition's
# own libraries on its JVM options and nothing else, what Java 17, flexmark, FreeMarker and jsoup cost.
# Prints the median wall-clock time of each, their ratio, and the peak resident set size (GNU time's %M,
# as in /usr/bin/time -v), then how the edition's time grows from the smallest to the largest corpus, then
# what each site weighs: its bytes and files against Hugo's, and the edition's largest pages (a reader
# opens them, and a page is limited to 64 million characters).
# Not a test: times depend on the machine and its load; compare the columns of one run.
# EDITION_BENCH_KEEP=DIR keeps the corpora and sites in DIR (and reuses corpora already there).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
[ $# -gt 0 ] && shift
sizes=${*:-0 100 1000}
command -v hugo >/dev/null || { echo "bench: hugo is needed (apt-get install hugo)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }
./edition --version >/dev/null
if [ -n "${EDITION_BENCH_KEEP:-}" ]; then
  work=$EDITION_BENCH_KEEP; mkdir -p "$work"
else
  work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi

corpus() { # corpus N: $work/N/content (the edition's) and $work/N/hugo (the same Markdown for Hugo)
  [ -f "$work/$1/ready" ] || bench/corpus.sh "$1" "$work/$1"
  rm -rf "$work/$1/floor-md"; mkdir -p "$work/$1/floor-md"
  cp "$work/$1"/hugo/content/reports/*.md "$work/$1/floor-md/"
}

now() { date +%s%N; }
timed() { # timed LOG COMMAND…: appends "wall-milliseconds peak-KB cpu-seconds" to LOG
  log=$1; shift
  t0=$(now)
  /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; echo "bench: failed: $*" >&2; exit 1; }
  t1=$(now)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -1 "$work/rss" | awk '{printf "%s %.2f", $1, $2 + $3}')" >> "$log"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in $sizes; do corpus "$n"; rm -f "$work/$n/edition.times" "$work/$n/hugo.times" "$work/$n/floor.times"; done
set -- $sizes
bench/stack-floor.sh --prepare "$work" "$work/$1"/floor-md/*.md   # its class archive from the first corpus
# The launcher's first build with a new jar archives the classes it loads (class data sharing); make it here,
# untimed, as an editor's first build makes it.
./edition build --content content --out "$work/first-site" >/dev/null 2>&1
r=0
while [ "$r" -lt "$runs" ]; do
  for n in $sizes; do
    timed "$work/$n/edition.times" ./edition build --content "$work/$n/content" --out "$work/$n/site"
    timed "$work/$n/hugo.times" hugo --quiet -s "$work/$n/hugo" -d "$work/$n/hugo/public"
    timed "$work/$n/floor.times" bench/stack-floor.sh "$work" "$work/$n"/floor-md/*.md
  done
  r=$((r + 1))
done

echo "bench/scale.sh, $(date -u +%Y-%m-%d), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, alternating;"
echo "median wall-clock time, peak RSS the largest of the runs, median processor time (user + system)"
printf '%-8s %8s %9s %9s %8s %9s %9s %9s %9s %9s %9s %s\n' reports words edition hugo ratio floor "fl./hugo" "ed. RSS" "hugo RSS" "ed. CPU" "hugo CPU" "edition runs (ms)"
for n in $sizes; do
  e=$(cut -d' ' -f1 "$work/$n/edition.times" | median)
  h=$(cut -d' ' -f1 "$work/$n/hugo.times" | median)
  f=$(cut -d' ' -f1 "$work/$n/floor.times" | median)
  erss=$(cut -d' ' -f2 "$work/$n/edition.times" | sort -n | tail -1)
  hrss=$(cut -d' ' -f2 "$work/$n/hugo.times" | sort -n | tail -1)
  ecpu=$(cut -d' ' -f3 "$work/$n/edition.times" | median)
  hcpu=$(cut -d' ' -f3 "$work/$n/hugo.times" | median)
  words=$(cat "$work/$n"/hugo/content/reports/*.md | wc -w)
  awk -v n="$((n + 2))" -v w="$words" -v e="$e" -v h="$h" -v f="$f" -v er="$erss" -v hr="$hrss" -v ec="$ecpu" -v hc="$hcpu" \
    -v all="$(cut -d' ' -f1 "$work/$n/edition.times" | tr '\n' ' ')" \
    'BEGIN { printf "%-8s %8s %8.2fs %8.2fs %7.1f× %8.2fs %8.1f× %7.2fGB %7.2fGB %8.1fs %8.1fs %s\n", n, w, e / 1000, h / 1000, e / h, f / 1000, f / h, er / 1048576, hr / 1048576, ec, hc, all }'
done
first=""; last=""
for n in $sizes; do
  [ "$n" -gt 0 ] || continue
  [ -n "$first" ] || first=$n
  last=$n
done
if [ -n "$first" ] && [ "$first" != "$last" ]; then
  e1=$(cut -d' ' -f1 "$work/$first/edition.times" | median)
  e2=$(cut -d' ' -f1 "$work/$last/edition.times" | median)
  awk -v a="$first" -v b="$last" -v t1="$e1" -v t2="$e2" \
    'BEGIN { printf "growth: %d → %d synthetic reports (%.1f× the reports): %.2f× the edition'"'"'s time\n", a, b, b / a, t2 / t1 }'
fi

echo "what the sites weigh (the last run's): bytes and files, and the edition's three largest pages"
for n in $sizes; do
  ekb=$(du -sk --apparent-size "$work/$n/site" | cut -f1)
  hkb=$(du -sk --apparent-size "$work/$n/hugo/public" | cut -f1)
  ef=$(find "$work/$n/site" -type f | wc -l)
  hf=$(find "$work/$n/hugo/public" -type f | wc -l)
  largest=$(find "$work/$n/site" -type f -name '*.html' -printf '%s %P\n' | sort -rn | head -3 \
    | awk '{printf "%s%s %.1f MB", (NR > 1 ? ", " : ""), $2, $1 / 1000000}')
  awk -v n="$((n + 2))" -v ekb="$ekb" -v hkb="$hkb" -v ef="$ef" -v hf="$hf" -v l="$largest" \
    'BEGIN { printf "%-8s edition %8.1f MB in %6d files, Hugo %7.1f MB in %6d files; largest: %s\n", n, ekb * 1024 / 1000000, ef, hkb * 1024 / 1000000, hf, l }'
done

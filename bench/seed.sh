#!/bin/sh
# Times the seed edition's cold build — `./edition build` as an editor runs it, launcher and JVM start-up
# included, a new process each time — against pandoc turning the same two texts (their Markdown, as
# `edition import` prints it) into standalone HTML pages, in the same run, alternating; and, as a third
# column, the stack's floor: the same two pages made by the edition's own libraries on its JVM options and
# nothing else (bench/stack-floor.sh), what Java 17, flexmark, FreeMarker and jsoup cost before the edition
# does anything of its own.
# Usage: bench/seed.sh [RUNS]   (default 9). Prints the median wall-clock and processor times and the ratio.
# The launcher's first build with a new jar archives the classes it loads (class data sharing); that build
# is made first, untimed, as an editor's first build makes it. Not a test: compare the columns of one run.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-9}
command -v pandoc >/dev/null || { echo "bench: pandoc is needed (apt-get install pandoc)" >&2; exit 1; }
./edition --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for src in content/sources/*.txt content/sources/*.md; do
  stem=$(basename "$src"); stem=${stem%.*}
  java -jar target/edition.jar import "$src" 2>/dev/null > "$work/$stem.md"
done
./edition build --out "$work/site" >/dev/null 2>&1
mkdir -p "$work/floor-md"
cp "$work"/*.md "$work/floor-md/"
bench/stack-floor.sh --prepare "$work" "$work"/floor-md/*.md
now() { date +%s%N; }
timed() { # timed LOG COMMAND…: appends "wall-ms cpu-s" to LOG
  log=$1; shift
  t0=$(now)
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>&1
  t1=$(now)
  echo "$(( (t1 - t0) / 1000000 )) $(awk '{printf "%.2f", $1 + $2}' "$work/cpu")" >> "$log"
}
cat > "$work/pandoc.sh" <<PANDOC
for md in "$work"/*.md; do pandoc -s -f markdown -t html5 --metadata title=x -o "\$md.html" "\$md"; done
PANDOC
r=0
while [ $r -lt "$runs" ]; do
  timed "$work/edition.times" ./edition build --out "$work/site"
  timed "$work/pandoc.times" sh "$work/pandoc.sh"
  timed "$work/floor.times" bench/stack-floor.sh "$work" "$work"/floor-md/*.md
  r=$((r + 1))
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
e=$(cut -d' ' -f1 "$work/edition.times" | median); ec=$(cut -d' ' -f2 "$work/edition.times" | median)
p=$(cut -d' ' -f1 "$work/pandoc.times" | median); pc=$(cut -d' ' -f2 "$work/pandoc.times" | median)
f=$(cut -d' ' -f1 "$work/floor.times" | median); fc=$(cut -d' ' -f2 "$work/floor.times" | median)
echo "bench/seed.sh, $(date -u +%Y-%m-%d), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, alternating"
echo "edition build of the seed edition (launcher included): median ${e} ms, ${ec} s of processor  [$(cut -d' ' -f1 "$work/edition.times" | tr '\n' ' ')]"
echo "pandoc, the same two texts to standalone pages:       median ${p} ms, ${pc} s of processor  [$(cut -d' ' -f1 "$work/pandoc.times" | tr '\n' ' ')]"
echo "the stack's floor, the same two pages on Java 17:     median ${f} ms, ${fc} s of processor  [$(cut -d' ' -f1 "$work/floor.times" | tr '\n' ' ')]"
awk -v e="$e" -v p="$p" -v f="$f" 'BEGIN { printf "ratio edition/pandoc: %.2f   (floor/pandoc: %.2f; edition/floor: %.2f)\n", e / p, f / p, e / f }'

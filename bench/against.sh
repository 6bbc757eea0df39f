#!/bin/sh
# Times the seed edition's cold build at another commit against the working tree's, alternating: each
# tree's own launcher (`./edition build`, JVM options and class-data archive as that commit makes them),
# jar, content and templates — what an editor of either commit waits for.
# Usage: bench/against.sh REF [RUNS]   (RUNS default 9). Prints both medians, every run, and their ratio.
# REF's tree is unpacked with `git archive` into a temporary folder and its jar built there (the repository is
# not touched); each launcher's first build, which makes its class-data archive, is not counted.
# Not a test: compare the two columns of one run; the machine's speed drifts between runs.
set -eu
cd "$(dirname "$0")/.."
ref=$(git rev-parse "$1")
runs=${2:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/ref"
git archive "$ref" | tar -x -C "$work/ref"
echo "against: building the jar of $(git rev-parse --short "$ref") …" >&2
(cd "$work/ref" && mvn -q -B -o -Dstyle.color=never -DskipTests package) >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
./edition --version >/dev/null
for tree in "$work/ref" .; do
  (cd "$tree" && ./edition build --out "$work/site" >/dev/null 2>&1)
done
: > "$work/ref.times"; : > "$work/new.times"
i=0
while [ "$i" -lt "$runs" ]; do
  for side in ref new; do
    tree=$( [ "$side" = ref ] && echo "$work/ref" || echo .)
    t0=$(date +%s%N)
    (cd "$tree" && ./edition build --out "$work/site" >/dev/null 2>&1)
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 )) >> "$work/$side.times"
  done
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
r=$(median "$work/ref.times"); n=$(median "$work/new.times")
echo "bench/against.sh, $(date -u +%Y-%m-%d), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, alternating"
echo "$(git rev-parse --short "$ref"): median $r ms  [$(tr '\n' ' ' < "$work/ref.times")]"
echo "working tree: median $n ms  [$(tr '\n' ' ' < "$work/new.times")]"
awk -v r="$r" -v n="$n" 'BEGIN { printf "working tree / %s: %.3f\n", "'"$(git rev-parse --short "$ref")"'", n / r }'

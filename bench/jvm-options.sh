#!/bin/sh
# Cold builds of the seed edition with the launcher's JVM options plus each set of options given, in
# alternating runs, each set with a class-data-sharing archive of its own (made as the launcher makes it, from
# the classes a first, uncounted run loads).
# Usage: bench/jvm-options.sh RUNS "OPTIONS A" "OPTIONS B" …   ("" for the launcher's options alone)
# e.g.   bench/jvm-options.sh 9 "" "-XX:+UseSerialGC"
# Prints, per set, the median wall-clock and processor time (user + system) and every run. Nothing is asserted.
set -eu
cd "$(dirname "$0")/.."
runs=$1; shift
./edition --version >/dev/null
jar=target/edition.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher="-XX:TieredStopAtLevel=1 -Xmx1g -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=80 -Xshare:auto -Xlog:disable -Xlog:all=warning,cds*=error:stderr"
# as the launcher chooses: one compiler thread on one or two cores
[ "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)" -gt 2 ] || launcher="$launcher -XX:CICompilerCount=1"
echo "bench/jvm-options.sh, $(date -u +%Y-%m-%d), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, alternating"
k=0
for options in "$@"; do
  k=$((k + 1))
  java -XX:DumpLoadedClassList="$work/$k.classes" $launcher $options -jar $jar build --out "$work/site" >/dev/null 2>&1
  java -Xshare:dump -Xmx1g -Xlog:disable $options -XX:SharedClassListFile="$work/$k.classes" -XX:SharedArchiveFile="$work/$k.jsa" \
    -cp $jar >/dev/null 2>&1
done
for i in $(seq "$runs"); do
  k=0
  for options in "$@"; do
    k=$((k + 1))
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$work/time" java -XX:SharedArchiveFile="$work/$k.jsa" $launcher $options -jar $jar \
      build --out "$work/site" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$k $(( (end - start) / 1000000 )) $(awk '{printf "%d", ($1 + $2) * 1000}' "$work/time")"
  done
done | python3 -c '
import sys, collections
wall, cpu = collections.defaultdict(list), collections.defaultdict(list)
for line in sys.stdin:
    k, w, c = line.split()
    wall[k].append(int(w)); cpu[k].append(int(c))
median = lambda v: sorted(v)[(len(v) - 1) // 2]
for i, options in enumerate(sys.argv[1:], 1):
    k = str(i)
    print("%-50s wall %5d ms  cpu %5d ms  %s" % (repr(options), median(wall[k]), median(cpu[k]), wall[k]))
' "$@"

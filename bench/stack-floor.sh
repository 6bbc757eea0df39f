#!/bin/sh
# The stack's floor: bench/StackFloor.java — pandoc's and Hugo's job (Markdown to standalone pages: flexmark,
# a FreeMarker layout, jsoup, SHA-256) on the edition's own stack and JVM options, nothing of the edition's own.
# bench/seed.sh and bench/scale.sh time it beside the edition and its peer, in the same run.
# Usage: bench/stack-floor.sh --prepare WORK [FILE.md…]   compiles it into WORK and archives the classes a run on
#                                                  copies of the files given loads (class data sharing, as the
#                                                  launcher does for the edition with its first build)
#        bench/stack-floor.sh WORK FILE.md…       writes FILE.md.html beside each file (more than 120 files: both
#                                                  compilers, as the launcher chooses for a build of as many sources)
set -eu
[ $# -ge 2 ] || { echo "usage: bench/stack-floor.sh --prepare WORK [FILE.md…] | WORK FILE.md…" >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/edition.jar"
options="-Xmx1g -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=80 -Xshare:auto -Xlog:disable"
if [ "$1" = "--prepare" ]; then
  work=$2; shift 2
  mkdir -p "$work/floor-classes" "$work/floor-sample"
  javac -nowarn -cp "$jar" -d "$work/floor-classes" "$here/bench/StackFloor.java"
  jar --create --file "$work/floor.jar" -C "$work/floor-classes" .   # class data sharing archives jars, not folders
  printf '# A title\n\nA paragraph with a note.[^1]\n\n[^1]: The note.\n' > "$work/floor-sample/sample.md"
  [ $# -eq 0 ] || cp "$@" "$work/floor-sample/"
  java -XX:DumpLoadedClassList="$work/floor.classes" -XX:TieredStopAtLevel=1 $options -cp "$jar:$work/floor.jar" StackFloor \
    "$work"/floor-sample/*.md >/dev/null
  java -Xshare:dump -Xlog:disable -XX:SharedClassListFile="$work/floor.classes" -XX:SharedArchiveFile="$work/floor.jsa" \
    -cp "$jar:$work/floor.jar" >/dev/null 2>&1 || { echo "bench: the stack floor's class archive could not be made" >&2; exit 1; }
  exit 0
fi
work=$1; shift
compiler="-XX:TieredStopAtLevel=1"   # as the launcher chooses: one compiler thread on one or two cores
[ "$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)" -gt 2 ] || compiler="$compiler -XX:CICompilerCount=1"
[ $# -le 120 ] || compiler=""
exec java -XX:SharedArchiveFile="$work/floor.jsa" $compiler $options -cp "$jar:$work/floor.jar" StackFloor "$@"

#!/bin/sh
# Save-to-reload in the live preview (edition serve) against a full cold ./edition build, same run.
# Usage: bench/preview.sh [ROUNDS] [WARM_UPS]   (defaults 10 and 3)
# Copies content/ and templates/ to a temporary folder, serves them with `edition serve --port 0`, then
# bench/PreviewBench.java makes real saves of a source, the glossary, a template and the stylesheet and
# times each from the write to the reloaded page (the live-reload answer, then the page and its assets
# over HTTP), with a cold `./edition build` of the same files between rounds. Prints medians and ratios,
# then the server's own log of each rebuild. No figure is asserted anywhere.
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-10}
warmups=${2:-3}
./edition --version >/dev/null
work=$(mktemp -d)
pid=""
cleanup() { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cp -R content templates "$work/"
java -jar target/edition.jar serve --port 0 --content "$work/content" --templates "$work/templates" \
  >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
i=0
until grep -q 'edition: serving' "$work/serve.out" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 1200 ] || { cat "$work/serve.out" "$work/serve.err" >&2; exit 1; }
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.out" "$work/serve.err" >&2; exit 1; }
  sleep 0.1
done
# An editor opens the page and reads before the first save: wait (at most a minute) until the server's
# practice builds after its first build are over, as its log says.
i=0
until grep -q 'edition: warmed up' "$work/serve.out" 2>/dev/null; do
  i=$((i + 1)); [ $i -lt 600 ] || break
  sleep 0.1
done
url=$(sed -n 's/^edition: serving \(http:[^ ]*\).*/\1/p' "$work/serve.out")
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
echo "edition: $(ls content/sources | grep -cv '\.ya\?ml$') reports; serving $url; $rounds rounds after $warmups warm-up rounds"
java bench/PreviewBench.java "$url" "$work" "$rounds" "$warmups"
echo "server's log (first build, practice builds, then the last rebuilds):"
head -1 "$work/serve.out"
grep 'practice builds' "$work/serve.out" || true
tail -8 "$work/serve.out"

#!/bin/sh
# Checks that an optimisation changed nothing a reader gets: builds the seed edition, and the seeds with
# REPORTS synthetic reports (bench/corpus.sh), with the jar and templates of a reference commit and
# with the working tree's, and compares the two sites file by file (their .edition-manifest, SHA-256 per file).
# Usage: bench/identical.sh [REF] [REPORTS]   — REF a commit (default HEAD), REPORTS (default 40).
# Exit 0 when every site is byte-identical; 1 with the differing files listed otherwise.
# The reference jar is built from `git archive REF` in a temporary folder (the repository is not touched)
# and kept in ${TMPDIR:-/tmp}/edition-reference-<commit>.jar for the next run.
set -eu
cd "$(dirname "$0")/.."
ref=$(git rev-parse "${1:-HEAD}")
reports=${2:-40}
./edition --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache=${TMPDIR:-/tmp}/edition-reference-$ref.jar
if [ ! -f "$cache" ]; then
  echo "identical: building the reference jar of $ref …" >&2
  mkdir "$work/ref"
  git archive "$ref" | tar -x -C "$work/ref"
  (cd "$work/ref" && mvn -q -B -o -Dstyle.color=never -DskipTests package) >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
  cp "$work/ref/target/edition.jar" "$cache"
fi

mkdir -p "$work/ref-tree"
git archive "$ref" templates | tar -x -C "$work/ref-tree"
bench/corpus.sh "$reports" "$work/bench"

status=0
for corpus in content "$work/bench/content"; do
  name=$( [ "$corpus" = content ] && echo "the seed edition" || echo "the seeds and $reports synthetic reports")
  SOURCE_DATE_EPOCH=1700000000 java -jar "$cache" build --content "$corpus" --templates "$work/ref-tree/templates" --out "$work/site-ref" >/dev/null 2>"$work/ref.err" \
    || { cat "$work/ref.err" >&2; exit 1; }
  SOURCE_DATE_EPOCH=1700000000 ./edition build --content "$corpus" --out "$work/site-new" >/dev/null 2>"$work/new.err" \
    || { cat "$work/new.err" >&2; exit 1; }
  if cmp -s "$work/site-ref/.edition-manifest" "$work/site-new/.edition-manifest"; then
    echo "identical: $name: $(wc -l < "$work/site-new/.edition-manifest") files, byte-identical to $(git rev-parse --short "$ref")'s"
  else
    echo "identical: $name: DIFFERS from $(git rev-parse --short "$ref")'s:"
    diff "$work/site-ref/.edition-manifest" "$work/site-new/.edition-manifest" | sed -n 's/^[<>] [0-9a-f]*  /  /p' | sort -u | head -20
    status=1
  fi
  rm -rf "$work/site-ref" "$work/site-new"
done
exit $status

#!/bin/sh
# Times the related-passages step (an inverted index with champion lists) on the two seed reports and on
# deterministic synthetic corpora of 25 to 200 reports, against a naive all-pairs loop on the same vectors.
# Usage: bench/related-passages.sh [CONTENT_DIR] [LARGEST_CORPUS_FOR_THE_NAIVE_LOOP] [CHAMPIONS]
# Not a test: wall-clock times depend on the machine; compare the columns of one run, not runs.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
mvn -q -B -o -Dstyle.color=never test-compile
cp="$(mktemp)"
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$cp")" org.edition.link.compare.RelatedPassagesBench "$@"

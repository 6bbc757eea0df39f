#!/bin/sh
# Times the related-passages step (an inverted index with champion lists) on the two seed reports and on
# deterministic synthetic corpora of 25 to 200 reports, against a naive all-pairs loop on the same vectors.
# Usage: bench/related-passages.sh [CONTENT_DIR] [LARGEST_CORPUS_FOR_THE_NAIVE_LOOP] [CHAMPIONS]
# Not a test: wall-clock times depend on the machine; compare the columns of one run, not runs.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
./edition --version >/dev/null   # the jar, with every library the benchmark needs (built if the sources changed)
mvn -q -B -o -Dstyle.color=never test-compile
exec java -Xmx2g -cp "target/test-classes:target/edition.jar" org.edition.link.compare.RelatedPassagesBench "$@"

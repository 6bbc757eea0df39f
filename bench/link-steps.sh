#!/bin/sh
# Times the link stage's steps one by one (glossary links and candidates, themes, vocabulary, shared sources,
# timeline, related passages, the whole stage), best of RUNS in one JVM, on an edition read once.
# Usage: bench/link-steps.sh [CONTENT_DIR] [RUNS]   (default: content, 5). A corpus: bench/corpus.sh 100 /tmp/c, then /tmp/c/content.
# Not a test: times depend on the machine; compare two builds of the code in runs made one after the other.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
content=$(cd "${1:-content}" && pwd)
cd "$here"
./edition --version >/dev/null   # the jar, with every library the benchmark needs (built if the sources changed)
mvn -q -B -o -Dstyle.color=never test-compile
exec java -Xmx2g -cp "target/test-classes:target/edition.jar" org.edition.link.LinkStepsBench "$content" "${2:-5}"

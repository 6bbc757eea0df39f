#!/bin/sh
# Times `edition import` of a PDF (the PDF importer, PDFBox) against Poppler's pdftotext on the same
# file and against `edition import` of pdftotext's text (the pdf-text importer), interleaved in one run,
# and the PDF import again with the JIT limited to its first tier (-XX:TieredStopAtLevel=1), which
# suits a short run. Wall clock and CPU (user + system, all threads) per run, then the medians.
# usage: bench/pdf-import.sh [PDF] [RUNS]    (default: the 49-page GAO report of the test corpus, 5 runs)
# Asserts nothing. Needs target/edition.jar (mvn -DskipTests package), pdftotext (poppler-utils) and
# GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
pdf=${1:-$here/src/test/resources/corpus/gao-05-927.pdf}
runs=${2:-5}
jar=$here/target/edition.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -DskipTests package" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext is needed (apt-get install poppler-utils)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is needed (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pages=$(java -jar "$jar" import "$pdf" -o "$work/warm.md" 2>&1 >/dev/null | sed -n 's/.*read from the PDF itself (\([0-9]*\) page.*/\1/p')
pdftotext -enc UTF-8 "$pdf" "$work/p.txt"
# one timed run: prints "wall_ms cpu_ms"
timed() { /usr/bin/time -f '%e %U %S' -o "$work/t" "$@" >/dev/null 2>&1; awk '{ printf "%d %d", $1 * 1000, ($2 + $3) * 1000 }' "$work/t"; }
echo "file: $pdf ($pages pages); $runs runs, interleaved; wall ms / cpu ms (JVM start included)"
printf '%-4s %-18s %-18s %-18s %-18s\n' run pdf-import pdf-import-C1 pdftotext text-import
: > "$work/all"
i=1
while [ "$i" -le "$runs" ]; do
  a=$(timed java -jar "$jar" import "$pdf" -o "$work/pdf.md")
  b=$(timed java -XX:TieredStopAtLevel=1 -jar "$jar" import "$pdf" -o "$work/pdf1.md")
  c=$(timed pdftotext -enc UTF-8 "$pdf" "$work/q.txt")
  d=$(timed java -jar "$jar" import "$work/p.txt" -o "$work/txt.md")
  printf '%-4s %-18s %-18s %-18s %-18s\n' "$i" "$(echo $a | tr ' ' /)" "$(echo $b | tr ' ' /)" "$(echo $c | tr ' ' /)" "$(echo $d | tr ' ' /)"
  echo "$a $b $c $d" >> "$work/all"
  i=$((i + 1))
done
awk '
  function median(col,   n, i, j, t, v) { n = 0; for (i = 1; i <= NR; i++) v[++n] = x[i, col];
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return v[int((n + 1) / 2)] }
  { for (c = 1; c <= 8; c++) x[NR, c] = $c }
  END {
    printf "median wall ms: pdf-import %d, pdf-import-C1 %d, pdftotext %d, text-import %d\n", median(1), median(3), median(5), median(7)
    printf "median cpu ms:  pdf-import %d, pdf-import-C1 %d, pdftotext %d, text-import %d\n", median(2), median(4), median(6), median(8)
    printf "ratios (wall): pdf-import / text-import %.2fx, pdf-import-C1 / text-import %.2fx, pdf-import / pdftotext %.1fx\n",
      median(1) / median(7), median(3) / median(7), median(1) / median(5)
  }' "$work/all"
uptime

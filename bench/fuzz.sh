#!/bin/sh
# The longer fuzzing campaign of issue 10: runs each target of InputFuzzTest (importers, yamlReaders,
# frontMatter) with Jazzer for MINUTES/3 minutes, in rounds of the @FuzzTest's maxDuration (45 s);
# the corpus Jazzer builds (.cifuzz-corpus/) carries over from round to round and run to run.
# Prints, per target, rounds, executions, uncaught exceptions and hangs (a finding fails the round;
# Jazzer writes the input beside the seeds in src/test/resources/org/edition/trust/InputFuzzTestInputs/).
#   bench/fuzz.sh [MINUTES]      (default 10)
set -eu
cd "$(dirname "$0")/.."
MINUTES=${1:-10}
mvn -o -q -B test-compile
LOG=$(mktemp -d)
echo "fuzzing $MINUTES minutes in all, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
printf '%-12s %7s %11s %9s %6s\n' target rounds executions findings hangs
for target in importers yamlReaders frontMatter; do
  end=$(( $(date +%s) + MINUTES * 60 / 3 ))
  rounds=0 runs=0 findings=0 hangs=0
  while [ "$(date +%s)" -lt "$end" ]; do
    rounds=$((rounds + 1))
    out="$LOG/$target-$rounds.log"
    if ! JAZZER_FUZZ=1 mvn -o -B surefire:test -Dtest="org.edition.trust.InputFuzzTest#$target" >"$out" 2>&1; then
      findings=$((findings + 1))
      grep -q "hang:" "$out" && hangs=$((hangs + 1))
      echo "  finding in $out:" >&2; grep -E "^(java|org|com)\.[A-Za-z.]*(Error|Exception)|hang:" "$out" | head -3 >&2
    fi
    n=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$out" | tail -1)
    runs=$((runs + ${n:-0}))
  done
  printf '%-12s %7d %11d %9d %6d\n' "$target" "$rounds" "$runs" "$findings" "$hangs"
done
echo "logs: $LOG"

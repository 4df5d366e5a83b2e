#!/usr/bin/env bash
# Fuzzes every Jazzer target of the project, one after the other, each for its @FuzzTest maxDuration
# (45 s), ROUNDS times (default 1: the bounded run CI does). The corpus grows in .cifuzz-corpus/
# (git-ignored) across rounds and runs, so `stress/fuzz.sh 20` is the long local run (≈ 15 min a
# target). A crash is written by Jazzer to src/test/resources/<package>/<Class>Inputs/<method>/ and
# fails this script; commit that file with the fix: it is replayed by every `mvn verify` afterwards.
# Needs the test classes compiled (mvn verify or mvn test-compile first).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-1}
targets=(TextReaderFuzzTest KanripoReaderFuzzTest DateExpressionReaderFuzzTest AnnalsParserFuzzTest CitationParserFuzzTest
         AnnotatorFuzzTest PipelineFuzzTest ApiFuzzTest AnalysisCodecFuzzTest)
mkdir -p target/fuzz
failed=0
for ((round = 1; round <= rounds; round++)); do
  for t in "${targets[@]}"; do
    log=target/fuzz/$t.log
    if ! JAZZER_FUZZ=1 mvn -B -q -ntp surefire:test -Dtest="$t" > "$log" 2>&1; then
      echo "fuzz: $t FAILED (round $round); last lines of $log:" >&2
      grep -vE '^INFO: Instrumented|^#[0-9]+ +(NEW|REDUCE|pulse)' "$log" | tail -60 >&2
      failed=1   # go on: the other targets still get their run
      continue
    fi
    echo "fuzz: $t ok (round $round): $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$log" | tail -1)"
  done
done
exit $failed

#!/usr/bin/env bash
# The short ingest benchmark of issue 14 (≈ 1 minute): ingest end to end, analysis, store and index,
# Lucene CJKAnalyzer as the floor, bytes per source character. Options go to the JVM, e.g.
# bench/ingest.sh -Dbench.ingestChars=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -B -q test-compile
mvn -o -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-ingest-cp.txt >/dev/null
java "$@" -Dbiannian.shared="${BIANNIAN_SHARED:-../shared}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-ingest-cp.txt)" org.biannian.bench.IngestBench target/bench/ingest

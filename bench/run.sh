#!/usr/bin/env bash
# The benchmark suite, from a fresh clone: fetches and checks the corpus (bench/fetch-corpus.sh),
# compiles, then runs org.biannian.bench.BenchmarkSuite, which measures every figure of
# docs/benchmarks.md with its peer in one run and writes target/bench/results.md.
# Options go to the JVM, e.g. bench/run.sh -Dbench.quick=true -Dbench.libraryChars=5000000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp test-compile
bench/fetch-corpus.sh
java -Xmx4g "$@" -Dbiannian.shared="${BIANNIAN_SHARED:-../shared}" \
  -cp "target/test-classes:target/classes:$(cat target/bench/cp.txt)" org.biannian.bench.BenchmarkSuite target/bench

#!/usr/bin/env bash
# Builds the benchmark corpora in target/bench/ (never committed):
#   poetry.txt  ≥ 50 million characters: 全宋詩 and 全唐詩 as the npm package chinese-poetry ships
#               them (MIT licence), one poem a paragraph (title, author, lines), the whole repeated
#               until 50 M characters are reached (the distinct text is ≈ 22.7 M);
#   annals.txt  the project's chronicles (../shared/corpus), for the parse, ingest and search figures.
# The package is fetched with npm pack and checked against the SHA-256 below before it is used.
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.1
sha256=25b549e46919c3a0569db6b68ddc96956b04a484ea4518ad2bbd4f137e307e86
out=target/bench
mkdir -p "$out"
tgz=$out/chinese-poetry-$version.tgz
if [ ! -f "$tgz" ]; then
  (cd "$out" && npm pack --silent "chinese-poetry@$version" >/dev/null)
fi
echo "$sha256  $tgz" | sha256sum --check --quiet - || { echo "fetch-corpus: $tgz does not match the committed SHA-256" >&2; exit 1; }
if [ ! -d "$out/chinese-poetry" ]; then
  mkdir -p "$out/chinese-poetry"
  tar -xzf "$tgz" -C "$out/chinese-poetry" --wildcards 'package/LICENSE' 'package/dist/quantangshi/poet.*.json'
fi
mvn -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -Dmdep.includeScope=test
if [ ! -f "$out/poetry.txt" ] || [ "$tgz" -nt "$out/poetry.txt" ]; then
  java -cp "target/test-classes:target/classes:$(cat "$out/cp.txt")" org.biannian.bench.BuildCorpus \
    "$out/chinese-poetry/package/dist/quantangshi" "${BIANNIAN_SHARED:-../shared}/corpus" "$out"
fi

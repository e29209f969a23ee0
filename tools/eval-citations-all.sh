#!/usr/bin/env bash
# Scores `colophon cite` field by field on every citation evaluation set: AnyStyle's and GROBID's
# real citations, the footnotes in CSL styles held out of training (tools/citegen), and the footnotes
# written for Colophon (eval/SOURCES.md).
# Usage: tools/eval-citations-all.sh [JAR] [OUTDIR]   (prints one table per set)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/colophon.jar}
OUT=${2:-target/citations-eval}
EVAL=src/test/resources/org/colophon/citations/eval
mkdir -p "$OUT"
for set in references grobid heldout-styles footnotes-written footnotes-heldout footnotes-written2 footnotes-heldout2; do
  python3 tools/eval_citations.py --tsv "$EVAL/$set.tsv" --txt "$OUT/$set.txt" > /dev/null
  java ${JAVA_OPTS:-} -jar "$JAR" cite "$OUT/$set.txt" -o "$OUT/$set.tei.xml" > /dev/null
  echo "== $set"
  python3 tools/eval_citations.py --tsv "$EVAL/$set.tsv" --txt "$OUT/$set.txt" --tei "$OUT/$set.tei.xml" | tail -n +3
done

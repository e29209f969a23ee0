#!/usr/bin/env bash
# Retrains the citation tagger into the resource the parser loads (src/main/resources/org/colophon/
# citations/tagger.model.gz) from
#   - the annotated real citations in data/citations/*-train.xml (AnyStyle, GROBID), and
#   - footnotes generated from them by tools/citegen: their fields as CSL-JSON (to_csl.py) rendered by
#     citeproc-js (npm citeproc, pinned in package-lock.json) through the CSL styles and locales of
#     Maven org.citationstyles:styles/locales 25.10, first/subsequent/ibid positions, signals,
#     commentary and pinpoints (render.js, wrap.js); whole style families held out for evaluation.
# Deterministic (fixed seeds): the same inputs give the same model file. Needs a built jar
# (mvn -q package -DskipTests), node and npm; fetches the two CSL jars into ~/.m2 if absent.
# Also writes the held-out-styles evaluation set from the evaluation records (never trained on).
# Set CITEGEN_SKIP=1 to train on the real data alone (the model before issue 14).
set -euo pipefail
cd "$(dirname "$0")/.."
V=25.10
GEN=target/citegen
mkdir -p "$GEN/csl"
if [ "${CITEGEN_SKIP:-0}" != 1 ]; then
  for a in styles locales; do
    jar=~/.m2/repository/org/citationstyles/$a/$V/$a-$V.jar
    [ -f "$jar" ] || mvn -B -q dependency:get -Dartifact=org.citationstyles:$a:$V
    (cd "$GEN/csl" && unzip -q -o "$jar" -x 'META-INF/*' 'dependent/*')
  done
  (cd tools/citegen && npm ci --no-audit --no-fund --silent)
  python3 tools/citegen/to_csl.py data/citations/*-train.xml > "$GEN/train.json"
  node tools/citegen/render.js --records "$GEN/train.json" --csl "$GEN/csl" --split train --seed 1 --out "$GEN/notes.xml"
  E=src/test/resources/org/colophon/citations/eval
  python3 tools/citegen/to_csl.py --tsv $E/references.tsv $E/grobid.tsv > "$GEN/eval.json"
  node tools/citegen/render.js --records "$GEN/eval.json" --csl "$GEN/csl" --split heldout --seed 2 --per-style 5 \
    --tsv $E/heldout-styles.tsv
  GENERATED="$GEN/notes.xml"
fi
java -cp target/colophon.jar org.colophon.citations.CitationTraining \
  src/main/resources/org/colophon/citations/tagger.model.gz data/citations/*-train.xml ${GENERATED:-}

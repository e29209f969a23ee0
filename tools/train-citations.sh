#!/usr/bin/env bash
# Retrains the citation tagger from data/citations/*-train.xml into the resource the parser loads.
# Deterministic: the same data gives the same model file. Needs a built jar (mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
java -cp target/colophon.jar org.colophon.citations.CitationTraining \
  src/main/resources/org/colophon/citations/tagger.model.gz data/citations/*-train.xml

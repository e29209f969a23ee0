#!/usr/bin/env bash
# Runs the JMH suite (warm, one thread, the dev pages) with allocation per call, and prints one table.
# Usage: tools/jmh.sh [JMH options...]   e.g. tools/jmh.sh -wi 1 -i 2 for a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pjmh -DskipTests -DskipFuzz=true test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/jmh.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.colophon.bench.PipelineBenchmark' -prof gc -rf json -rff target/jmh.json "$@" >&2
python3 - <<'PY'
import json
rows = {}
for r in json.load(open('target/jmh.json')):
    name = r['benchmark'].rsplit('.', 1)[1]
    us = r['primaryMetric']['score']
    err = r['primaryMetric'].get('scoreError')
    err = err if isinstance(err, (int, float)) else float('nan')
    alloc = r.get('secondaryMetrics', {}).get('gc.alloc.rate.norm', {}).get('score')
    rows[name] = (us, err, alloc)
print(f"{'stage':<10}{'per page/call':>16}{'± (99.9%)':>12}{'per second':>12}{'allocated':>14}")
for name in ['convert', 'validate', 'html', 'pdf', 'cite']:
    if name not in rows: continue
    us, err, alloc = rows[name]
    a = f"{alloc/1024:,.0f} KiB" if alloc is not None else '-'
    print(f"{name:<10}{us/1000:>13.3f} ms{err/1000:>9.3f} ms{1e6/us:>12,.0f}{a:>14}")
print("(mean over the pages, warm, one thread; 'allocated' = bytes allocated per call, from -prof gc)")
PY

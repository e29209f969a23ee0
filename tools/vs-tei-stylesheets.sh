#!/usr/bin/env bash
# Side by side: `colophon html` against Saxon-HE running the TEI Consortium Stylesheets'
# html/html.xsl over the same TEI files, whole process, wall time and peak memory (/usr/bin/time).
# Usage: tools/vs-tei-stylesheets.sh STYLESHEETS_DIR [PAGES] [RUNS]
#   STYLESHEETS_DIR  a copy of https://github.com/TEIC/Stylesheets (holding html/html.xsl)
#   PAGES            how many TEI files (default 100: the dev pages converted, repeated under new names)
#   RUNS             runs of each (default 5)
# Needs a built jar (mvn -q package -DskipTests) and Saxon-HE 12 in ~/.m2 (any mvn build brings it).
set -euo pipefail
cd "$(dirname "$0")/.."
xsl="${1:?usage: tools/vs-tei-stylesheets.sh STYLESHEETS_DIR [PAGES] [RUNS]}/html/html.xsl"
pages=${2:-100}
runs=${3:-5}
[ -f "$xsl" ] || { echo "vs-tei-stylesheets: $xsl not found" >&2; exit 2; }
m2=${M2_REPO:-$HOME/.m2/repository}
saxon=$(ls "$m2"/net/sf/saxon/Saxon-HE/12.*/Saxon-HE-12.*.jar | grep -v sources | sort -V | tail -1)
rdir=$(ls -d "$m2"/org/xmlresolver/xmlresolver/5.* | sort -V | tail -1)
resolver="$rdir/xmlresolver-${rdir##*/}.jar:$rdir/xmlresolver-${rdir##*/}-data.jar"
src=../shared/dev/pages
[ -d "$src" ] || src=src/test/resources/org/colophon/golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/colophon.jar convert -q "$src"/*.txt -o "$work/tei"
mapfile -t teis < <(ls "$work"/tei/*.tei.xml | sort)
mkdir -p "$work/in"
for ((i = 0; i < pages; i++)); do cp "${teis[$((i % ${#teis[@]}))]}" "$work/in/p$(printf '%05d' "$i").tei.xml"; done
echo "$pages TEI files, $runs runs each; wall seconds (peak MiB)"
for who in colophon stylesheets; do
  line="$who:"
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/out"; mkdir -p "$work/out"
    if [ "$who" = colophon ]; then
      /usr/bin/time -f '%e %M' -o "$work/time" java -jar target/colophon.jar html "$work"/in/*.tei.xml -o "$work/out" >/dev/null 2>&1
    else
      /usr/bin/time -f '%e %M' -o "$work/time" java -cp "$saxon:$resolver" net.sf.saxon.Transform \
        -s:"$work/in" -xsl:"$xsl" -o:"$work/out" >/dev/null 2>&1
    fi
    read -r wall kb < "$work/time"
    line="$line $wall ($((kb / 1024)))"
  done
  echo "$line"
done

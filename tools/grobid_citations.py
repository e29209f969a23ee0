#!/usr/bin/env python3
"""GROBID's citation training TEI -> AnyStyle XML sequences (data/citations/grobid-train.xml).

  git -C GROBID archive HEAD grobid-trainer/resources/dataset/citation | tar x -C WORK
  tools/grobid_citations.py --root WORK --commit $(git -C GROBID rev-parse HEAD) \\
      --exclude-tsv src/test/resources/org/colophon/citations/eval/*.tsv > data/citations/grobid-train.xml

Reads every file under grobid-trainer/resources/dataset/citation/{corpus,evaluation} of a GROBID
checkout (Apache-2.0), and writes each <bibl> as one <sequence>: the citation's text with its
whitespace collapsed, split at spaces into tokens, each token labelled by the GROBID element that
covers most of its letters and digits (mapping in SOURCES-grobid.md); a token with no tagged
character takes the label of the token before it (at the start, of the token after it);
consecutive tokens of one label form one element, so the elements joined by spaces give back the
text exactly (asserted).

Left out, and counted on stderr:
  - the files whose citations are Colophon's GROBID evaluation set (grobid.tsv: 0506081,
    16-ncc11332, submission_233), whole;
  - citations in another script than Latin (the Korean, Chinese and Japanese entries);
  - every citation equal to an evaluation row (--exclude-tsv: the text column) on lower-cased
    letters and digits, or sharing >= 80 % of its word set with one (near-duplicates of the same
    reference), and exact duplicates within the data.
Standard library only; deterministic (files in sorted order).
"""
import argparse, csv, os, re, sys, unicodedata
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

DATASET = 'grobid-trainer/resources/dataset/citation'
EVAL_FILES = ('0506081.', '16-ncc11332.', 'submission_233.')
PUBLISHERISH = re.compile(r'\b(press|verlag|springer|wiley|academic|morgan|mimeo|publish\w*|elsevier|kluwer|'
                          r'addison|prentice|mcgraw|pergamon|north[- ]holland|dekker|birkh|cambridge|oxford|'
                          r'routledge|sage|taylor|francis|macmillan|freeman|benjamin|dover|iop|aip|acm|ieee|siam)\b', re.I)
csv.field_size_limit(1 << 24)


def local(tag):
    return tag.rsplit('}', 1)[-1] if isinstance(tag, str) else ''


def label_of(el, has_a):
    """The AnyStyle label of a GROBID element (None: not a field of its own)."""
    t = local(el.tag)
    a = el.attrib
    if t in ('author', 'editor', 'date', 'publisher', 'edition'):
        return t
    if t == 'note':
        return 'other'
    if t == 'title':
        level = a.get('level') or a.get('type') or ''
        if level == 'a':
            return 'title'
        if level == 'j':
            return 'journal'
        if level == 's':
            return 'collection-title'
        return 'container-title' if has_a else 'title'
    if t in ('biblScope', 'biblStruct'):
        unit = (a.get('unit') or a.get('type') or '').lower()
        if unit in ('volume', 'vol', 'issue'):
            return 'volume'   # as the generated notes have it: FieldTagger reads volume and issue apart
        if unit in ('page', 'pp'):
            return 'pages'
        return 'other'
    if t.lower() == 'pubplace':
        return 'location'
    if t == 'orgName':
        if a.get('type') == 'collaboration':
            return 'author'
        return 'publisher' if PUBLISHERISH.search(''.join(el.itertext())) else 'other'
    if t in ('ptr', 'ref', 'url'):
        return 'url'
    if t == 'idno':
        text = ''.join(el.itertext())
        return 'doi' if (a.get('type') or '').lower() == 'doi' or re.search(r'\b10\.\d{4,}/', text) else 'other'
    return 'other'


def pieces(bibl):
    """The bibl's text as (text, label) pieces, label None for the text between fields."""
    has_a = any(local(e.tag) == 'title' and e.get('level') == 'a' for e in bibl.iter())
    out = []

    def inner(el):
        parts = [el.text or '']
        for c in el:
            if local(c.tag) == 'lb':
                parts.append(' ')
            elif isinstance(c.tag, str):
                parts.append(inner(c))
            parts.append(c.tail or '')
        return ''.join(parts)

    if bibl.text:
        out.append((bibl.text, None))
    for c in bibl:
        if isinstance(c.tag, str):   # comments and processing instructions have a function as tag
            if local(c.tag) == 'lb':
                out.append((' ', None))
            else:
                out.append((inner(c), label_of(c, has_a)))
        if c.tail:
            out.append((c.tail, None))
    return out


def marked(parts):
    """The citation's text with its whitespace collapsed, as [text, label] runs (label None between
    fields; spaces always between), or None if no field holds a letter or digit."""
    chars = []
    for text, lab in parts:
        for ch in text:
            if ch.isspace():
                if chars and chars[-1][0] != ' ':
                    chars.append((' ', None))
            else:
                chars.append((ch, lab))
    while chars and chars[-1][0] == ' ':
        chars.pop()
    runs = []
    for ch, lab in chars:
        if runs and runs[-1][1] == lab:
            runs[-1][0] += ch
        else:
            runs.append([ch, lab])
    # a space between two runs of one field stays inside it
    merged = []
    for text, lab in runs:
        if len(merged) >= 2 and lab is not None and merged[-1] == [' ', None] and merged[-2][1] == lab:
            merged.pop()
            merged[-1][0] += ' ' + text
        else:
            merged.append([text, lab])
    if not any(lab and re.search(r'\w', text) for text, lab in merged):
        return None
    return merged


def latin(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    return sum(1 for c in letters if 'LATIN' in unicodedata.name(c, '')) >= 0.9 * len(letters)


def key(s):
    return re.sub(r'[^0-9a-z]', '', s.lower())


def words(s):
    return frozenset(w for w in re.findall(r'\w+', s.lower()) if len(w) > 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--root', required=True, help='folder holding ' + DATASET)
    ap.add_argument('--commit', required=True, help='the GROBID commit the files come from')
    ap.add_argument('--exclude-tsv', nargs='*', default=[], help='evaluation TSVs (a "text" column)')
    a = ap.parse_args()
    held = []
    for tsv in a.exclude_tsv:
        with open(tsv, encoding='utf-8') as f:
            for row in csv.DictReader(f, delimiter='\t'):
                held.append((key(row['text']), words(row['text'])))
    held_keys = {k for k, _ in held}
    base = os.path.join(a.root, DATASET)
    files = []
    for sub in ('corpus', 'evaluation'):
        d = os.path.join(base, sub)
        files += [os.path.join(sub, f) for f in sorted(os.listdir(d)) if f.endswith('.xml')]
    counts = dict(files=0, eval_files=0, bad_files=0, bibl=0, not_latin=0, no_field=0, held=0, near=0, dup=0, kept=0)
    seen = set()
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<notes source="kermitt2/grobid %s (GROBID citation training and evaluation TEI), Apache-2.0, '
           'Copyright 2008-2022 GROBID\'s contributors; converted for Colophon by tools/grobid_citations.py, '
           'see SOURCES-grobid.md">' % DATASET]
    for rel in files:
        name = os.path.basename(rel)
        if name.startswith(EVAL_FILES):
            counts['eval_files'] += 1
            continue
        try:
            root = ET.parse(os.path.join(base, rel)).getroot()
        except ET.ParseError as e:
            print('skipped %s: %s' % (rel, e), file=sys.stderr)
            counts['bad_files'] += 1
            continue
        counts['files'] += 1
        for bibl in root.iter():
            if local(bibl.tag) != 'bibl':
                continue
            counts['bibl'] += 1
            runs = marked(pieces(bibl))
            text = ''.join(t for t, _ in runs) if runs else ''
            if not latin(text):
                counts['not_latin'] += 1
                continue
            if runs is None:
                counts['no_field'] += 1
                continue
            k = key(text)
            if k in held_keys:
                counts['held'] += 1
                continue
            ws = words(text)
            if any(len(ws & hw) >= 0.8 * max(len(ws), len(hw), 1) for _, hw in held):
                counts['near'] += 1
                continue
            if k in seen:
                counts['dup'] += 1
                continue
            seen.add(k)
            out.append('  <note source=%s>%s</note>' % (
                quoteattr('%s/%s@%s' % (DATASET, rel, a.commit)),
                ''.join(escape(t) if l is None else '<%s>%s</%s>' % (l, escape(t), l) for t, l in runs)))
            counts['kept'] += 1
    out.append('</notes>')
    print('\n'.join(out))
    print(' '.join('%s=%d' % kv for kv in counts.items()), file=sys.stderr)


if __name__ == '__main__':
    main()

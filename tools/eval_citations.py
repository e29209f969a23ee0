#!/usr/bin/env python3
"""Field-level evaluation of Colophon's citation parser against real, annotated citations.

Usage:
  python3 tools/eval_citations.py [--tsv PATH] [--txt PATH] [--tei PATH] [--show-errors N]

  1. Writes the citation strings of the TSV, one per line, to --txt
     (default: references.txt next to the TSV).
  2. If --tei is given (output of `java -jar target/colophon.jar cite references.txt -o out.tei.xml`,
     one <note> per input line, in order, each holding <bibl>s), scores the predicted fields:
     micro precision / recall / F1 per field and overall.

Matching is soft: case, punctuation and whitespace are ignored; a gold value counts as found if
an unused predicted span of the same field normalises to the same string.  Fields:
  authors   <author>           editors  <editor> (not role="translator": translators are shown only)
  title_a   <title level="a">  title_m  <title level="m">  title_j <title level="j">
  title_s   <title level="s"> (no gold; predictions only)  title_any: any title, level ignored
  date      <date when> / text: compared as the first four-digit year
  volume    <biblScope unit="volume">   issue <biblScope unit="issue">
  pages     <biblScope unit="page"> or <citedRange unit="page">
  publisher <publisher>        place <pubPlace>
Standard library only.
"""
import argparse, csv, os, re, sys, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TSV = os.path.join(HERE, '..', 'src', 'test', 'resources', 'org', 'colophon', 'citations', 'eval', 'references.tsv')
FIELDS = ['authors', 'editors', 'title_a', 'title_m', 'title_j', 'date', 'volume', 'issue', 'pages', 'publisher', 'place']
EXTRA = ['title_s', 'title_any', 'translators']
YEAR = re.compile(r'(?<!\d)(\d{4})(?!\d)')


def norm(s):
    s = unicodedata.normalize('NFKC', s or '').casefold()
    return ''.join(ch for ch in s if ch.isalnum())


def year(s):
    m = YEAR.search(s or '')
    return m.group(1) if m else norm(s)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
    hdr, out = rows[0], []
    for r in rows[1:]:
        if not r or not ''.join(r).strip():
            continue
        rec = dict(zip(hdr, r + [''] * (len(hdr) - len(r))))
        gold = {f: [v for v in rec.get(f, '').split(' | ') if v.strip()] for f in FIELDS}
        gold['title_any'] = gold['title_a'] + gold['title_m'] + gold['title_j']
        gold['title_s'] = []
        gold['translators'] = []
        out.append((rec['text'], gold))
    return out


def local(tag):
    return tag.rsplit('}', 1)[-1] if isinstance(tag, str) else ''


def text_of(el):
    return re.sub(r'\s+', ' ', ''.join(el.itertext())).strip()


def top_notes(root):
    notes = []
    def walk(el, inside):
        for ch in el:
            if local(ch.tag) == 'note':
                if not inside:
                    notes.append(ch)
                walk(ch, True)
            else:
                walk(ch, inside)
    walk(root, False)
    return notes


def predicted(note):
    p = {f: [] for f in FIELDS + EXTRA}
    for el in note.iter():
        name = local(el.tag)
        if name == 'author':
            p['authors'].append(text_of(el))
        elif name == 'editor':
            # a translator is no editor: the gold sets have no field for translators (AnyStyle labels them
            # apart, the CSL records keep them apart), so they are shown, not scored
            p['translators' if el.get('role') == 'translator' else 'editors'].append(text_of(el))
        elif name == 'title':
            t = text_of(el)
            p['title_any'].append(t)
            lvl = el.get('level')
            if lvl in ('a', 'm', 'j', 's'):
                p['title_' + lvl].append(t)
        elif name == 'date':
            p['date'].append(el.get('when') or text_of(el))
        elif name in ('biblScope', 'citedRange'):
            unit = el.get('unit', '')
            if unit in ('page', 'pp', 'pages'):
                p['pages'].append(text_of(el) or '-'.join(x for x in (el.get('from'), el.get('to')) if x))
            elif name == 'biblScope' and unit in ('volume', 'issue'):
                p[unit].append(text_of(el))
        elif name == 'publisher':
            p['publisher'].append(text_of(el))
        elif name == 'pubPlace':
            p['place'].append(text_of(el))
    return p


def match(gold, pred, field):
    key = year if field == 'date' else norm
    pool = [key(x) for x in pred if key(x)]
    tp = 0
    for g in gold:
        k = key(g)
        if k in pool:
            pool.remove(k)
            tp += 1
    return tp, len([g for g in gold if key(g)]), len([x for x in pred if key(x)])


def prf(tp, ng, np_):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--tsv', default=DEFAULT_TSV)
    ap.add_argument('--txt', help='where to write the plain citation strings (default: references.txt beside the TSV)')
    ap.add_argument('--tei', help='TEI produced by `colophon cite references.txt -o out.tei.xml`')
    ap.add_argument('--show-errors', type=int, default=0, metavar='N', help='print up to N missed gold values per field')
    a = ap.parse_args()
    data = read_tsv(a.tsv)
    txt = a.txt or os.path.join(os.path.dirname(os.path.abspath(a.tsv)), 'references.txt')
    with open(txt, 'w', encoding='utf-8') as fh:
        for text, _ in data:
            fh.write(text.replace('\n', ' ') + '\n')
    print(f'wrote {len(data)} citation strings to {txt}')
    if not a.tei:
        print('no --tei given: run `java -jar target/colophon.jar cite %s -o out.tei.xml`, then pass --tei out.tei.xml' % txt)
        return 0
    notes = top_notes(ET.parse(a.tei).getroot())
    if len(notes) != len(data):
        print(f'WARNING: {len(notes)} <note>s in TEI but {len(data)} citations; scoring the first {min(len(notes), len(data))} in order, the rest as missed', file=sys.stderr)
    counts = {f: [0, 0, 0] for f in FIELDS + EXTRA}
    errors = {f: [] for f in FIELDS + EXTRA}
    for i, (text, gold) in enumerate(data):
        pred = predicted(notes[i]) if i < len(notes) else {f: [] for f in FIELDS + EXTRA}
        for f in FIELDS + EXTRA:
            tp, ng, np_ = match(gold[f], pred[f], f)
            c = counts[f]
            c[0] += tp; c[1] += ng; c[2] += np_
            if tp < ng and len(errors[f]) < a.show_errors:
                errors[f].append((i + 1, gold[f], pred[f]))
    print(f'\n{"field":<11}{"gold":>6}{"pred":>6}{"tp":>6}{"P":>8}{"R":>8}{"F1":>8}')
    print('-' * 53)
    tot = [0, 0, 0]
    for f in FIELDS + EXTRA:
        tp, ng, np_ = counts[f]
        p, r, fl = prf(tp, ng, np_)
        print(f'{f:<11}{ng:>6}{np_:>6}{tp:>6}{p:>8.3f}{r:>8.3f}{fl:>8.3f}')
        if f in FIELDS:
            tot = [tot[0] + tp, tot[1] + ng, tot[2] + np_]
    print('-' * 53)
    p, r, fl = prf(*tot)
    print(f'{"overall":<11}{tot[1]:>6}{tot[2]:>6}{tot[0]:>6}{p:>8.3f}{r:>8.3f}{fl:>8.3f}')
    print('(overall = micro average over the fields above title_s; title_s, title_any and translators are shown only)')
    for f in FIELDS + EXTRA:
        for n, g, pr in errors[f]:
            print(f'  miss {f} line {n}: gold={g} pred={pr}')
    return 0


if __name__ == '__main__':
    sys.exit(main())

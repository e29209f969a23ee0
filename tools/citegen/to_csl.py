#!/usr/bin/env python3
"""Annotated citations -> CSL-JSON records, the input of the footnote generator (render.js).

  to_csl.py data/citations/anystyle-train.xml data/citations/grobid-train.xml > train.json
  to_csl.py --tsv src/test/resources/org/colophon/citations/eval/references.tsv > eval.json

Reads AnyStyle-format XML (<sequence><author>..</author><title>..</title>..</sequence>) or the
evaluation TSVs (one column per field) and writes one CSL-JSON item per citation: names split
into family and given, the year as date-parts, volume and issue apart, the item's page range,
title levels by what else the citation holds. Every record keeps its source in "note".
Records without a title and a name or container are dropped (no style renders them usefully).
Standard library only; deterministic.
"""
import csv, json, re, sys
import xml.etree.ElementTree as ET

EDGE = re.compile(r'^[\s,.;:(\[“”"„«»‘’\'/–—-]+|[\s,;:)\]“”"„«»‘’\'/–—-]+$')
LEAD = re.compile(r'^(?:(?:in|dans|im|en)\s*:?\s+|\(?(?:eds?|edd|hrsgg?|hgg?)\.?\)?[\s.,:]+)', re.I)
ROLE = re.compile(r'\(?\b(?:eds?|edd|editors?|edited by|hrsgg?|hgg?|herausgegeben von|trans(?:l)?|translated by|übers|comps?)\b\.?\)?', re.I)
YEAR = re.compile(r'(?<!\d)(1[4-9]\d\d|20[0-3]\d)(?!\d)')
SEP = re.compile(r'\s*(?:;|\s&\s|,?\s+(?:and|und|et|y|e|i)\s+|,\s*&\s*|\s/\s)\s*')
INITIALS = re.compile(r'^(?:\w\.?\s*-?\s*){1,4}$')
PARTICLES = {'van', 'von', 'de', 'der', 'den', 'di', 'da', 'du', 'del', 'della', 'le', 'la', "d'", 'ten', 'ter', 'zu'}


def clean(s):
    s = re.sub(r'\s+', ' ', s or '').strip()
    prev = None
    while prev != s:
        prev = s
        s = EDGE.sub('', s).strip()
        # a sentence's full stop goes, an abbreviation's ("Jr.", "Soc.", "R. W.") stays
        m = re.search(r'(\w+)\.$', s)
        if m and (len(m.group(1)) > 4 or m.group(1).islower() or m.group(1).isdigit()):
            s = s[:-1].strip()
    return s


def person(chunk):
    """'Adams, C.J.' / 'C. J. Adams' / 'Adams CJ' -> {family, given}."""
    chunk = clean(chunk)
    if not chunk:
        return None
    if ',' in chunk:
        fam, giv = chunk.split(',', 1)
        fam = clean(fam).rstrip('.')
        return {'family': fam.title() if fam.isupper() and len(fam) > 3 else fam, 'given': clean(giv)}
    w = chunk.split()
    if len(w) == 1:
        return {'family': w[0]}
    if len(w) >= 2 and re.fullmatch(r'[A-Z]{1,3}\.?', w[-1]):     # 'Lindholm ML'
        return {'family': ' '.join(w[:-1]), 'given': '.'.join(w[-1].rstrip('.')) + '.'}
    i = len(w) - 1
    while i > 1 and w[i - 1].lower() in PARTICLES:
        i -= 1
    fam = ' '.join(w[i:]).rstrip('.')
    if fam.isupper() and len(fam) > 3:
        fam = fam.title()
    return {'family': fam, 'given': ' '.join(w[:i])}


def persons(s):
    s = ROLE.sub(' ', s)
    s = re.sub(r'\s*,?\s*(?:et\s*al\.?|u\.\s*a\.|and others)\s*$', '', clean(s))
    chunks = SEP.split(s)
    out = []
    for c in chunks:
        parts = [p.strip() for p in c.split(',') if p.strip()]
        # 'Adams, C.J., Korsch, R.J.' -> pairs; 'Adams, C.J.' -> one
        i = 0
        while i < len(parts):
            if i + 1 < len(parts) and (INITIALS.match(parts[i + 1]) or len(parts[i].split()) == 1 and len(parts[i + 1].split()) <= 3
                                       and not INITIALS.match(parts[i])):
                out.append(person(parts[i] + ', ' + parts[i + 1]))
                i += 2
            else:
                out.append(person(parts[i]))
                i += 1
    return [p for p in out if p and re.match(r'\w', p['family'])]


def vol_issue(s):
    m = re.match(r'\D*?(\d+[a-zA-Z]?|[IVXLC]+)\b(?:\D*?(\d+(?:\s*[–-]\s*\d+)?))?', s)
    if not m:
        return None, None
    return m.group(1), m.group(2)


def pages(s):
    m = re.search(r'(\d+)\s*(?:[–—-]+\s*(\d+))?', s)
    if not m:
        return None
    return m.group(1) + ('-' + m.group(2) if m.group(2) else '')


def record(fields, source, n):
    """fields: list of (tag, text) in order -> a CSL-JSON item or None."""
    f = {}
    for tag, text in fields:
        f.setdefault(tag, []).append(text)
    get = lambda k: clean(LEAD.sub('', clean(f[k][0]))) if k in f else None
    item = {'id': 'r%d' % n, '_source': source}
    authors = persons(f['author'][0]) if 'author' in f else []
    editors = persons(f['editor'][0]) if 'editor' in f else []
    if authors:
        item['author'] = authors
    if editors:
        item['editor'] = editors
    title = get('title')
    journal = get('journal')
    container = get('container-title')
    if title:
        item['title'] = title
    if journal:
        item['type'] = 'article-journal'
        item['container-title'] = journal
    elif container:
        item['type'] = 'chapter' if (editors or 'publisher' in f) else 'paper-conference'
        item['container-title'] = container
    else:
        item['type'] = 'book'
    if 'date' in f:
        m = YEAR.search(' '.join(f['date']))
        if m:
            item['issued'] = {'date-parts': [[int(m.group(1))]]}
    if 'volume' in f:
        v, i = vol_issue(f['volume'][0])
        if v:
            item['volume'] = v
        if i:
            item['issue'] = i
    if 'pages' in f:
        p = pages(f['pages'][0])
        if p and (item['type'] != 'book' or '-' in p):
            item['page'] = p
    for tag, key in (('publisher', 'publisher'), ('location', 'publisher-place'), ('edition', 'edition'),
                     ('collection-title', 'collection-title'), ('doi', 'DOI'), ('url', 'URL')):
        v = get(tag)
        if v:
            item[key] = v
    if item['type'] == 'book' and 'collection-title' in item and 'volume' in item:
        item['collection-number'] = item.pop('volume')
    if not title or not (authors or editors or journal or container):
        return None
    return item


def from_xml(path):
    root = ET.parse(path).getroot()
    for seq in root.iter('sequence'):
        src = '%s:%s' % (path.rsplit('/', 1)[-1], seq.get('source', ''))
        yield [(el.tag, ''.join(el.itertext())) for el in seq], src


TSV_TAGS = {'authors': 'author', 'editors': 'editor', 'title_a': 'title', 'title_m': 'title', 'title_j': 'journal',
            'date': 'date', 'volume': 'volume', 'issue': 'issue', 'pages': 'pages', 'publisher': 'publisher', 'place': 'location'}


def from_tsv(path):
    with open(path, encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh, delimiter='\t', quoting=csv.QUOTE_NONE))
    hdr = rows[0]
    for r in rows[1:]:
        rec = dict(zip(hdr, r))
        fields = []
        for col, tag in TSV_TAGS.items():
            vals = [v for v in rec.get(col, '').split(' | ') if v.strip()]
            if not vals:
                continue
            if col in ('authors', 'editors'):
                fields.append((tag, '; '.join(vals)))
            elif col == 'title_m' and rec.get('title_a', '').strip():
                fields.append(('container-title', vals[0]))
            elif col == 'issue':
                continue
            elif col == 'volume' and rec.get('issue', '').strip():
                fields.append((tag, vals[0] + ' (' + rec['issue'].split(' | ')[0] + ')'))
            else:
                fields.append((tag, vals[0]))
        yield fields, '%s:%s' % (path.rsplit('/', 1)[-1], rec.get('source', ''))


def main(argv):
    tsv = '--tsv' in argv
    paths = [a for a in argv if a != '--tsv']
    out = []
    for p in paths:
        for fields, src in (from_tsv(p) if tsv else from_xml(p)):
            it = record(fields, src, len(out) + 1)
            if it:
                out.append(it)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write('\n')
    print('%d records' % len(out), file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])

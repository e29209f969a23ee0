#!/usr/bin/env node
// Renders CSL-JSON records through CSL styles and locales as footnotes (and reference lists),
// every field labelled: the training data of Colophon's citation tagger, and an evaluation set in
// styles held out of training. Not shipped in the jar; run by tools/train-citations.sh.
//
//   node render.js --records R.json --csl DIR --split train --seed 1 --out notes.xml
//   node render.js --records E.json --csl DIR --split heldout --seed 2 --tsv heldout.tsv
//
// DIR holds the *.csl styles and locales-*.xml of org.citationstyles:styles/locales (unpacked jars).
// Whole style families are held out (the name up to its second hyphen, hashed): the "train" split
// never sees a held-out style, the "heldout" split sees nothing else.
// Labels are read from citeproc-js itself: its variableWrapper hook wraps every rendered variable
// in private-use markers, so a field's extent is exactly what the style printed for it.
'use strict';
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');
const W = require('./wrap');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const DIR = args.csl;
const SEED = parseInt(args.seed || '1', 10);
const SPLIT = args.split || 'train';
const PER_STYLE = parseInt(args['per-style'] || '24', 10);

// ----------------------------------------------------------------- random, deterministic
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}

// ----------------------------------------------------------------- styles
const family = (name) => name.split('-').slice(0, 2).join('-');
const heldOut = (name) => hash(family(name)) % 7 === 3;
function styles() {
  const all = fs.readdirSync(DIR).filter((f) => f.endsWith('.csl')).sort();
  const out = [];
  for (const f of all) {
    const name = f.slice(0, -4);
    if (heldOut(name) !== (SPLIT === 'heldout')) continue;
    const xml = fs.readFileSync(path.join(DIR, f), 'utf8');
    const note = /class="note"/.test(xml);
    const loc = (xml.match(/default-locale="([^"]+)"/) || [])[1];
    out.push({ name, xml, note, locale: loc });
  }
  return out;
}

// ----------------------------------------------------------------- citeproc with markers
const OPEN = '\uE000', MID = '\uE001', CLOSE = '\uE002', FAM = '\uE010', FAM_END = '\uE011';
CSL.Output.Formats.marked = Object.assign({}, CSL.Output.Formats.text,
  { '@showid/true': CSL.Output.Formats.rtf['@showid/true'] });
const NAMES = new Set(['author', 'editor', 'translator', 'container-author', 'collection-editor', 'composer',
  'director', 'editorial-director', 'interviewer', 'recipient', 'reviewed-author', 'illustrator', 'original-author']);
const JOURNALS = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'legal_case', 'review', 'review-book']);
function label(v, item) {
  if (NAMES.has(v)) return v === 'editor' || v === 'collection-editor' || v === 'container-author' || v === 'editorial-director'
    ? 'editor' : v === 'translator' ? 'translator' : 'author';
  switch (v) {
    case 'title': case 'title-short': return 'title';
    case 'container-title': case 'container-title-short': return JOURNALS.has(item.type) ? 'journal' : 'container';
    case 'collection-title': return 'series';
    case 'issued': return 'date';
    case 'volume': case 'collection-number': return 'volume';
    case 'issue': return 'issue';
    case 'page': case 'locator': case 'page-first': return 'pages';
    case 'publisher': return 'publisher';
    case 'publisher-place': return 'place';
    case 'edition': return 'edition';
    case 'URL': return 'url';
    case 'DOI': return 'doi';
    default: return 'other';
  }
}
function wrapper(params, pre, str, post) {
  if (!params || !params.itemData) return pre + str + post;
  const item = params.itemData;
  let v = params.variableNames.find((n) => item[n] !== undefined) || params.variableNames[0];
  // a style that prints the editors (translators) where the author stands when there is none
  // still names the variable "author": the names are the item's editors
  if (NAMES.has(v) && item[v] === undefined) v = ['editor', 'translator', 'container-author'].find((n) => item[n] !== undefined) || v;
  if (v === 'locator' || v === 'citation-number' || v === 'first-reference-note-number') {
    return pre + OPEN + (v === 'locator' ? 'pages' : 'other') + MID + str + CLOSE + post;
  }
  return pre + OPEN + label(v, item) + MID + str + CLOSE + post;
}

let records = [];
// German notes print German places of publication, often with their abbreviations ("Frankfurt
// a. M.", "Freiburg i. Br."): in German-locale training notes, half the items with a place are
// given one of these instead (chosen by the item and the style, so the same in every run)
const GERMAN_PLACES = W.GERMAN_PLACES;
function germanPlace(item, styleName) {
  if (!item || !item['publisher-place']) return item;
  const h = hash(item.id + '|' + styleName);
  if (h % 2 === 0) return item;
  return Object.assign({}, item, { 'publisher-place': GERMAN_PLACES[(h >>> 1) % GERMAN_PLACES.length] });
}
function engine(style, locale) {
  const sys = {
    retrieveLocale: (l) => {
      for (const c of [l, l.split('-')[0] === 'de' ? 'de-DE' : null, 'en-US']) {
        if (!c) continue;
        const p = path.join(DIR, 'locales-' + c + '.xml');
        if (fs.existsSync(p)) return fs.readFileSync(p, 'utf8');
      }
      return false;
    },
    retrieveItem: (id) => (SPLIT === 'train' && locale.startsWith('de') ? germanPlace(records[id], style.name) : records[id]),
    variableWrapper: wrapper,
  };
  const e = new CSL.Engine(sys, style.xml, locale, true);
  e.setOutputFormat('marked');
  e.opt.development_extensions.wrap_url_and_doi = false;
  return e;
}

// ----------------------------------------------------------------- one style's notes
/** The notes of one run of footnotes in a note style: first, subsequent and ibid. positions. */
function noteRun(style, locale, items) {
  const e = engine(style, locale);
  const lang = locale.slice(0, 2);
  const out = [];
  const pre = [];
  let prevIds = [];
  for (let n = 1; n <= PER_STYLE; n++) {
    // repeat the last item (ibid.), an earlier one (subsequent), or a new one
    const k = chance(0.5) ? 1 : chance(0.6) ? 2 : 3;
    const ids = [];
    for (let j = 0; j < k; j++) {
      const r = rand();
      const id = r < 0.18 && prevIds.length ? prevIds[prevIds.length - 1]
        : r < 0.4 && out.length ? pick(out.flatMap((o) => o.ids)) : pick(items);
      if (!ids.includes(id)) ids.push(id);
    }
    const citationItems = ids.map((id, j) => Object.assign({ id }, W.locator(records[id], lang, rand),
      j === 0 ? W.itemPrefix(lang, rand) : {}, W.itemSuffix(lang, rand)));
    const cit = { citationItems, properties: { noteIndex: n } };
    let r;
    try {
      r = e.processCitationCluster(cit, pre, []);
    } catch (err) {
      return out;   // a style citeproc cannot run: keep what it gave
    }
    pre.push([cit.citationID, n]);
    const got = r[1].find((x) => x[2] === cit.citationID);
    if (!got) continue;
    const positions = citationItems.map((ci) => ['first', 'container-subsequent', 'subsequent', 'ibid', 'ibid-with-locator'][ci.position || 0]);
    out.push({ text: W.frame(W.lawForms(got[1], lang, rand), lang, rand), ids, positions });
    prevIds = ids;
  }
  return out;
}

/** Entries of a reference list in an author-date or numeric style. */
function bibliography(style, locale, items) {
  const e = engine(style, locale);
  const ids = [];
  for (let n = 0; n < Math.min(PER_STYLE, items.length); n++) {
    const id = pick(items);
    if (!ids.includes(id)) ids.push(id);
  }
  try {
    e.updateItems(ids);
    const b = e.makeBibliography();
    if (!b) return [];
    return b[1].map((s, i) => ({ text: s.trim(), ids: [b[0].entry_ids[i][0]], positions: ['reference'] }));
  } catch (err) {
    return [];
  }
}

// ----------------------------------------------------------------- output
function segments(marked) {
  // "⟨label|text⟩" runs into [{label, text}], nested markers flattened to the outer label
  const out = [];
  let depth = 0, cur = 'other', buf = '';
  const stack = [];
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c === OPEN) {
      const m = marked.indexOf(MID, i);
      const lab = marked.slice(i + 1, m);
      if (buf) out.push({ label: cur, text: buf });
      buf = '';
      stack.push(cur);
      if (depth === 0) cur = lab;
      depth++;
      i = m;
    } else if (c === CLOSE) {
      if (buf) out.push({ label: cur, text: buf });
      buf = '';
      depth--;
      cur = stack.pop();
    } else {
      buf += c;
    }
  }
  if (buf) out.push({ label: cur, text: buf });
  return out;
}
const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plain = (s) => s.replace(/[\uE010\uE011]/g, '');

function main() {
  records = {};
  const list = JSON.parse(fs.readFileSync(args.records, 'utf8'));
  for (const r of list) records[r.id] = r;
  const ids = list.map((r) => r.id);
  const st = styles();
  const notes = st.filter((s) => s.note);
  const refs = st.filter((s) => !s.note);
  const rows = [];
  const lawIds = list.filter((r) => r.type === 'article-journal' || r.type === 'book').map((r) => r.id);
  if (SPLIT === 'heldout') {
    for (const r of list) for (const k of ['author', 'editor']) for (const p of r[k] || []) p.family = W.FAM + p.family + W.FAM_END;
    // every record once, in a held-out note style, first position with a pinpoint
    for (let i = 0; i < ids.length; i += PER_STYLE) {
      const s = notes[(i / PER_STYLE) % notes.length];
      const locale = s.locale || pick(['en-US', 'en-GB', 'de-DE', 'fr-FR']);
      for (const r of W.firstNotes(engine(s, locale), ids.slice(i, i + PER_STYLE), records, locale.slice(0, 2), rand)) {
        rows.push(Object.assign(r, { style: s.name, locale }));
      }
    }
    fs.writeFileSync(args.tsv, W.tsv(rows.map((r) => ({ segs: segments(r.text), ids: r.ids, source: r.style + ' ' + r.locale })), records));
    console.error(`${rows.length} held-out notes in ${notes.length} styles -> ${args.tsv}`);
    return;
  }
  // family names carry no markers in training: they are for the held-out gold only
  for (const s of notes) {
    const locale = s.locale || pick(['en-US', 'en-US', 'en-GB', 'de-DE', 'de-DE', 'fr-FR']);
    for (const r of noteRun(s, locale, ids)) rows.push(Object.assign(r, { style: s.name, locale }));
  }
  for (const s of refs) {
    if (!chance(0.12)) continue;
    const locale = s.locale || pick(['en-US', 'en-GB', 'de-DE']);
    for (const r of bibliography(s, locale, ids)) rows.push(Object.assign(r, { style: s.name, locale }));
  }
  for (let i = 0; i < 4000; i++) rows.push(Object.assign(W.lawNote(records[pick(lawIds)], rand), { style: 'colophon-law-forms', locale: 'de-DE' }));
  const buf = [`<?xml version="1.0" encoding="UTF-8"?>\n<notes generator="tools/citegen/render.js" seed="${SEED}" split="${SPLIT}" records="${xmlEsc(args.records)}" styles="org.citationstyles:styles:25.10" locales="org.citationstyles:locales:25.10">\n`];
  for (const r of rows) {
    const src = r.ids.map((id) => records[id]._source).join(' | ');
    buf.push(`<note style="${r.style}" locale="${r.locale}" position="${r.positions.join(' ')}" sources="${xmlEsc(src)}">`);
    for (const sg of segments(plain(r.text))) {
      const t = xmlEsc(sg.text.replace(/\s+/g, ' '));
      const lab = sg.label === 'issue' ? 'volume' : sg.label;
      buf.push(lab === 'other' ? t : `<${lab}>${t}</${lab}>`);
    }
    buf.push('</note>\n');
  }
  buf.push('</notes>\n');
  fs.writeFileSync(args.out, buf.join(''));
  console.error(`${rows.length} notes (${notes.length} note styles, ${refs.length} other styles) -> ${args.out}`);
}

main();

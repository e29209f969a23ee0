// How footnotes wrap citations: signals ("See", "Vgl."), commentary, pinpoints ("S. 231 f.",
// "Rn. 443", "hier S. 5"), German and English law forms ("NZG 1999, 797 (800)", "[1932] AC 562"),
// and the held-out evaluation's gold. Part of tools/citegen (not shipped in the jar).
'use strict';
const OPEN = '\uE000', MID = '\uE001', CLOSE = '\uE002', FAM = '\uE010', FAM_END = '\uE011';
const m = (label, text) => OPEN + label + MID + text + CLOSE;
const pickR = (rand, xs) => xs[Math.floor(rand() * xs.length)];

const SIGNALS = {
  en: ['See ', 'See ', 'See also ', 'Cf. ', 'See generally ', 'Compare ', 'For a different view, see ', 'See, e.g., ', 'On this point see ', 'As argued by '],
  de: ['Vgl. ', 'Vgl. ', 'Siehe ', 'Siehe auch ', 'S. auch ', 'Vgl. auch ', 'Dazu ', 'Anders ', 'Zustimmend ', 'Grundlegend ', 'Ausführlich ', 'Näher '],
  fr: ['Voir ', 'V. ', 'Cf. ', 'Voir aussi ', 'Voir notamment '],
};
const SUFFIXES = {
  en: [' (emphasis added)', ' (with further references)', ', and the literature cited there', ' (arguing the opposite)', ' (footnote omitted)'],
  de: [' m.w.N.', ' mit weiteren Nachweisen', ' (Hervorhebung im Original)', ' m. w. N.', ', und die dort genannte Literatur'],
  fr: [' (nous soulignons)', ' et les références citées'],
};
const BEFORE = {
  en: ['This point is contested. ', 'The argument goes back further. ', 'For the earlier debate, which is not considered here, see the works cited above. ', 'On the facts, '],
  de: ['Die Frage ist umstritten. ', 'Zum Streitstand ', 'So schon die ältere Literatur. ', 'Anders noch die Vorauflage. '],
  fr: ['La question est discutée. ', 'Sur ce point, '],
};
const AFTER = {
  en: [' The point is developed below.', ' This view has been widely criticised.', ' But see the next note.'],
  de: [' Dazu unten III.', ' Kritisch dazu die h.M.', ' Anders die Rechtsprechung.'],
  fr: [' Nous y reviendrons.'],
};

function firstPage(rec) {
  const p = rec.page && /\d+/.exec(rec.page);
  return p ? parseInt(p[0], 10) : 0;
}

/** A pinpoint for a citation item: {locator, label}, or nothing. */
function locator(rec, lang, rand) {
  if (rand() < 0.25) return {};
  const start = firstPage(rec);
  const n = start ? start + Math.floor(rand() * 12) : 1 + Math.floor(rand() * 450);
  const r = rand();
  let loc = String(n);
  if (r < 0.12) loc = n + '-' + (n + 1 + Math.floor(rand() * 20));
  else if (r < 0.22) loc = lang === 'de' ? n + ' f.' : n + 'f.';
  else if (r < 0.3) loc = lang === 'de' ? n + ' ff.' : n + 'ff.';
  const l = rand();
  const label = l < 0.08 ? 'paragraph' : l < 0.12 ? 'note' : l < 0.15 ? 'chapter' : 'page';
  return { locator: label === 'chapter' ? String(1 + Math.floor(rand() * 12)) : loc, label };
}

function itemPrefix(lang, rand) {
  return rand() < 0.35 ? { prefix: pickR(rand, SIGNALS[lang] || SIGNALS.en) } : {};
}

function itemSuffix(lang, rand) {
  const r = rand();
  if (r < 0.08) return { suffix: pickR(rand, SUFFIXES[lang] || SUFFIXES.en) };
  if (r < 0.13 && lang === 'de') return { suffix: ', hier S. ' + m('pages', String(2 + Math.floor(rand() * 300))) };
  return {};
}

/** German "Rn." for the paragraph label; commentary before or after the citations. */
function lawForms(text, lang, rand) {
  if (lang === 'de' && rand() < 0.7) text = text.replace(/(?:Abs\.|Absatz|para\.?|¶|§)\s?(?=\uE000pages)/, 'Rn. ');
  return text;
}

function frame(text, lang, rand) {
  const r = rand();
  if (r < 0.1) return pickR(rand, BEFORE[lang] || BEFORE.en) + text;
  if (r < 0.17) return text + pickR(rand, AFTER[lang] || AFTER.en);
  return text;
}

// ----------------------------------------------------------------- law and short forms by hand
const DE_JOURNALS = ['NJW', 'NZG', 'ZHR', 'ZGR', 'JZ', 'AcP', 'ZIP', 'BB', 'DB', 'WM', 'GRUR', 'MMR', 'CR', 'JuS', 'AG',
  'NStZ', 'ZRP', 'DÖV', 'DVBl', 'NVwZ', 'RabelsZ', 'ZEuP', 'JA', 'Jura', 'ZfA', 'NZA', 'RdA', 'ZUM', 'K&R', 'EuZW', 'ZStW', 'GA'];
const REPORTS = ['AC', 'QB', 'KB', 'Ch', 'WLR', 'All ER', 'Lloyd\'s Rep', 'UKHL', 'EWCA Civ', 'ECR', 'CLR', 'SCR', 'US'];
const PARTIES = ['Donoghue', 'Stevenson', 'Hedley Byrne', 'Heller', 'Caparo', 'Dickman', 'Carlill', 'Smith', 'Jones',
  'Regina', 'Attorney-General', 'Commissioners', 'Miller', 'Secretary of State', 'Brown', 'Board of Education', 'Pepper', 'Hart'];

function fam(rec) {
  const p = (rec.author || rec.editor || [])[0];
  return p ? p.family : null;
}
function shortTitle(rec) {
  const w = (rec.title || '').split(/[:.?!]/)[0].trim().split(/\s+/);
  return w.slice(0, Math.min(w.length, 1 + Math.floor(Math.random() * 0) + 3)).join(' ');
}

// German notes print German places of publication, often with their abbreviations
const GERMAN_PLACES = ['Frankfurt a. M.', 'Frankfurt am Main', 'Freiburg i. Br.', 'Halle (Saale)', 'Halle a. d. S.',
  'München', 'Berlin', 'Tübingen', 'Stuttgart', 'Göttingen', 'Leipzig', 'Köln', 'Wiesbaden', 'Baden-Baden',
  'Heidelberg', 'Hamburg', 'Darmstadt', 'Mülheim a. d. Ruhr', 'Berlin/New York', 'Paderborn', 'Bielefeld', 'Wien',
  'Zürich', 'Basel', 'Opladen', 'Weinheim', 'Neuwied', 'Marburg a. d. Lahn', 'Bonn', 'Münster'];

/** The authors as German law and humanities notes print them: surnames alone, joined by "/", or with initials. */
function germanNames(rec, rand) {
  const ps = (rec.author || rec.editor || []).filter((p) => p.family).slice(0, 3);
  if (!ps.length) return null;
  const initials = rand() < 0.25;
  const one = (p) => (initials && p.given ? p.given.split(/[\s-]+/).filter(Boolean).map((g) => g[0] + '.').join(' ') + ' ' : '') + p.family;
  return ps.map((p) => m('author', one(p))).join(pickR(rand, ['/', ' / ', ' und ', ', ']));
}

/**
 * A first citation in a German note, by hand: surnames only (no style in the CSL repository prints
 * them so), the place and year run together ("Frankfurt a. M. 1992"), "S." pages with "f."/"ff.":
 * "Habermas, Faktizität und Geltung, 4. Aufl., Frankfurt a. M. 1994, S. 135 ff.";
 * "Canaris, Die Vertrauenshaftung, in: Larenz (Hrsg.), Festschrift, München 1983, S. 27 (33)";
 * "Lutz, Der Titel, Zeitschrift für Rechtsvergleichung 19 (1978), S. 161, 165".
 */
function germanFullNote(rec, rand) {
  const names = germanNames(rec, rand);
  if (!names || !rec.title) return null;
  const year = rec.issued ? rec.issued['date-parts'][0][0] : 1950 + Math.floor(rand() * 70);
  const page = firstPage(rec) || 1 + Math.floor(rand() * 600);
  const pin = page + Math.floor(rand() * 15);
  const pinF = pin + pickR(rand, ['', '', ' f.', ' ff.']);
  const sig = rand() < 0.35 ? pickR(rand, SIGNALS.de) : '';
  const place = rand() < 0.6 ? pickR(rand, GERMAN_PLACES) : rec['publisher-place'];
  const imprint = (place ? m('place', place) + ' ' : '') + m('date', year);
  const ed = rand() < 0.25 ? m('edition', (2 + Math.floor(rand() * 12)) + '. Aufl.') + pickR(rand, [', ', ' ']) : '';
  const title = m('title', rec.title);
  if (rec.type === 'article-journal' && rec['container-title']) {
    const vol = rec.volume ? m('volume', rec.volume) + ' ' : '';
    const j = rand() < 0.5 ? 'in: ' : '';
    const pinPart = rand() < 0.6 ? (rand() < 0.5 ? ', ' + m('pages', pinF) : ' (' + m('pages', pinF) + ')') : '';
    return `${sig}${names}, ${title}, ${j}${m('journal', rec['container-title'])} ${vol}(${m('date', year)}), ${rand() < 0.6 ? 'S. ' : ''}${m('pages', page)}${pinPart}.`;
  }
  if (rec['container-title']) {
    const eds = (rec.editor || []).filter((p) => p.family).slice(0, 2).map((p) => m('editor', p.family)).join('/');
    const by = eds ? `${eds} (${pickR(rand, ['Hrsg.', 'Hg.', 'Hrsg.'])}), ` : '';
    return `${sig}${names}, ${title}, in: ${by}${m('container', rec['container-title'])}, ${imprint}, S. ${m('pages', page)}${rand() < 0.5 ? ', hier S. ' + m('pages', pinF) : ''}.`;
  }
  return `${sig}${names}, ${title}, ${ed}${imprint}, ${rand() < 0.8 ? 'S. ' : ''}${m('pages', pinF)}.`;
}

/** A note in a German or English legal form, or a short form, built from a record's fields. */
function lawNote(rec, rand) {
  if (rand() < 0.3) {
    const text = germanFullNote(rec, rand);
    if (text) return { text, ids: [rec.id], positions: ['law-de-full'] };
  }
  const f = fam(rec) || 'Müller';
  const year = rec.issued ? rec.issued['date-parts'][0][0] : 1990 + Math.floor(rand() * 30);
  const page = firstPage(rec) || 1 + Math.floor(rand() * 900);
  const pin = page + Math.floor(rand() * 15);
  const vol = rec.volume || String(1 + Math.floor(rand() * 150));
  const abbr = pickR(rand, DE_JOURNALS);
  const pinF = rand() < 0.3 ? pin + (rand() < 0.5 ? ' f.' : ' ff.') : String(pin);
  const sig = rand() < 0.3 ? pickR(rand, SIGNALS.de) : '';
  const t = rand();
  let text;
  let lang = 'de';
  if (t < 0.18) text = `${sig}${m('author', f)}, ${m('journal', abbr)} ${m('date', year)}, ${m('pages', page)} (${m('pages', pin)}).`;
  else if (t < 0.3) text = `${sig}${m('author', f)}, ${m('journal', abbr)} ${m('volume', vol)} (${m('date', year)}), ${m('pages', page)}${rand() < 0.5 ? ', ' + m('pages', pinF) : ''}.`;
  else if (t < 0.44) text = `${sig}${m('author', f)}, ${m('title', shortTitle(rec))}, ${rand() < 0.7 ? 'S. ' : 'Rn. '}${m('pages', pinF)}.`;
  else if (t < 0.52) text = `${sig}${m('author', f)}, ${m('title', shortTitle(rec))}, ${m('edition', (2 + Math.floor(rand() * 20)) + '. Aufl.')} ${m('date', year)}, § ${1 + Math.floor(rand() * 40)} Rn. ${m('pages', pin)}.`;
  else if (t < 0.6) text = `${sig}${m('author', f)}, a.a.O. (Fn. ${1 + Math.floor(rand() * 90)}), S. ${m('pages', pinF)}.`;
  else if (t < 0.66) text = `${pickR(rand, ['Ebd., S. ', 'Ebd., ', 'Ebenda, S. ', 'A.a.O., S. ', 'Ebd., Rn. '])}${m('pages', pinF)}.`;
  else if (t < 0.78 && rec['container-title'] && rec.type === 'article-journal') {
    lang = 'en';
    const g = (rec.author || [])[0];
    const name = g ? (g.given ? g.given + ' ' : '') + g.family : f;
    text = `${rand() < 0.3 ? pickR(rand, SIGNALS.en) : ''}${m('author', name)}, ‘${m('title', rec.title)}’ (${m('date', year)}) ${m('volume', vol)} ${m('journal', rec['container-title'])} ${m('pages', page)}${rand() < 0.6 ? ', ' + m('pages', pin) : ''}.`;
  } else if (t < 0.88) {
    lang = 'en';
    const a = pickR(rand, PARTIES), b = pickR(rand, PARTIES.filter((x) => x !== a));
    const br = rand() < 0.7;
    text = `${rand() < 0.3 ? pickR(rand, SIGNALS.en) : ''}${m('title', a + ' v ' + b)} ${br ? '[' : '('}${m('date', year)}${br ? ']' : ')'} ${rand() < 0.5 ? m('volume', 1 + Math.floor(rand() * 3)) + ' ' : ''}${m('journal', pickR(rand, REPORTS))} ${m('pages', page)}${rand() < 0.5 ? ', ' + m('pages', pin) : ''}${rand() < 0.3 ? ' (HL)' : ''}.`;
  } else {
    lang = 'en';
    text = pickR(rand, [
      `${m('author', f)} (n ${1 + Math.floor(rand() * 90)}) ${m('pages', pin)}.`,
      `${m('author', f)}, supra note ${1 + Math.floor(rand() * 90)}, at ${m('pages', pin)}.`,
      `Id. at ${m('pages', pin)}.`,
      `Ibid., ${m('pages', pin)}.`,
      `${m('author', f)}, op. cit., p. ${m('pages', pin)}.`,
      `${m('author', f)}, ${m('title', shortTitle(rec))}, at ${m('pages', pin)}.`,
    ]);
  }
  return { text, ids: [rec.id], positions: ['law-' + lang] };
}

// ----------------------------------------------------------------- held-out evaluation
/** One first-position note per record, in one engine (one held-out style and locale). */
function firstNotes(engine, ids, records, lang, rand) {
  const out = [];
  const pre = [];
  ids.forEach((id, n) => {
    const cit = { citationItems: [Object.assign({ id }, locator(records[id], lang, rand), itemPrefix(lang, rand))], properties: { noteIndex: n + 1 } };
    try {
      const r = engine.processCitationCluster(cit, pre, []);
      pre.push([cit.citationID, n + 1]);
      const got = r[1].find((x) => x[2] === cit.citationID);
      if (got) out.push({ text: got[1], ids: [id], positions: ['first'] });
    } catch (err) {
      // a style citeproc cannot run on this item: left out
    }
  });
  return out;
}

// role words and "et al." around a names field (\p{L} lookarounds: JavaScript's \b knows no "é")
const ROLE_WORDS = 'eds?|edd|editors?|edited by|hrsg|hg|hgg|herausgegeben von|trans|transl|translated by|übers|dir|éds?|coord|orgs?';
const ROLE = new RegExp(`\\s*[,(]*\\s*(?<!\\p{L})(?:${ROLE_WORDS})(?!\\p{L})\\.?\\)?\\s*$`, 'iu');
const LEAD_ROLE = /^\s*(?:(?:ed|eds|hrsg|hg|trans|transl|éd|dir)\.?\s+(?:by|von|v\.|par)|edited by|translated by|herausgegeben von|übersetzt von|(?:ed|eds|hrsg|hg|éd|dir)\.)\s+/iu;
const ETAL = /\s*,?\s*(?:et al\.?|u\.\s*a\.?|and others|et alii|\[et al\.\]|…|\.\.\.)\s*$/iu;
const EDGE = /^[\s,.;:(\[“”"„«»‘’'/–—&-]+|[\s,;:)\]“”"„«»‘’'/–—&-]+$/g;
const SEPS = /,\s+(?:and|&|und|et|y|e)\s+|\s+(?:and|&|und|et|y|e|u\.)\s+|\s*;\s*|,\s*|\s+\/\s+|\s+–\s+/g;

/** The persons of a names field, split where the family names (marked) show the boundaries. */
function persons(text) {
  const fams = [];
  const re = /\uE010([^\uE011]*)\uE011/g;
  let x;
  while ((x = re.exec(text))) fams.push([x.index, x.index + x[0].length]);
  if (!fams.length) return [];
  const cuts = [0];
  for (let k = 0; k + 1 < fams.length; k++) {
    const between = text.slice(fams[k][1], fams[k + 1][0]);
    let cut = null;
    SEPS.lastIndex = 0;
    let s;
    while ((s = SEPS.exec(between))) cut = [s.index, s.index + s[0].length];   // the last separator: "Smith, J., Doe", "Smith, John, and Jane Doe"
    if (!cut) cut = [0, 0];
    cuts.push([fams[k][1] + cut[0], fams[k][1] + cut[1]]);
  }
  const out = [];
  for (let k = 0; k < fams.length; k++) {
    const s = k === 0 ? 0 : cuts[k][1];
    const e = k + 1 < fams.length ? cuts[k + 1][0] : text.length;
    let p = text.slice(s, e).replace(/[\uE010\uE011]/g, '');
    if (k === 0) p = p.replace(LEAD_ROLE, '');
    for (let before = null; before !== p;) {
      before = p;
      if (k === fams.length - 1) p = p.replace(EDGE, '').replace(ETAL, '');
      p = p.replace(ROLE, '').replace(EDGE, '').trim();
    }
    if (p) out.push(p);
  }
  return out;
}

// a page label the style printed inside the page variable ("pp. 71–88", "here 1679–92"): not part of the value
const PAGE_LABEL = /^(?:pp?\.|S\.|here|hier|at)\s*/iu;
// "in:" that a style printed inside the container's title variable
const IN_COLON = /^(?:in|dans|im|en)\s*:\s*/iu;

/** The held-out notes as an evaluation TSV (tools/eval_citations.py's columns). */
function tsv(rows, records) {
  const cols = ['authors', 'editors', 'title_a', 'title_m', 'title_j', 'date', 'volume', 'issue', 'pages', 'publisher', 'place'];
  const lines = ['source\ttext\t' + cols.join('\t')];
  const clean = (s) => s.replace(/[\uE010\uE011]/g, '').replace(/\s+/g, ' ').replace(EDGE, '').trim();
  for (const r of rows) {
    const rec = records[r.ids[0]];
    const g = Object.fromEntries(cols.map((c) => [c, []]));
    for (const sg of r.segs) {
      const v = sg.text;
      switch (sg.label) {
        case 'author': g.authors.push(...persons(v)); break;
        case 'editor': case 'translator': if (sg.label === 'editor') g.editors.push(...persons(v)); break;
        case 'title': (rec['container-title'] ? g.title_a : g.title_m).push(clean(v)); break;
        case 'journal': g.title_j.push(clean(v).replace(IN_COLON, '')); break;
        case 'container': g.title_m.push(clean(v).replace(IN_COLON, '')); break;
        case 'date': g.date.push(clean(v)); break;
        case 'volume': g.volume.push(clean(v)); break;
        case 'issue': g.issue.push(clean(v)); break;
        case 'pages': g.pages.push(clean(v).replace(PAGE_LABEL, '')); break;
        case 'publisher': g.publisher.push(clean(v)); break;
        case 'place': g.place.push(clean(v)); break;
        default:
      }
    }
    const text = r.segs.map((s) => s.text).join('').replace(/[\uE010\uE011]/g, '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    lines.push([r.source, text, ...cols.map((c) => g[c].filter((v) => v).join(' | '))].join('\t'));
  }
  return lines.join('\n') + '\n';
}

module.exports = { GERMAN_PLACES, locator, itemPrefix, itemSuffix, lawForms, frame, lawNote, firstNotes, tsv, persons, FAM, FAM_END };

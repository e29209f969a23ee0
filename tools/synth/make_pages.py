#!/usr/bin/env python3
"""Build held-out damaged pages and their gold files for Colophon's scorer.

    python3 make_pages.py [--out /tmp/synth] [--seed 20240611] [--tei]

Writes OUT/pages/synth-pNNNN.txt and OUT/gold/synth-pNNNN.json; with --tei also
OUT/perfect/synth-pNNNN.tei.xml, a hand-rule perfect encoding of each page used to
check the gold with ../../../shared/eval/score_page.py (see README in this folder).

Standard library only; deterministic for a given seed.

How a page is made: running prose from a text on this machine (sources.py) is cut
into tokens; some tokens are set in italic, some get a footnote call; notes are
made up (notes.py). Lines are wrapped greedily at the book's measure, dividing
words at line ends with a hyphen. The page is then "damaged" the way the dev pages
are: lowercase ff/fi/fl/ffi/ffl vanish everywhere (body, headings, running head,
notes), the space at an italic boundary vanishes, calls become superscript digits
glued to the next word, a Japanese ō/ū becomes "o" with a loose combining macron
before it, site furniture and running heads are added, and one of three layouts
spaces the lines. The gold is computed from the clean tokens, so every string in it
is the reading text of what the page shows.
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sources  # noqa: E402
from notes import NoteMaker  # noqa: E402

LIG = re.compile(r"ffi|ffl|ff|fi|fl")
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SEP = "Ë"
MACRON = "\u0304"


def damage(s):
    return LIG.sub("", s)


def loosen_macrons(s):
    # "Saitō" -> "Sait ̄o": the macron comes loose and drifts before its vowel
    return s.replace("ō", " " + MACRON + "o").replace("ū", " " + MACRON + "u")


def render(s):
    return loosen_macrons(damage(s))


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def has_word(text, w):
    return re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) is not None


def letter_runs(s):
    return re.findall(r"[^\W\d_]+", s)


# ---------------------------------------------------------------- tokens

class Unit:
    __slots__ = ("clean", "first_it", "last_it", "italic", "call", "lost", "lost_kind", "cap_split", "head")

    def __init__(self, clean, first_it=False, last_it=False):
        self.clean = clean
        self.first_it = first_it
        self.last_it = last_it
        self.italic = first_it or last_it
        self.call = False       # a footnote call follows this token
        self.lost = False       # the space after this token is lost
        self.lost_kind = None   # "italic" | "call"
        self.cap_split = None   # index of a real hyphen before a capital ("Anglo-|Saxon")
        self.head = False

    def rend(self):
        return render(self.clean)


def tokenize(spans):
    chars = []
    for text, it in spans:
        for c in text:
            chars.append((c, it))
    units = []
    cur = []
    for c, it in chars + [(" ", False)]:
        if c.isspace():
            if cur:
                u = Unit("".join(x for x, _ in cur), cur[0][1], cur[-1][1])
                u.italic = any(i for _, i in cur)
                units.append(u)
                cur = []
        else:
            cur.append((c, it))
    for u in units:
        m = re.search(r"[^\W\d_]-([A-Z])", u.clean)
        if m and "-" not in u.clean[m.start(1):]:
            u.cap_split = m.start(1) - 1
    return units


def mark_italic_gaps(units, prob=1.0, rng=None):
    for a, b in zip(units, units[1:]):
        if a.last_it != b.first_it and not a.call:
            if prob >= 1.0 or rng.random() < prob:
                a.lost, a.lost_kind = True, "italic"


CORE = re.compile(r"^([“‘(\[„]?)([^\W\d_][^\W\d_’]*[^\W\d_])([.,;:!?”’)\]“]*)$")
VOWELS = set("aeiouyäöüéAEIOUYÄÖÜ")


def split_points(word):
    """Plausible division points inside a word (index k: word[:k]-word[k:])."""
    pts = []
    n = len(word)
    for k in range(3, n - 2):
        a, b = word[k - 1], word[k]
        if not (a.isalpha() and b.isalpha()) or "’" in word[k - 1:k + 1]:
            continue
        if a == "f" and b in "fil":
            continue  # never inside a ligature
        if word[k - 2:k] in ("ff",) and b in "il":
            continue
        if (a + b).lower() in ("ch", "ck", "sh", "th", "ph", "qu", "gh", "wh", "br", "cr", "dr", "fr", "gr", "pr",
                               "tr", "bl", "cl", "gl", "pl", "sl", "st", "sp", "sc", "wr", "kn", "ng"):
            continue
        nxt = word[k + 1] if k + 1 < n else ""
        prv = word[k - 2]
        if a in VOWELS and b not in VOWELS and nxt in VOWELS:
            pts.append(k)          # V-CV
        elif a not in VOWELS and b not in VOWELS and prv in VOWELS and nxt in VOWELS:
            pts.append(k)          # VC-CV
    return pts


def dividable(u, prev):
    if u.call or u.italic or u.lost or (prev is not None and prev.lost) or u.head:
        return None
    if any(c in u.clean for c in "ōū-"):
        return None
    m = CORE.match(u.clean)
    if not m or len(m.group(2)) < 6:
        return None
    pts = split_points(m.group(2))
    if not pts:
        return None
    return m.group(1), m.group(2), m.group(3), pts


# ---------------------------------------------------------------- wrapping

def wrap(units, width, first_prefix="", note_no=None):
    """Greedy wrap. Returns lines; a line is a list of pieces (i, part, text) with
    part "w" whole, "a" first half (with hyphen), "b" second half. Calls are numbered
    from note_no[0] on, in order (note_no is a one-item list, advanced)."""
    lines = []
    cur = []
    curlen = len(first_prefix)
    if first_prefix:
        curlen += 0
    numbers = {}
    counter = note_no[0] if note_no else 0

    def text_of(i, part, k=None, cap=False):
        u = units[i]
        if part == "w":
            t = u.rend()
        elif part == "a":
            t = render(u.clean[:k]) + ("" if cap else "-")
        else:
            t = render(u.clean[k:])
        if u.call and part in ("w", "b"):
            t += str(numbers[i]).translate(SUP)
        return t

    i = 0
    pending = None  # (k, cap) second half of units[i] to place
    while i < len(units):
        u = units[i]
        if u.call and i not in numbers:
            numbers[i] = counter
            counter += 1
        if pending:
            k, cap = pending
            seg = text_of(i, "b", k)
            piece = (i, "b", seg, k)
            pending = None
        else:
            seg = text_of(i, "w")
            piece = (i, "w", seg, None)
        sep = "" if not cur else ("" if units[cur[-1][0]].lost else " ")
        if not cur or curlen + len(sep) + len(seg) <= width:
            cur.append(piece)
            curlen += len(sep) + len(seg)
            i += 1
            continue
        # does not fit: divide?
        if piece[1] == "w":
            prev = units[i - 1] if i > 0 else None
            if u.cap_split is not None and not u.call:
                k = u.cap_split + 1  # keep the hyphen on the first line
                first = render(u.clean[:k])
                if curlen + len(sep) + len(first) <= width:
                    cur.append((i, "a", first, k))
                    lines.append(cur)
                    cur, curlen = [], 0
                    pending = (k, True)
                    continue
            d = dividable(u, prev)
            if d:
                lead, core, trail, pts = d
                best = None
                for k in pts:
                    kk = len(lead) + k
                    first = render(u.clean[:kk]) + "-"
                    if curlen + len(sep) + len(first) <= width:
                        best = kk
                if best is not None:
                    cur.append((i, "a", render(u.clean[:best]) + "-", best))
                    lines.append(cur)
                    cur, curlen = [], 0
                    pending = (best, False)
                    continue
        lines.append(cur)
        cur, curlen = [], 0
    if cur:
        lines.append(cur)
    if note_no is not None:
        note_no[0] = counter
    return lines, numbers


def line_text(units, line, prefix=""):
    out = prefix
    for j, (i, part, seg, k) in enumerate(line):
        if j > 0:
            prev_i = line[j - 1][0]
            if not units[prev_i].lost:
                out += " "
        out += seg
    return out


# ---------------------------------------------------------------- books

BOOKS = [
    {"id": "common", "title": "Common Ground: Essays on Copying, Property and the Public Domain",
     "src": ("license", "GPL-3"), "lang": "en", "start": 96, "pages": 8, "width": 90, "calls": 0.22,
     "chapters": [
         (4, "Conveying Modified Versions", ["The Terms of Affiliation", "Offers and Obligations",
                                             "The Scope of a Licence", "Installation Information"]),
         (5, "Patents and Their Effects", ["Acceptance Not Required", "Automatic Licensing",
                                           "The Fiduciary Question"]),
     ], "opening_at": 4},
    {"id": "manual", "title": "The Free Manual. Documentation and Its Publics, 1984–2008",
     "src": ("license", "GFDL-1.3"), "lang": "en", "start": 41, "pages": 7, "width": 88, "calls": 0.26,
     "chapters": [
         (2, "Invariant Sections and Cover Texts", ["Verbatim Copying", "Copying in Quantity",
                                                    "Modifications", "Collections of Documents"]),
     ], "opening_at": 0},
    {"id": "terms", "title": "Terms of Use: A Legal History of Open Licensing",
     "src": ("license", ["Apache-2.0", "MPL-2.0", "Artistic"]), "lang": "en", "start": 212, "pages": 6,
     "width": 92, "calls": 0.24,
     "chapters": [
         (7, "Contributors and Their Grants", ["Definitions and Defaults", "The Grant of Rights",
                                               "Redistribution", "Effect of New Versions"]),
         (8, "Disclaimers and Limits", ["Conflicts with Other Terms", "The Package and Its Holder"]),
     ], "opening_at": 3},
    {"id": "lesser", "title": "Lesser Liberties: Libraries, Linking and the Law",
     "src": ("license", "LGPL-2.1"), "lang": "en", "start": 158, "pages": 6, "width": 89, "calls": 0.2,
     "chapters": [
         (6, "Works That Use the Library", ["Linking and Its Critics", "Combined Works",
                                            "Sufficient Notice", "The Fine Print"]),
     ], "opening_at": None},
    {"id": "tongue", "title": "The Interpreter’s Tongue: Reading a Programming Language as Text",
     "src": ("pydoc", None), "lang": "en", "start": 67, "pages": 7, "width": 91, "calls": 0.18,
     "chapters": [
         (3, "Names and Their Binding", ["Scopes and Namespaces", "The Class Definition",
                                         "Special Method Lookup", "Flow of Control"]),
         (4, "Expressions and Their Effects", ["Arithmetic Conversions", "Conditional Expressions"]),
     ], "opening_at": 5},
    {"id": "werkzeug", "title": "Werkzeug und Handbuch. Studien zur Dokumentation freier Programme",
     "src": ("man-de", ["dpkg.1", "dpkg-source.1", "apt-get.8", "man.1", "dpkg-buildpackage.1", "apt.conf.5",
                        "apt_preferences.5", "deb-control.5", "dpkg-deb.1", "apropos.1", "mandb.8", "whatis.1",
                        "dpkg-divert.1", "dpkg-query.1", "apt-cache.8", "sources.list.5"]),
     "lang": "de", "start": 121, "pages": 6, "width": 88, "calls": 0.2,
     "chapters": [
         (5, "Die Pflege der Handbuchseiten", ["Begriffe und Konventionen", "Paketverwaltung als Schriftkultur",
                                               "Die Aufgaben des Werkzeugs", "Konflikte und Abhängigkeiten"]),
     ], "opening_at": 0},
]


def load_source(src):
    kind, arg = src
    if kind == "license":
        names = arg if isinstance(arg, list) else [arg]
        out = []
        for n in names:
            out.extend(sources.load_license(n))
        return out
    if kind == "pydoc":
        return sources.load_pydoc_topics()
    if kind == "man-de":
        return sources.load_man_de(arg)
    raise ValueError(kind)


class State:
    """Where a book's text stream stands between pages."""

    def __init__(self, book, paras):
        self.book = book
        self.paras = paras
        self.pi = 0
        self.queue = []            # blocks carried over to the next page (a paragraph's rest, a heading)
        self.note_no = 1
        self.chapter = 0
        self.section = -1          # index into the chapter's sections; -1: none yet
        self.started = False
        self.copy_fields = ("pi", "note_no", "chapter", "section", "started")

    def snapshot(self):
        return ({k: getattr(self, k) for k in self.copy_fields}, list(self.queue))

    def restore(self, snap):
        fields, q = snap
        for k, v in fields.items():
            setattr(self, k, v)
        self.queue = list(q)


STOP = set("""which where there their these those would should could other under about without within
between through because before after another anything however whether although available
include includes including provided licensed license section sections nicht werden wurde diese dieser
sowie einer eines keine""".split())


def prepare_paragraph(spans, rng, book, italic_budget):
    """Tokens for one source paragraph, with italic runs and footnote calls marked."""
    # source italics: keep a few short runs, the rest roman
    kept = []
    n_it = 0
    for text, it in spans:
        if it and n_it < 1 and len(text.split()) <= 3 and rng.random() < 0.5 and italic_budget[0] > 0:
            kept.append((text, True))
            n_it += 1
        else:
            kept.append((text, False))
    units = tokenize(kept)
    # our own italic term: one word or two
    if n_it == 0 and italic_budget[0] > 0 and rng.random() < 0.45:
        cands = [j for j in range(2, len(units) - 2)
                 if CORE.match(units[j].clean) and len(CORE.match(units[j].clean).group(2)) >= 6
                 and CORE.match(units[j].clean).group(2).lower() not in STOP
                 and not units[j].clean[0] in "“‘(„" and units[j - 1].clean[-1].isalpha()]
        if cands:
            j = rng.choice(cands)
            span = [j]
            if rng.random() < 0.3 and j + 1 < len(units) - 1 and re.fullmatch(r"[^\W\d_]+", units[j].clean) \
                    and CORE.match(units[j + 1].clean) and len(CORE.match(units[j + 1].clean).group(2)) >= 5 \
                    and CORE.match(units[j + 1].clean).group(2).lower() not in STOP:
                span.append(j + 1)
            for x in span:
                u = units[x]
                m = CORE.match(u.clean)
                core_only = not m.group(3) and not m.group(1)
                u.italic = True
                u.first_it = (x != span[0]) or not m.group(1)
                u.last_it = not m.group(3)
                if x != span[-1]:
                    u.last_it = True
            # which side loses its space: before, after or both
            mode = rng.choice(["before", "after", "both", "both"])
            a, b = units[span[0] - 1], units[span[-1]]
            if mode in ("before", "both") and a.last_it != units[span[0]].first_it:
                a.lost, a.lost_kind = True, "italic"
            if mode in ("after", "both") and b.last_it != units[span[-1] + 1].first_it:
                b.lost, b.lost_kind = True, "italic"
            italic_budget[0] -= 1
            return finish_calls(units, rng, book)
    if n_it:
        mark_italic_gaps(units)
        italic_budget[0] -= 1
    return finish_calls(units, rng, book)


def finish_calls(units, rng, book):
    for j, u in enumerate(units):
        if j < 3 or u.italic or u.lost or (j + 1 < len(units) and units[j + 1].italic):
            continue
        if j > 0 and units[j - 1].lost:
            continue
        c = u.clean
        if re.search(r"[.!?][”’)]?$", c) and not re.search(r"\b(e\.g|i\.e|z\.B|u\.a|d\.h|bzw|vgl|etc|Nr|Abs|ca)\.$", c, re.I):
            p = book["calls"]
        elif re.search(r"[;:,][”’]?$", c):
            p = book["calls"] * 0.12
        else:
            continue
        if rng.random() < p:
            u.call = True
            if j + 1 < len(units):
                u.lost, u.lost_kind = True, "call"
    return units


def head_units(text):
    us = tokenize([(text, False)])
    for u in us:
        u.head = True
        u.cap_split = None
    return us


# ---------------------------------------------------------------- one page

def build_page(book, st, rng, pageno, opening, layout, wallpaper, force_xref):
    W = book["width"]
    lang = book["lang"]
    maker = NoteMaker(rng, lang)
    target = rng.randint(3080, 3720)
    spacing = {"H3": 2, "H2": 1, "B": 0}[layout]

    chapters = book["chapters"]
    if opening:
        st.chapter += 1 if st.started else 0
        st.queue = []
        st.section = -1
        st.note_no = 1
    chap_no, chap_title, sections = chapters[min(st.chapter, len(chapters) - 1)]
    if opening:
        rh = None
        rh_line = None
    elif pageno % 2 == 0:
        rh = chap_title
        rh_line = f"{pageno} {SEP} {render(chap_title)}"
    else:
        rh = sections[st.section] if st.section >= 0 else chap_title
        rh_line = f"{render(rh)} {SEP} {pageno}"

    header = []
    if layout != "B":
        header = [book["title"], "", f"(WallPaper) #{wallpaper}", ""]
    header_len = sum(len(h) + 1 for h in header)
    if rh_line:
        header_len += len(rh_line) + 1 + spacing

    blocks = []   # dict(kind, units, lines, numbers, final)
    notes = []    # dict(n, spans, units, lines, text, cit, anchor)
    total = header_len + 20
    counter = [st.note_no]
    italic_budget = [2]
    need_xref = rh is not None and any(damage(r) != r for r in letter_runs(rh))
    xref_pending = force_xref and need_xref

    queue_first = True
    if opening:
        hu = head_units(f"{chap_no} {chap_title}")
        blocks.append({"kind": "head", "units": hu, "final": True, "lines": wrap(hu, W)[0], "numbers": {}})
        total += len(render(f"{chap_no} {chap_title}")) + 1 + spacing

    def next_block():
        nonlocal queue_first
        if st.queue:
            b = st.queue.pop(0)
            return {"kind": b["kind"], "units": b["units"]}
        # a section heading now and then at a paragraph boundary
        if (st.section + 1 < len(sections)) and blocks and blocks[-1]["kind"] != "head" and ((opening and st.section == -1 and len(blocks) >= 2)
                                                  or rng.random() < 0.1):
            st.section += 1
            t = f"{chap_no}.{st.section + 1} {sections[st.section]}"
            return {"kind": "head", "units": head_units(t)}
        spans = st.paras[st.pi % len(st.paras)]
        st.pi += 1
        return {"kind": "p", "units": prepare_paragraph(spans, rng, book, italic_budget)}

    def add_note(n):
        nonlocal xref_pending
        if xref_pending:
            spans, cit = maker.xref(rh)
            xref_pending = False
        else:
            spans, cit = maker.make()
        units = tokenize(spans)
        mark_italic_gaps(units, 0.9, rng)
        lines, _ = wrap(units, W, first_prefix=f"{n} ")
        # a real hyphen before a capital ("Anglo-|Saxon") at a line end now and then
        if any(u.cap_split is not None for u in units):
            for w2 in range(W, W - 14, -1):
                l2, _ = wrap(units, w2, first_prefix=f"{n} ")
                if any(p[1] == "a" and units[p[0]].cap_split is not None and p[3] == units[p[0]].cap_split + 1
                       for ln in l2 for p in ln):
                    lines = l2
                    break
        length = sum(len(line_text(units, ln)) + 1 for ln in lines) + len(str(n)) + 1
        notes.append({"n": n, "spans": spans, "units": units, "lines": lines, "cit": cit})
        return length

    done = False
    while not done:
        blk = next_block()
        start_no = counter[0]
        c = [start_no]
        lines, numbers = wrap(blk["units"], W, note_no=c)
        if blk["kind"] == "head":
            need = sum(len(line_text(blk["units"], ln)) + 1 + spacing for ln in lines)
            if total + need + 3 * (W + spacing) > target:
                # no heading at the foot of a page: put it back for the next page
                st.queue.insert(0, {"kind": "head", "units": blk["units"]})
                break
            blk.update(lines=lines, numbers={}, final=True)
            blocks.append(blk)
            total += need
            continue
        take = 0
        added_notes = 0
        for li, ln in enumerate(lines):
            ltxt = line_text(blk["units"], ln)
            cost = len(ltxt) + 1 + spacing
            calls_here = [(i, numbers[i]) for (i, part, seg, k) in ln
                          if blk["units"][i].call and part in ("w", "b")]
            if total + cost > target and (take > 0 or blocks):
                break
            # never cut after a divided word
            for i, n in calls_here:
                cost += add_note(n)
                added_notes += 1
            total += cost
            take += 1
            if total > target and not (ln[-1][1] == "a"):
                break
        while take < len(lines) and take > 0 and lines[take - 1][-1][1] == "a":
            ln = lines[take]
            for (i, part, seg, k) in ln:
                if blk["units"][i].call and part in ("w", "b"):
                    add_note(numbers[i])
            take += 1
        if take == 0:
            st.queue.insert(0, {"kind": "p", "units": blk["units"]})
            break
        placed = lines[:take]
        counter[0] = start_no + sum(1 for ln in placed for (i, part, s, k) in ln
                                    if blk["units"][i].call and part in ("w", "b"))
        if take < len(lines):
            first_left = lines[take][0][0]
            st.queue.insert(0, {"kind": "p", "units": blk["units"][first_left:]})
            blk.update(lines=placed, numbers=numbers, final=False, units_all=blk["units"])
            blocks.append(blk)
            done = True
        else:
            blk.update(lines=placed, numbers=numbers, final=True)
            blocks.append(blk)
    st.note_no = counter[0]
    # a trailing heading would be a widowed heading: give it back
    while blocks and blocks[-1]["kind"] == "head" and len(blocks) > 1:
        b = blocks.pop()
        st.queue.insert(0, {"kind": "head", "units": b["units"]})
    st.started = True
    return {"blocks": blocks, "notes": notes, "rh": rh, "rh_line": rh_line, "header": header,
            "layout": layout, "spacing": spacing, "width": W, "opening": opening,
            "chapter": (chap_no, chap_title), "xref_left": xref_pending}


# ---------------------------------------------------------------- text and gold

def page_text(pg):
    sp = pg["spacing"]
    body_lines = []
    if pg["rh_line"]:
        body_lines.append(pg["rh_line"])
    for b in pg["blocks"]:
        for ln in b["lines"]:
            body_lines.append(line_text(b["units"], ln))
    note_lines = []
    for nt in pg["notes"]:
        for j, ln in enumerate(nt["lines"]):
            note_lines.append(line_text(nt["units"], ln, prefix=f"{nt['n']} " if j == 0 else ""))
    glue = "\n" + "\n" * sp
    out = "\n".join(pg["header"]) + ("\n" if pg["header"] else "")
    out += glue.join(body_lines)
    if note_lines:
        out += glue + "\n".join(note_lines)
    if pg["layout"] != "B":
        out += "\n\nFree download pdf"
    return out, body_lines, note_lines


def placed_units(b):
    """(unit index, unit) pairs on the page for a block, each once."""
    seen = []
    for ln in b["lines"]:
        for (i, part, seg, k) in ln:
            if not seen or seen[-1] != i:
                seen.append(i)
    return [(i, b["units"][i]) for i in seen]


def realized_gaps(units, lines):
    """Indices i whose gap to i+1 is lost on the page (both on one line)."""
    out = set()
    for ln in lines:
        for j in range(len(ln) - 1):
            i = ln[j][0]
            if units[i].lost and ln[j + 1][0] == i + 1:
                out.add(i)
    return out


def make_gold(name, book, pg, pageno, wallpaper):
    gold = {"input": f"pages/{name}.txt", "layout": pg["layout"]}
    if pg["layout"] != "B":
        gold["source_title"] = book["title"]
    gold["page"] = None if pg["opening"] else str(pageno)
    gold["running_head"] = pg["rh"]
    if pg["opening"]:
        gold["chapter_head"] = pg["chapter"][1]
    gold["noise"] = [f"(WallPaper) #{wallpaper}", "Free download pdf", book["title"]] if pg["layout"] != "B" else []

    body_texts = []
    block_tokens = []
    for b in pg["blocks"]:
        us = placed_units(b)
        block_tokens.append(us)
        body_texts.append(" ".join(u.clean for _, u in us))
    note_texts = [norm(" ".join(u.clean for u in nt["units"])) for nt in pg["notes"]]
    everything = norm(" ".join(body_texts) + " " + " ".join(note_texts))

    # notes with anchors
    gnotes = []
    for b, us in zip(pg["blocks"], block_tokens):
        if b["kind"] != "p":
            continue
        last_call = -1
        for pos, (i, u) in enumerate(us):
            if u.call:
                start = max(last_call + 1, pos - rng_anchor_len(i))
                anchor = " ".join(x.clean for _, x in us[start:pos + 1])
                n = b["numbers"][i]
                nt = next(x for x in pg["notes"] if x["n"] == n)
                g = {"n": str(n), "anchor": anchor, "text": note_texts[pg["notes"].index(nt)]}
                if nt["cit"]:
                    g["citation"] = nt["cit"]   # informative only; the scorer reads "bibl", not this
                gnotes.append(g)
                last_call = pos
    gold["notes"] = gnotes

    # repairs: every damaged word anywhere on the page, running head included
    pairs = []
    all_clean = []
    for us in block_tokens:
        all_clean += [u.clean for _, u in us]
    for nt in pg["notes"]:
        all_clean += [u.clean for u in nt["units"]]
    if pg["rh"]:
        all_clean += pg["rh"].split()
    for tok in all_clean:
        for run in letter_runs(tok):
            d = damage(run)
            if d != run and [d, run] not in pairs:
                pairs.append([d, run])
    gold["repairs"] = pairs

    # divided words
    joined = []
    kept = []
    for b in pg["blocks"]:
        for ln in b["lines"]:
            for (i, part, seg, k) in ln:
                if part == "a":
                    u = b["units"][i]
                    if u.cap_split is not None and k == u.cap_split + 1:
                        continue
                    w = re.sub(r"^\W+|\W+$", "", u.clean)
                    if w not in joined:
                        joined.append(w)
    for nt in pg["notes"]:
        for ln in nt["lines"]:
            for (i, part, seg, k) in ln:
                if part == "a":
                    u = nt["units"][i]
                    if u.cap_split is not None and k == u.cap_split + 1:
                        continue
                    w = re.sub(r"^\W+|\W+$", "", u.clean)
                    if w not in joined:
                        joined.append(w)
    gold["joined"] = joined
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)+", everything):
        if m.group(0) not in kept:
            kept.append(m.group(0))
    gold["kept_hyphens"] = kept

    # spaces restored at italic boundaries
    spaces = []

    def space_entry(seq, i):
        # seq: list of clean tokens of one block/note; gap after seq[i]
        lo, hi = i, i + 1
        s = seq[lo] + " " + seq[hi]
        grow = 0
        while everything.count(s) > 1 and grow < 4:
            if grow % 2 == 0 and lo > 0 and not seq_lost_call[lo - 1]:
                lo -= 1
            elif hi + 1 < len(seq) and not seq_lost_call[hi]:
                hi += 1
            elif lo > 0 and not seq_lost_call[lo - 1]:
                lo -= 1
            grow += 1
            s = " ".join(seq[lo:hi + 1])
        return s

    for b in pg["blocks"]:
        if b["kind"] != "p":
            continue
        units = b["units"]
        gaps = realized_gaps(units, b["lines"])
        seq = [u.clean for u in units]
        seq_lost_call = [u.call for u in units]
        for i in sorted(gaps):
            if units[i].lost_kind == "italic":
                s = space_entry(seq, i)
                if s not in spaces:
                    spaces.append(s)
    for nt in pg["notes"]:
        units = nt["units"]
        gaps = realized_gaps(units, nt["lines"])
        seq = [u.clean for u in units]
        seq_lost_call = [False] * len(units)
        for i in sorted(gaps):
            s = space_entry(seq, i)
            if s not in spaces:
                spaces.append(s)
    gold["spaces"] = spaces

    # paragraphs, when the layout makes them certain: every paragraph ends on a short
    # line and no other body line is short
    W = pg["width"]
    sure = True
    nps = 0
    for b in pg["blocks"]:
        if b["kind"] != "p":
            continue
        nps += 1
        for j, ln in enumerate(b["lines"]):
            L = len(line_text(b["units"], ln))
            last = j == len(b["lines"]) - 1
            if last and b["final"]:
                if L > 0.72 * W:
                    sure = False
            elif L < 0.82 * W:
                sure = False
    if sure and nps:
        gold["paragraphs"] = nps
    return gold, everything


_anchor_rng = random.Random(7)


def rng_anchor_len(i):
    return _anchor_rng.choice([3, 4, 4, 5, 5, 5, 6])


def validate(gold, everything, raw, pg):
    """Return a list of problems that would make the gold unfair or wrong."""
    probs = []
    for broken, fixed in gold["repairs"]:
        if not broken:
            probs.append(f"empty damaged word for {fixed}")
        if not has_word(everything, fixed):
            probs.append(f"fixed word only in running head: {fixed}")
        if broken and has_word(everything, broken):
            probs.append(f"damaged form is also a real word here: {broken}")
    for w in gold["joined"]:
        if not has_word(everything, w):
            probs.append(f"joined not found: {w}")
    for s in gold["spaces"]:
        if s not in everything:
            probs.append(f"space string not found: {s}")
    for nz in gold["noise"]:
        if nz in everything:
            probs.append(f"noise in text: {nz}")
    # the scorer's input-coverage rule, against a perfect encoding's words
    words = lambda s: re.findall(r"\w+", unicodedata.normalize("NFC", s))
    tei_words = set(words(everything))
    for b in pg["blocks"]:
        for _, u in placed_units(b):
            tei_words |= set(words(u.rend()))
    for nt in pg["notes"]:
        for u in nt["units"]:
            tei_words |= set(words(u.rend()))
        tei_words.add(str(nt["n"]))
    tei_words |= set(words(pg["rh_line"] or "")) | set(words(" ".join(pg["header"])))
    tei_words |= set(words("Free download pdf"))
    r = raw.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "          "))
    joined = re.sub(r"-\s*\n\s*", "", r)
    inw = words(joined)

    def kept(w):
        return w in tei_words or any(w[:i] in tei_words and w[i:] in tei_words for i in range(1, len(w)))
    lost = [w for w in inw if not kept(w)]
    cover = 1 - len(lost) / max(1, len(inw))
    if cover < 0.997:
        probs.append(f"coverage {cover:.4f}: {lost[:5]}")
    if len(raw) < 2900 or len(raw) > 3900:
        probs.append(f"length {len(raw)}")
    return probs


# ---------------------------------------------------------------- perfect TEI (self-check)

def tei_token(u, text=None, with_lb=None):
    """Reading encoding of one token: damaged letter runs as sic/corr, loose macrons as orig/reg."""
    clean = u.clean if text is None else text
    out = []
    pos = 0
    for m in re.finditer(r"[^\W\d_]+", clean):
        out.append(escape(clean[pos:m.start()]))
        run = m.group(0)
        if with_lb is not None and m.start() < with_lb < m.end():
            kk = with_lb - m.start()
            lb = '<lb break="no"/>'
            if damage(run) != run:
                out.append(f"<choice><sic>{escape(damage(run[:kk]))}{lb}{escape(damage(run[kk:]))}</sic>"
                           f"<corr>{escape(run)}</corr></choice>")
            else:
                out.append(escape(run[:kk]) + lb + escape(run[kk:]))
        elif damage(run) != run:
            out.append(f"<choice><sic>{escape(damage(run))}</sic><corr>{escape(run)}</corr></choice>")
        elif loosen_macrons(run) != run:
            out.append(f"<choice><orig>{escape(loosen_macrons(run))}</orig><reg>{escape(run)}</reg></choice>")
        else:
            out.append(escape(run))
        pos = m.end()
    out.append(escape(clean[pos:]))
    return "".join(out)


def tei_lines(units, lines, numbers, note_xml, page_id):
    out = []
    for j, ln in enumerate(lines):
        if j > 0:
            out.append("\n<lb/>" if ln[0][1] != "b" else "")
        for q, (i, part, seg, k) in enumerate(ln):
            u = units[i]
            if part == "a":
                if q > 0:
                    out.append(" ")
                nxt = lines[j + 1][0]
                if u.cap_split is not None and k == u.cap_split + 1:
                    out.append(tei_token(u, u.clean[:k]) + '<lb break="no"/>' + tei_token(u, u.clean[k:]))
                else:
                    out.append(tei_token(u, with_lb=k))
                if u.call:
                    out.append(note_xml(numbers[i]))
                continue
            if part == "b":
                if u.call:
                    out.append(note_xml(numbers[i]))
                continue
            if q > 0:
                out.append(" ")
            out.append(tei_token(u))
            if u.call and numbers:
                out.append(note_xml(numbers[i]))
    return "".join(out)


def perfect_tei(book, pg, gold, pageno):
    sid = "x"

    def note_xml(n):
        nt = next(x for x in pg["notes"] if x["n"] == n)
        inner = tei_lines(nt["units"], nt["lines"], {}, None, sid)
        return f'<note place="foot" n="{n}" xml:id="n{pageno}-{n}"><label>{n}</label> {inner}</note>'

    body = []
    if gold["page"]:
        body.append(f'<pb n="{pageno}"/>')
        body.append(f'<fw type="pageNum">{pageno}</fw>')
        body.append('<fw type="header">' + " ".join(tei_token(Unit(w)) for w in pg["rh"].split()) + "</fw>")
    else:
        body.append(f'<pb n="{pageno}"/>')
    for b in pg["blocks"]:
        tag = "head" if b["kind"] == "head" else "p"
        body.append(f"<{tag}>" + tei_lines(b["units"], b["lines"], b.get("numbers") or {}, note_xml, sid) + f"</{tag}>")
    title = escape(book["title"])
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>{title}, page {pageno}</title></titleStmt>
    <publicationStmt><p>synthetic test page</p></publicationStmt>
    <sourceDesc><bibl><title>{title}</title></bibl></sourceDesc></fileDesc>
    <encodingDesc><editorialDecl><p>Removed furniture: {escape(" | ".join(pg["header"][2:3] + ["Free download pdf"]))};
      the running-head separator {SEP} is an extraction artefact.</p></editorialDecl></encodingDesc></teiHeader>
  <text><body>
{chr(10).join(body)}
  </body></text>
</TEI>
"""


# ---------------------------------------------------------------- main

def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/synth")
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--tei", action="store_true", help="also write perfect/NAME.tei.xml for self-checks")
    a = ap.parse_args(argv)
    os.makedirs(os.path.join(a.out, "pages"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
    if a.tei:
        os.makedirs(os.path.join(a.out, "perfect"), exist_ok=True)
    rng_master = random.Random(a.seed)
    made = 0
    seq = 1
    report = []
    for book in BOOKS:
        paras = load_source(book["src"])
        brng = random.Random(rng_master.randrange(1 << 30))
        st = State(book, paras)
        st.pi = brng.randrange(0, max(1, len(paras) // 4))
        pageno = book["start"]
        for k in range(book["pages"]):
            opening = book["opening_at"] == k
            best = None
            for attempt in range(40):
                snap = st.snapshot()
                prng = random.Random(brng.randrange(1 << 30) + attempt)
                layout = prng.choices(["H3", "H2", "B"], weights=[45, 30, 25])[0]
                wall = prng.choices([1, 2, 3, 4], weights=[70, 12, 10, 8])[0]
                pg = build_page(book, st, prng, pageno, opening, layout, wall, attempt >= 1)
                name = f"synth-p{seq:04d}"
                raw, _, _ = page_text(pg)
                gold, everything = make_gold(name, book, pg, pageno, wall)
                probs = validate(gold, everything, raw, pg)
                if not probs:
                    best = (pg, raw, gold, False)
                    break
                only_rh = all(p.startswith("fixed word only in running head") for p in probs)
                best = (None, None, None, only_rh)
                st.restore(snap)
            if best is None or best[0] is None:
                print(f"{book['id']} p{pageno}: no valid page ({probs})", file=sys.stderr)
                pageno += 1
                continue
            pg, raw, gold, _ = best
            name = gold["input"][6:-4]
            open(os.path.join(a.out, "pages", name + ".txt"), "w", encoding="utf-8").write(raw)
            with open(os.path.join(a.out, "gold", name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
            if a.tei:
                open(os.path.join(a.out, "perfect", name + ".tei.xml"), "w", encoding="utf-8").write(
                    perfect_tei(book, pg, gold, pageno))
            report.append((name, book["id"], pageno, pg["layout"], len(raw), len(gold["notes"]),
                           len(gold["repairs"]), len(gold["joined"]), len(gold["spaces"]),
                           len(gold["kept_hyphens"]), gold.get("paragraphs")))
            made += 1
            seq += 1
            pageno += 1
    for r in report:
        print(*r, sep="\t")
    print(f"{made} pages written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

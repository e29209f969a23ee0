"""Clean running prose from texts installed on this machine (see SOURCES.md).

Each loader returns a list of paragraphs; a paragraph is a list of
(text, italic) spans. Standard library only.
"""
import glob
import gzip
import os
import re
import runpy

BAD_CHARS = set("_=<>{}[]|\\`#@$%^~/")


def curly(s):
    """Straight quotes to typographic ones (the books we meet are typeset)."""
    s = re.sub(r'(^|[\s(\[—])"', r"\1“", s)
    s = s.replace('"', "”")
    s = re.sub(r"(^|[\s(\[—])'", r"\1‘", s)
    s = s.replace("'", "’")
    s = s.replace(" -- ", " — ").replace("--", "—")
    return s


def good_para(text, min_words=28):
    words = text.split()
    if len(words) < min_words:
        return False
    if any(ch in BAD_CHARS for ch in text):
        return False
    letters = sum(c.isalpha() for c in text)
    if letters < 0.75 * len(text.replace(" ", "")):
        return False
    upper = sum(c.isupper() for c in text)
    if upper > 0.15 * letters:
        return False
    if "..." in text or "http" in text or "www." in text:
        return False
    # tokens that no typeset book prose would have
    for w in words:
        core = w.strip(".,;:()“”‘’!?„")
        if core.startswith("-") or core.endswith("-") or "." in core.strip(".") and not re.fullmatch(r"([A-Za-z]\.)+|[0-9.]+", core):
            return False
        if len(core) > 24:
            return False
    return True


def strip_numbering(text):
    return re.sub(r"^\s*(\(?[0-9a-z]{1,2}[.)]|[0-9]+\.[0-9.]*)\s+", "", text)


def plain(text):
    return [(text, False)]


def load_plain_text(path, min_words=28):
    raw = open(path, encoding="utf-8", errors="replace").read()
    out = []
    for block in re.split(r"\n\s*\n", raw):
        t = " ".join(block.split())
        t = strip_numbering(t)
        t = curly(t)
        if good_para(t, min_words):
            out.append(plain(t))
    return out


def load_pydoc_topics(version_glob="/root/.pyenv/versions/3.11*/lib/python3.11/pydoc_data/topics.py"):
    paths = sorted(glob.glob(version_glob))
    topics = runpy.run_path(paths[-1])["topics"]
    out = []
    for key in sorted(topics):
        for block in re.split(r"\n\s*\n", topics[key]):
            if block.startswith(" ") or block.lstrip().startswith(("*", ">>>", "-", "+", "=")):
                continue
            t = " ".join(block.split())
            if t.endswith("::"):
                t = t[:-1]
            # *emphasis* marks real italic runs in the source
            spans = []
            pos = 0
            for m in re.finditer(r"\*([A-Za-z][A-Za-z ’'-]{1,40}[A-Za-z])\*", t):
                spans.append((t[pos:m.start()], False))
                spans.append((m.group(1), True))
                pos = m.end()
            spans.append((t[pos:], False))
            flat = "".join(s for s, _ in spans)
            if "*" in flat or '"' in flat and flat.count('"') > 4:
                continue
            spans = [(curly(s).replace('"', "”"), it) for s, it in spans if s]
            flat = "".join(s for s, _ in spans)
            if "(" in flat and re.search(r"\w\(", flat):
                continue
            if good_para(flat):
                out.append(spans)
    return out


ROFF_ESC = [
    (r"\(:a", "ä"), (r"\(:o", "ö"), (r"\(:u", "ü"), (r"\(:A", "Ä"), (r"\(:O", "Ö"), (r"\(:U", "Ü"),
    (r"\(ss", "ß"), (r"\[:a]", "ä"), (r"\[:o]", "ö"), (r"\[:u]", "ü"), (r"\[ss]", "ß"),
    (r"\s-1", ""), (r"\s0", ""), (r"\s+1", ""),
    (r"\(lq", "“"), (r"\(rq", "”"), (r"\(Bq", "„"), (r"\(aq", "’"), (r"\(em", "—"),
    (r"\(en", "–"), (r"\(bu", ""), (r"\-", "-"), (r"\e", "\\"), (r"\&", ""), (r"\|", ""),
    (r"\ ", " "), (r"\~", " "), (r"\:", ""), (r"\,", ""), (r"\/", ""), (r"\(co", "©"),
]


def roff_line(line):
    spans = []
    italic = False
    # font escapes
    parts = re.split(r"(\\f(?:\[[A-Z]*\]|[BIRP]))", line)
    for p in parts:
        if p.startswith("\\f"):
            italic = p in ("\\fI", "\\f[I]")
            continue
        for a, b in ROFF_ESC:
            p = p.replace(a, b)
        p = re.sub(r"\\\*\(..|\\\*.|\\\(..|\\.", "", p)
        p = re.sub(r"(\w)\([0-9]\)", r"\1", p)
        if p:
            spans.append((p, italic))
    return spans


def load_man_de(names, min_words=28):
    out = []
    for name in names:
        paths = sorted(glob.glob(f"/usr/share/man/de/man*/{name}.gz") + glob.glob(f"/usr/share/man/de/man*/{name}.[0-9]*.gz"))
        if not paths:
            continue
        raw = gzip.open(paths[0], "rt", encoding="utf-8", errors="replace").read()
        cur = []

        def flush():
            if cur:
                spans = []
                for sp in cur:
                    spans.extend(sp)
                    spans.append((" ", False))
                # merge, normalise
                merged = []
                for s, it in spans:
                    if merged and merged[-1][1] == it:
                        merged[-1] = (merged[-1][0] + s, it)
                    else:
                        merged.append((s, it))
                text = " ".join("".join(s for s, _ in merged).split())
                merged = [(re.sub(r"\s+", " ", s), it) for s, it in merged]
                merged = [(re.sub(r"(\w)\([0-9]\)", r"\1", re.sub(r"^\([0-9]\)", "", s)), it) for s, it in merged]
                text = " ".join("".join(s for s, _ in merged).split())
                # bold/italic runs that are option names or paths spoil prose: drop such paragraphs
                if good_para(text, min_words) and not any(it and (len(s.split()) > 4) for s, it in merged):
                    # normalise leading/trailing spaces of the whole span list
                    while merged and not merged[0][0].strip():
                        merged.pop(0)
                    if merged:
                        merged[0] = (merged[0][0].lstrip(), merged[0][1])
                        merged[-1] = (merged[-1][0].rstrip(), merged[-1][1])
                    out.append([(s, it) for s, it in merged if s])
            cur.clear()

        for line in raw.split("\n"):
            if line.startswith((".", "'")):
                m = re.match(r"\.(B|I|BI|IB|BR|RB|IR|RI)\s+(.*)", line)
                if m and m.group(1) in ("I",):
                    cur.append([(m.group(2).strip('"'), True)])
                elif m:
                    cur.append([(re.sub(r'"', "", m.group(2)), False)])
                else:
                    flush()
                continue
            if not line.strip():
                flush()
                continue
            cur.append(roff_line(line))
        flush()
    return out


LICENSES = "/usr/share/common-licenses"


def load_license(name):
    return load_plain_text(os.path.join(LICENSES, name))


if __name__ == "__main__":
    for label, paras in [
        ("GPL-3", load_license("GPL-3")), ("GFDL-1.3", load_license("GFDL-1.3")),
        ("Apache-2.0", load_license("Apache-2.0")), ("MPL-2.0", load_license("MPL-2.0")),
        ("Artistic", load_license("Artistic")), ("LGPL-2.1", load_license("LGPL-2.1")),
        ("pydoc", load_pydoc_topics()),
        ("man-de", load_man_de(["dpkg", "dpkg-source", "apt-get", "man", "dpkg-buildpackage", "apt.conf", "apt_preferences", "deb-control", "dpkg-deb", "apropos", "mandb", "whatis"])),
    ]:
        words = sum(len("".join(s for s, _ in p).split()) for p in paras)
        print(label, len(paras), words)
        for p in paras[:2]:
            print("   ", p[:4])

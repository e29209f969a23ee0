package org.colophon.tei;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colophon.Version;
import org.colophon.citations.CitationParser;
import org.colophon.ingest.SourceLine;
import org.colophon.layout.Block;
import org.colophon.page.PageModel;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * Encodes a page model as a TEI P5 document following the conventions of DESIGN.md: a
 * teiHeader that names the source and the editorial decisions, the page's furniture as
 * pb/fw, every source line break as lb, every repair as choice, every note at its call with
 * its citations as bibl. Output is deterministic: the same model always gives the same bytes.
 */
public final class TeiWriter {
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private final CitationParser citations;
    /** The citations of the page being written on this thread (pages may be written on several threads at once). */
    private final ThreadLocal<CitationLinks> pageCitations = new ThreadLocal<>();
    /** The number of the numbered note last written on this thread's page, to mark one out of sequence; and 1 when a chapter began since. */
    private final ThreadLocal<int[]> lastNoteN = ThreadLocal.withInitial(() -> new int[2]);

    public TeiWriter(CitationParser citations) {
        this.citations = citations;
    }

    /**
     * Where the encoded text comes from: the phrase the header names it by ("a text extraction of
     * the printed page") and editorial decisions of that reader to record (each a paragraph of
     * {@code normalization}).
     */
    public record Origin(String extraction, List<String> normalizations) {
        public static final Origin TEXT = new Origin("a text extraction of the printed page", List.of());

        public Origin {
            normalizations = List.copyOf(normalizations);
        }
    }

    public String write(PageModel page) {
        return write(List.of(page), Origin.TEXT);
    }

    /**
     * A document of one or more pages: each page's body in turn, each beginning with its pb;
     * note ids must be unique across the pages (the page models' prefixes differ); the works
     * cited are those of the whole document.
     */
    public String write(List<PageModel> pages, Origin origin) {
        return write(pages, origin, List.of());
    }

    /**
     * A document of one or more pages written as one text: {@code runsOn.get(i)} true when page
     * i's first paragraph goes on with the last paragraph of page i - 1 (one p, with the pb inside
     * it; a word divided at the break is joined); pages beyond the list start afresh. A note
     * continued at the top of a page is one note with its beginning on the page before; chapters
     * hold their sections, and both run on over page breaks until the next heading of their rank.
     */
    public String write(List<PageModel> pages, Origin origin, List<Boolean> runsOn) {
        if (pages.isEmpty()) throw new IllegalArgumentException("a document needs a page");
        pages = PageFlow.joinContinuedNotes(pages);
        StringBuilder sb = new StringBuilder(16_384 * pages.size());
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<?xml-model href=\"colophon.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n");
        sb.append("<?xml-model href=\"colophon.sch\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n");
        sb.append("<TEI xmlns=\"").append(TEI_NS).append("\" xml:lang=\"").append(Xml.attr(pages.get(0).lang())).append("\">\n");
        header(sb, pages, origin);
        sb.append("  <text>\n    <body>\n");
        pageCitations.set(citationsOf(pages));
        lastNoteN.get()[0] = 0;   // one numbering through the document: a restart is marked out of sequence, but at a chapter
        lastNoteN.get()[1] = 0;
        try {
            Flow flow = new Flow();
            for (int i = 0; i < pages.size(); i++) {
                boolean joined = i > 0 && at(runsOn, i) && flow.paragraphOpen;
                boolean next = i + 1 < pages.size() && at(runsOn, i + 1) && startsWithParagraph(pages.get(i + 1));
                body(sb, pages.get(i), flow, joined, next ? pages.get(i + 1) : null);
            }
            flow.closeAll(sb);
            sb.append("    </body>\n");
            back(sb, pages.get(0).lang());
        } finally {
            pageCitations.remove();
        }
        sb.append("  </text>\n</TEI>\n");
        return sb.toString();
    }

    private static boolean at(List<Boolean> runsOn, int i) {
        return i < runsOn.size() && runsOn.get(i);
    }

    private static boolean startsWithParagraph(PageModel page) {
        return !page.blocks().isEmpty() && page.blocks().get(0).kind() == Block.Kind.PARAGRAPH;
    }

    /** What is open as the pages are written: a chapter, a section in it, a paragraph running on over the page break. */
    private static final class Flow {
        boolean chapter;
        boolean section;
        boolean paragraphOpen;
        /** The paragraph left open ends in a word divided at the page break. */
        boolean dividedWord;

        String indent() {
            return "      " + (chapter ? "  " : "") + (section ? "  " : "");
        }

        void closeSection(StringBuilder sb) {
            if (!section) return;
            section = false;
            sb.append(indent()).append("</div>\n");
        }

        void closeChapter(StringBuilder sb) {
            closeSection(sb);
            if (!chapter) return;
            chapter = false;
            sb.append(indent()).append("</div>\n");
        }

        void closeAll(StringBuilder sb) {
            if (paragraphOpen) sb.append("</p>\n");
            paragraphOpen = false;
            closeChapter(sb);
        }
    }

    private CitationLinks citationsOf(List<PageModel> pages) {
        if (pages.size() == 1) return CitationLinks.of(pages.get(0), citations);
        List<CitationLinks.NoteText> notes = new java.util.ArrayList<>();
        for (PageModel p : pages) {
            for (PageModel.FootNote n : p.notes()) notes.add(new CitationLinks.NoteText(n.id(), n.n(), Inlines.reading(n.content())));
        }
        return new CitationLinks(notes, "w", citations);
    }

    /** "12", "12–40" or null: the pages a document holds, by their folios. */
    private static String folios(List<PageModel> pages) {
        String first = pages.get(0).folio();
        String last = pages.get(pages.size() - 1).folio();
        if (pages.size() == 1) return first;
        return first != null && last != null ? first + "–" + last : null;
    }

    private void header(StringBuilder sb, List<PageModel> pages, Origin origin) {
        PageModel page = pages.get(0);
        String title = page.sourceTitle();
        String folios = folios(pages);
        String pageLabel = folios != null ? (pages.size() == 1 ? ", page " : ", pages ") + folios : "";
        sb.append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>");
        Xml.appendText(sb, (title != null ? title : fileName(page.name())) + pageLabel + ": a digital edition");
        sb.append("</title>\n      </titleStmt>\n      <publicationStmt>\n        <p>Encoded by Colophon from ");
        Xml.appendText(sb, origin.extraction());
        sb.append(" (");
        Xml.appendText(sb, fileName(page.name()));
        sb.append(").</p>\n      </publicationStmt>\n      <sourceDesc>\n");
        if (title != null) {
            sb.append("        <bibl>\n          <title level=\"m\">");
            Xml.appendText(sb, title);
            sb.append("</title>\n");
            if (folios != null) {
                sb.append("          <biblScope unit=\"page\">").append(Xml.text(folios)).append("</biblScope>\n");
            }
            sb.append("        </bibl>\n");
        } else {
            sb.append("        <p>The input does not name its source: ");
            Xml.appendText(sb, fileName(page.name()));
            if (folios != null) sb.append(pages.size() == 1 ? ", page " : ", pages ").append(Xml.text(folios));
            sb.append(".</p>\n");
        }
        sb.append("      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n");
        sb.append("      <appInfo>\n        <application ident=\"Colophon\" version=\"")
                .append(Xml.attr(Version.get())).append("\">\n          <label>Colophon</label>\n");
        sb.append("          <desc>Layout analysis, repair and TEI encoding of extracted page text.</desc>\n");
        sb.append("        </application>\n      </appInfo>\n");
        sb.append("      <editorialDecl>\n");
        sb.append("        <correction>\n          <p>Letters lost with typographic ligatures (ff, fi, fl, ffi, ffl) are restored from a general lexicon;"
                + " each restoration is recorded with choice, sic and corr, doubtful ones with cert=\"low\".</p>\n        </correction>\n");
        sb.append("        <normalization>\n          <p>Combining diacritics detached from their letters are recomposed, and spaces lost beside"
                + " italic runs or punctuation are restored; each is recorded with choice, orig and reg."
                + " Presentation forms that the extraction gives as characters of their own, ligatures (U+FB00–FB06) and"
                + " old-style figures in the private use area (U+F730–F739), are given as their letters and digits.</p>\n");
        for (String n : origin.normalizations()) sb.append("          <p>").append(Xml.text(n)).append("</p>\n");
        sb.append("        </normalization>\n");
        sb.append("        <hyphenation eol=\"none\">\n          <p>Words divided at line ends are joined with lb break=\"no\";"
                + " the division hyphen is recorded in lb/@rend, not kept as text. Hyphens of compounds are kept.</p>\n        </hyphenation>\n");
        sb.append("        <p>Removed from the extraction as furniture of the website or reader: ");
        List<SourceLine> furniture = page.furniture();
        if (furniture.isEmpty()) {
            sb.append("nothing");
        } else {
            sb.append(furniture.stream().map(l -> "<quote type=\"furniture\">" + Xml.text(l.text()) + "</quote>")
                    .collect(Collectors.joining(", ")));
        }
        sb.append(".");
        if (page.separator() != null && !page.separator().isEmpty()) {
            sb.append(" The running-head separator glyph <quote type=\"separator\">").append(Xml.text(page.separator()))
                    .append("</quote> is an extraction artefact and is not encoded.");
        }
        sb.append("</p>\n      </editorialDecl>\n    </encodingDesc>\n  </teiHeader>\n");
    }

    /**
     * The input's file name without its directories: the TEI does not depend on where it was read.
     * Standard input ("-" on the command line) is "standard input".
     */
    static String fileName(String name) {
        if (name.equals("-")) return "standard input";
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** Works cited: each distinct work the notes cite, once, in order of first citation. */
    private void back(StringBuilder sb, String lang) {
        pageCitations.get().writeBack(sb, lang);
    }

    /**
     * One page: its pb and fw (inside the paragraph that runs on to it, when {@code joined}), its
     * blocks, and the notes whose calls were not found at the end; its last paragraph is left open
     * when {@code next} (the page it runs on to) is given.
     */
    private void body(StringBuilder sb, PageModel page, Flow flow, boolean joined, PageModel next) {
        Map<String, PageModel.FootNote> notes = new HashMap<>();
        for (PageModel.FootNote n : page.notes()) if (n.n() != null) notes.putIfAbsent(n.n(), n);
        Map<String, Boolean> placed = new HashMap<>();
        if (!joined && !page.blocks().isEmpty()) {   // a page that opens with a heading: the division before ends before its pb
            Block.Kind first = page.blocks().get(0).kind();
            if (first == Block.Kind.CHAPTER_HEAD) flow.closeChapter(sb);
            if (first == Block.Kind.SECTION_HEAD) flow.closeSection(sb);
        }
        String indent = flow.indent();
        if (joined) {
            if (!flow.dividedWord) sb.append('\n').append(indent).append("  ");
            pageBreak(sb, "", page, flow.dividedWord ? " break=\"no\" rend=\"hyphen\"" : "");
        } else {
            pageBreak(sb, indent, page, "");
        }
        for (PageModel.FootNote n : page.notes()) {
            if (n.n() == null) {
                sb.append(joined ? "" : indent);
                note(sb, n, "continued");
                if (!joined) sb.append('\n');
            }
        }
        List<PageModel.BodyBlock> blocks = page.blocks();
        boolean leaveOpen = next != null && !blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() == Block.Kind.PARAGRAPH
                && everyNoteCalled(page);
        flow.dividedWord = false;
        for (int k = 0; k < blocks.size(); k++) {
            PageModel.BodyBlock b = blocks.get(k);
            String in = flow.indent();
            if (k == 0 && joined) {
                flow.paragraphOpen = false;
                if (b.kind() == Block.Kind.PARAGRAPH) {
                    paragraphEnd(sb, b, k, blocks, leaveOpen, next, flow, notes, placed, in);
                    continue;
                }
                sb.append("</p>\n");
            }
            switch (b.kind()) {
                case CHAPTER_HEAD -> {
                    flow.closeChapter(sb);
                    sb.append(flow.indent());
                    flow.chapter = true;
                    lastNoteN.get()[1] = 1;   // notes may be numbered afresh in each chapter
                    divHead(sb, "chapter", b, flow.indent(), notes, placed);
                }
                case SECTION_HEAD -> {
                    flow.closeSection(sb);
                    sb.append(flow.indent());
                    flow.section = true;
                    divHead(sb, "section", b, flow.indent(), notes, placed);
                }
                case CAPTION -> {
                    sb.append(in).append("<figure>\n").append(in).append("  <head>");
                    inlines(sb, b.content(), notes, placed, in + "  ");
                    sb.append("</head>\n").append(in).append("</figure>\n");
                }
                case QUOTATION -> {
                    sb.append(in).append("<quote>");
                    inlines(sb, b.content(), notes, placed, in);
                    sb.append("</quote>\n");
                }
                case PARAGRAPH -> {
                    sb.append(in).append("<p>");
                    paragraphEnd(sb, b, k, blocks, leaveOpen, next, flow, notes, placed, in);
                }
            }
        }
        if (joined && blocks.isEmpty()) {
            sb.append("</p>\n");
            flow.paragraphOpen = false;
        }
        // notes whose calls are missing: kept, at the end of the page
        for (PageModel.FootNote n : page.notes()) {
            if (n.n() != null && !placed.containsKey(n.id())) {
                sb.append(flow.indent());
                note(sb, n, null);
                sb.append('\n');
            }
        }
    }

    /** A paragraph's content and its end tag, or none when it runs on to the next page (without the hyphen of a word divided there). */
    private void paragraphEnd(StringBuilder sb, PageModel.BodyBlock b, int k, List<PageModel.BodyBlock> blocks, boolean leaveOpen,
                              PageModel next, Flow flow, Map<String, PageModel.FootNote> notes, Map<String, Boolean> placed, String in) {
        boolean open = leaveOpen && k == blocks.size() - 1;
        List<Inline> content = b.content();
        if (open && PageFlow.dividesWord(content, next.blocks().get(0).content())) {
            content = PageFlow.withoutHyphen(content);
            flow.dividedWord = true;
        }
        inlines(sb, content, notes, placed, in);
        if (open) flow.paragraphOpen = true;
        else sb.append("</p>\n");
    }

    /** True when every numbered note of the page has a call in its body (no note is left for the page's end). */
    private static boolean everyNoteCalled(PageModel page) {
        java.util.Set<String> calls = new java.util.HashSet<>();
        for (PageModel.BodyBlock b : page.blocks()) for (Inline i : b.content()) if (i instanceof Inline.Call c) calls.add(c.n());
        for (PageModel.FootNote n : page.notes()) if (n.n() != null && !calls.contains(n.n())) return false;
        return true;
    }

    private void divHead(StringBuilder sb, String type, PageModel.BodyBlock b, String in,
                         Map<String, PageModel.FootNote> notes, Map<String, Boolean> placed) {
        sb.append("<div type=\"").append(type).append('"');
        if (b.number() != null) sb.append(" n=\"").append(Xml.attr(b.number())).append('"');
        sb.append(">\n");
        sb.append(in).append("<head>");
        inlines(sb, b.content(), notes, placed, in);
        sb.append("</head>\n");
    }

    /** The pb where the page begins, and its running head and folio as fw; each on a line of its own at {@code indent}, or inline when it is empty. */
    private void pageBreak(StringBuilder sb, String indent, PageModel page, String breakAttrs) {
        String nl = indent.isEmpty() ? "" : "\n";
        sb.append(indent).append("<pb");
        if (page.folio() != null) sb.append(" n=\"").append(Xml.attr(page.folio())).append('"');
        sb.append(breakAttrs).append("/>").append(nl);
        if (page.folio() != null) {
            if (page.folioFirst()) {
                fwNum(sb, indent, page, nl);
                fwHead(sb, indent, page, nl);
            } else {
                fwHead(sb, indent, page, nl);
                fwNum(sb, indent, page, nl);
            }
        }
    }

    private void fwNum(StringBuilder sb, String indent, PageModel page, String nl) {
        sb.append(indent).append("<fw type=\"pageNum\">").append(Xml.text(page.folio())).append("</fw>").append(nl);
    }

    private void fwHead(StringBuilder sb, String indent, PageModel page, String nl) {
        if (page.head() == null) return;
        sb.append(indent).append("<fw type=\"header\">");
        inlines(sb, page.head(), Map.of(), new HashMap<>(), indent);
        sb.append("</fw>").append(nl);
    }

    private void inlines(StringBuilder sb, List<Inline> items, Map<String, PageModel.FootNote> notes,
                         Map<String, Boolean> placed, String indent) {
        for (Inline i : items) inline(sb, i, notes, placed, indent);
    }

    private void inline(StringBuilder sb, Inline i, Map<String, PageModel.FootNote> notes,
                        Map<String, Boolean> placed, String indent) {
        if (i instanceof Inline.Text t) {
            Xml.appendText(sb, t.text());
        } else if (i instanceof Inline.LineBreak lb) {
            if (lb.inWord()) {
                sb.append(lb.hyphen() ? "<lb break=\"no\" rend=\"hyphen\"/>" : "<lb break=\"no\"/>");
            } else {
                sb.append('\n').append(indent).append("  <lb/>");
            }
        } else if (i instanceof Inline.Choice c) {
            boolean corr = c.kind() == Inline.Choice.Kind.CORRECTION;
            String o = corr ? "sic" : "orig";
            String r = corr ? "corr" : "reg";
            sb.append("<choice>");
            if (c.original().isEmpty()) {
                sb.append('<').append(o).append("/>");
            } else {
                sb.append('<').append(o).append('>');
                for (Inline k : c.original()) inline(sb, k, Map.of(), placed, indent);
                sb.append("</").append(o).append('>');
            }
            String cert = c.lowCertainty() ? " cert=\"low\"" : "";
            if (c.regular().isEmpty()) {
                sb.append('<').append(r).append(cert).append("/>");
            } else {
                sb.append('<').append(r).append(cert).append('>');
                Xml.appendText(sb, c.regular());
                sb.append("</").append(r).append('>');
            }
            sb.append("</choice>");
        } else if (i instanceof Inline.Styled st) {
            sb.append("<hi rend=\"").append(Xml.attr(st.rend())).append("\">");
            for (Inline k : st.content()) inline(sb, k, notes, placed, indent);
            sb.append("</hi>");
        } else if (i instanceof Inline.Call call) {
            PageModel.FootNote n = notes.get(call.n());
            if (n != null && !placed.containsKey(n.id())) {
                placed.put(n.id(), true);
                note(sb, n, null);
            } else {
                sb.append("<hi rend=\"superscript\">").append(Xml.text(call.n())).append("</hi>");
            }
        }
    }

    private void note(StringBuilder sb, PageModel.FootNote n, String type) {
        sb.append("<note place=\"foot\"");
        if (type == null && n.n() != null && n.n().matches("\\d{1,9}")) {
            // the source's numbering is kept as printed; a break in it is marked, not hidden
            int number = Integer.parseInt(n.n());
            int[] last = lastNoteN.get();
            boolean restart = last[1] == 1 && number == 1;   // numbered afresh in a new chapter
            if (last[0] > 0 && number != last[0] + 1 && !restart) type = "out-of-sequence";
            last[0] = number;
            last[1] = 0;
        }
        if (type != null) sb.append(" type=\"").append(type).append('"');
        if (n.n() != null) sb.append(" n=\"").append(Xml.attr(n.n())).append('"');
        sb.append(" xml:id=\"").append(Xml.attr(n.id())).append('"');
        if (n.lang() != null) sb.append(" xml:lang=\"").append(Xml.attr(n.lang())).append('"');
        sb.append('>');
        Map<String, Boolean> none = new HashMap<>();
        SpanMarkup.write(sb, SpanMarkup.lay(n.content(), pageCitations.get().of(n.id())),
                item -> inline(sb, item, Map.of(), none, "        "));
        sb.append("</note>");
    }
}

package org.colophon.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;
import org.colophon.layout.Block;
import org.colophon.layout.NoteSource;
import org.colophon.layout.PageLayout;
import org.colophon.layout.RunningHead;

/**
 * One PDF page's lines mapped onto the page model the text path uses: a {@link PageSource} (one
 * source line per printed line, in reading order, calls as superscript digits) and its
 * {@link PageLayout} (running head and folio, body blocks, notes), found from the page's geometry.
 */
final class PdfPageLayout {

    /**
     * The page as the rest of the pipeline takes it; {@code opensMidParagraph}: its body begins with
     * a paragraph line that is not indented (a paragraph from the page before goes on);
     * {@code endsMidParagraph}: its body ends with a paragraph line that fills the measure;
     * the runs set in italic or bold in the body (headings left out) and in the notes.
     */
    record Page(PageSource source, PageLayout layout, boolean opensMidParagraph, boolean endsMidParagraph,
                List<Styles.Run> bodyStyles, List<Styles.Run> noteStyles) {}

    private PdfPageLayout() {}

    static Page of(String name, String stem, List<TextLine> lines, float bodySize, float pageHeight) {
        PageGeometry g = PageGeometry.of(lines, bodySize);
        Margins.Result margins = Margins.find(lines, g, pageHeight);
        List<TextLine> content = new ArrayList<>();
        for (TextLine l : lines) if (!margins.has(l)) content.add(l);
        List<NoteFinder.Note> notes = NoteFinder.find(content, g);
        Set<String> labels = NoteFinder.labels(notes);

        Map<TextLine, SourceLine> source = new IdentityHashMap<>();
        List<SourceLine> all = new ArrayList<>();
        Map<TextLine, NoteFinder.Note> noteOf = new IdentityHashMap<>();
        for (NoteFinder.Note n : notes) noteOf.put(n.lines().get(0), n);
        for (TextLine l : lines) {
            String text;
            NoteFinder.Note n = noteOf.get(l);
            if (n != null && n.n() != null) text = n.n() + " " + n.firstText();
            else if (content.contains(l)) text = Calls.text(l, labels);
            else text = l.text();
            SourceLine s = new SourceLine(all.size() + 1, text, 0);
            all.add(s);
            source.put(l, s);
        }

        RunningHead head = null;
        if (margins.folio() != null || margins.title() != null) {
            TextLine at = margins.headLine() != null ? margins.headLine() : margins.folioLine();
            head = new RunningHead(margins.folio(), margins.title(), margins.folioFirst(), "", source.get(at));
        }
        List<Block> blocks = new ArrayList<>();
        List<Blocks.Lines> found = Blocks.of(content, g);
        boolean opens = false;
        boolean ends = false;
        if (!found.isEmpty()) {
            Blocks.Lines first = found.get(0);
            Blocks.Lines last = found.get(found.size() - 1);
            TextLine top = first.lines().get(0);
            TextLine end = last.lines().get(last.lines().size() - 1);
            opens = first.kind() == Block.Kind.PARAGRAPH && top.x0() <= g.left(top) + 0.6f * g.bodySize();
            ends = last.kind() == Block.Kind.PARAGRAPH && end.x1() >= g.right(end) - g.bodySize();
        }
        List<TextLine> styledBody = new ArrayList<>();
        for (Blocks.Lines b : found) {
            if (b.kind() != Block.Kind.CHAPTER_HEAD && b.kind() != Block.Kind.SECTION_HEAD) styledBody.addAll(b.lines());
        }
        List<TextLine> noteLines = new ArrayList<>();
        for (NoteFinder.Note n : notes) noteLines.addAll(n.lines());
        for (Blocks.Lines b : found) {
            blocks.add(new Block(b.kind(), b.number(), b.lines().stream().map(source::get).toList()));
        }
        List<NoteSource> noteSources = new ArrayList<>();
        for (NoteFinder.Note n : notes) {
            noteSources.add(new NoteSource(n.n(), n.firstText(), n.lines().stream().map(source::get).toList()));
        }
        List<SourceLine> furniture = margins.furniture().stream().map(source::get).toList();
        // a margin row that stood across both columns and held no head: its halves are furniture too
        List<SourceLine> rest = new ArrayList<>(furniture);
        for (TextLine l : lines) {
            if (margins.has(l) && l != margins.headLine() && l != margins.folioLine() && !margins.furniture().contains(l)) rest.add(source.get(l));
        }
        furniture = rest;
        return new Page(new PageSource(name, stem, all), new PageLayout(null, furniture, head, blocks, noteSources), opens, ends,
                Styles.of(styledBody), Styles.of(noteLines));
    }
}

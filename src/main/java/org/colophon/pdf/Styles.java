package org.colophon.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.colophon.layout.Block;
import org.colophon.page.PageModel;
import org.colophon.text.Inline;

/**
 * Italic, bold and small caps from the fonts: the runs of words a line sets in such a font are
 * found again, in reading order, in the page's repaired text and wrapped as styled runs
 * ({@link Inline.Styled}, TEI hi). A run the repairs changed is not found and stays plain.
 * Headings are left alone (their whole line is set in their style).
 */
final class Styles {
    /** How many pending runs a text item is searched for: a run not found is passed over after this many. */
    private static final int LOOK_AHEAD = 4;

    /** A run of words on one line set in one style. */
    record Run(String rend, String text) {}

    private Styles() {}

    /** The styled runs of the lines, in order: consecutive words in italic, bold or small caps (raised words break a run). */
    static List<Run> of(List<TextLine> lines) {
        List<Run> out = new ArrayList<>();
        for (TextLine l : lines) {
            String rend = null;
            StringBuilder text = new StringBuilder();
            for (Word w : l.words()) {
                String r = rend(w);
                if (r == null || !r.equals(rend)) {
                    add(out, rend, text);
                    text.setLength(0);
                    rend = r;
                } else if (w.spaceBefore()) {
                    text.append(' ');
                }
                if (r != null) text.append(w.text());
            }
            add(out, rend, text);
        }
        return out;
    }

    private static String rend(Word w) {
        if (w.raised()) return null;
        if (w.italic()) return "italic";
        if (w.bold()) return "bold";
        return null;
    }

    private static void add(List<Run> out, String rend, StringBuilder text) {
        if (rend == null) return;
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters >= 2) out.add(new Run(rend, text.toString()));
    }

    /** The page with the body's runs found in its paragraphs, quotations and captions, and the notes' runs in its notes. */
    static PageModel apply(PageModel page, List<Run> body, List<Run> notes) {
        if (body.isEmpty() && notes.isEmpty()) return page;
        Deque<Run> pending = new ArrayDeque<>(body);
        List<PageModel.BodyBlock> blocks = new ArrayList<>();
        for (PageModel.BodyBlock b : page.blocks()) {
            boolean heading = b.kind() == Block.Kind.CHAPTER_HEAD || b.kind() == Block.Kind.SECTION_HEAD;
            blocks.add(heading ? b : new PageModel.BodyBlock(b.kind(), b.number(), wrap(b.content(), pending)));
        }
        pending = new ArrayDeque<>(notes);
        List<PageModel.FootNote> foot = new ArrayList<>();
        for (PageModel.FootNote n : page.notes()) {
            foot.add(new PageModel.FootNote(n.n(), n.id(), wrap(n.content(), pending), n.line(), n.lang()));
        }
        return new PageModel(page.name(), page.idPrefix(), page.sourceTitle(), page.furniture(), page.folio(), page.folioFirst(),
                page.head(), page.separator(), blocks, foot, page.lang());
    }

    /** The content with each pending run found in a text item wrapped; runs found (and those passed over) leave the queue. */
    static List<Inline> wrap(List<Inline> content, Deque<Run> pending) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (!(i instanceof Inline.Text t)) {
                out.add(i);
                continue;
            }
            String s = t.text();
            int from = 0;
            while (!pending.isEmpty()) {
                int best = -1;
                int skip = 0;
                int k = 0;
                for (Run r : pending) {
                    if (k >= LOOK_AHEAD) break;
                    int at = s.indexOf(r.text(), from);
                    if (at >= 0 && (best < 0 || at < best)) {
                        best = at;
                        skip = k;
                    }
                    k++;
                }
                if (best < 0) break;
                for (int d = 0; d < skip; d++) pending.poll();
                Run r = pending.poll();
                if (best > from) out.add(new Inline.Text(s.substring(from, best)));
                out.add(new Inline.Styled(r.rend(), List.of(new Inline.Text(r.text()))));
                from = best + r.text().length();
            }
            if (from == 0) out.add(t);
            else if (from < s.length()) out.add(new Inline.Text(s.substring(from)));
        }
        return out;
    }
}

package org.colophon.tei;

import java.util.ArrayList;
import java.util.List;
import org.colophon.page.PageModel;
import org.colophon.text.Inline;

/**
 * How the pages of one document run into each other: a note continued at the top of a page (its
 * unnumbered first lines) is joined to the last note of the page before, and a word divided at
 * the end of a paragraph that runs on over the page break is found.
 */
public final class PageFlow {

    private PageFlow() {}

    /**
     * The pages with every continued note joined to the last note of the page before it, as one
     * note: its text, a line break, its rest. A continued note on the first page stays as it is.
     */
    public static List<PageModel> joinContinuedNotes(List<PageModel> pages) {
        List<PageModel> out = new ArrayList<>(pages);
        for (int i = 1; i < out.size(); i++) {
            PageModel page = out.get(i);
            PageModel before = out.get(i - 1);
            List<PageModel.FootNote> rest = page.notes().stream().filter(n -> n.n() == null).toList();
            if (rest.isEmpty() || before.notes().isEmpty()) continue;
            PageModel.FootNote last = before.notes().get(before.notes().size() - 1);
            if (last.n() == null) continue;   // the note before is itself a rest: left apart
            List<Inline> content = new ArrayList<>(last.content());
            for (PageModel.FootNote r : rest) {
                content.add(new Inline.LineBreak(false, false));
                content.addAll(r.content());
            }
            List<PageModel.FootNote> beforeNotes = new ArrayList<>(before.notes());
            beforeNotes.set(beforeNotes.size() - 1, new PageModel.FootNote(last.n(), last.id(), content, last.line(), last.lang()));
            out.set(i - 1, withNotes(before, beforeNotes));
            out.set(i, withNotes(page, page.notes().stream().filter(n -> n.n() != null).toList()));
        }
        return out;
    }

    /**
     * True when a paragraph that ends {@code end} and goes on with {@code start} on the next page
     * divides a word there: it ends in a letter and a hyphen, and goes on with a small letter.
     */
    public static boolean dividesWord(List<Inline> end, List<Inline> start) {
        if (end.isEmpty() || start.isEmpty()) return false;
        if (!(end.get(end.size() - 1) instanceof Inline.Text a) || !(start.get(0) instanceof Inline.Text b)) return false;
        String t = a.text();
        String u = b.text();
        return t.length() >= 2 && t.endsWith("-") && Character.isLetter(t.charAt(t.length() - 2))
                && !u.isEmpty() && Character.isLowerCase(u.codePointAt(0));
    }

    /** The content without the division hyphen it ends with. */
    public static List<Inline> withoutHyphen(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        Inline.Text last = (Inline.Text) out.remove(out.size() - 1);
        out.add(new Inline.Text(last.text().substring(0, last.text().length() - 1)));
        return out;
    }

    private static PageModel withNotes(PageModel p, List<PageModel.FootNote> notes) {
        return new PageModel(p.name(), p.idPrefix(), p.sourceTitle(), p.furniture(), p.folio(), p.folioFirst(), p.head(),
                p.separator(), p.blocks(), notes, p.lang());
    }
}

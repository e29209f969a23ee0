package org.colophon.page;

import java.util.List;
import org.colophon.ingest.SourceLine;
import org.colophon.layout.Block;
import org.colophon.text.Inline;

/**
 * A page after layout analysis and repair, ready to encode: everything as inline content with
 * its source kept; {@code lang} the page's language (xml:lang). {@code folio} and {@code head} are null on a page without a running head.
 */
public record PageModel(String name, String idPrefix, String sourceTitle, List<SourceLine> furniture,
                        String folio, boolean folioFirst, List<Inline> head, String separator,
                        List<BodyBlock> blocks, List<FootNote> notes, String lang) {

    public PageModel {
        furniture = List.copyOf(furniture);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** A block of the body with its repaired content. */
    public record BodyBlock(Block.Kind kind, String number, List<Inline> content) {
        public BodyBlock {
            content = List.copyOf(content);
        }
    }

    /**
     * A footnote: {@code n} null for a note continued from the previous page; {@code lang} the
     * note's language where it differs from the page's, else null.
     */
    public record FootNote(String n, String id, List<Inline> content, int line, String lang) {
        public FootNote {
            content = List.copyOf(content);
        }
    }

    /** Note ids unique in the document: a page whose id prefix an earlier page has is told apart by its page in the file. */
    public static List<PageModel> uniqueIds(List<PageModel> pages) {
        if (pages.size() < 2) return pages;
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<PageModel> out = new java.util.ArrayList<>();
        for (PageModel p : pages) {
            String prefix = p.idPrefix();
            if (!seen.add(prefix)) {
                prefix = prefix + "-" + out.size();
                seen.add(prefix);
                List<PageModel.FootNote> notes = new java.util.ArrayList<>();
                for (PageModel.FootNote n : p.notes()) {
                    notes.add(new PageModel.FootNote(n.n(), prefix + n.id().substring(p.idPrefix().length()), n.content(), n.line(), n.lang()));
                }
                p = new PageModel(p.name(), prefix, p.sourceTitle(), p.furniture(), p.folio(), p.folioFirst(), p.head(),
                        p.separator(), p.blocks(), notes, p.lang());
            }
            out.add(p);
        }
        return out;
    }


    /**
     * Whether the first paragraph of a page goes on with the last one of the page before: that one
     * ends without closing a sentence and this one opens in lower case (as the text path sees it).
     */
    public static boolean runsOn(PageModel before, PageModel page) {
        if (before.blocks().isEmpty() || page.blocks().isEmpty()) return false;
        BodyBlock last = before.blocks().get(before.blocks().size() - 1);
        BodyBlock first = page.blocks().get(0);
        if (last.kind() != org.colophon.layout.Block.Kind.PARAGRAPH || first.kind() != org.colophon.layout.Block.Kind.PARAGRAPH) return false;
        String end = org.colophon.text.Inlines.reading(last.content()).strip();
        String start = org.colophon.text.Inlines.reading(first.content()).strip();
        return !end.isEmpty() && !start.isEmpty() && ".!?:”\")»".indexOf(end.charAt(end.length() - 1)) < 0
                && Character.isLowerCase(start.codePointAt(0));
    }
}

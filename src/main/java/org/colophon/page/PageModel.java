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
}

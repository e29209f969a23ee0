package org.colophon.layout;

import java.util.List;
import org.colophon.ingest.SourceLine;

/** A run of body lines with one role on the page. */
public record Block(Kind kind, String number, List<SourceLine> lines) {
    public enum Kind { PARAGRAPH, CHAPTER_HEAD, SECTION_HEAD, CAPTION, QUOTATION }

    public Block {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("a block needs at least one line");
    }
}

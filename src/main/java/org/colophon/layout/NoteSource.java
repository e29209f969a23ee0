package org.colophon.layout;

import java.util.List;
import org.colophon.ingest.SourceLine;

/**
 * A footnote as printed at the foot of the page. {@code n} is null for a note continued from
 * the previous page. {@code firstLine} is the first line's text with the number removed; the
 * other lines follow in {@code lines} (the first element is the numbered source line itself).
 */
public record NoteSource(String n, String firstLine, List<SourceLine> lines) {
    public NoteSource {
        lines = List.copyOf(lines);
    }

    public boolean continued() { return n == null; }
}

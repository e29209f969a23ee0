package org.colophon.ingest;

import java.util.List;

/** A page as read from its input: a display name (file name or "-") and its non-blank lines. */
public record PageSource(String name, String stem, List<SourceLine> lines) {
    public PageSource {
        lines = List.copyOf(lines);
    }
}

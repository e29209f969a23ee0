package org.colophon.citations;

import java.util.Map;

/**
 * A marked-up stretch of a note's reading text.
 *
 * @param start      first character (inclusive) in the note text
 * @param end        last character (exclusive) in the note text
 * @param element    TEI local name ({@code bibl}, {@code author}, {@code title}, ...)
 * @param attributes TEI attributes of the element (never {@code null}; unmodifiable)
 */
public record Span(int start, int end, String element, Map<String, String> attributes) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}

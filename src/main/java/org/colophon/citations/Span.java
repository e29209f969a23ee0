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

    /** Whether {@code other} lies within this span (its ends included). */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether this is a {@code bibl}. */
    public boolean isBibl() {
        return element.equals("bibl");
    }
}

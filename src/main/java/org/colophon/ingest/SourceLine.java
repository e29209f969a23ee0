package org.colophon.ingest;

/**
 * One non-blank line of a page as extracted, with its 1-based line number in the input and
 * the number of blank lines that follow it (the spacing signal of the layout).
 */
public record SourceLine(int number, String text, int blanksAfter) {
    public SourceLine {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        if (number < 1) throw new IllegalArgumentException("number must be >= 1: " + number);
    }
}

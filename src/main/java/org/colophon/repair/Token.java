package org.colophon.repair;

/**
 * A word found in exploded inline content: its letters, and for each letter the index of the
 * inline item that holds it ({@code items[from..to)} covers the whole word, line breaks inside
 * it included).
 */
record Token(String text, int[] itemOf, int from, int to) {
    /** Item range covering letters [start, end) of the token, with anything between them. */
    int itemStart(int charStart) {
        return charStart == 0 ? from : itemOf[charStart];
    }

    int itemEnd(int charEnd) {
        return charEnd == text.length() ? to : itemOf[charEnd];
    }
}

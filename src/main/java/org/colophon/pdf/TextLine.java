package org.colophon.pdf;

import java.util.List;

/**
 * A printed line: its words left to right, its baseline (from the top of the page), its size
 * (the size most of its glyphs on the baseline are set in), its left and right edges and the
 * column it stands in.
 */
public record TextLine(List<Word> words, float baseline, float size, float x0, float x1, Column column) {

    /** Where a line stands on a page of one or two columns. */
    public enum Column { FULL, LEFT, RIGHT }

    public TextLine {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("a line needs a word");
    }

    /** The line's text, words separated by a space where the page spaces them. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (w.spaceBefore() && !sb.isEmpty()) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** True when most of the line's letters are bold. */
    public boolean bold() {
        int all = 0;
        int bold = 0;
        for (Word w : words) {
            all += w.text().length();
            if (w.bold()) bold += w.text().length();
        }
        return bold * 2 > all;
    }
}

package org.colophon.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Two columns set side by side, as a layout-keeping extraction ({@code pdftotext -layout})
 * gives a two-column page: each line holds a line of the left column, a run of spaces, and a
 * line of the right one. The gutter is the character position that a run of spaces crosses on
 * most of the page's long lines with text on both sides; the page is then read left column
 * first. Lines that cross the gutter, and the page's first and last lines (a running head or
 * foot over both columns), stay where they stand in the left column's order. A page without such a gutter is left as it is.
 */
final class Columns {
    /** Share of the lines with text on both sides that must show the gutter. */
    private static final double SHARE = 0.6;
    private static final int MIN_LINES = 12;
    private static final int MIN_GAP = 2;
    /** Wider than any two-column page set as text: such a page is not looked at (and costs nothing). */
    private static final int MAX_WIDTH = 400;

    private Columns() {}

    /** A line of the page as read: its 1-based number in the input and its text. */
    record Line(int number, String text) {}

    /** The lines in reading order: unchanged, or the left column then the right. */
    static List<Line> inReadingOrder(List<Line> lines) {
        int gutter = gutter(lines);
        if (gutter < 0) return lines;
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text();
            // the first and last lines run across both columns: a running head or foot and its folio
            if (i == 0 || i == lines.size() - 1 || t.length() <= gutter || !blankAround(t, gutter)) {
                left.add(l);
                continue;
            }
            String a = t.substring(0, gutter).stripTrailing();
            String b = t.substring(gutter).strip();
            if (!a.isBlank()) left.add(new Line(l.number(), a));
            if (!b.isEmpty()) right.add(new Line(l.number(), b));
        }
        left.addAll(right);
        return left;
    }

    /** The gutter's position, or -1 when the page is set in one column. */
    static int gutter(List<Line> lines) {
        int width = 0;
        for (Line l : lines) width = Math.max(width, l.text().length());
        if (width < 40 || width > MAX_WIDTH) return -1;
        int best = -1;
        int bestCount = 0;
        int bestLong = 0;
        for (int x = width / 3; x <= width * 2 / 3; x++) {
            int count = 0;
            int longLines = 0;
            for (Line l : lines) {
                String t = l.text();
                if (t.length() < x + 4 || t.isBlank()) continue;
                longLines++;
                if (blankAround(t, x) && hasText(t, 0, x) && hasText(t, x, t.length())) count++;
            }
            if (count > bestCount) {
                best = x;
                bestCount = count;
                bestLong = longLines;
            }
        }
        if (bestCount < MIN_LINES || bestCount < bestLong * SHARE) return -1;
        return best;
    }

    /** A run of at least two spaces covering position x. */
    private static boolean blankAround(String t, int x) {
        if (x >= t.length() || t.charAt(x) != ' ') return false;
        int a = x;
        while (a > 0 && t.charAt(a - 1) == ' ') a--;
        int b = x;
        while (b < t.length() && t.charAt(b) == ' ') b++;
        return b - a >= MIN_GAP;
    }

    private static boolean hasText(String t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(t.charAt(i))) return true;
        return false;
    }
}

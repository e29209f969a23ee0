package org.colophon.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pages of a PDF file, 1-based and inclusive ("12-40", "7"); {@link #ALL} for every page. */
public record PageRange(int first, int last) {
    public static final PageRange ALL = new PageRange(1, Integer.MAX_VALUE);
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{1,9})\\s*(?:[-–]\\s*([0-9]{1,9})\\s*)?");

    /** "12-40" or "7"; throws IllegalArgumentException with a one-line reason otherwise. */
    public static PageRange parse(String s) {
        Matcher m = RANGE.matcher(s);
        if (!m.matches()) throw new IllegalArgumentException("--pages: expected A-B or A (page numbers of the PDF file), got \"" + s + "\"");
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        if (a < 1 || b < a) throw new IllegalArgumentException("--pages: " + s + " is no range of pages (the first page is 1)");
        return new PageRange(a, b);
    }

    boolean all() { return this.equals(ALL); }
}

package org.colophon.layout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that belong to the website or reader an extraction came from, not to the book:
 * gallery counters, download footers. One pattern per kind of furniture; extend here.
 */
public final class Furniture {
    private static final List<Pattern> LINES = List.of(
            Pattern.compile("\\(WallPaper\\)\\s*#\\d+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("Free\\s+download\\s+pdf\\.?", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(Page|Seite)\\s+\\d+\\s+(of|von)\\s+\\d+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("Downloaded\\s+from\\s+\\S+.*", Pattern.CASE_INSENSITIVE));

    private Furniture() {}

    public static boolean isFurniture(String line) {
        for (Pattern p : LINES) if (p.matcher(line).matches()) return true;
        return false;
    }
}

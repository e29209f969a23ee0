package org.colophon.layout;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page file's name says: the book it belongs to and its page number ("atlas-p012.txt":
 * the book "atlas" in its folder, page 12; "kap3_s45.txt": "kap3", page 45). Pages given together
 * form runs by it, and a page follows another when its number is one more.
 */
public final class PageNames {
    /** A page number at the end of a name, with what introduces it ("-p012", "_s45", " 7"). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(.*?)[-_. ]*(?:p|pp|page|s|seite)?[-_. ]*(\\d+)$");

    private PageNames() {}

    /** The run a page belongs to: its folder and its name without the page number (one run per folder for names without one). */
    public static String run(String page) {
        Matcher m = PAGE_NUMBER.matcher(name(page));
        String stem = m.matches() ? m.group(1) : "\u0000";
        Path dir = Path.of(page).toAbsolutePath().getParent();
        return (dir == null ? "" : dir.toString()) + "/" + stem;
    }

    /** Whether page b follows page a: their numbers differ by one (names without numbers: as given). */
    static boolean consecutive(String a, String b) {
        Matcher x = PAGE_NUMBER.matcher(name(a));
        Matcher y = PAGE_NUMBER.matcher(name(b));
        if (!x.matches() || !y.matches() || x.group(2).length() > 9 || y.group(2).length() > 9) return true;
        return Long.parseLong(y.group(2)) == Long.parseLong(x.group(2)) + 1;
    }

    /** The file's name without its folder and extension, in lower case. */
    private static String name(String page) {
        Path file = Path.of(page).getFileName();
        String name = file == null ? page : file.toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}

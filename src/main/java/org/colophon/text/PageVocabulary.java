package org.colophon.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a page itself prints in the middle of its lines, with counts: the page's own
 * evidence for spellings, e.g. whether it writes "non-aggression" or "nonaggression".
 */
public final class PageVocabulary {
    /** No words: a page judged without other pages. */
    public static final PageVocabulary EMPTY = new PageVocabulary(List.of());

    private final Map<String, Integer> counts = new HashMap<>();

    public PageVocabulary(List<String> lines) {
        for (String line : lines) {
            String t = line.endsWith("-") ? line.substring(0, line.length() - 1) : line;
            int i = 0;
            int n = t.length();
            while (i < n) {
                if (!Character.isLetter(t.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && isWordPart(t, i)) i++;
                while (i > start && !Character.isLetter(t.charAt(i - 1))) i--;   // no trailing apostrophe or hyphen
                int end = i;
                if (end == start) {
                    i = start + 1;
                    continue;
                }
                if (end == t.length() && line.endsWith("-")) continue; // a divided word's first half
                if (start == 0) continue; // may be a divided word's second half
                String w = t.substring(start, end);
                counts.merge(w, 1, Integer::sum);
                if (w.indexOf('-') > 0) {
                    for (String part : w.split("-")) counts.merge(part, 1, Integer::sum);
                }
            }
        }
    }

    private static boolean isWordPart(String t, int i) {
        char c = t.charAt(i);
        if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) return true;
        return (c == '\'' || c == '’' || c == '-') && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}

package org.colophon.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a page itself prints in the middle of its lines, with counts: the page's own
 * evidence for spellings, e.g. whether it writes "non-aggression" or "nonaggression".
 */
public final class PageVocabulary {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*");
    private final Map<String, Integer> counts = new HashMap<>();

    public PageVocabulary(List<String> lines) {
        for (String line : lines) {
            String t = line.endsWith("-") ? line.substring(0, line.length() - 1) : line;
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                if (m.end() == t.length() && line.endsWith("-")) continue; // a divided word's first half
                if (m.start() == 0) continue; // may be a divided word's second half
                String w = m.group();
                counts.merge(w, 1, Integer::sum);
                if (w.indexOf('-') > 0) {
                    for (String part : w.split("-")) counts.merge(part, 1, Integer::sum);
                }
            }
        }
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    public boolean has(String word) {
        return counts.containsKey(word);
    }
}

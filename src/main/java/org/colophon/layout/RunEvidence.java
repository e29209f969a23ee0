package org.colophon.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;

/**
 * What the pages of one run show together: the lines at the top and foot of a page that recur
 * on other pages of the run with only their number changed, a different number on every page ("58 Authority and the Modern
 * State", "Authority and the Modern State 59"). A running head or foot is such a line; a
 * heading, a caption or a line of text is not.
 */
public final class RunEvidence {
    /** No other pages: each page is judged alone. */
    public static final RunEvidence NONE = new RunEvidence(Set.of(), new org.colophon.text.PageVocabulary(List.of()));

    /** Lines from the top and from the foot of a page that may be running lines. */
    static final int TOP = 4;
    static final int FOOT = 3;

    private final Set<String> repeated;
    private final org.colophon.text.PageVocabulary vocabulary;

    private RunEvidence(Set<String> repeated, org.colophon.text.PageVocabulary vocabulary) {
        this.repeated = repeated;
        this.vocabulary = vocabulary;
    }

    /** The words the run's pages print, all pages together: the document's own vocabulary. */
    public org.colophon.text.PageVocabulary vocabulary() {
        return vocabulary;
    }

    /** Collects the top and foot lines of the run's pages, one page at a time. */
    public static final class Builder {
        /** For each shape, the numbers it was printed with, one entry per page. */
        private final Map<String, List<String>> numbers = new HashMap<>();
        private final List<String> text = new ArrayList<>();

        public synchronized Builder add(PageSource page) {
            List<SourceLine> lines = page.lines();
            for (SourceLine l : lines) text.add(l.text());
            Map<String, String> shapes = new HashMap<>();
            for (int i = 0; i < Math.min(TOP, lines.size()); i++) shapes.put(shape(lines.get(i).text()), numbersOf(lines.get(i).text()));
            for (int i = Math.max(0, lines.size() - FOOT); i < lines.size(); i++) shapes.put(shape(lines.get(i).text()), numbersOf(lines.get(i).text()));
            shapes.forEach((s, n) -> {
                if (s.chars().anyMatch(Character::isLetter) && !n.isEmpty()) numbers.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
            });
            return this;
        }

        /**
         * The run's running lines with a folio: shapes on two pages or more whose number differs
         * on every page (a chapter number or a date that stays the same is no folio).
         */
        public synchronized RunEvidence build() {
            return new RunEvidence(numbers.entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2 && new java.util.HashSet<>(e.getValue()).size() == e.getValue().size())
                    .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()), new org.colophon.text.PageVocabulary(text));
        }
    }

    private static String numbersOf(String line) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\b[ivxlcdm]+\\b").matcher(line.toLowerCase(Locale.ROOT));
        while (m.find()) sb.append(m.group()).append(' ');
        return sb.toString();
    }

    /** A line's shape: its numbers as "#", case and spacing folded. */
    static String shape(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+|\\b[ivxlcdm]+\\b", "#").replaceAll("\\s+", " ").strip();
    }

    /** Whether a line recurs, numbers aside, at the top or foot of another page of the run. */
    public boolean repeats(String line) {
        return !repeated.isEmpty() && repeated.contains(shape(line));
    }
}

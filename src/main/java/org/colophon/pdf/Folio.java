package org.colophon.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The folio in a margin line: a page number (arabic, or roman in lower case) alone on the line,
 * or at one end of it set apart from the rest by more than a word space (a running head's
 * chapter number, "3 JURABOOK   13", is set with a word space and is not the folio).
 */
final class Folio {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}|[ivxlc]{1,7}");
    private static final Pattern ROMAN = Pattern.compile("c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    /** The folio, the head's words without it and whether the folio comes first; null when the line has none. */
    record Split(String folio, String title, boolean first) {}

    private Folio() {}

    static boolean isNumber(String s) {
        if (!NUMBER.matcher(s).matches()) return false;
        return Character.isDigit(s.charAt(0)) || ROMAN.matcher(s).matches();
    }

    static Split find(TextLine line) {
        List<Word> w = words(line);
        if (w.size() == 1) return isNumber(w.get(0).text()) ? new Split(w.get(0).text(), null, true) : null;
        if (w.isEmpty()) return null;
        float em = line.size();
        float gapFirst = w.get(1).x0() - w.get(0).x1();
        float gapLast = w.get(w.size() - 1).x0() - w.get(w.size() - 2).x1();
        boolean first = isNumber(w.get(0).text()) && gapFirst >= em;
        boolean last = isNumber(w.get(w.size() - 1).text()) && gapLast >= em;
        if (first && last) {
            first = gapFirst > gapLast;
            last = !first;
        }
        if (first) return new Split(w.get(0).text(), text(w.subList(1, w.size())), true);
        if (last) return new Split(w.get(w.size() - 1).text(), text(w.subList(0, w.size() - 1)), false);
        return null;
    }

    /** The line's words with raised parts joined to the word they belong to. */
    private static List<Word> words(TextLine line) {
        List<Word> out = new java.util.ArrayList<>();
        for (Word w : line.words()) {
            if (!out.isEmpty() && !w.spaceBefore()) {
                Word p = out.remove(out.size() - 1);
                out.add(new Word(p.text() + w.text(), p.x0(), w.x1(), p.size(), false, p.bold(), p.italic(), p.spaceBefore()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    static String text(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }
}

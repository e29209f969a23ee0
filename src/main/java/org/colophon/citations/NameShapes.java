package org.colophon.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a run of names that the tagger's name splitter asks about for every part of every
 * name, tested by hand rather than by regular expression (they are asked tens of times a citation).
 * Each method answers exactly as the regular expression in its comment does; {@code \s} is the
 * ASCII white space of Java's regular expressions and {@code \p{Lu}} a code point of the category
 * "Lu", and {@code NameShapesTest} holds them to their expressions.
 */
final class NameShapes {

    private NameShapes() {
    }

    /** The parts of {@code s} between the commas of {@code \s*,\s*}, white space around each comma left out. */
    static List<int[]> commaParts(String s) {
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        for (int comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', comma + 1)) {
            int start = comma;
            while (start > from && isSpace(s.charAt(start - 1))) start--;
            parts.add(new int[] {from, start});
            int end = comma + 1;
            while (end < s.length() && isSpace(s.charAt(end))) end++;
            from = end;
            comma = end - 1;
        }
        parts.add(new int[] {from, s.length()});
        return parts;
    }

    /**
     * {@code RX_SPACES.split(s).length} for {@code \s+}: the words of {@code s}, and one more for
     * space at its start; 1 for a text without space, 0 for space alone (the split's empty ends).
     */
    static int words(String s) {
        int runs = 0;
        boolean space = false;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean sp = isSpace(s.charAt(i));
            space |= sp;
            if (!sp && !inWord) runs++;
            inWord = !sp;
        }
        if (!space) return 1;
        if (runs == 0) return 0;
        return isSpace(s.charAt(0)) ? runs + 1 : runs;
    }

    /** {@code .*\p{Lu}\..*}: an initial with its full stop somewhere in {@code s}, all on one line. */
    static boolean hasInitial(String s) {
        if (hasLineBreak(s, 0, s.length())) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (i < s.length() && s.charAt(i) == '.' && isUpperLetter(c)) return true;
        }
        return false;
    }

    /** {@code .*\s\p{Lu}{1,3}}: {@code s} ends in one to three capitals after a space ("Smith AB"). */
    static boolean endsWithInitials(String s) {
        int i = s.length();
        int caps = 0;
        while (i > 0 && caps < 4) {
            int c = s.codePointBefore(i);
            if (!isUpperLetter(c)) break;
            i -= Character.charCount(c);
            caps++;
        }
        if (caps == 0 || caps > 3 || i == 0 || !isSpace(s.charAt(i - 1))) return false;
        return !hasLineBreak(s, 0, i - 1);
    }

    /** {@code \p{Lu}{1,3}\s.*}: {@code s} opens with one to three capitals and a space ("AB Smith"). */
    static boolean startsWithInitials(String s) {
        int i = 0;
        int caps = 0;
        while (i < s.length() && caps < 4) {
            int c = s.codePointAt(i);
            if (!isUpperLetter(c)) break;
            i += Character.charCount(c);
            caps++;
        }
        if (caps == 0 || caps > 3 || i == s.length() || !isSpace(s.charAt(i))) return false;
        return !hasLineBreak(s, i + 1, s.length());
    }

    /** The words that join two persons between spaces: "and", "und", "u.", "et", "y", "e", "i". */
    private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("and", "und", "u.", "et", "y", "e", "i");

    /**
     * False where the separator of persons in a run of names ({@code FieldTagger.PERSON_SEP}) cannot
     * stand: no ";", "&amp;", "/", dash, nor "and", "und", "u.", "et", "y", "e", "i" between spaces.
     */
    static boolean mayHoldAPersonSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == '&' || c == '/' || c == '‒' || c == '–' || c == '—' || c == '-') return true;
            if (!isSpace(c)) continue;
            int w = i + 1;
            int e = w;
            while (e < s.length() && !isSpace(s.charAt(e))) e++;
            if (e > w && e < s.length() && e - w <= 3 && JOINING_WORDS.contains(s.substring(w, e))) return true;
        }
        return false;
    }

    /** The white space of {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isUpperLetter(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    /** A character {@code .} does not match: a line terminator. */
    private static boolean hasLineBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }
}

package org.colophon.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token of a citation string: a word, a number or one punctuation character, with its place in
 * the text. The tagger labels tokens; fields are runs of tokens with one label.
 *
 * @param start first character (inclusive) in the text
 * @param end   last character (exclusive)
 * @param text  the characters
 */
record CiteToken(int start, int end, String text) {

    /** A web address or DOI, read whole: it is tried only where a token starts with h, w, d or 1. */
    private static final Pattern WEB = Pattern.compile(
            "(?:https?://|www\\.|doi:|10\\.\\d{4,}/)[^\\s<>\"]*[^\\s<>\".,;:)\\]]");

    /**
     * Tokens of {@code text[from, to)}: a web address or DOI; a run of letters and marks with
     * apostrophes inside ({@code [\p{L}\p{M}][\p{L}\p{M}'’]*}); a run of digits 0–9; or any other
     * character but white space ({@code \s}) alone. Read by hand, the characters once each.
     */
    static List<CiteToken> of(String text, int from, int to) {
        List<CiteToken> out = new ArrayList<>();
        Matcher web = null;
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (isSpace(c)) {
                i += n;
                continue;
            }
            int e;
            if ((c == 'h' || c == 'w' || c == 'd' || c == '1')
                    && (web = web == null ? WEB.matcher(text) : web).region(i, to).lookingAt()) {
                e = web.end();
            } else if (isLetterOrMark(c)) {
                e = i + n;
                while (e < to) {
                    int d = text.codePointAt(e);
                    if (!isLetterOrMark(d) && d != '\'' && d != '’') break;
                    e += Character.charCount(d);
                }
            } else if (c >= '0' && c <= '9') {
                e = i + 1;
                while (e < to && text.charAt(e) >= '0' && text.charAt(e) <= '9') e++;
            } else {
                e = i + n;
            }
            out.add(new CiteToken(i, e, text.substring(i, e)));
            i = e;
        }
        return out;
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code [\p{L}\p{M}]}. */
    private static boolean isLetterOrMark(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }
}

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

    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|www\\.|doi:|10\\.\\d{4,}/)[^\\s<>\"]*[^\\s<>\".,;:)\\]]|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*|\\d+|\\S");

    /** Tokens of {@code text[from, to)}. */
    static List<CiteToken> of(String text, int from, int to) {
        List<CiteToken> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        m.region(from, to);
        while (m.find()) out.add(new CiteToken(m.start(), m.end(), m.group()));
        return out;
    }

    boolean isWord() {
        return Character.isLetter(text.codePointAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }
}

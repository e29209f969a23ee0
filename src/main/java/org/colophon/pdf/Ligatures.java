package org.colophon.pdf;

/** The typographic ligature glyphs U+FB00–FB06 given back as their letters. */
final class Ligatures {
    private static final String[] LETTERS = {"ff", "fi", "fl", "ffi", "ffl", "ſt", "st"};

    private Ligatures() {}

    static boolean has(String s) {
        for (int i = 0; i < s.length(); i++) if (isLigature(s.charAt(i))) return true;
        return false;
    }

    static boolean isLigature(char c) {
        return c >= '\uFB00' && c <= '\uFB06';
    }

    /** "ﬁnd" becomes "find". */
    static String letters(String s) {
        if (!has(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(isLigature(c) ? LETTERS[c - '\uFB00'] : String.valueOf(c));
        }
        return sb.toString();
    }
}

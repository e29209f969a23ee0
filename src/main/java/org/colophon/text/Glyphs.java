package org.colophon.text;

/**
 * Presentation forms that extraction passes on as characters of their own, given back as the
 * letters and digits they stand for: the Latin ligatures U+FB00–FB06 ("ﬁ" → "fi") and the
 * old-style figures that fonts in the Adobe encoding put in the private use area, U+F730–F739
 * ("" → "2"). They are glyph choices of the typesetter, not text, as a ligature's two letters
 * are; the TEI header says that they were normalised.
 */
public final class Glyphs {
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ſt", "st"};

    private Glyphs() {}

    /** Whether the text holds any presentation form this class normalises. */
    public static boolean hasPresentationForms(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (isPresentationForm(s.charAt(i))) return true;
        return false;
    }

    /** Whether the text holds a ligature character (U+FB00–FB06). */
    public static boolean hasLigature(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\uFB00' && s.charAt(i) <= '\uFB06') return true;
        return false;
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB00' && c <= '\uFB06') || (c >= '\uF730' && c <= '\uF739');
    }

    public static String normalize(String s) {
        if (!hasPresentationForms(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') sb.append(LIGATURES[c - '\uFB00']);
            else if (c >= '\uF730' && c <= '\uF739') sb.append((char) ('0' + (c - '\uF730')));
            else sb.append(c);
        }
        return sb.toString();
    }
}

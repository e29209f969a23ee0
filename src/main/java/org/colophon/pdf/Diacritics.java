package org.colophon.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Accents set as glyphs of their own (plain TeX's \'e is an acute drawn over an e) joined to the
 * letter they stand over, as one composed character.
 */
final class Diacritics {
    private static final String SPACING = "´`^¨˜~¸ˇ˘¯˙˚˝ˆ\u02C9\u02CA\u02CB";
    private static final String COMBINING = "\u0301\u0300\u0302\u0308\u0303\u0303\u0327\u030C\u0306\u0304\u0307\u030A\u030B\u0302\u0304\u0301\u0300";

    private Diacritics() {}

    static String combining(String s) {
        if (s.length() != 1) return null;
        char c = s.charAt(0);
        int i = SPACING.indexOf(c);
        if (i >= 0) return String.valueOf(COMBINING.charAt(i));
        return Character.getType(c) == Character.NON_SPACING_MARK ? s : null;
    }

    /** Glyphs of one line, left to right, with every accent that stands over a letter joined to it. */
    static List<Glyph> join(List<Glyph> line) {
        List<Glyph> out = new ArrayList<>(line);
        for (int i = 0; i < out.size(); i++) {
            Glyph d = out.get(i);
            String mark = combining(d.text());
            if (mark == null) continue;
            float centre = d.x() + d.width() / 2;
            int best = -1;
            for (int k : new int[] {i + 1, i - 1}) {
                if (k < 0 || k >= out.size()) continue;
                Glyph l = out.get(k);
                if (l.isSpace() || !Character.isLetter(l.text().codePointAt(0))) continue;
                if (centre >= l.x() - 0.5f && centre <= l.right() + 0.5f) { best = k; break; }
            }
            if (best < 0) continue;
            Glyph l = out.get(best);
            String base = l.text().equals("ı") && mark.charAt(0) < '\u0327' ? "i" : l.text();   // a dotless i under an accent
            String joined = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
            out.set(best, new Glyph(joined, l.font(), l.size(), l.x(), l.width(), l.baseline(), l.bold(), l.italic()));
            out.remove(i);
            i--;
        }
        return out;
    }
}

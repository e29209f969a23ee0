package org.colophon.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The body size of a page: the size most glyphs are set in (to a tenth of a point). */
final class BodySize {
    private BodySize() {}

    static float of(List<Glyph> glyphs) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.isSpace()) count.merge(Math.round(g.size() * 10), g.text().length(), Integer::sum);
        }
        int best = 100;
        int most = -1;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() > best) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best / 10f;
    }
}

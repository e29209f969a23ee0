package org.colophon.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gutter of a two-column page: a vertical band near the middle of the text that no line
 * crosses while many lines have text on both sides of it. {@link Float#NaN} on a page of one column.
 */
final class Gutter {
    private Gutter() {}

    static float find(List<List<Glyph>> rows, float bodySize) {
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        List<List<float[]>> spans = new ArrayList<>();
        for (List<Glyph> row : rows) {
            List<float[]> s = occupied(row, bodySize);
            if (s.isEmpty()) continue;
            spans.add(s);
            lo = Math.min(lo, s.get(0)[0]);
            hi = Math.max(hi, s.get(s.size() - 1)[1]);
        }
        float width = hi - lo;
        if (spans.size() < 6 || width < 20 * bodySize) return Float.NaN;
        int from = (int) (lo + 0.3f * width);
        int to = (int) (lo + 0.7f * width);
        int[] cover = new int[to - from + 1];
        for (List<float[]> s : spans) {
            for (float[] iv : s) {
                for (int x = Math.max(from, (int) Math.floor(iv[0])); x <= Math.min(to, (int) Math.ceil(iv[1])); x++) cover[x - from]++;
            }
        }
        int allowed = Math.max(1, spans.size() / 25);
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < cover.length; ) {
            if (cover[i] > allowed) { i++; continue; }
            int j = i;
            while (j < cover.length && cover[j] <= allowed) j++;
            if (j - i > bestLen) { bestLen = j - i; bestStart = i; }
            i = j;
        }
        if (bestLen < 0.8f * bodySize) return Float.NaN;
        float centre = from + bestStart + bestLen / 2f;
        int left = 0;
        int right = 0;
        for (List<float[]> s : spans) {
            boolean l = false;
            boolean r = false;
            boolean across = false;
            for (float[] iv : s) {
                if (iv[1] < centre) l = true;
                else if (iv[0] > centre) r = true;
                else across = true;
            }
            if (!across && l) left++;
            if (!across && r) right++;
        }
        // columns need not share baselines: enough lines with text on each side, none across
        return left * 5 >= spans.size() && right * 5 >= spans.size() ? centre : Float.NaN;
    }

    /** A row's inked stretches: glyphs closer than a body em joined. */
    static List<float[]> occupied(List<Glyph> row, float bodySize) {
        List<Glyph> ink = new ArrayList<>();
        for (Glyph g : row) if (!g.isSpace()) ink.add(g);
        ink.sort(Comparator.comparingDouble(Glyph::x));
        List<float[]> out = new ArrayList<>();
        float[] cur = null;
        for (Glyph g : ink) {
            if (cur != null && g.x() - cur[1] < bodySize) {
                cur[1] = Math.max(cur[1], g.right());
            } else {
                cur = new float[] {g.x(), g.right()};
                out.add(cur);
            }
        }
        return out;
    }
}

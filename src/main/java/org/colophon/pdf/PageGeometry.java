package org.colophon.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's statistics, from its own lines: the body size (the size most glyphs are set in), the
 * line pitch of the body (the lower quartile of the distances between baselines of consecutive body lines in a
 * column) and each column's left and right edges (the most common ones of its body lines).
 */
record PageGeometry(float bodySize, float pitch, Map<TextLine.Column, float[]> edges) {

    static PageGeometry of(List<TextLine> lines, float bodySize) {
        List<Float> steps = new ArrayList<>();
        Map<TextLine.Column, Map<Integer, Integer>> lefts = new EnumMap<>(TextLine.Column.class);
        Map<TextLine.Column, Map<Integer, Integer>> rights = new EnumMap<>(TextLine.Column.class);
        TextLine prev = null;
        for (TextLine l : lines) {
            if (!isBody(l, bodySize)) continue;
            lefts.computeIfAbsent(l.column(), c -> new HashMap<>()).merge(Math.round(l.x0()), 1, Integer::sum);
            rights.computeIfAbsent(l.column(), c -> new HashMap<>()).merge(Math.round(l.x1()), 1, Integer::sum);
            if (prev != null && prev.column() == l.column()) {
                float d = l.baseline() - prev.baseline();
                if (d > 0.8f * bodySize && d < 2.5f * bodySize) steps.add(d);
            }
            prev = l;
        }
        float pitch = 1.2f * bodySize;
        if (!steps.isEmpty()) {
            Collections.sort(steps);
            pitch = steps.get(steps.size() / 4);   // the lower quartile: lists and displays only widen the pitch
        }
        Map<TextLine.Column, float[]> edges = new EnumMap<>(TextLine.Column.class);
        for (var e : lefts.entrySet()) {
            edges.put(e.getKey(), new float[] {mode(e.getValue()), mode(rights.get(e.getKey()))});
        }
        return new PageGeometry(bodySize, pitch, edges);
    }

    static boolean isBody(TextLine l, float bodySize) {
        return Math.abs(l.size() - bodySize) <= 0.05f * bodySize;
    }

    float left(TextLine l) {
        float[] e = edges.get(l.column());
        return e == null ? l.x0() : e[0];
    }

    float right(TextLine l) {
        float[] e = edges.get(l.column());
        return e == null ? l.x1() : e[1];
    }

    private static float mode(Map<Integer, Integer> counts) {
        int best = 0;
        int most = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }
}

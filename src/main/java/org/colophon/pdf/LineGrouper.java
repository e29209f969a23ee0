package org.colophon.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into lines: glyphs on one baseline form a row; a row of raised (or
 * lowered) glyphs just above (below) a fuller row within its width joins it (footnote calls,
 * note labels, the lowered E of the TeX logo); on a two-column page rows are split at the
 * gutter. Lines come in reading order: full-width lines above the columns, the left column,
 * the right column, full-width lines below.
 */
final class LineGrouper {
    /** A word space: a gap wider than this part of the line's size. */
    static final float SPACE = 0.16f;
    /** A glyph this part of the line's size above its baseline is raised. */
    static final float RAISED = 0.12f;

    private static final class Row {
        final List<Glyph> glyphs = new ArrayList<>();
        float baseline;
        TextLine.Column column = TextLine.Column.FULL;

        int ink() {
            int n = 0;
            for (Glyph g : glyphs) if (!g.isSpace()) n++;
            return n;
        }

        private float size;
        private int sizedAt = -1;

        /** The row's body size, worked out again when its glyphs changed (glyphs taken away reset {@code sizedAt}). */
        float size() {
            if (sizedAt != glyphs.size()) {
                size = BodySize.of(glyphs);
                sizedAt = glyphs.size();
            }
            return size;
        }

        /** The size that decides how far a raised glyph may stand: the largest, but no display letter. */
        float reach() {
            float m = 0;
            for (Glyph g : glyphs) m = Math.max(m, g.size());
            return Math.min(m, 1.6f * size());
        }

        float x0() {
            float x = Float.MAX_VALUE;
            for (Glyph g : glyphs) if (!g.isSpace()) x = Math.min(x, g.x());
            return x;
        }

        float x1() {
            float x = -Float.MAX_VALUE;
            for (Glyph g : glyphs) if (!g.isSpace()) x = Math.max(x, g.right());
            return x;
        }
    }

    List<TextLine> group(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return List.of();
        float body = BodySize.of(glyphs);
        List<Row> rows = columns(rows(glyphs), body);
        rows = joinRaised(rows);
        List<TextLine> lines = new ArrayList<>();
        for (Row r : rows) {
            TextLine l = line(r);
            if (l != null) lines.add(l);
        }
        return readingOrder(lines);
    }

    /** Glyphs on one baseline (within a tenth of their size). */
    private static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<Row> rows = new ArrayList<>();
        Row cur = null;
        for (Glyph g : sorted) {
            if (cur == null || g.baseline() - cur.baseline > 0.1f * Math.max(g.size(), 4f)) {
                cur = new Row();
                cur.baseline = g.baseline();
                rows.add(cur);
            }
            cur.glyphs.add(g);
        }
        rows.removeIf(r -> r.ink() == 0);
        return rows;
    }

    /** Splits every row that does not cross the gutter of a two-column page into its two sides. */
    private static List<Row> columns(List<Row> rows, float body) {
        List<List<Glyph>> all = new ArrayList<>();
        for (Row r : rows) all.add(r.glyphs);
        float gutter = Gutter.find(all, body);
        if (Float.isNaN(gutter)) return rows;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            boolean crosses = false;
            for (float[] iv : Gutter.occupied(r.glyphs, body)) crosses |= iv[0] < gutter && iv[1] > gutter;
            if (crosses) {
                out.add(r);
                continue;
            }
            Row left = new Row();
            Row right = new Row();
            left.baseline = right.baseline = r.baseline;
            left.column = TextLine.Column.LEFT;
            right.column = TextLine.Column.RIGHT;
            for (Glyph g : r.glyphs) (g.x() + g.width() / 2 < gutter ? left : right).glyphs.add(g);
            if (left.ink() > 0) out.add(left);
            if (right.ink() > 0) out.add(right);
        }
        return out;
    }

    /** A thin row just above or below a fuller one, within its width, is part of it. */
    private static List<Row> joinRaised(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingDouble(r -> r.baseline));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size() && !changed; i++) {
                Row a = out.get(i);
                for (int j = i + 1; j < out.size(); j++) {
                    Row b = out.get(j);
                    float limit = 0.6f * Math.max(a.reach(), b.reach());
                    if (b.baseline - a.baseline >= limit) break;
                    if (a.column != b.column) continue;
                    Row big = a.ink() >= b.ink() ? a : b;
                    Row small = big == a ? b : a;
                    float em = big.size();
                    if (small.x0() < big.x0() - 2 * em || small.x1() > big.x1() + 2 * em) {
                        changed = moveSmallClusters(small, big);
                        if (small.ink() == 0) out.remove(small);
                        if (changed) break;
                        continue;
                    }
                    big.glyphs.addAll(small.glyphs);
                    out.remove(small);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A thin row that reaches beyond the fuller one (a call raised over a heading, on the height
     * of a margin label): its clusters set apart by wide gaps are taken one by one, and those
     * set smaller and within the fuller row's width join it. True when one did.
     */
    private static boolean moveSmallClusters(Row small, Row big) {
        float em = big.size();
        List<Glyph> gs = new ArrayList<>(small.glyphs);
        gs.sort(Comparator.comparingDouble(Glyph::x));
        List<List<Glyph>> clusters = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : gs) {
            if (prev == null || g.x() - prev.right() > 2 * em) clusters.add(new ArrayList<>());
            clusters.get(clusters.size() - 1).add(g);
            if (!g.isSpace()) prev = g;
        }
        if (clusters.size() < 2) return false;
        boolean moved = false;
        for (List<Glyph> c : clusters) {
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float size = 0;
            for (Glyph g : c) {
                x0 = Math.min(x0, g.x());
                x1 = Math.max(x1, g.right());
                size = Math.max(size, g.size());
            }
            if (x0 >= big.x0() - em && x1 <= big.x1() + em && size < 0.9f * em) {
                big.glyphs.addAll(c);
                small.glyphs.removeAll(c);
                small.sizedAt = -1;
                moved = true;
            }
        }
        return moved;
    }

    /** The row's words: accents joined, split at word spaces, where a raised run begins or ends and where the font's style changes. */
    private static TextLine line(Row r) {
        List<Glyph> onBase = new ArrayList<>();
        for (Glyph g : r.glyphs) if (Math.abs(g.baseline() - r.baseline) < 0.05f * g.size() + 0.3f) onBase.add(g);
        float size = BodySize.of(onBase.isEmpty() ? r.glyphs : onBase);
        List<Glyph> gs = new ArrayList<>(r.glyphs);
        gs.sort(Comparator.comparingDouble(Glyph::x));
        gs = Diacritics.join(gs);
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph first = null;
        Glyph prev = null;
        boolean raised = false;
        boolean space = false;
        boolean spaceBefore = false;
        for (Glyph g : gs) {
            if (g.isSpace()) {
                space = true;
                continue;
            }
            float lift = r.baseline - g.baseline();
            boolean up = lift > RAISED * size && g.size() < size * 0.95f || lift > 2 * RAISED * size;
            boolean gap = prev != null && g.x() - prev.right() > SPACE * size;
            boolean restyled = first != null && (g.italic() != first.italic() || g.bold() != first.bold());   // "Literaria," with a roman comma
            if (first != null && (space || gap || up != raised || restyled)) {
                words.add(word(text, first, prev, raised, spaceBefore));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = g;
                spaceBefore = space || gap;
                raised = up;
            }
            text.append(g.text());
            prev = g;
            space = false;
        }
        if (first != null) words.add(word(text, first, prev, raised, spaceBefore));
        if (words.isEmpty()) return null;
        return new TextLine(words, r.baseline, size, r.x0(), r.x1(), r.column);
    }

    private static Word word(StringBuilder text, Glyph first, Glyph last, boolean raised, boolean spaceBefore) {
        return new Word(text.toString(), first.x(), last.right(), first.size(), raised, first.bold(), first.italic(), spaceBefore);
    }

    private static List<TextLine> readingOrder(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(TextLine::baseline));
        float firstColumn = Float.MAX_VALUE;
        for (TextLine l : sorted) if (l.column() != TextLine.Column.FULL) { firstColumn = l.baseline(); break; }
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : sorted) if (l.column() == TextLine.Column.FULL && l.baseline() < firstColumn) out.add(l);
        for (TextLine l : sorted) if (l.column() == TextLine.Column.LEFT) out.add(l);
        for (TextLine l : sorted) if (l.column() == TextLine.Column.RIGHT) out.add(l);
        for (TextLine l : sorted) if (l.column() == TextLine.Column.FULL && l.baseline() >= firstColumn) out.add(l);
        return out;
    }
}

package org.colophon.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The running head, running foot and folio: lines in the top or bottom margin band (set apart
 * from the text by more than one and a half line pitches) that carry a folio, or stand above a
 * folio printed at the foot (the first line of the page, in its top seventh). Lines above the running head (a printer's slug) and a running foot
 * below the notes are furniture.
 */
final class Margins {
    private static final float BAND_GAP = 1.5f;
    private static final float HEAD_ONLY_GAP = 1.9f;
    /** A head without a folio stands in the top seventh of the page. */
    private static final float HEAD_ZONE = 0.15f;

    /**
     * What the margins hold: the head line (may be null), the folio line (may be the same), title,
     * furniture, and every printed line these are made of (a margin line may stand across both columns).
     */
    record Result(TextLine headLine, TextLine folioLine, String folio, String title, boolean folioFirst,
                  List<TextLine> furniture, Set<TextLine> taken) {
        boolean has(TextLine l) {
            return taken.contains(l);
        }
    }

    /** Collects the printed lines of the margin rows used. */
    private static final class Taken {
        final Map<TextLine, List<TextLine>> parts;
        final Set<TextLine> lines = Collections.newSetFromMap(new IdentityHashMap<>());

        Taken(Map<TextLine, List<TextLine>> parts) { this.parts = parts; }

        TextLine take(TextLine row) {
            if (row == null) return null;
            lines.addAll(parts.get(row));
            return parts.get(row).get(0);
        }

        List<TextLine> takeAll(List<TextLine> rows) {
            List<TextLine> out = new ArrayList<>();
            for (TextLine r : rows) {
                lines.addAll(parts.get(r));
                out.addAll(parts.get(r));
            }
            return out;
        }
    }

    private Margins() {}

    static Result find(List<TextLine> lines, PageGeometry g, float pageHeight) {
        Map<TextLine, List<TextLine>> parts = new IdentityHashMap<>();
        List<TextLine> byY = rows(lines, parts);
        Taken taken = new Taken(parts);
        List<TextLine> top = new ArrayList<>();
        for (int i = 0; i + 1 < byY.size() && i < 3; i++) {
            if (byY.get(i + 1).baseline() - byY.get(i).baseline() < BAND_GAP * g.pitch()) break;
            top.add(byY.get(i));
        }
        List<TextLine> bottom = new ArrayList<>();
        for (int i = byY.size() - 1; i > 0 && bottom.size() < 2; i--) {
            if (byY.get(i).baseline() - byY.get(i - 1).baseline() < BAND_GAP * g.pitch()) break;
            bottom.add(byY.get(i));
        }
        for (int i = top.size() - 1; i >= 0; i--) {
            TextLine l = top.get(i);
            Folio.Split s = l.size() <= 1.1f * g.bodySize() ? Folio.find(l) : null;
            if (s == null) continue;
            List<TextLine> furniture = taken.takeAll(top.subList(0, i));
            if (!bottom.isEmpty() && bottom.get(0) != l && Folio.find(bottom.get(0)) == null
                    && bottom.get(0).size() >= 0.9f * g.bodySize()) {
                furniture.addAll(taken.takeAll(List.of(bottom.get(0))));   // a running foot under the notes
            }
            TextLine at = taken.take(l);
            return new Result(at, at, s.folio(), s.title(), s.first(), furniture, taken.lines);
        }
        for (TextLine l : bottom) {
            Folio.Split s = Folio.find(l);
            if (s == null) continue;
            if (s.title() != null) {
                TextLine at = taken.take(l);
                return new Result(at, at, s.folio(), s.title(), s.first(), List.of(), taken.lines);
            }
            TextLine head = top.isEmpty() ? null : top.get(0);
            if (head != null && head.baseline() < HEAD_ZONE * pageHeight && !head.bold() && head.size() <= 1.05f * g.bodySize()
                    && byY.get(1).baseline() - head.baseline() >= HEAD_ONLY_GAP * g.pitch()) {
                return new Result(taken.take(head), taken.take(l), s.folio(), head.text(), false, List.of(), taken.lines);
            }
            return new Result(null, taken.take(l), s.folio(), null, true, List.of(), taken.lines);
        }
        return new Result(null, null, null, null, true, List.of(), taken.lines);
    }

    /** The lines by baseline, lines of one baseline (the two halves of a head across both columns) made one. */
    private static List<TextLine> rows(List<TextLine> lines, Map<TextLine, List<TextLine>> parts) {
        List<TextLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0));
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < byY.size(); ) {
            int j = i + 1;
            while (j < byY.size() && byY.get(j).baseline() - byY.get(i).baseline() < 1f) j++;
            List<TextLine> row = byY.subList(i, j);
            TextLine one = row.get(0);
            if (row.size() > 1) {
                List<Word> words = new ArrayList<>();
                for (TextLine l : row) {
                    for (int k = 0; k < l.words().size(); k++) {
                        Word w = l.words().get(k);
                        words.add(k == 0 && !words.isEmpty() ? new Word(w.text(), w.x0(), w.x1(), w.size(), w.raised(), w.bold(), w.italic(), true) : w);
                    }
                }
                one = new TextLine(words, one.baseline(), one.size(), one.x0(), row.get(row.size() - 1).x1(), TextLine.Column.FULL);
            }
            parts.put(one, List.copyOf(row));
            out.add(one);
            i = j;
        }
        return out;
    }
}

package org.colophon.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running head, running foot and folio: lines in the top or bottom margin band (set apart
 * from the text by more than one and a half line pitches) that carry a folio, or stand above a
 * folio printed at the foot. Lines above the running head (a printer's slug) and a running foot
 * below the notes are furniture.
 */
final class Margins {
    private static final float BAND_GAP = 1.5f;
    private static final float HEAD_ONLY_GAP = 1.9f;

    /** What the margins hold: the head line (may be null), the folio line (may be the same), title and furniture. */
    record Result(TextLine headLine, TextLine folioLine, String folio, String title, boolean folioFirst,
                  List<TextLine> furniture) {
        boolean has(TextLine l) {
            return l == headLine || l == folioLine || furniture.contains(l);
        }
    }

    private Margins() {}

    static Result find(List<TextLine> lines, PageGeometry g) {
        List<TextLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(TextLine::baseline));
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
        List<TextLine> furniture = new ArrayList<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            TextLine l = top.get(i);
            Folio.Split s = l.size() <= 1.1f * g.bodySize() ? Folio.find(l) : null;
            if (s == null) continue;
            furniture.addAll(top.subList(0, i));
            if (!bottom.isEmpty() && bottom.get(0) != l && Folio.find(bottom.get(0)) == null
                    && bottom.get(0).size() >= 0.9f * g.bodySize()) {
                furniture.add(bottom.get(0));   // a running foot under the notes
            }
            return new Result(l, l, s.folio(), s.title(), s.first(), furniture);
        }
        for (TextLine l : bottom) {
            Folio.Split s = Folio.find(l);
            if (s == null) continue;
            if (s.title() != null) return new Result(l, l, s.folio(), s.title(), s.first(), furniture);
            TextLine head = top.isEmpty() ? null : top.get(top.size() - 1);
            if (head != null && !head.bold() && head.size() <= 1.05f * g.bodySize() && byY.indexOf(head) + 1 < byY.size()
                    && byY.get(byY.indexOf(head) + 1).baseline() - head.baseline() >= HEAD_ONLY_GAP * g.pitch()) {
                furniture.addAll(top.subList(0, top.size() - 1));
                return new Result(head, l, s.folio(), head.text(), false, furniture);
            }
            return new Result(null, l, s.folio(), null, true, furniture);
        }
        return new Result(null, null, null, null, true, furniture);
    }
}

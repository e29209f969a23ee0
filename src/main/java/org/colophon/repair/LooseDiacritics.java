package org.colophon.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * Recomposes combining diacritics that extraction has torn from their letters ("Sabur ̄o" →
 * "Saburō") and records each as orig/reg. A mark stands before the letter it belongs to,
 * separated by a space; marks that find no letter have drifted rightwards along the line and
 * are given back to the nearest earlier word on the same line that lacks one
 * (low certainty), or, failing that, dropped from the reading text with the source kept.
 */
public final class LooseDiacritics {
    private final WordJudge words;

    public LooseDiacritics(WordJudge words) {
        this.words = words;
    }

    static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Repairs exploded content in place order; returns the new exploded list. */
    public List<Inline> repair(List<Inline> items) {
        List<Inline> out = new ArrayList<>(items);
        int i = 0;
        List<int[]> pendingSurplus = new ArrayList<>(); // [markChar] waiting for an earlier word
        while (i < out.size()) {
            char c = Inlines.charOf(out.get(i));
            if (c == 0 || !isMark(c) || (i > 0 && isAttached(out, i)) || overlaysSymbol(out, i)) {
                i++;
                continue;
            }
            // a loose cluster: (space? mark)+ space?
            int clusterStart = i > 0 && Inlines.charOf(out.get(i - 1)) == ' ' ? i - 1 : i;
            List<Character> marks = new ArrayList<>();
            int j = i;
            while (j < out.size()) {
                char d = Inlines.charOf(out.get(j));
                if (d != 0 && isMark(d)) {
                    marks.add(d);
                    j++;
                } else if (d == ' ' && j + 1 < out.size() && isMark(Inlines.charOf(out.get(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            int afterMarks = j;
            int rightStart = afterMarks < out.size() && Inlines.charOf(out.get(afterMarks)) == ' ' ? afterMarks + 1 : afterMarks;
            int rightEnd = rightStart;
            while (rightEnd < out.size() && Character.isLetter(Inlines.charOf(out.get(rightEnd)))) rightEnd++;
            int leftStart = clusterStart;
            while (leftStart > 0 && Character.isLetter(Inlines.charOf(out.get(leftStart - 1)))) leftStart--;
            String left = text(out, leftStart, clusterStart);
            String right = text(out, rightStart, rightEnd);

            String composedVowel = right.isEmpty() ? null : compose(right.charAt(0), marks.get(0));
            boolean join = composedVowel != null
                    && (left.isEmpty() ? rightStart == afterMarks
                        : (!words.known(left) || right.length() <= 2) && !words.known(left + right) );
            if (join) {
                String reg = left + composedVowel + right.substring(1);
                List<Inline> orig = new ArrayList<>(out.subList(leftStart, rightEnd));
                replace(out, leftStart, rightEnd, new Inline.Choice(Inline.Choice.Kind.NORMALISATION, Inlines.merge(orig), reg, false));
                int at = leftStart;
                for (int k = 1; k < marks.size(); k++) {
                    at = giveBack(out, at, marks.get(k));
                }
                i = at + 1;
            } else {
                // nothing to attach to: the marks have drifted; the cluster itself reads as nothing
                int end = afterMarks;
                int start = clusterStart;
                List<Inline> orig = new ArrayList<>(out.subList(start, end));
                boolean keepSpace = start < i && end < out.size() && Character.isLetterOrDigit(Inlines.charOf(out.get(end)));
                Inline choice = new Inline.Choice(Inline.Choice.Kind.NORMALISATION, Inlines.merge(orig), keepSpace ? " " : "", false);
                replace(out, start, end, choice);
                int at = start;
                for (char m : marks) {
                    at = giveBack(out, at, m);
                }
                i = at + 1;
            }
        }
        return out;
    }

    /**
     * A mark set before the symbol it is drawn over, as extraction gives a negated relation
     * ("α ̸= a" for "α ≠ a"): no letter's lost diacritic, and no damage to repair.
     */
    private static boolean overlaysSymbol(List<Inline> out, int i) {
        if (i + 1 >= out.size()) return false;
        char next = Inlines.charOf(out.get(i + 1));
        return next != 0 && next != ' ' && !Character.isLetterOrDigit(next) && !isMark(next)
                && compose(next, Inlines.charOf(out.get(i))) != null;
    }

    /** Whether the mark at i sits on a character: right after it, or stacked on the marks it already carries ("K̃̃"). */
    private static boolean isAttached(List<Inline> out, int i) {
        int k = i - 1;
        while (k > 0 && isMark(Inlines.charOf(out.get(k)))) k--;
        char p = Inlines.charOf(out.get(k));
        return p != 0 && p != ' ' && !isMark(p);
    }

    /**
     * Gives a drifted mark to the nearest earlier word on the same line that is not a known
     * word and has a vowel the mark composes with. Returns the index of the item at {@code before}
     * after the change (unchanged count: one word becomes one Choice).
     */
    private int giveBack(List<Inline> out, int before, char mark) {
        int k = before - 1;
        while (k >= 0) {
            Inline it = out.get(k);
            if (it instanceof Inline.LineBreak || it instanceof Inline.Call) return before;
            char c = Inlines.charOf(it);
            if (c != 0 && Character.isLetter(c)) {
                int end = k + 1;
                int start = k;
                while (start > 0 && Character.isLetter(Inlines.charOf(out.get(start - 1)))) start--;
                String word = text(out, start, end);
                String regular = word.length() >= 3 && !words.known(word) ? withMark(word, mark) : null;
                if (regular != null) {
                    replace(out, start, end, new Inline.Choice(Inline.Choice.Kind.NORMALISATION,
                            List.of(new Inline.Text(word)), regular, true));
                    return before - (end - start) + 1;
                }
                k = start - 1;
            } else {
                k--;
            }
        }
        return before;
    }

    /** The word with the mark on its last 'o', else 'u', else 'a' (long vowels of romanisations). */
    static String withMark(String word, char mark) {
        for (char v : new char[] {'o', 'u', 'a', 'e', 'i'}) {
            int at = word.lastIndexOf(v);
            if (at >= 0) {
                String composed = compose(v, mark);
                if (composed != null) return word.substring(0, at) + composed + word.substring(at + 1);
            }
        }
        return null;
    }

    /** The precomposed letter for base + mark, or null when Unicode has none. */
    static String compose(char base, char mark) {
        String s = Normalizer.normalize("" + base + mark, Normalizer.Form.NFC);
        return s.length() == 1 ? s : null;
    }

    private static String text(List<Inline> out, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) sb.append(Inlines.charOf(out.get(k)));
        return sb.toString();
    }

    private static void replace(List<Inline> out, int from, int to, Inline with) {
        out.subList(from, to).clear();
        out.add(from, with);
    }
}

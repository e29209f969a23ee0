package org.colophon.repair;

import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * Word-level repairs on exploded inline content, for every word the lexicon does not know:
 * letters lost with ligatures (recorded sic/corr) and words run together where a space was
 * lost beside an italic run ("wordmarkuphas" → "word markup has"; each restored space recorded
 * orig/reg). Known words are never changed; doubtful restorations carry low certainty.
 */
public final class WordRepairs {
    private static final int MAX_SEGMENT = 40;

    private final WordJudge words;
    private final Ligatures ligatures;

    public WordRepairs(WordJudge words) {
        this.words = words;
        this.ligatures = new Ligatures(words);
    }

    public List<Inline> repair(List<Inline> items) {
        List<Inline> out = new ArrayList<>(items);
        List<Token> tokens = Tokens.find(out);
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            List<Inline> replacement = repair(out, t);
            if (replacement != null) {
                out.subList(t.from(), t.to()).clear();
                out.addAll(t.from(), replacement);
            }
        }
        return out;
    }

    private List<Inline> repair(List<Inline> items, Token token) {
        String t = token.text();
        char before = token.from() > 0 ? Inlines.charOf(items.get(token.from() - 1)) : ' ';
        char after = token.to() < items.size() ? Inlines.charOf(items.get(token.to())) : ' ';
        boolean gluedToChoice = (token.from() > 0 && items.get(token.from() - 1) instanceof Inline.Choice b && !b.original().isEmpty())
                || (token.to() < items.size() && items.get(token.to()) instanceof Inline.Choice c && !c.original().isEmpty());
        if (gluedToChoice || Character.isDigit(before) || Character.isDigit(after) || before == '&' || after == '\'') return null;
        String base = t.endsWith("'s") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
        String suffix = t.substring(base.length());
        if (words.known(t) || words.known(base) || isAllCaps(t)) return null;
        boolean inTag = before == '<' || before == '/' || after == '>';
        if (t.length() == 1 && (after == '.' || before == '.' || Character.isUpperCase(t.charAt(0)))) return null; // initials, abbreviations

        Ligatures.Candidate lig = ligatures.restore(base);
        if (lig != null) {
            String corr = lig.word() + suffix;
            if (sentenceInitial(items, token.from()) && lig.word().startsWith("f") && !base.startsWith("f")) {
                corr = Character.toUpperCase(corr.charAt(0)) + corr.substring(1);
            }
            return List.of(correction(items, token.from(), token.to(), corr, lig.lowCertainty()));
        }
        List<Inline> camel = camelParts(items, token);
        if (camel != null) return camel;
        if (inTag) return null;
        List<Part> parts = segment(t);
        if (parts == null) return null;
        List<Inline> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            if (p > 0) out.add(LostSpaces.space());
            int from = token.itemStart(part.start());
            int to = token.itemEnd(part.end());
            if (part.corrected() != null) {
                out.add(correction(items, from, to, part.corrected(), part.lowCertainty()));
            } else {
                out.addAll(items.subList(from, to));
            }
        }
        return out;
    }

    private static Inline correction(List<Inline> items, int from, int to, String corr, boolean low) {
        return new Inline.Choice(Inline.Choice.Kind.CORRECTION, Inlines.merge(new ArrayList<>(items.subList(from, to))), corr, low);
    }

    /** camelCase names ("leDesc", "standO"): each unknown part may have lost a ligature. */
    private List<Inline> camelParts(List<Inline> items, Token token) {
        String t = token.text();
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))) cuts.add(i);
        }
        if (cuts.isEmpty()) return null;
        cuts.add(t.length());
        StringBuilder corr = new StringBuilder();
        boolean changed = false;
        boolean low = false;
        int start = 0;
        for (int cut : cuts) {
            String part = t.substring(start, cut);
            boolean known = part.length() > 1 && words.known(part);
            Ligatures.Candidate c = known ? null : ligatures.restore(part);
            if (c != null && (part.length() > 1 || start > 0)) {
                corr.append(c.word());
                changed = true;
                low |= c.lowCertainty();
            } else {
                corr.append(part);
            }
            start = cut;
        }
        if (!changed) return null;
        return List.of(correction(items, token.from(), token.to(), corr.toString(), low));
    }

    private static boolean isAllCaps(String t) {
        if (t.length() < 2) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isLowerCase(t.charAt(i))) return false;
        return true;
    }

    private static boolean sentenceInitial(List<Inline> items, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Inline it = items.get(k);
            char c = Inlines.charOf(it);
            if (c == ' ' || it instanceof Inline.LineBreak || c == '“' || c == '"') continue;
            return c == '.' || c == '!' || c == '?';
        }
        return true;
    }

    /** A piece of a run-together word: letters [start, end), with its correction if it lost a ligature. */
    record Part(int start, int end, String corrected, boolean lowCertainty, double zipf) {}

    /**
     * Splits a run-together word into known words, at least one of them a very common word at
     * either end (the function word beside the italic run), or at a lower→upper case boundary
     * after a very common word ("ofIzvestiia"). Fewest, most frequent parts win. Null when no
     * such reading exists.
     */
    List<Part> segment(String t) {
        int n = t.length();
        if (n < 3 || n > MAX_SEGMENT) return null;
        boolean capitalised = Character.isUpperCase(t.charAt(0));
        double[] cost = new double[n + 1];
        Part[] last = new Part[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - 24); i < j; i++) {
                if (Double.isInfinite(cost[i])) continue;
                if (i == 0 && j == n) continue; // the whole word is what we are splitting
                Part prev = last[i];
                Part part = part(t, i, j, prev);
                if (part == null) continue;
                double c = cost[i] + partCost(part);
                if (c < cost[j]) {
                    cost[j] = c;
                    last[j] = part;
                }
            }
        }
        if (Double.isInfinite(cost[n])) return null;
        List<Part> parts = new ArrayList<>();
        for (int j = n; j > 0; j = last[j].start()) parts.add(0, last[j]);
        Part first = parts.get(0);
        Part end = parts.get(parts.size() - 1);
        boolean caseBoundary = false;
        for (int p = 1; p < parts.size(); p++) {
            if (Character.isUpperCase(t.charAt(parts.get(p).start()))) caseBoundary = true;
        }
        double anchor = Math.max(first.zipf(), end.zipf());
        if (capitalised && first.zipf() < 5.5) return null;    // "Hartwell" is a name, not "Hart well"
        if (!caseBoundary && anchor < 5.3) return null;
        return parts;
    }

    private static double partCost(Part p) {
        double c = 1.5 + Math.max(0, 5.5 - p.zipf()) * 0.5;
        if (p.corrected() != null) c += 1.5;
        return c;
    }

    private Part part(String t, int i, int j, Part prev) {
        String s = t.substring(i, j);
        for (int k = 1; k < s.length(); k++) if (Character.isUpperCase(s.charAt(k))) return null;
        boolean upper = Character.isUpperCase(s.charAt(0));
        if (upper && i > 0 && !Character.isLowerCase(t.charAt(i - 1))) return null;
        double z = words.known(s) ? words.zipf(s) : 0;
        if (z > 0 && z >= threshold(s.length())) {
            if (s.length() == 1 && !s.equalsIgnoreCase("a")) return null;
            return new Part(i, j, null, false, z);
        }
        if (s.length() >= 4 && !upper) {
            Ligatures.Candidate c = ligatures.restore(s);
            if (c != null && !c.lowCertainty() && c.zipf() >= threshold(c.word().length())) {
                return new Part(i, j, c.word(), false, c.zipf());
            }
        }
        if (upper && i > 0 && s.length() >= 3 && prev != null) {
            boolean afterCommonWord = prev.zipf() >= 5.3 || (s.length() >= 6 && prev.zipf() >= 3.5 && !words.known(s));
            if (afterCommonWord) return new Part(i, j, null, false, Math.max(1.0, words.zipf(s)) - 0.4 * Math.max(0, s.length() - 5));
        }
        return null;
    }

    private static double threshold(int length) {
        return switch (length) {
            case 1, 2 -> 5.0;
            case 3 -> 3.5;
            case 4, 5 -> 2.5;
            default -> 0.5;
        };
    }
}

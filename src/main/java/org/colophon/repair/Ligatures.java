package org.colophon.repair;

/**
 * Restores letters lost with the typographic ligatures ff, fi, fl, ffi and ffl: tries each
 * ligature at each position and keeps the spelling the lexicon knows, preferring the most
 * frequent. A word the lexicon already knows is never touched.
 */
public final class Ligatures {
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl"};

    /** A restoration: the corrected spelling and whether it is doubtful. */
    public record Candidate(String word, boolean lowCertainty, double zipf) {}

    private final WordJudge words;

    public Ligatures(WordJudge words) {
        this.words = words;
    }

    /** The restored spelling of an unknown word, or null when no ligature explains it. */
    public Candidate restore(String damaged) {
        if (damaged.isEmpty()) return null;
        boolean capital = Character.isUpperCase(damaged.charAt(0));
        String best = null;
        long bestScore = -1;
        long second = -1;
        for (int pos = 0; pos <= damaged.length(); pos++) {
            if (pos == 0 && capital) continue; // "Aairs" loses its ligature after the capital
            for (String lig : LIGATURES) {
                String c = damaged.substring(0, pos) + lig + damaged.substring(pos);
                if (!words.known(c)) continue;
                long score = words.lexicon().count(c) + 1;
                if (c.equals(best)) continue;
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = c;
                } else if (score > second) {
                    second = score;
                }
            }
        }
        if (best == null) return null;
        double z = words.lexicon().zipf(best);
        boolean ambiguous = second > 0 && second * 4 >= bestScore;
        boolean low = damaged.length() <= 2 || ambiguous || z < 2.0;
        return new Candidate(best, low, z);
    }
}

package org.colophon.repair;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What damage a text shows, measured before anything is repaired, so that a repair runs only
 * where its damage is seen. Lost ligature letters ("eort", "signicantly", "rst") leave words
 * the lexicon does not know and that putting ff, fi or fl back makes into common words; a text
 * whose ligatures survived prints such letter pairs intact ("effort", "first"). The damage is
 * there when the restorable words are at least two and outnumber the intact ones: one odd word
 * ("quis", a name, a word of another language) is no evidence.
 */
public final class DamageProfile {
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern INTACT = Pattern.compile("ff|fi|fl", Pattern.CASE_INSENSITIVE);
    /** Zipf value a restored word must reach to count as evidence (a common word). */
    private static final double COMMON = 3.0;

    private final int restorable;
    private final int intact;

    private DamageProfile(int restorable, int intact) {
        this.restorable = restorable;
        this.intact = intact;
    }

    /** Measures the lines with the lexicon of their language (null: no lexicon covers it, so no damage can be told). */
    public static DamageProfile of(List<String> lines, WordJudge words) {
        if (words == null) return new DamageProfile(0, 0);
        Ligatures ligatures = new Ligatures(words);
        int restorable = 0;
        int intact = 0;
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                String w = m.group();
                if (INTACT.matcher(w).find()) {
                    intact++;
                    continue;
                }
                if (w.length() < 3 || words.known(w)) continue;
                Ligatures.Candidate c = ligatures.restore(w);
                if (c == null) continue;
                // a common word; where the lexicon has no frequencies, a word long enough not to be chance
                boolean evidence = words.lexicon().hasFrequencies() ? c.zipf() >= COMMON : w.length() >= 4 && c.word().length() >= 6;
                if (evidence) restorable++;
            }
        }
        return new DamageProfile(restorable, intact);
    }

    /** Whether the text shows letters lost with ligatures: then, and only then, words are repaired. */
    public boolean lostLigatures() {
        return restorable >= 2 && restorable > intact;
    }

    @Override
    public String toString() {
        return "restorable " + restorable + ", intact " + intact;
    }
}

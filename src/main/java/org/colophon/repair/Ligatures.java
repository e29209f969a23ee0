package org.colophon.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.lexicon.Lexicon;

/**
 * Restores letters lost with the typographic ligatures ff, fi, fl, ffi and ffl. Every word of
 * the lexicon that holds a ligature is indexed once under the spelling it takes when the
 * ligature's letters vanish ("effort" under "eort"), so a damaged word is looked up, not
 * searched for. Among the restorations the lexicon knows, the most frequent wins; a close
 * second, a very short word or a rare result makes the restoration doubtful.
 */
public final class Ligatures {
    private static final String[] LIGATURES = {"ffi", "ffl", "ff", "fi", "fl"};
    private static final Map<Lexicon, Map<String, List<Restoration>>> INDEXES = new ConcurrentHashMap<>();

    /** A restoration: the corrected spelling and whether it is doubtful. */
    public record Candidate(String word, boolean lowCertainty, double zipf) {}

    /** A lexicon word and where its ligature stood. */
    private record Restoration(String word, int at) {}

    private final WordJudge words;
    private final Map<String, List<Restoration>> index;

    public Ligatures(WordJudge words) {
        this.words = words;
        this.index = INDEXES.computeIfAbsent(words.lexicon(), Ligatures::build);
    }

    private static Map<String, List<Restoration>> build(Lexicon lexicon) {
        Map<String, List<Restoration>> index = new HashMap<>(1 << 16);
        lexicon.forEach((spelling, count) -> {
            String lower = spelling.toLowerCase(Locale.ROOT);
            for (String lig : LIGATURES) {
                for (int at = lower.indexOf(lig); at >= 0; at = lower.indexOf(lig, at + 1)) {
                    String damaged = lower.substring(0, at) + lower.substring(at + lig.length());
                    if (damaged.isEmpty()) continue;
                    index.computeIfAbsent(damaged, k -> new ArrayList<>(1)).add(new Restoration(spelling, at));
                }
            }
        });
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    /** The restored spelling of an unknown word, or null when no ligature explains it. */
    public Candidate restore(String damaged) {
        if (damaged.isEmpty()) return null;
        List<Restoration> found = index.get(damaged.toLowerCase(Locale.ROOT));
        if (found == null) return null;
        boolean capital = Character.isUpperCase(damaged.charAt(0));
        String best = null;
        long bestScore = -1;
        long second = -1;
        for (Restoration r : found) {
            if (r.at() == 0 && capital) continue; // "Aairs" loses its ligature after the capital
            String c = inCaseOf(damaged, r);
            if (c == null || !words.known(c) || c.equals(best)) continue;
            long score = words.lexicon().count(c) + 1;
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c;
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null) return null;
        double z = words.lexicon().zipf(best);
        boolean ambiguous = second > 0 && second * 4 >= bestScore;
        boolean low = damaged.length() <= 2 || ambiguous || z < 2.0;
        return new Candidate(best, low, z);
    }

    /**
     * The restored spelling of an unknown word in an inflection the lexicon lacks: "predenes"
     * is "predefines" where the lexicon lists only "predefine". Always doubtful; null when
     * the word without its ending does not restore either.
     */
    public Candidate restoreInflected(String damaged) {
        for (String ending : new String[] {"s", "es"}) {
            int stem = damaged.length() - ending.length();
            if (!damaged.endsWith(ending) || stem < 4 || damaged.endsWith("ss")) continue;
            Candidate c = restore(damaged.substring(0, stem));
            if (c != null && c.word().length() >= 6 && Character.isLowerCase(c.word().charAt(c.word().length() - 1))) {
                return new Candidate(c.word() + ending, true, c.zipf());
            }
        }
        return null;
    }

    /** The restoration spelled like the damaged word: its letters, with the ligature put back. */
    private static String inCaseOf(String damaged, Restoration r) {
        String lig = r.word().substring(r.at(), r.at() + (r.word().length() - damaged.length()));
        if (lig.isEmpty()) return null;
        String c = damaged.substring(0, r.at()) + lig.toLowerCase(Locale.ROOT) + damaged.substring(r.at());
        return c;
    }
}

package org.colophon.repair;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;
import org.colophon.report.Report;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;
import org.colophon.text.LineJoiner;
import org.colophon.text.PageVocabulary;

/**
 * Runs the text stages over one block's lines, in order: join lines (divided words, calls),
 * recompose loose diacritics, restore spaces lost beside punctuation, restore lost ligature
 * letters and split run-together words. The block's language (English or German) picks the
 * lexicon. One instance per page.
 */
public final class Repairer {
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private final PageVocabulary page;
    private final WordJudge english;
    private WordJudge german;

    private final boolean germanPage;

    /**
     * @param page  the page's own vocabulary
     * @param lines all the page's lines: the page's language is the default of every block
     *              (a German running head is German even with too few words to tell)
     */
    public Repairer(PageVocabulary page, List<String> lines) {
        this.page = page;
        this.english = new WordJudge(Lexicon.english(), page);
        this.germanPage = judgeFor(lines, false) != english;
    }

    public Repairer(PageVocabulary page) {
        this(page, List.of());
    }

    public List<Inline> repair(List<String> lines, boolean withCalls, Report report, int firstLine) {
        WordJudge words = judgeFor(lines, germanPage);
        List<Inline> items = new LineJoiner(words, page).join(lines, withCalls);
        items = Inlines.explode(items);
        items = new LostSpaces(!withCalls).repair(items);
        items = new LooseDiacritics(words).repair(items);
        items = new WordRepairs(words, !withCalls).repair(items);
        items = Inlines.merge(items);
        for (Inline i : items) {
            if (i instanceof Inline.Choice c && c.kind() == Inline.Choice.Kind.CORRECTION) {
                report.countRepair();
                if (c.lowCertainty()) {
                    report.add(Report.Kind.LOW_CONFIDENCE, firstLine, "\"" + c.source().replace("\n", "") + "\" → \"" + c.regular() + "\"");
                }
            } else if (i instanceof Inline.Choice c && c.lowCertainty()) {
                report.add(Report.Kind.LOW_CONFIDENCE, firstLine, "\"" + c.source() + "\" → \"" + c.regular() + "\"");
            }
        }
        return items;
    }

    /** German when clearly more of the block's words are German-only than English-only. */
    private WordJudge judgeFor(List<String> lines, boolean germanByDefault) {
        if (!germanByDefault && lines.stream().noneMatch(Repairer::mayBeGerman)) return english;
        Lexicon de = Lexicon.german();
        int en = 0;
        int deOnly = 0;
        int seen = 0;
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find() && seen++ < 200) {
                String w = m.group();
                boolean inEn = Lexicon.english().contains(w);
                boolean inDe = de.contains(w);
                if (inEn && !inDe) en++;
                if (inDe && !inEn) deOnly++;
            }
        }
        boolean isGerman = germanByDefault ? deOnly >= en || en < 3 : deOnly >= 3 && deOnly > en;
        if (!isGerman) return english;
        if (german == null) german = new WordJudge(de, Lexicon.english(), page);
        return german;
    }

    private static final String[] GERMAN_WORDS = {"und", "der", "das", "mit", "für", "nicht", "Hrsg", "Auflage"};

    /** A cheap first look: umlauts, ß, or a very common German word. */
    private static boolean mayBeGerman(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß') return true;
        }
        for (String w : GERMAN_WORDS) {
            for (int at = line.indexOf(w); at >= 0; at = line.indexOf(w, at + 1)) {
                int end = at + w.length();
                boolean start = at == 0 || !Character.isLetter(line.charAt(at - 1));
                boolean stop = end == line.length() || !Character.isLetter(line.charAt(end));
                if (start && stop) return true;
            }
        }
        return false;
    }

}

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

    public Repairer(PageVocabulary page) {
        this.page = page;
        this.english = new WordJudge(Lexicon.english(), page);
    }

    public List<Inline> repair(List<String> lines, boolean withCalls, Report report, int firstLine) {
        WordJudge words = judgeFor(lines);
        List<Inline> items = new LineJoiner(words, page).join(lines, withCalls);
        items = Inlines.explode(items);
        items = new LostSpaces().repair(items);
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
    private WordJudge judgeFor(List<String> lines) {
        boolean maybeGerman = false;
        for (String line : lines) {
            if (mayBeGerman(line)) {
                maybeGerman = true;
                break;
            }
        }
        if (!maybeGerman) return english;
        int en = 0;
        int de = 0;
        int seen = 0;
        Lexicon deLex = null;
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find() && seen < 200) {
                String w = m.group();
                seen++;
                boolean inEn = Lexicon.english().contains(w);
                if (!inEn && looksGerman(w)) {
                    if (deLex == null) deLex = Lexicon.german();
                }
                if (deLex != null) {
                    boolean inDe = deLex.contains(w);
                    if (inEn && !inDe) en++;
                    if (inDe && !inEn) de++;
                } else if (inEn) {
                    en++;
                }
            }
        }
        if (deLex != null && de >= 3 && de > en) {
            if (german == null) german = new WordJudge(deLex, page);
            return german;
        }
        return english;
    }

    private static final String[] GERMAN_WORDS = {"und", "der", "die", "das", "von", "mit", "für", "Hrsg", "Auflage"};

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

    private static boolean looksGerman(String w) {
        return w.indexOf('ä') >= 0 || w.indexOf('ö') >= 0 || w.indexOf('ü') >= 0 || w.indexOf('ß') >= 0
                || w.equals("und") || w.equals("der") || w.equals("die") || w.equals("das") || w.equals("von")
                || w.equals("Hrsg") || w.equals("Auflage") || w.equals("für") || w.equals("mit");
    }
}

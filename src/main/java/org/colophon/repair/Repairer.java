package org.colophon.repair;

import java.util.List;
import org.colophon.lexicon.Lexicon;
import org.colophon.report.Report;
import org.colophon.text.Inline;
import org.colophon.text.Language;
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
    private final PageVocabulary page;
    private final PageVocabulary document;
    private final String pageLanguage;
    private WordJudge english;
    private WordJudge german;
    private final DamageProfile damage;

    /**
     * @param page  the page's own vocabulary
     * @param lines all the page's lines: they tell the page's language, the default of every
     *              block (a German running head is German even with too few words to tell), and
     *              the damage the page shows
     */
    public Repairer(PageVocabulary page, List<String> lines) {
        this(page, lines, PageVocabulary.EMPTY);
    }

    /** @param document the words the document's pages print, all together */
    public Repairer(PageVocabulary page, List<String> lines, PageVocabulary document) {
        this.page = page;
        this.document = document;
        this.pageLanguage = Language.of(lines, Language.ENGLISH);
        this.damage = DamageProfile.of(lines, judge(pageLanguage));
    }

    /** The language of the page (xml:lang). */
    public String language() {
        return pageLanguage;
    }

    /** The language of some lines of the page: a note may quote another language. */
    public String languageOf(List<String> lines) {
        return Language.of(lines, pageLanguage);
    }

    /** What damage the page shows. */
    public DamageProfile damage() {
        return damage;
    }

    public List<Inline> repair(List<String> lines, boolean withCalls, Report report, int firstLine) {
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < numbers.length; i++) numbers[i] = firstLine + i;
        return repair(lines, withCalls, report, numbers);
    }

    /**
     * Repairs the lines of one block; {@code lineNumbers} are their numbers in the input, so
     * that what is reported names the line of the word itself.
     */
    public List<Inline> repair(List<String> lines, boolean withCalls, Report report, int[] lineNumbers) {
        // a passage in a language no lexicon covers, on a page that has one, is judged by the
        // page's: its words are then known to neither, and left alone unless the damage shows
        WordJudge words = judge(languageOf(lines));
        if (words == null) words = judge(pageLanguage);
        List<Inline> items = new LineJoiner(words != null ? words : w -> false, page).join(lines, withCalls);
        items = Inlines.explode(items);
        // the repairs of the seed's damage run only where the page shows that damage, and only
        // in a language the lexicon covers: a word is never "repaired" into another language
        boolean damaged = words != null && damage.lostLigatures();
        if (damaged) items = new LostSpaces(!withCalls).repair(items);
        if (words != null) items = new LooseDiacritics(words).repair(items);
        if (damaged) items = new WordRepairs(words, !withCalls).repair(items);
        items = Inlines.merge(items);
        int index = 0;                      // the source line of the item
        for (Inline i : items) {
            int line = lineNumbers[Math.min(index, lineNumbers.length - 1)];
            if (i instanceof Inline.LineBreak) index++;
            if (i instanceof Inline.Choice c) {
                for (Inline o : c.original()) if (o instanceof Inline.LineBreak) index++;
            }
            if (i instanceof Inline.Choice c && c.kind() == Inline.Choice.Kind.CORRECTION) {
                report.countRepair();
                if (c.lowCertainty()) {
                    report.add(Report.Kind.LOW_CONFIDENCE, line, "\"" + c.source().replace("\n", "") + "\" → \"" + c.regular() + "\"");
                }
            } else if (i instanceof Inline.Choice c && c.lowCertainty()) {
                report.add(Report.Kind.LOW_CONFIDENCE, line, "\"" + c.source() + "\" → \"" + c.regular() + "\"");
            }
        }
        return items;
    }

    /** The judge of words in a language, or null where no lexicon covers it. */
    private WordJudge judge(String language) {
        switch (language) {
            case Language.ENGLISH -> {
                if (english == null) english = new WordJudge(Lexicon.english(), null, page, document);
                return english;
            }
            case Language.GERMAN -> {
                if (german == null) german = new WordJudge(Lexicon.german(), Lexicon.english(), page, document);
                return german;
            }
            default -> {
                return null;
            }
        }
    }
}

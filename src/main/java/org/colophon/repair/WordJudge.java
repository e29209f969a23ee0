package org.colophon.repair;

import java.util.Locale;
import org.colophon.lexicon.Lexicon;
import org.colophon.text.LineJoiner;
import org.colophon.text.PageVocabulary;

/**
 * Whether a spelling is a word and how common it is: the general lexicon of the block's
 * language, with the page's own vocabulary as supporting evidence (a word printed intact
 * elsewhere on the page counts as attested). One per page; not thread-safe.
 */
public final class WordJudge implements LineJoiner.Words {
    private final Lexicon lexicon;
    private final PageVocabulary page;

    private final Lexicon also;

    public WordJudge(Lexicon lexicon, PageVocabulary page) {
        this(lexicon, null, page);
    }

    /**
     * @param also a second lexicon whose words are never repaired either (English words in a
     *             German text: "host" is not a damaged "hoffst")
     */
    public WordJudge(Lexicon lexicon, Lexicon also, PageVocabulary page) {
        this(lexicon, also, page, PageVocabulary.EMPTY);
    }

    /** @param document the words all the document's pages print */
    public WordJudge(Lexicon lexicon, Lexicon also, PageVocabulary page, PageVocabulary document) {
        this.lexicon = lexicon;
        this.also = also;
        this.page = page;
        this.document = document;
    }

    private final PageVocabulary document;

    /**
     * Printed as a word of its own elsewhere on this page or on another page of the document,
     * in this inflection or another ("namespace" for "namespaces"): the document's evidence that a
     * closed compound the lexicon lacks is one word.
     */
    @Override
    public boolean inDocument(String word) {
        if (page.count(word) >= 2 || document.count(word) > page.count(word)) return true;   // not only where it is judged
        if (word.length() < 5) return false;
        for (String form : new String[] {word + "s", word + "es"}) if (document.count(form) >= 1) return true;
        for (String suffix : new String[] {"s", "es"}) {
            if (word.endsWith(suffix) && document.count(word.substring(0, word.length() - suffix.length())) >= 1) return true;
        }
        return false;
    }

    public Lexicon lexicon() { return lexicon; }

    private final java.util.HashMap<String, Double> zipfCache = new java.util.HashMap<>();

    @Override
    public double frequency(String word) {
        return lexicon.hasFrequencies() ? lexiconZipf(word) : -1;
    }

    /** Known to the lexicon. */
    @Override
    public boolean known(String word) {
        return lexiconZipf(word) > 0;
    }

    /** The lexicon's Zipf value, 0 for an unknown word; remembered per page, since a page repeats its words. */
    public double lexiconZipf(String word) {
        Double z = zipfCache.get(word);
        if (z == null) {
            z = lexicon.zipf(word);
            if (z == 0 && also != null && also.count(word) > 0) z = Lexicon.ZIPF_FLOOR;   // a common word of the other language
            zipfCache.put(word, z);
        }
        return z;
    }

    /** Known to the lexicon, printed at least twice on the page, or printed in another inflection. */
    public boolean attested(String word) {
        return known(word) || page.count(word) >= 2 || inflectionPrinted(word);
    }

    /** The page prints another inflection of the word ("namespace" for "namespaces", and back). */
    private boolean inflectionPrinted(String word) {
        if (word.length() < 5) return false;
        if (page.count(word + "s") >= 1 || page.count(word + "es") >= 1) return true;
        for (String suffix : new String[] {"s", "es", "ed", "ing"}) {
            if (word.endsWith(suffix) && page.count(word.substring(0, word.length() - suffix.length())) >= 1) return true;
        }
        return false;
    }

    /** Printed at least once in the middle of a line on this page. */
    public boolean printed(String word) {
        return page.count(word) >= 1;
    }

    /** Lexicon frequency (Zipf scale); words the page prints twice or more count as moderately common. */
    public double zipf(String word) {
        double z = lexiconZipf(word);
        if (page.count(word) >= 2 && word.length() >= 4) z = Math.max(z, 3.0);
        return z;
    }

    /** Known as a lower-case (common) word, not only as a proper name. */
    public boolean knownLower(String word) {
        return lexicon.contains(word.toLowerCase(Locale.ROOT));
    }
}

package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineJoinerTest {
    private static final LineJoiner.Words WORDS = Set.of("border", "further", "two", "fold", "twofold", "non", "aggression")::contains;

    private static List<Inline> join(List<String> page, List<String> lines) {
        return new LineJoiner(WORDS, new PageVocabulary(page)).join(lines, true);
    }

    @Test
    void dividedWordIsJoinedAndItsHyphenRecorded() {
        List<Inline> out = join(List.of(), List.of("across the bor-", "der from"));
        assertEquals("across the border from", Inlines.reading(out));
        assertEquals(new Inline.LineBreak(true, true), out.get(1));
        assertEquals("across the bor-\nder from", Inlines.source(out));
    }

    @Test
    void aSuspendedCompoundKeepsItsHyphenAndItsSpace() {
        assertEquals("der Kaufmanns- und Handwerkergilden",
                Inlines.reading(join(List.of(), List.of("der Kaufmanns-", "und Handwerkergilden"))));
    }

    @Test
    void aDashAtTheLineEndIsNoDivision() {
        assertEquals("the years 1929–33", Inlines.reading(join(List.of(), List.of("the years 1929–", "33"))));
        assertEquals("a pause—then", Inlines.reading(join(List.of(), List.of("a pause—", "then"))));
    }

    @Test
    void capitalisedSecondHalfKeepsItsHyphen() {
        assertEquals("Europe-Asia Studies", Inlines.reading(join(List.of(), List.of("Europe-", "Asia Studies"))));
    }

    @Test
    void thePagesOwnSpellingDecides() {
        List<String> page = List.of("signed the non-aggression pacts", "a non-aggression pact");
        assertEquals("a non-aggression pact", Inlines.reading(join(page, List.of("a non-", "aggression pact"))));
    }

    /** A lexicon with frequencies (Zipf values) and a document that prints some words. */
    private static LineJoiner joinerWith(java.util.Map<String, Double> zipf, Set<String> document) {
        return new LineJoiner(new LineJoiner.Words() {
            @Override
            public boolean known(String word) {
                return zipf.containsKey(word);
            }

            @Override
            public double frequency(String word) {
                return zipf.getOrDefault(word, 0.0);
            }

            @Override
            public boolean inDocument(String word) {
                return document.contains(word);
            }
        }, new PageVocabulary(List.of()));
    }

    private static final java.util.Map<String, Double> ZIPF = java.util.Map.of(
            "real", 5.7, "life", 5.9, "name", 5.8, "space", 4.8, "upper", 4.1, "cased", 2.6,
            "state", 5.0, "of", 7.0, "the", 7.3, "art", 4.9);

    @Test
    void twoVeryCommonWordsWhoseJoiningIsNoWordKeepTheirHyphen() {
        LineJoiner j = joinerWith(ZIPF, Set.of("namespace"));
        assertEquals("used for the real-life book", Inlines.reading(j.join(List.of("used for the real-", "life book"), true)));
        // the document writes it closed elsewhere: a divided word
        assertEquals("in a namespace of its own", Inlines.reading(j.join(List.of("in a name-", "space of its own"), true)));
        // one of the two is a rare word: a divided word
        assertEquals("are uppercased first", Inlines.reading(j.join(List.of("are upper-", "cased first"), true)));
    }

    @Test
    void aHyphenInAChainOfHyphenatedWordsIsKept() {
        LineJoiner j = joinerWith(ZIPF, Set.of());
        assertEquals("the state-of-the-art method", Inlines.reading(j.join(List.of("the state-of-the-", "art method"), true)));
    }

    @Test
    void aHyphenAtTheEndOfAnAddressIsTheAddresss() {
        assertEquals("2. http://tex.stackexchange.com/questions/28357/ensure-minimal-length-of-last-line",
                Inlines.reading(join(List.of(), List.of("2. http://tex.stackexchange.com/questions/28357/ensure-minimal-length-of-last-", "line"))));
        assertEquals("lyx/templates/template-univie-ling-paper-english.lyx",
                Inlines.reading(join(List.of(), List.of("lyx/templates/template-", "univie-ling-paper-english.lyx"))));
        // an ordinary division after a word with a slash elsewhere on the line is still joined
        assertEquals("and/or the border", Inlines.reading(join(List.of(), List.of("and/or the bor-", "der"))));
    }

    @Test
    void ordinaryLineBreakReadsAsASpace() {
        assertEquals("one two", Inlines.reading(join(List.of(), List.of("one", "two"))));
    }

    @Test
    void callsBecomeCallsAndTheLostSpaceReturns() {
        List<Inline> out = join(List.of(), List.of("enemies.”⁷Even in ¹⁰"));
        assertEquals(new Inline.Call("7"), out.get(1));
        assertEquals("enemies.” Even in ", Inlines.reading(out));
        assertEquals(new Inline.Call("10"), out.get(out.size() - 1));
    }
}

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

package org.colophon.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.colophon.citations.CitationParser;
import org.colophon.citations.Span;
import org.junit.jupiter.api.Test;

class CitationLinksTest {

    private static final CitationParser PARSER = new CitationParser();

    private static CitationLinks links(String... notes) {
        List<CitationLinks.NoteText> texts = new ArrayList<>();
        for (int i = 0; i < notes.length; i++) texts.add(new CitationLinks.NoteText("n" + (i + 1), String.valueOf(i + 1), notes[i]));
        return new CitationLinks(texts, "w", PARSER);
    }

    /** No field stands outside a bibl (a ref may). */
    private static void assertEveryFieldInABibl(List<Span> spans) {
        for (Span sp : spans) {
            if (sp.element().equals("bibl") || sp.element().equals("ref")) continue;
            assertTrue(spans.stream().anyMatch(b -> b.element().equals("bibl") && b.start() <= sp.start() && b.end() >= sp.end()),
                    () -> sp + " outside every bibl in " + spans);
        }
    }

    private static Span ref(CitationLinks l, String note) {
        return l.of(note).stream().filter(s -> s.element().equals("ref")).findFirst().orElse(null);
    }

    private static final String FULL = "R. W. Davies, “Soviet Military Expenditure and the Armaments Industry,"
            + " 1929–33: A Reconsideration.” Europe-Asia Studies, 45, no. 4 (1993), 577–608.";
    private static final String BOOK = "Saburō Hayashi, Kantōgun to kyokutō sorengun (Tokyo: Fuyō shobō, 1974), 53–54.";

    @Test
    void ibidPointsAtTheCitationBefore() {
        CitationLinks l = links(FULL, "Ibid., 580.");
        Span r = ref(l, "n2");
        assertNotNull(r);
        assertEquals("ibid", r.attributes().get("type"));
        assertEquals("#n1-b1", r.attributes().get("target"));
    }

    @Test
    void germanEbdPointsAtTheCitationBefore() {
        Span r = ref(links(BOOK, "Ebd., S. 7."), "n2");
        assertNotNull(r);
        assertEquals("#n1-b1", r.attributes().get("target"));
    }

    @Test
    void opCitFindsTheWorkOfThatAuthor() {
        CitationLinks l = links(FULL, BOOK, "Davies, op. cit., 590.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("op-cit", r.attributes().get("type"));
        assertEquals("#n1-b1", r.attributes().get("target"));
        assertTrue(l.of("n3").stream().anyMatch(s -> s.element().equals("citedRange")), "pages cited kept");
        assertTrue(l.of("n3").stream().anyMatch(s -> s.element().equals("author")), "surname kept");
    }

    @Test
    void opCitKeepsTheInitialsAndTheQuotedShortTitleInItsBibl() {
        String note = "R. W. Davies, op. cit., 590.";
        CitationLinks l = links(FULL, BOOK, note);
        assertEquals("#n1-b1", ref(l, "n3").attributes().get("target"));
        Span author = l.of("n3").stream().filter(s -> s.element().equals("author")).findFirst().orElseThrow();
        assertEquals("R. W. Davies", note.substring(author.start(), author.end()));
        String quoted = "Davies, « Soviet Military Expenditure », art. cit., 590.";
        CitationLinks m = links(FULL, BOOK, quoted);
        assertEquals("#n1-b1", ref(m, "n3").attributes().get("target"));
        Span title = m.of("n3").stream().filter(s -> s.element().equals("title")).findFirst().orElseThrow();
        assertEquals("Soviet Military Expenditure", quoted.substring(title.start(), title.end()));
        assertEveryFieldInABibl(m.of("n3"));
    }

    @Test
    void anIbidWithItsVolumeAndPagesIsABiblOfThem() {
        String note = "Ibid., t. II, p. 543.";
        CitationLinks l = links(FULL, BOOK, note);
        Span volume = l.of("n3").stream().filter(s -> s.element().equals("biblScope")).findFirst().orElseThrow();
        assertEquals("II", note.substring(volume.start(), volume.end()));
        Span cited = l.of("n3").stream().filter(s -> s.element().equals("citedRange")).findFirst().orElseThrow();
        assertEquals("543", note.substring(cited.start(), cited.end()));
        assertEveryFieldInABibl(l.of("n3"));
    }

    @Test
    void anIbidBiblTakesAnIdNoOtherBiblHasAndNoEditionForItsPage() {
        CitationLinks l = links(FULL, BOOK, "Ebd., S. 7; vgl. auch Karl Müller, Das andere Buch, München 1991, S. 3.");
        List<String> ids = l.of("n3").stream().filter(Span::isBibl).map(sp -> sp.attributes().get("xml:id")).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), ids.toString());
        CitationLinks m = links(FULL, BOOK, "Ibid., 4th ed., 5.");
        assertTrue(m.of("n3").stream().noneMatch(sp -> sp.element().equals("citedRange")), m.of("n3").toString());
    }

    @Test
    void theFrenchArticleCitedSpelledOut() {
        CitationLinks l = links(FULL, BOOK, "R. W. Davies, art. cité, p. 590.");
        assertEquals("#n1-b1", ref(l, "n3").attributes().get("target"));
        assertEquals("op-cit", ref(l, "n3").attributes().get("type"));
    }

    @Test
    void aWorkCitedEndsBeforeTheSectionAndMarginNumberCited() {
        CitationLinks l = links("Spindler, in: Schmidt/Lutter (Hrsg.), AktG, 4. Aufl. 2020, § 76 Rn. 11.");
        StringBuilder sb = new StringBuilder();
        l.writeBack(sb);
        assertTrue(sb.toString().contains("2020</date></bibl>"), sb.toString());
        assertTrue(!sb.toString().contains("§ 76"), sb.toString());
    }

    @Test
    void aSignalBeforeTheSurnameIsNoInitial() {
        String note = "Cf. Davies, op. cit., 590.";
        CitationLinks l = links(FULL, BOOK, note);
        Span author = l.of("n3").stream().filter(s -> s.element().equals("author")).findFirst().orElseThrow();
        assertEquals("Davies", note.substring(author.start(), author.end()));
    }

    @Test
    void oscolaNoteNumberFindsThatNote() {
        CitationLinks l = links(FULL, BOOK, "Hayashi (n 2) 60.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("op-cit", r.attributes().get("type"));
        assertEquals("#n2-b1", r.attributes().get("target"));
    }

    @Test
    void wieAnmFindsThatNoteAndKeepsTheNameBeforeTheShortTitle() {
        CitationLinks l = links(FULL, BOOK, "Hayashi, Kaihatsu (wie Anm. 2), S. 60.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("#n2-b1", r.attributes().get("target"));
        assertTrue(l.of("n3").stream().anyMatch(s -> s.element().equals("author") && s.end() - s.start() == "Hayashi".length()), "surname kept");
    }

    @Test
    void supraWithANoteNumberFindsThatNote() {
        CitationLinks l = links(FULL, BOOK, "Hayashi, supra n. 2, at 60.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("#n2-b1", r.attributes().get("target"));
    }

    @Test
    void aaOIsGermanOpCit() {
        CitationLinks l = links(BOOK, FULL, "Hayashi, a.a.O., S. 12.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("#n1-b1", r.attributes().get("target"));
    }

    @Test
    void opisFollowedByAWordBeginningWithCitIsNoOpCit() {
        CitationLinks l = links(FULL, "Intercepted cable in RGVA, f. 4, op. citedRange l. 131.");
        assertNull(ref(l, "n2"));
    }

    @Test
    void aCrossReferenceInsideALongerCitationLeavesNoFieldOutsideABibl() {
        // found by fuzzing: the fields the parser gave the whole citation stayed behind when the
        // op. cit. replaced its bibl, and <editor> outside a bibl is invalid TEI
        CitationLinks l = links(FULL, "Intercepted cable in RGVA, f. 4, Davies, op. cit., 131.");
        List<Span> spans = l.of("n2");
        assertNotNull(ref(l, "n2"));
        assertEveryFieldInABibl(spans);
    }

    private static Span sp(int s, int e, String el) {
        return new Span(s, e, el, java.util.Map.of());
    }

    @Test
    void namesBeforeABiblWithoutAuthorsBecomeItsAuthors() {
        // "Gelman, S.; Coley, J. 1998. Beyond labeling." — the ";" cut the authors off the citation
        List<Span> in = List.of(sp(0, 10, "author"), sp(12, 21, "author"), sp(22, 48, "bibl"), sp(22, 26, "date"), sp(28, 47, "title"));
        List<Span> out = CitationLinks.adoptOrphans(in);
        assertEquals(1, out.stream().filter(s -> s.element().equals("bibl")).count(), out::toString);
        assertTrue(out.contains(sp(0, 48, "bibl")), out::toString);
    }

    @Test
    void detailsAfterABiblBecomeItsDetails() {
        List<Span> in = List.of(sp(0, 30, "bibl"), sp(0, 8, "author"), sp(10, 30, "title"),
                new Span(33, 35, "biblScope", java.util.Map.of("unit", "volume")), new Span(40, 46, "biblScope", java.util.Map.of("unit", "page")));
        List<Span> out = CitationLinks.adoptOrphans(in);
        assertTrue(out.contains(sp(0, 46, "bibl")), out::toString);
        assertEquals(1, out.stream().filter(s -> s.element().equals("bibl")).count(), out::toString);
    }

    @Test
    void fieldsWithNoBiblAtAllBecomeACitationOfTheirOwn() {
        List<Span> out = CitationLinks.adoptOrphans(List.of(sp(0, 10, "author"), sp(12, 20, "author"), sp(30, 50, "title")));
        assertTrue(out.contains(sp(0, 50, "bibl")), out::toString);
    }

    @Test
    void aSecondCitationWithItsOwnTitleIsNotMergedIntoTheFirst() {
        List<Span> in = List.of(sp(0, 30, "bibl"), sp(0, 8, "author"), sp(10, 30, "title"), sp(32, 40, "author"), sp(42, 60, "title"));
        List<Span> out = CitationLinks.adoptOrphans(in);
        assertTrue(out.contains(sp(0, 30, "bibl")) && out.contains(sp(32, 60, "bibl")), out::toString);
    }

    @Test
    void authorsDividedBySemicolonsStayInsideTheCitation() {
        CitationLinks l = links("Puzon, G.; Lancaster, J.; Wylie, J.; & Plumb, I., 2009. Rapid Detection of Naegleria fowleri"
                + " in Water Distribution Pipeline Biofilms. Environmental Science and Technology, 43:17: 6691.");
        List<Span> spans = l.of("n1");
        assertEveryFieldInABibl(spans);
        assertTrue(spans.stream().filter(f -> f.element().equals("author")).count() >= 3, spans::toString);
    }

    @Test
    void opCitWithNoEarlierWorkStaysUnlinked() {
        CitationLinks l = links("Thomas, op. cit., n. 8, 45.");
        assertNull(ref(l, "n1"));
    }

    @Test
    void shortTitleOfTheSameAuthorPointsAtTheFullCitation() {
        CitationLinks l = links(FULL, BOOK, "Davies, “Soviet Military Expenditure,” 590.");
        Span r = ref(l, "n3");
        assertNotNull(r, () -> "spans: " + l.of("n3"));
        assertEquals("short", r.attributes().get("type"));
        assertEquals("#n1-b1", r.attributes().get("target"));
    }

    @Test
    void aShortTitleNeverPointsAtAnotherAuthorsWork() {
        CitationLinks l = links(FULL, "Smith, “Soviet Military Expenditure,” 590.");
        assertNull(ref(l, "n2"));
    }

    @Test
    void eachWorkIsListedOnceAndCitationsPointToIt() {
        CitationLinks l = links(BOOK, FULL, "Saburō Hayashi, Kantōgun to kyokutō sorengun (Tokyo: Fuyō shobō, 1974), 60.");
        int works = 0;
        for (CitationLinks.Work w : l.works()) works++;
        assertEquals(2, works);
        String first = l.of("n1").stream().filter(s -> s.element().equals("bibl")).findFirst().orElseThrow()
                .attributes().get("corresp");
        String third = l.of("n3").stream().filter(s -> s.element().equals("bibl")).findFirst().orElseThrow()
                .attributes().get("corresp");
        assertEquals(first, third);
    }

    /** The work a note cites ends before the pinpoint and what leads into it: "797 (800)" → "… 797", "§ 134 Rn. 5" → "… § 134". */
    @Test
    void theWorkEndsBeforeThePinpointsBracketOrCue() {
        List<String> works = new ArrayList<>();
        for (CitationLinks.Work w : links("Mustermann, NZG 1999, 797 (800).", "Lutz, ZHR 159 (1995), S. 287.").works()) {
            works.add(w.text());
        }
        assertEquals(List.of("Mustermann, NZG 1999, 797", "Lutz, ZHR 159 (1995)"), works);
    }

    /** A statute's section and an archive's leaf are cited in the work, not part of it. */
    @Test
    void theWorkEndsBeforeTheSectionOrLeafCited() {
        List<String> works = new ArrayList<>();
        for (CitationLinks.Work w : links("Human Rights Act 1998, s 3(1).", "TNA, SP 12/45/67, fol. 3.").works()) works.add(w.text());
        assertEquals(List.of("Human Rights Act 1998", "TNA, SP 12/45/67"), works);
    }

    @Test
    void shortTitlePointsAtTheLatestWorkItBeginsByItsAuthor() {
        String other = "J. Smith, “Soviet Military Expenditure in the Thirties,” Slavic Review 12 (1990), 1–20.";
        String later = "R. W. Davies, “Soviet Military Expenditure Revisited,” Europe-Asia Studies 50 (1998), 1–30.";
        CitationLinks l = links(FULL, other, later, "Davies, “Soviet Military Expenditure,” 590.");
        Span r = ref(l, "n4");
        assertNotNull(r, () -> "spans: " + l.of("n4"));
        assertEquals("#n3-b1", r.attributes().get("target"));   // Davies's later work, not Smith's, which begins alike
        CitationLinks m = links(FULL, other, "Smith, “Soviet Military Expenditure,” 5.");
        assertEquals("#n2-b1", ref(m, "n3").attributes().get("target"));
    }

    @Test
    void supraWithASurnamePointsAtThatAuthorsLatestWork() {
        CitationLinks l = links(FULL, BOOK, "Davies, op. cit., 590.");
        Span r = ref(l, "n3");
        assertNotNull(r);
        assertEquals("#n1-b1", r.attributes().get("target"));
    }

    @Test
    void asInNoteFindsThatNoteAndMarksTheShortTitle() {
        CitationLinks l = links(BOOK, "Hayashi, Kantōgun (as in n. 1), 60.");
        Span r = ref(l, "n2");
        assertNotNull(r, () -> "spans: " + l.of("n2"));
        assertEquals("#n1-b1", r.attributes().get("target"));
        assertTrue(l.of("n2").stream().anyMatch(sp -> sp.element().equals("title") && "short".equals(sp.attributes().get("type"))), () -> "spans: " + l.of("n2"));
    }
}

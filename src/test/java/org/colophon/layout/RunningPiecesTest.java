package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;
import org.colophon.ingest.TextPageReader;
import org.junit.jupiter.api.Test;

/**
 * Running heads that reading-order extraction breaks into pieces, read with what the other
 * pages of the run show. Every excerpt is made up for the test, in the shapes such text takes.
 */
class RunningPiecesTest {
    private static final String LONG = "and the sentence runs on to the right margin as lines of prose do";

    private static PageSource page(String name, String text) throws InputProblem {
        return new TextPageReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static RunEvidence run(PageSource... pages) {
        RunEvidence.Builder b = new RunEvidence.Builder();
        for (PageSource p : pages) b.add(p);
        return b.build();
    }

    private static String body(PageLayout l) {
        return l.body().stream().flatMap(b -> b.lines().stream()).map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    /** A two-column page in reading order: the journal's line first, the stamp and folio after the left column. */
    private static String twoColumns(String folio, String word) {
        return "Quarterly Notes, Volume 4 (1988), No. 2\n"
                + "The left column begins with " + word + " here " + LONG + "\n" + word + " " + LONG + "\n"
                + "and stops with " + word + " half way through a\n"
                + "proof: March 3, 1988 10:15\n" + folio + "\n"
                + "sentence that the right column finishes " + LONG + ".\n" + LONG + ".\n";
    }

    @Test
    void piecesPrintedOnEveryPageAreOneHeadWhereverTheExtractionSetThem() throws InputProblem {
        PageSource a = page("q-p041.txt", twoColumns("41", "ink"));
        PageSource b = page("q-p043.txt", twoColumns("43", "paper"));
        PageLayout l = new LayoutAnalyzer().analyze(a, run(a, b));
        assertEquals("41", l.runningHead().folio());
        assertEquals("Quarterly Notes, Volume 4 (1988), No. 2 proof: March 3, 1988 10:15", l.runningHead().title());
        assertFalse(body(l).contains("proof:"), "the stamp is out of the sentence it interrupted");
        assertTrue(body(l).contains("half way through a\nsentence that"), body(l));
        // the same page alone shows nothing recurring: the pieces stay in the text
        PageLayout alone = new LayoutAnalyzer().analyze(a);
        assertTrue(body(alone).contains("proof: March 3, 1988 10:15"));
    }

    @Test
    void aNumberBesideTheRunningTitleOnEveryPageIsTheChaptersNotTheFolio() throws InputProblem {
        String rest = "Der Abschnitt beginnt mit einem Satz, " + LONG + ".\n" + LONG + ".\n";
        PageSource a = page("k-s101.txt", "GRUNDLAGEN\n5\n101\nDas erste Kapitel\n5\n" + rest);
        PageSource b = page("k-s104.txt", "GRUNDLAGEN\n5\n104\n" + rest);
        PageLayout l = new LayoutAnalyzer().analyze(a, run(a, b));
        assertEquals("101", l.runningHead().folio());
        assertEquals("5 GRUNDLAGEN", l.runningHead().title());
        assertTrue(body(l).startsWith("Das erste Kapitel\n5"), "the chapter's own heading stays in the text");
    }

    @Test
    void slugLinesAboveTheFolioAreTheprintersNotTheHead() throws InputProblem {
        String rest = "Une phrase commence ici, " + LONG + ".\n" + LONG + ".\n";
        PageSource a = page("i-p010.txt", "2 Mar 1999\n9:05 a.m.\nNo 10\nGuide du lecteur\n8\nMarges\n" + rest);
        PageSource b = page("i-p012.txt", "2 Mar 1999\n9:05 a.m.\nNo 12\nGuide du lecteur\n10\nMarges\n" + rest);
        PageLayout l = new LayoutAnalyzer().analyze(a, run(a, b));
        assertEquals("8", l.runningHead().folio());
        assertEquals("Marges", l.runningHead().title());
        assertEquals(4, l.furniture().size());
    }

    @Test
    void aRunningFootPrintedOnEveryPageIsFurnitureNotANotesText() throws InputProblem {
        String text = "A page of prose " + LONG + ".\n" + LONG + ".\n1 A note at the foot of the page.\nThe Handbook of Margins\n";
        PageSource a = page("h-p7.txt", "7\n" + text);
        PageSource b = page("h-p9.txt", "9\n" + text);
        PageLayout l = new LayoutAnalyzer().analyze(a, run(a, b));
        assertEquals("7", l.runningHead().folio());
        assertNull(l.runningHead().title());
        assertTrue(l.furniture().stream().anyMatch(f -> f.text().equals("The Handbook of Margins")));
    }

    @Test
    void theHeadAfterTheFolioEndsWhereASecondNumberOpensThePagesOwnHeading() throws InputProblem {
        PageLayout l = new LayoutAnalyzer().analyze(page("t.txt", "17\n4 Tabellen\n4.2\nSpalten\n"
                + "Eine Tabelle hat Spalten und Zeilen, " + LONG + ".\n" + LONG + ".\n"));
        assertEquals("17", l.runningHead().folio());
        assertEquals("4 Tabellen", l.runningHead().title());
        assertTrue(body(l).startsWith("4.2\nSpalten"));
    }

    @Test
    void ofTwoNumbersAtTheTopTheGreaterIsTheFolioAndABraceOfCodeStaysInTheText() throws InputProblem {
        PageLayout l = new LayoutAnalyzer().analyze(page("t.txt", "9\n112\n}\nIndex options\n{A}{plain},%\n"
                + "The options are read when the index is made " + LONG + ".\n" + LONG + ".\n"));
        assertEquals("112", l.runningHead().folio());
        assertEquals("9 Index options", l.runningHead().title());
        assertTrue(body(l).startsWith("}"));
    }

    @Test
    void aNumberedHeadOverATableIsReadAtTheMeasureOfProse() throws InputProblem {
        PageLayout l = new LayoutAnalyzer().analyze(page("t.txt", "B.2. Laute und Zeichen\n’101\np\n’102\nq\n’103\nr\n’104\ns\n27\n"));
        assertEquals("27", l.runningHead().folio());
        assertEquals("B.2. Laute und Zeichen", l.runningHead().title());
    }

    @Test
    void aWideSpacedHeadIsMeasuredWithoutItsSpaces() throws InputProblem {
        String gap = " ".repeat(50);
        PageLayout l = new LayoutAnalyzer().analyze(page("t.txt", "212   proof: March 3, 1988 10:15" + gap + "Quarterly Notes, Volume 4 (1988), No. 2\n\n"
                + "7    Indexes" + " ".repeat(40) + "the right column goes on here\n" + LONG + ".\n" + LONG + ".\n"));
        assertEquals("212", l.runningHead().folio());
        assertEquals("proof: March 3, 1988 10:15 Quarterly Notes, Volume 4 (1988), No. 2", l.runningHead().title());
    }

    @Test
    void aLetterInATablesColumnIsNoRomanFolio() throws InputProblem {
        PageLayout l = new LayoutAnalyzer().analyze(page("t.txt", "C.1. Zeichen\n\n’120        Kleines Zeichen\n   v       Eingabe: \\textvv\n"
                + "           Quelle: Tabelle\n’121        Grosses Zeichen\n   w       Eingabe: \\textww\n\n41\n"));
        assertEquals("41", l.runningHead().folio());
        assertEquals("C.1. Zeichen", l.runningHead().title());
    }

    @Test
    void aNumberedLineWhereMostPagesOfTheRunPrintOneIsHeadAndFolio() throws InputProblem {
        String rest = "Paragraphs of the chapter go on here " + LONG + ".\n" + LONG + ".\n";
        PageSource a = page("m-p031.txt", "Atlas of Margins No 31\n3.4 Gutters 29\n" + rest);
        PageSource b = page("m-p032.txt", "Atlas of Margins No 32\n30 4 Folios and heads\n" + rest);
        PageSource c = page("m-p040.txt", "Atlas of Margins No 40\nPlates 38\n" + rest);
        RunEvidence run = run(a, b, c);
        PageLayout la = new LayoutAnalyzer().analyze(a, run);
        assertEquals("29", la.runningHead().folio());
        assertEquals("3.4 Gutters", la.runningHead().title());
        assertTrue(la.furniture().stream().anyMatch(f -> f.text().startsWith("Atlas of Margins")), "the slug line above");
        PageLayout lb = new LayoutAnalyzer().analyze(b, run);
        assertEquals("30", lb.runningHead().folio());
        assertEquals("4 Folios and heads", lb.runningHead().title());
        // alone, a page's numbered first line is no evidence of a running head
        assertNull(new LayoutAnalyzer().analyze(page("t.txt", "3 Gutters and margins\n" + rest)).runningHead());
    }

    @Test
    void aDateOnEveryPageIsNoFolio() throws InputProblem {
        String rest = "Paragraphs of the chapter go on here " + LONG + ".\n" + LONG + ".\n";
        PageSource a = page("d-p1.txt", "Proof of 12 May 2011\n" + rest + "7\n");
        PageSource b = page("d-p2.txt", "Proof of 12 May 2011\n" + rest + "8\n");
        PageLayout l = new LayoutAnalyzer().analyze(a, run(a, b));
        assertEquals("7", l.runningHead().folio());
    }

    @Test
    void contentsEntriesBesideTheirPageNumbersAreNoRunningLines() throws InputProblem {
        String rest = "Paragraphs of the chapter go on here " + LONG + ".\n" + LONG + ".\n";
        PageSource contents = page("c-p003.txt", "Contents\nList of maps\n5\nList of plates\n6\nPreface\n7\nThe northern coast\n9\n"
                + "The southern hills\n21\nIndex of places\n40\n");
        PageSource maps = page("c-p005.txt", "List of maps\n1.1\nThe coast at low tide 10\n" + rest + "5\n");
        PageSource plates = page("c-p006.txt", "List of plates\n" + rest + "6\n");
        RunEvidence run = run(contents, maps, plates);
        PageLayout l = new LayoutAnalyzer().analyze(maps, run);
        assertTrue(l.runningHead() == null || l.runningHead().title() == null, "a list's own heading is no running head");
    }

    @Test
    void aChaptersTitleUnderItsLabelIsAHeadingOnItsOpeningPage() throws InputProblem {
        String rest = "Paragraphs of the chapter go on here " + LONG + ".\n" + LONG + ".\n";
        PageSource opening = page("b-p009.txt", "Chapter 2\nTides and harbours\n" + rest + "9\n");
        PageSource next = page("b-p010.txt", "Tides and harbours\n" + rest + "10\n");
        PageSource third = page("b-p012.txt", "12\nTides and harbours\n" + rest);
        RunEvidence run = run(opening, next, third);
        PageLayout l = new LayoutAnalyzer().analyze(opening, run);
        assertTrue(body(l).contains("Tides and harbours"), body(l));
        PageLayout m = new LayoutAnalyzer().analyze(next, run);
        assertEquals("Tides and harbours", m.runningHead().title());
        assertEquals("10", m.runningHead().folio());
    }

    @Test
    void aRunningTitleAloneAtTheTopOfAPageWhereItElsewhereStandsByItsFolioIsThatPagesHeading() throws InputProblem {
        String rest = "Paragraphs of the chapter go on here " + LONG + ".\n" + LONG + ".\n";
        PageSource opening = page("r-p031.txt", "The Salt Marshes\n" + rest + "31\n");
        PageSource a = page("r-p032.txt", "32\nThe Salt Marshes\n" + rest);
        PageSource b = page("r-p034.txt", "34\nThe Salt Marshes\n" + rest);
        RunEvidence run = run(opening, a, b);
        PageLayout l = new LayoutAnalyzer().analyze(opening, run);
        assertTrue(body(l).startsWith("The Salt Marshes"), body(l));
        assertEquals("31", l.runningHead().folio());
        assertEquals("The Salt Marshes", new LayoutAnalyzer().analyze(a, run).runningHead().title());
    }

    @Test
    void aNoteThePageBeforeBrokeOffGoesOnUnnumberedAtTheFoot() throws InputProblem {
        String prose = "The survey of the harbour was made in the spring,1 " + LONG + ".\n" + LONG + ".\n";
        PageSource before = page("s-p020.txt", prose + "1 The survey is printed in the appendix, with the plans of the\n20\n");
        PageSource after = page("s-p021.txt", "A second survey followed in the autumn " + LONG + ".\n" + LONG + " in the end.\n"
                + "quays and of the two moles, which the engineers drew again in 1840\nand once more, at a larger scale, in 1852.\n21\n");
        RunEvidence run = run(before, after);
        PageLayout l = new LayoutAnalyzer().analyze(after, run);
        assertEquals(1, l.notes().size());
        assertNull(l.notes().get(0).n(), "continued: no number");
        assertTrue(l.notes().get(0).firstLine().startsWith("quays and of the two moles"));
        assertFalse(body(l).contains("quays"));
        // pages that do not follow each other: no continuation
        PageSource far = page("s-p030.txt", "A second survey followed in the autumn " + LONG + ".\n" + LONG + " in the end.\n"
                + "quays and of the two moles, which the engineers drew again in 1840\nand once more, at a larger scale, in 1852.\n30\n");
        assertTrue(new LayoutAnalyzer().analyze(far, run(before, far)).notes().isEmpty());
    }

    @Test
    void aListOfWorksGoesOnAboveTheNumberedNotes() throws InputProblem {
        String prose = "Several catalogues describe the maps,1 " + LONG + ".\n" + LONG + ".\n";
        PageSource before = page("w-p7.txt", prose + "1 Smith, 1990, Maps of the coast;\nJones, 1994, The harbour charts;\n7\n");
        PageSource after = page("w-p8.txt", "The charts were redrawn,2 " + LONG + ".\n" + LONG + ".\n"
                + "Brown and Green, 2001, Coastal surveys;\nWhite, 2005, Tides and charts.\n2 Black, 1999, A history of charts.\n8\n");
        PageLayout l = new LayoutAnalyzer().analyze(after, run(before, after));
        assertEquals(2, l.notes().size());
        assertNull(l.notes().get(0).n());
        assertEquals(2, l.notes().get(0).lines().size());
        assertEquals("2", l.notes().get(1).n());
    }
}

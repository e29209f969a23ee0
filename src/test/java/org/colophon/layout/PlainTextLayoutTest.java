package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.SourceLine;
import org.colophon.ingest.TextPageReader;
import org.junit.jupiter.api.Test;

/**
 * Page text as {@code pdftotext} and PDF viewers give it: calls in plain digits, note labels
 * in several forms, running heads without a separator. Each excerpt is written for the test,
 * in the shape real extractions take.
 */
class PlainTextLayoutTest {
    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    private PageLayout analyze(String text) throws InputProblem {
        return analyzer.analyze(new TextPageReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String LONG = "and the line goes on to the right margin of the page as body lines do";

    private static String body(PageLayout l) {
        return l.body().stream().flatMap(b -> b.lines().stream()).map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    private static List<String> numbers(PageLayout l) {
        return l.notes().stream().map(NoteSource::n).toList();
    }

    @Test
    void aNumberGluedToAWordIsACallWhenItsNoteIsThere() throws InputProblem {
        PageLayout l = analyze("A chapter style I created for Christopher Culver7 based on the format,\n"
                + LONG + ".\n"
                + "7 Culver’s own design, 2006.\n");
        assertEquals(List.of("7"), numbers(l));
        assertTrue(body(l).contains("Culver⁷ based"), body(l));
    }

    @Test
    void aNumberGluedToPunctuationIsACall() throws InputProblem {
        PageLayout l = analyze("Doppelte Anführungsstriche werden mit \\glqq erzeugt.6 Einfache werden\n"
                + "als Mediävalziffern7 geschrieben, " + LONG + ".\n"
                + "6 Diese Befehle wurden so umdefiniert.\n"
                + "7 Vgl. Abschnitt 3.\n");
        assertEquals(List.of("6", "7"), numbers(l));
        assertTrue(body(l).contains("erzeugt.⁶ Einfache"));
        assertTrue(body(l).contains("Mediävalziffern⁷ geschrieben"));
    }

    @Test
    void frenchCallsStandAfterASpace() throws InputProblem {
        PageLayout l = analyze("la solution de Patrick Gundlach 3 est utilisée, et l’appel 4 . Avec les\n"
                + LONG + ".\n"
                + "3. http://tex.stackexchange.com/questions/28357\n"
                + "4. http://tex.stackexchange.com/questions/28358\n");
        assertEquals(List.of("3", "4"), numbers(l), "labels \"N.\"");
        assertTrue(body(l).contains("Gundlach ³ est"));
        assertTrue(body(l).contains("l’appel ⁴ ."));
    }

    @Test
    void aLabelAloneOnItsLineIsFollowedByItsText() throws InputProblem {
        PageLayout l = analyze("Man sollte darauf achten, dass eine aktuelle Fassung vorliegt: mindestens3\n"
                + LONG + ".\n"
                + "3\n"
                + "Es existiert eine Version 3.2 (March 22, 2005).\n");
        assertEquals(List.of("3"), numbers(l));
        assertEquals("Es existiert eine Version 3.2 (March 22, 2005).", l.notes().get(0).firstLine());
    }

    @Test
    void aColumnOfLabelsTakesTheTextsInOrder() throws InputProblem {
        PageLayout l = analyze("Talbot stellt Tutorials für LATEX-Novizen1 sowie Dissertationen2 zur Verfügung,\n"
                + LONG + ".\n"
                + "1\n2\n"
                + "http://www.dickimaw-books.com/latex/novices/\n"
                + "http://www.dickimaw-books.com/latex/thesis/\n");
        assertEquals(List.of("1", "2"), numbers(l));
        assertTrue(l.notes().get(1).firstLine().endsWith("thesis/"));
    }

    @Test
    void aLabelAfterItsTextClosesTheBlock() throws InputProblem {
        // the folio is in the head, so the last lone number is a label
        PageLayout l = analyze("JURABOOK\n3\n15\nSatzspiegel: jurabook nimmt keine Änderungen an den Rändern vor.4 Um diese\n"
                + "Teile muss man sich selbst kümmern, mindestens3 " + LONG + ".\n"
                + "3\n"
                + "Es existiert eine Version 3.2 (March 22, 2005).\n"
                + "Ausnahme: Wenn ein Korrekturrand erzeugt werden soll, siehe Abschn. 3.9.4\n"
                + "auf S. 50.\n"
                + "4\n");
        assertEquals(List.of("3", "4"), numbers(l));
        assertEquals(1, l.notes().get(0).lines().size());
        assertTrue(l.notes().get(1).firstLine().startsWith("Ausnahme"));
    }

    @Test
    void aNumberedHeadingIsNoNote() throws InputProblem {
        PageLayout l = analyze("The commands of this section are described in turn, " + LONG + ".\n"
                + "3 Citation commands\n"
                + "Each command takes a key, " + LONG + ".\n"
                + "It is printed as the style says, " + LONG + ".\n");
        assertTrue(l.notes().isEmpty(), "no call 3 in the text: no note");
    }

    @Test
    void aPageWithoutNotesGetsNoneFromNumbersInTheText() throws InputProblem {
        PageLayout l = analyze("In 1737 Fournier set the point at 0.349mm, and in 1886 the\n"
                + "Americans adopted 72.27 points to the inch, " + LONG + ".\n"
                + "2 or 3 of these values are still in use today, " + LONG + ".\n");
        assertTrue(l.notes().isEmpty());
    }

    @Test
    void numbersInIdentifiersAreNoCalls() {
        assertEquals(0, PlainNotes.strength("see mem10.clo for it", 7, 9));
        assertEquals(0, PlainNotes.strength("version 3.2 of it", 10, 11));
        assertEquals(0, PlainNotes.strength("in Figure B.10 below", 12, 14));
        assertEquals(0, PlainNotes.strength("unpack file.bz2 first", 14, 15));
        assertEquals(PlainNotes.STRONG, PlainNotes.strength("werden.2 Zur", 7, 8));
        assertEquals(PlainNotes.STRONG, PlainNotes.strength("(p. 219)4 . Par", 8, 9));
        assertEquals(0, PlainNotes.strength("a.1 Installation", 2, 3));
        assertEquals(PlainNotes.MEDIUM, PlainNotes.strength("First5 Last51", 12, 13));
        assertEquals(PlainNotes.WEAK, PlainNotes.strength("Gundlach 3 est", 9, 10));
    }

    @Test
    void aRunningHeadOverItsFolioWithoutASeparator() throws InputProblem {
        PageLayout l = analyze("1.2\nHistory\n13\n" + "The starting point was EDMAC version 3.16 " + LONG + ".\n" + LONG + ".\n");
        assertEquals("13", l.runningHead().folio());
        assertEquals("1.2 History", l.runningHead().title());
        assertFalse(body(l).contains("History"));
    }

    @Test
    void aChapterNumberGoesBeforeItsTitleAndTheFolioIsTheOuterNumber() throws InputProblem {
        PageLayout l = analyze("JURABOOK\n3\n15\n" + "\\documentclass[<optionen>]{jurabook} " + LONG + ".\n" + LONG + ".\n");
        assertEquals("15", l.runningHead().folio());
        assertEquals("3 JURABOOK", l.runningHead().title());
    }

    @Test
    void printerSlugLinesAboveTheHeadAreFurniture() throws InputProblem {
        PageLayout l = analyze("24 Sep 2004\n2:48 p.m.\nNo 74\nTEX pour l’Impatient\n52\nConcepts\n\\\n§4\n"
                + "Une boîte a une hauteur, une profondeur et une largeur, " + LONG + ".\n" + LONG + ".\n");
        assertEquals("52", l.runningHead().folio());
        assertEquals("Concepts \\ §4", l.runningHead().title());
        assertEquals(4, l.furniture().size());
    }

    @Test
    void aLayoutLineWithWideSpacesIsHeadAndFolio() throws InputProblem {
        PageLayout l = analyze("3       JURABOOK                                  15\n" + LONG + ".\n" + LONG + ".\n");
        assertEquals("15", l.runningHead().folio());
        assertEquals("3 JURABOOK", l.runningHead().title());
        PageLayout m = analyze("186       XIII   Critical footnotes\n" + LONG + ".\n" + LONG + ".\n");
        assertEquals("186", m.runningHead().folio());
        assertEquals("XIII Critical footnotes", m.runningHead().title());
    }

    @Test
    void aCapitalisedHeadWithTheFolioAtTheFoot() throws InputProblem {
        PageLayout l = analyze("3. TEXT AND FONTS\n" + "Following the declaration all will be returned, " + LONG + ".\n"
                + LONG + ".\n50\n");
        assertEquals("50", l.runningHead().folio());
        assertEquals("3. TEXT AND FONTS", l.runningHead().title());
    }

    @Test
    void aRunningFootOverTheFolio() throws InputProblem {
        PageLayout l = analyze("Der Text beginnt oben auf der Seite, " + LONG + ".\n" + LONG + ".\n8 Querverweise\n42\n");
        assertEquals("42", l.runningHead().folio());
        assertEquals("8 Querverweise", l.runningHead().title());
    }

    @Test
    void aSectionHeadingAtTheTopWithoutAFolioIsNoRunningHead() throws InputProblem {
        PageLayout l = analyze("Remarks to the user\n" + "The memoir class gives you many ways, " + LONG + ".\n" + LONG + ".\n");
        assertNull(l.runningHead());
    }

    @Test
    void smallCapitalsSplitByTheExtractionAreJoinedInTheHead() throws InputProblem {
        PageLayout l = analyze("6. D OCUMENT DIVISIONS\n" + "A smaller version of the standard chapterstyle, " + LONG + ".\n" + LONG + ".\n92\n");
        assertEquals("6. DOCUMENT DIVISIONS", l.runningHead().title());
        assertTrue(l.furniture().stream().anyMatch(f -> f.text().equals("6. D OCUMENT DIVISIONS")), "the printed line is kept");
        assertEquals("A STUDY OF FONTS", SmallCaps.join("A STUDY OF FONTS"), "a real one-letter word stays");
    }

    @Test
    void aSymbolNoteOnATitleBeforeTheNumberedNotes() throws InputProblem {
        PageLayout l = analyze("dehyph-exptl*\nExperimentelle Trennmuster für die deutsche Sprache\n"
                + "Mehr dazu steht im Trennmuster-Wiki1 (in German), " + LONG + ".\n"
                + "Mit \\section* beginnt ein Abschnitt ohne Nummer, " + LONG + ".\n"
                + "* This document describes the dehyph-exptl package v0.8.\n"
                + "1 http://projekte.dante.de/Trennmuster\n");
        assertEquals(List.of("*", "1"), numbers(l));
        assertTrue(body(l).startsWith("dehyph-exptl\u2060*"), body(l));
        assertTrue(body(l).contains("\\section* beginnt"), "a command's star is no call");
    }

    @Test
    void ofTwoPlacesThatReadAlikeTheOneThatClosesAClauseIsTheCall() throws InputProblem {
        PageLayout l = analyze("Die Datei ist gepackt;1 entpacken Sie sie mit gunzip2 oder mit\n"
                + "einem anderen Programm, " + LONG + " werden.2\n"
                + "1 Das Archiv liegt im Netz.\n"
                + "2 Unter Windows geht es auch.\n");
        assertEquals(List.of("1", "2"), numbers(l));
        assertTrue(body(l).contains("gunzip2 oder"), body(l));
        assertTrue(body(l).contains("werden.²"), body(l));
    }

    @Test
    void aCapitalAloneMayCarryANotesTwoDigitNumberWhereNothingBetterStands() throws InputProblem {
        PageLayout l = analyze("Kleines M mit Haken13\n"
                + "Gestrichenes N14\n"
                + "N mit Schwanz15\n" + LONG + ".\n"
                + "13 Die Form folgt der Tabelle.\n"
                + "14 Eine ältere Form.\n"
                + "15 Selten gebraucht.\n");
        assertEquals(List.of("13", "14", "15"), numbers(l));
        assertTrue(body(l).contains("Gestrichenes N¹⁴"), body(l));
        PageLayout m = analyze("Set the paper to A4 and " + LONG + " here.1\n" + LONG + ".\n1 Or to letter.\n");
        assertTrue(body(m).contains("A4 and"), "a one-digit number after a capital is a name (A4, B2)");
    }

    @Test
    void aLabelTheExtractionSetAfterTheOtherNotesTakesTheEndOfTheNoteBeforeIt() throws InputProblem {
        PageLayout l = analyze("Zum Fragen eignen sich diese Foren:\n"
                + "• texforum21\n"
                + "• satzfragen22\n"
                + "• Setzerei Online23\n"
                + "Bei allen anderen Fragen " + LONG + ".\n"
                + "21\n"
                + "http://texforum.example.org/\n"
                + "http://satzfragen.example.net/\n"
                + "23\n"
                + "http://setzerei.example.com/forum/\n"
                + "22\n"
                + "148\n");
        assertEquals(List.of("21", "22", "23"), numbers(l));
        assertEquals("http://satzfragen.example.net/", l.notes().get(1).firstLine());
        assertTrue(body(l).contains("satzfragen²²"), body(l));
    }

    @Test
    void aLabelGluedToAQuoteOrACommandOpensItsNote() throws InputProblem {
        PageLayout l = analyze("Der Verweis folgt dem Befehl4 und nennt den Namen des Objekts5 davor, " + LONG + ".\n"
                + LONG + ".\n"
                + "4\\part, \\chapter und so weiter\n"
                + "5„Bild“, „Tafel“, . . .\n");
        assertEquals(List.of("4", "5"), numbers(l));
        assertTrue(body(l).contains("Befehl⁴ und"), body(l));
    }

    @Test
    void aNoteBlockBetweenTwoColumnsLetsTheTextResumeAfterIt() throws InputProblem {
        PageLayout l = analyze("The left column ends with a remark on tides.1 It then breaks off in\n"
                + "the middle of a sentence that the right column\n"
                + "1 Tides are treated in chapter four.\n"
                + "takes up again, and the right column names a harbour\n"
                + "that silted up in the eighteenth century.2\n"
                + "2 The harbour was abandoned after the flood.\n");
        assertEquals(List.of("1", "2"), numbers(l));
        assertTrue(body(l).contains("the right column\ntakes up again"), body(l));
        assertTrue(body(l).contains("century.²"), body(l));
        assertEquals(1, l.notes().get(0).lines().size(), "the note keeps only its own line");
    }

    @Test
    void raisedCallsWithLabelsAloneOnTheirLinesAreReadAsPlainTextsLabels() throws InputProblem {
        PageLayout l = analyze("Two harbours are named in the charter¹⁵ and a third in the map of Kemp3¹⁶, " + LONG + ".\n"
                + LONG + ".\n"
                + "15\n"
                + "The charter is lost; a copy survives.\n"
                + "16\n"
                + "Kemp drew three maps; this is the third.\n");
        assertEquals(List.of("15", "16"), numbers(l));
        assertTrue(body(l).contains("Kemp3¹⁶,"), "a raised call stays where it was raised: " + body(l));
    }

    @Test
    void aNumberAfterACapitalisedWordIsThatWordsNotACall() throws InputProblem {
        PageLayout l = analyze("The options are grouped as the sets defined8 . " + LONG + ".\n"
                + LONG + ".\n"
                + "Table 8: The groups of options and the sets they stand for.\n"
                + "8 The sets were defined in the first release.\n");
        assertEquals(List.of("8"), numbers(l));
        assertTrue(body(l).contains("defined⁸ ."), body(l));
        assertTrue(body(l).contains("Table 8:"), body(l));
    }

    @Test
    void anEnumerationWhoseNumbersRepeatIsNoNoteBlock() throws InputProblem {
        PageLayout l = analyze("Table 1: Books and their short forms\nBook\nGenesis\n1 Samuel\n2 Samuel\n1 Kings\n2 Kings\n"
                + "1 Chronicles\n2 Chronicles\nEzra\nShort form\nGen.\n1 Sam.\n2 Sam.\n1 Kgs.\n2 Kgs.\n");
        assertTrue(l.notes().isEmpty(), "numbered books are no notes");
    }

    @Test
    void labelsWithoutWordsAreATablesCellsNotNotes() throws InputProblem {
        PageLayout l = analyze("The list is shortened after more than 2 authors " + LONG + ".\n" + LONG + ".\n"
                + "value\n0\n2\n..\n3\n.\n");
        assertTrue(l.notes().isEmpty(), body(l));
    }
}

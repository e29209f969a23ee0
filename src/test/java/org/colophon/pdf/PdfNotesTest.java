package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes found from the geometry: calls raised over a heading beside a margin label, and what is not the rest of a note from the page before. */
class PdfNotesTest {
    @TempDir
    Path dir;

    private String convert(Path pdf) throws Exception {
        return new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
    }

    private static void body(PdfPages p, float top) throws Exception {
        p.at(72, top).text("The body of the page runs on here in a line of ten points,", 10);
        p.at(72, top - 12).text("and then a second line of the body follows it as well,", 10);
        p.at(72, top - 24).text("and a third line of the body ends the paragraph here.", 10);
    }

    @Test
    void aCallRaisedOverAHeadingBesideAMarginLabelOnItsHeightIsACall() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            body(p, 700);
            p.at(20, 664.5f).text("’115", 6);   // a small code in the margin, on the height of the call
            p.at(72, 660).text("A Heading of the Entry", 12).raised("3", 6, 4.5f);
            body(p, 640);
            p.at(72, 130).raised("3", 5, 3).text("The note on the heading.", 8);
            pdf = p.save(dir.resolve("heading.pdf"));
        }
        String tei = convert(pdf);
        assertTrue(tei.contains("Entry<note place=\"foot\" n=\"3\""), tei);
    }

    @Test
    void smallLinesIndentedBeyondTheNotesAreNoRestOfANote() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 700).text("An index is set like this, for example", 10).raised("1", 6, 4).text(" so:", 10);
            body(p, 688);
            p.at(96, 630).text("Cosinus, 15", 8);   // an example set small and indented, after a wider gap
            p.at(96, 620).text("Sinus, 15", 8);
            p.at(96, 610).text("Tangens, 16", 8);
            p.at(72, 130).raised("1", 5, 3).text("A note on indexes that runs on here.", 8);
            pdf = p.save(dir.resolve("index.pdf"));
        }
        String tei = convert(pdf);
        assertFalse(tei.contains("type=\"continued\""), tei);
        assertTrue(tei.contains("Cosinus, 15"), tei);
        assertTrue(tei.contains("example<note place=\"foot\" n=\"1\""), tei);
    }

    @Test
    void theRestOfANoteSetAsTheNotesAreIsContinued() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 700).text("A page whose body has a call", 10).raised("4", 6, 4).text(" in it,", 10);
            body(p, 688);
            p.at(78, 140).text("the end of a note begun on the page before.", 8);
            p.at(72, 130).raised("4", 5, 3).text("A note on the call.", 8);
            pdf = p.save(dir.resolve("rest.pdf"));
        }
        String tei = convert(pdf);
        assertTrue(tei.contains("type=\"continued\""), tei);
    }

    @Test
    void aSymbolNoteIsNoRestOfANote() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 720).text("A Title", 18).raised("*", 9, 7);
            p.at(72, 700).text("A page whose body has a call", 10).raised("1", 6, 4).text(" in it,", 10);
            body(p, 688);
            p.at(72, 140).raised("*", 5, 3).text("This document describes a package.", 8);
            p.at(72, 130).raised("1", 5, 3).text("A note on the call.", 8);
            pdf = p.save(dir.resolve("symbol.pdf"));
        }
        String tei = convert(pdf);
        assertFalse(tei.contains("type=\"continued\""), tei);
        assertTrue(tei.contains("call<note place=\"foot\" n=\"1\""), tei);
    }
}

package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout found from the geometry of small PDFs drawn in the test: lines, calls, note blocks, running heads, columns. */
class PdfLayoutTest {
    @TempDir
    Path dir;

    private String convert(Path pdf) throws Exception {
        return new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
    }

    /** A page: head "The Chapter Title" with folio 12 apart at the right, body at 10 pt, notes at 8 pt. */
    private static void pageWithNotes(PdfPages p, String folio, String call) throws Exception {
        p.page();
        p.at(72, 740).text("The Chapter Title", 10).skip(300).text(folio, 10);
        p.at(72, 700).text("The first reader was Culver", 10).raised(call, 6, 4).text(" said the book, which", 10);
        p.at(72, 688).text("was printed in Duck", 10).raised("2", 6, 4).text(" and again in the 1", 10).raised("st", 6, 4).text(" form of", 10);
        p.at(72, 676).text("the year: no more needs saying here at all.", 10);
        p.at(72, 130).raised(call, 5, 3).text("A note on Culver and his reading of it.", 8);
        p.at(72, 120).text("It runs on to a second line of the note.", 8);
    }

    @Test
    void aRaisedSmallNumberWithANoteIsACallAndTheNoteStandsAtIt() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            pageWithNotes(p, "12", "7");
            pdf = p.save(dir.resolve("one.pdf"));
        }
        String tei = convert(pdf);
        assertTrue(tei.contains("Culver<note place=\"foot\" n=\"7\""), tei);
        assertTrue(tei.contains("A note on Culver and his reading of it.") && tei.contains("second line of the note"), tei);
        assertEquals(1, count(tei, "<note "), "Duck²: a raised number without a note is no call");
        assertTrue(tei.contains("Duck2 and again in the 1st form"), tei);
        assertTrue(tei.contains("<fw type=\"pageNum\">12</fw>"), tei);
        assertTrue(tei.contains("<fw type=\"header\">The Chapter Title</fw>"), tei);
        assertFalse(tei.contains("The Chapter Title</p>"), "the running head is not body text");
    }

    @Test
    void aLabelOnTheBaselineIsMatchedByNumberAndALoneFolioAtTheFootIsTheFolio() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 700).text("Some body text that runs here with a call", 10).raised("3", 6, 4).text(" in it and", 10);
            p.at(72, 688).text("more body text follows on this line of the page.", 10);
            p.at(72, 676).text("Then 14 apples were counted on the last line.", 10);
            p.at(72, 130).text("3 The note, its number on the baseline.", 8);
            p.at(72, 120).text("14 pages are cited in this continuation line.", 8);
            p.at(300, 60).text("44", 10);
            pdf = p.save(dir.resolve("baseline.pdf"));
        }
        String tei = convert(pdf);
        assertTrue(tei.contains("call<note place=\"foot\" n=\"3\""), tei);
        assertEquals(1, count(tei, "<note "), "14 at a line start in the notes is no label: no call carries it and it breaks the sequence");
        assertTrue(tei.replaceAll("<[^>]+>", "").contains("14 pages are cited in this continuation line.</note>".replace("</note>", "")), tei);
        assertFalse(tei.contains("n=\"14\""), tei);
        assertTrue(tei.contains("<pb n=\"44\"/>") && tei.contains("<fw type=\"pageNum\">44</fw>"), tei);
    }

    @Test
    void twoColumnsAreReadLeftColumnFirst() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            for (int i = 0; i < 12; i++) {
                p.at(72, 700 - 12 * i).text("left column line number " + word(i) + " of the text", 9);
                p.at(320, 700 - 12 * i).text("right column line number " + word(i) + " of the text", 9);
            }
            pdf = p.save(dir.resolve("columns.pdf"));
        }
        String tei = convert(pdf);
        int lastLeft = tei.lastIndexOf("left column line number");
        int firstRight = tei.indexOf("right column line number");
        assertTrue(firstRight > lastLeft && lastLeft > 0, tei);
        assertTrue(tei.contains("left column line number one of the text"), "a row is not cut into both columns' words: " + tei);
    }

    @Test
    void aWholePdfIsOneDocumentWithAPageBreakPerPageAndUniqueNoteIds() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            pageWithNotes(p, "5", "1");
            pageWithNotes(p, "6", "1");
            pageWithNotes(p, "6", "1");   // a folio printed twice must not give two notes one id
            pdf = p.save(dir.resolve("book.pdf"));
        }
        String tei = convert(pdf);
        assertEquals(1, count(tei, "<TEI "));
        assertEquals(List.of("5", "6", "6"), all(tei, "<pb n=\"([^\"]+)\"/>"));
        List<String> ids = all(tei, "<note [^>]*xml:id=\"([^\"]+)\"");
        assertEquals(3, ids.size());
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        assertEquals(List.of(), TeiValidator.load().validate("book.tei.xml", tei));
        String two = new PdfConverter().convert("book.pdf", pdf.toFile(), PageRange.parse("2-3")).tei();
        assertEquals(List.of("6", "6"), all(two, "<pb n=\"([^\"]+)\"/>"));
    }

    @Test
    void ligatureGlyphsBecomeTheirLetters() {
        assertEquals("effect office fine flow affluent ſt st", org.colophon.text.Glyphs.normalize("e\uFB00ect o\uFB03ce \uFB01ne \uFB02ow a\uFB04uent \uFB05 \uFB06"));
    }

    @Test
    void aFolioIsSetApartFromTheHeadNotAChapterNumber() {
        Word three = new Word("3", 100, 105, 10, false, false, false, false);
        Word title = new Word("JURABOOK", 116, 170, 10, false, false, false, true);
        Word folio = new Word("13", 440, 450, 10, false, false, false, true);
        Folio.Split s = Folio.find(new TextLine(List.of(three, title, folio), 100, 10, 100, 450, TextLine.Column.FULL));
        assertEquals("13", s.folio());
        assertEquals("3 JURABOOK", s.title());
        Word one = new Word("1", 100, 105, 10, false, false, false, false);
        Word name = new Word("Todsünden", 108, 160, 10, false, false, false, true);
        assertEquals(null, Folio.find(new TextLine(List.of(one, name), 100, 10, 100, 160, TextLine.Column.FULL)),
                "a chapter number a word space before its title is no folio");
    }

    private static String word(int i) {
        return new String[] {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}[i];
    }

    static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) n++;
        return n;
    }

    static List<String> all(String s, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}

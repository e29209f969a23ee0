package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.colophon.Colophon;
import org.colophon.xml.Saxon;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The PDF read as a screen reader reads it, in the order of its structure tree (PDFBox, no page
 * geometry): every note comes right after the words that call it, before the text goes on, and
 * the running heads and folios of the pages are not read at all.
 */
class PdfReadingOrderTest {

    /** A note of the TEI with the words read before its call, its own words, the words after it. */
    record NoteInText(String n, String before, String text, String after) {}

    static List<NoteInText> notesInText(String tei) throws Exception {
        XdmNode doc = Saxon.parse(new InputSource(new java.io.StringReader(tei)));
        XPathCompiler xp = Saxon.processor().newXPathCompiler();
        xp.declareNamespace("t", "http://www.tei-c.org/ns/1.0");
        String reading = "[not(ancestor::t:sic | ancestor::t:orig | ancestor::t:fw | ancestor::t:teiHeader)]";
        List<NoteInText> out = new ArrayList<>();
        for (XdmItem note : xp.evaluate("//t:text//t:note[@n][parent::t:p]", doc)) {
            String before = xp.evaluateSingle("string-join((preceding::text()[not(ancestor::t:note)]" + reading + ")[position() > last() - 6], '')", note).getStringValue();
            String own = xp.evaluateSingle("string-join(.//text()" + reading + ", '')", note).getStringValue();
            String after = xp.evaluateSingle("string-join((following::text()[not(ancestor::t:note)][not(ancestor::t:back)]" + reading + ")[position() le 6], '')", note).getStringValue();
            out.add(new NoteInText(((XdmNode) note).attribute("n"), lastWords(before, 3), firstWords(own, 5), firstWords(after, 3)));
        }
        return out;
    }

    private static String lastWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static String firstWords(String s, int n) {
        String[] w = s.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }

    /** Letters and digits only, lower case: line-end hyphens, spaces and punctuation set no trap. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }

    /** Asserts that each note is read after the words before its call and before the words after it. */
    static void assertTextThenNote(String tei, byte[] pdf) throws Exception {
        String read = key(TaggedContent.read(pdf).allText());
        List<NoteInText> notes = notesInText(tei);
        assertTrue(!notes.isEmpty());
        int from = 0;
        for (NoteInText n : notes) {
            int before = read.indexOf(key(n.before()), from);
            assertTrue(before >= 0, "note " + n.n() + ": the words before its call, '" + n.before() + "', are read");
            int note = read.indexOf(key(n.text()), before);
            assertTrue(note >= 0, "note " + n.n() + " ('" + n.text() + "') is read after '" + n.before() + "'");
            int call = read.indexOf(key(n.n()), before + key(n.before()).length());
            assertTrue(call >= 0 && call < note, "note " + n.n() + ": its number is read before its text");
            if (!n.after().isEmpty()) {
                int after = read.indexOf(key(n.after()), before + key(n.before()).length());
                assertTrue(after > note, "note " + n.n() + " is read before the text goes on with '" + n.after() + "'");
            }
            from = before + 1;
        }
    }

    @Test
    void theSeedReadsEachNoteAfterItsCallBeforeTheTextGoesOn() throws Exception {
        String tei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        assertEquals(7, notesInText(tei).size());
        assertTextThenNote(tei, new PdfPublisher().toPdf("p130.tei.xml", tei).pdf());
    }

    @Test
    void aBookOfSeveralPagesReadsEachNoteAfterItsCall() throws Exception {
        String tei = Files.readString(PdfAccessibilityTest.BOOK, StandardCharsets.UTF_8);
        assertEquals(15, notesInText(tei).size());
        assertTextThenNote(tei, new PdfPublisher().toPdf("book.tei.xml", tei).pdf());
    }

    @Test
    void aDevPageWithNotesInAnotherLanguageReadsThemInOrder() throws Exception {
        Path page = org.colophon.DevPages.page("guidelines-p0031");
        String tei = new Colophon().convert(page.toString(), Files.readAllBytes(page)).tei();
        assertTextThenNote(tei, new PdfPublisher().toPdf("p0031.tei.xml", tei).pdf());
    }

    /** The check itself: notes gathered at the end of the text, as an untagged reading would give them, fail it. */
    @Test
    void notesReadAtTheEndFailTheCheck() throws Exception {
        String tei = Files.readString(PdfAccessibilityTest.BOOK, StandardCharsets.UTF_8);
        String withoutNotes = tei.replaceAll("(?s)<note [^>]*>.*?</note>", "");
        StringBuilder notesAtEnd = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<note [^>]*>(.*?)</note>").matcher(tei);
        while (m.find()) notesAtEnd.append("<p>").append(m.group(1)).append("</p>");
        String moved = withoutNotes.replace("</body>", notesAtEnd + "</body>");
        byte[] pdf = new PdfPublisher().toPdf("moved.tei.xml", moved).pdf();
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertTextThenNote(tei, pdf));
        assertTrue(e.getMessage().startsWith("note 1"), e.getMessage());
    }
}

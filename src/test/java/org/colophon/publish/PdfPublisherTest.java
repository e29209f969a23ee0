package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.xml.Saxon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.xml.sax.InputSource;

class PdfPublisherTest {
    private static final PdfPublisher PUBLISHER = new PdfPublisher();
    private static String seedTei;
    private static byte[] seedPdf;

    @BeforeAll
    static void printSeed() throws Exception {
        seedTei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        seedPdf = PUBLISHER.toPdf("p130.tei.xml", seedTei).pdf();
        PdfRendererTest.verapdf();
    }

    /** Each page's text, with words divided by the typesetter's hyphenation joined again. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(doc).replaceAll("[-\\u00AD\\u2010]\\s*\\n", "").replaceAll("–\\s*\\n", "–").replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** For each note of a TEI document: the two words before its call, and its own reading text. */
    record NoteAt(String n, String anchor, String text) {}

    static List<NoteAt> notes(String tei) throws Exception {
        InputSource in = new InputSource(new java.io.StringReader(tei));
        XdmNode doc = Saxon.parse(in);
        XPathCompiler xp = Saxon.processor().newXPathCompiler();
        xp.declareNamespace("t", "http://www.tei-c.org/ns/1.0");
        List<NoteAt> out = new ArrayList<>();
        String reading = "string-join(.//text()[not(ancestor::t:sic | ancestor::t:orig)], '')";
        for (XdmItem note : xp.evaluate("//t:note[@n][parent::t:p]", doc)) {
            String before = xp.evaluateSingle("string-join((preceding::text()[ancestor::t:p][not(ancestor::t:note | ancestor::t:sic | ancestor::t:orig)])[position() > last() - 8], '')", note).getStringValue()
                    .replaceAll("\\s+", " ").strip();
            String[] words = before.split(" ");
            String anchor = words.length >= 2 ? words[words.length - 2] + " " + words[words.length - 1] : before;
            String text = xp.evaluateSingle(reading, note).getStringValue().replaceAll("\\s+", " ").strip();
            out.add(new NoteAt(((XdmNode) note).attribute("n"), anchor, text));
        }
        return out;
    }

    /** The footnote calls set on each page: runs of digits in the small superscript size. */
    static List<List<String>> callsPerPage(byte[] pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<String> calls = new ArrayList<>();
                StringBuilder run = new StringBuilder();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        for (org.apache.pdfbox.text.TextPosition t : positions) {
                            boolean callDigit = t.getFontSizeInPt() < 7.2f && Character.isDigit(t.getUnicode().charAt(0));
                            if (callDigit) {
                                run.append(t.getUnicode());
                            } else if (run.length() > 0) {
                                calls.add(run.toString());
                                run.setLength(0);
                            }
                        }
                        if (run.length() > 0) {
                            calls.add(run.toString());
                            run.setLength(0);
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                out.add(calls);
            }
        }
        return out;
    }

    static void assertEveryNoteOnItsCallsPage(String tei, byte[] pdf) throws Exception {
        List<String> pages = pageTexts(pdf);
        List<List<String>> calls = callsPerPage(pdf);
        for (NoteAt n : notes(tei)) {
            String start = n.text().substring(0, Math.min(24, n.text().length()));
            int notePage = -1;
            for (int p = 0; p < pages.size(); p++) if (pages.get(p).contains(n.n() + " " + start)) notePage = p;
            assertTrue(notePage >= 0, "note " + n.n() + " (" + start + ") printed");
            assertTrue(calls.get(notePage).contains(n.n()), "note " + n.n() + " on the page of its call: page "
                    + (notePage + 1) + " has calls " + calls.get(notePage));
        }
    }

    @Test
    void seedPrintsEveryNoteInFullOnThePageOfItsCall() throws Exception {
        String all = String.join(" ", pageTexts(seedPdf));
        for (NoteAt n : notes(seedTei)) assertTrue(all.contains(n.text()), "note " + n.n() + " in full: " + n.text());
        for (String w : List.of("Saburō", "Kantōgun", "Reconsideration")) assertTrue(all.contains(w), w);
        assertEquals(7, notes(seedTei).size());
        assertEveryNoteOnItsCallsPage(seedTei, seedPdf);
    }

    @Test
    void seedIsPdfA2uWithEveryFontEmbedded() throws Exception {
        assertEquals(List.of(), PdfRendererTest.veraPdf(seedPdf, PDFAFlavour.PDFA_2_U));
        try (PDDocument doc = Loader.loadPDF(seedPdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName() + " embedded");
                }
            }
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(doc.getDocumentInformation().getTitle().contains("Eurasian Triangle"));
        }
    }

    @Test
    void theSameTeiGivesTheSameBytes() throws Exception {
        assertArrayEquals(seedPdf, PUBLISHER.toPdf("p130.tei.xml", seedTei).pdf());
    }

    @Test
    void theTeiCanTravelInsideAsPdfA3() throws Exception {
        byte[] pdf = PUBLISHER.toPdf("p130.tei.xml", seedTei, PdfPublisher.PageSize.A4, true).pdf();
        assertEquals(List.of(), PdfRendererTest.veraPdf(pdf, PDFAFlavour.PDFA_3_U));
    }

    /** The dev pages of the repository (org.colophon.DevPages), all 43 of them. */
    static Stream<Path> devPages() {
        return org.colophon.DevPages.all().stream();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("devPages")
    void everyDevPagePrintsWithItsNotesOnTheirCallsPages(Path page) throws Exception {
        String tei = new Colophon().convert(page.toString(), Files.readAllBytes(page)).tei();
        PdfPublisher.Result r = PUBLISHER.toPdf(page.getFileName() + ".tei.xml", tei);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("Glyph missing")), r.warnings().toString());
        assertEveryNoteOnItsCallsPage(tei, r.pdf());
    }

    /** Every dev page as one document: pages joined at their pb, notes on their calls' pages. */
    @Test
    void allDevPagesAsOneDocumentKeepEveryNoteOnItsCallsPage() throws Exception {
        List<Path> pages = devPages().toList();
        Colophon c = new Colophon();
        StringBuilder bodies = new StringBuilder();
        String header = null;
        Pattern body = Pattern.compile("(?s)<body>(.*)</body>");
        for (Path p : pages) {
            String tei = c.convert(p.toString(), Files.readAllBytes(p)).tei();
            if (header == null) header = tei.substring(0, tei.indexOf("<body>"));
            Matcher m = body.matcher(tei);
            assertTrue(m.find());
            bodies.append(m.group(1));
        }
        String book = header + "<body>" + bodies + "</body>\n  </text>\n</TEI>\n";
        PdfPublisher.Result r = PUBLISHER.toPdf("dev-book.tei.xml", book);
        assertTrue(pageTexts(r.pdf()).size() > pages.size());
        assertEveryNoteOnItsCallsPage(book, r.pdf());
    }
}

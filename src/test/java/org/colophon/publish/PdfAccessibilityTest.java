package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.Colophon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The print edition is accessible PDF as the standard's own checker judges it: veraPDF's
 * PDF/UA-1 profile passes with no failed rule, and so does PDF/A-2u (PDF/A-3u with the TEI
 * attached), on the seed, on every dev page, on every dev page as one book, and on a
 * hand-made book of several source pages with nested divisions, notes in three languages,
 * foreign passages and a figure. Then what veraPDF cannot judge, read from the structure tree:
 * the notes' IDs are the TEI's, the languages of passages, the figure's text, headings.
 */
class PdfAccessibilityTest {
    private static final PdfPublisher PUBLISHER = new PdfPublisher();
    static final Path BOOK = Path.of("src/test/resources/org/colophon/publish/accessible-book.tei.xml");

    private static String seedTei;
    private static byte[] seedPdf;
    private static String bookTei;
    private static byte[] bookPdf;

    @BeforeAll
    static void print() throws Exception {
        PdfRendererTest.verapdf();
        seedTei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        seedPdf = PUBLISHER.toPdf("p130.tei.xml", seedTei).pdf();
        bookTei = Files.readString(BOOK, StandardCharsets.UTF_8);
        bookPdf = PUBLISHER.toPdf(BOOK.toString(), bookTei).pdf();
    }

    /** veraPDF's failed rules for PDF/UA-1 and for the PDF/A flavour, each named by its profile. */
    static List<String> failedRules(byte[] pdf, PDFAFlavour pdfA) throws Exception {
        List<String> failed = new ArrayList<>();
        for (String f : PdfRendererTest.veraPdf(pdf, PDFAFlavour.PDFUA_1)) failed.add("PDF/UA-1 " + f);
        for (String f : PdfRendererTest.veraPdf(pdf, pdfA)) failed.add(pdfA.getId() + " " + f);
        return failed;
    }

    @Test
    void seedIsPdfUa1AndPdfA2u() throws Exception {
        assertEquals(List.of(), failedRules(seedPdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void seedWithItsTeiAttachedIsPdfUa1AndPdfA3u() throws Exception {
        byte[] pdf = PUBLISHER.toPdf("p130.tei.xml", seedTei, PdfPublisher.PageSize.A4, true).pdf();
        assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFA_3_U));
    }

    @Test
    void aHandMadeBookOfSeveralPagesIsPdfUa1AndPdfA2u() throws Exception {
        try (PDDocument doc = Loader.loadPDF(bookPdf)) {
            assertTrue(doc.getNumberOfPages() >= 3, "several pages: " + doc.getNumberOfPages());
        }
        assertEquals(List.of(), failedRules(bookPdf, PDFAFlavour.PDFA_2_U));
    }

    static Stream<Path> devPages() {
        return org.colophon.DevPages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devPages")
    void everyDevPageIsPdfUa1AndPdfA2u(Path page) throws Exception {
        String tei = new Colophon().convert(page.toString(), Files.readAllBytes(page)).tei();
        byte[] pdf = PUBLISHER.toPdf(page.getFileName() + ".tei.xml", tei).pdf();
        assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFA_2_U));
    }

    /** Every dev page as one document, its pages joined at their pb: many pages, many notes. */
    static String devBook() throws Exception {
        Colophon c = new Colophon();
        StringBuilder bodies = new StringBuilder();
        String header = null;
        Pattern body = Pattern.compile("(?s)<body>(.*)</body>");
        for (Path p : org.colophon.DevPages.all()) {
            String tei = c.convert(p.toString(), Files.readAllBytes(p)).tei();
            if (header == null) header = tei.substring(0, tei.indexOf("<body>"));
            Matcher m = body.matcher(tei);
            assertTrue(m.find());
            bodies.append(m.group(1));
        }
        return header + "<body>" + bodies + "</body>\n  </text>\n</TEI>\n";
    }

    @Test
    void everyDevPageAsOneBookIsPdfUa1AndPdfA2u() throws Exception {
        byte[] pdf = PUBLISHER.toPdf("dev-book.tei.xml", devBook()).pdf();
        assertEquals(List.of(), failedRules(pdf, PDFAFlavour.PDFA_2_U));
    }

    // ------------------------------------------------------------ what veraPDF cannot judge

    @Test
    void theDocumentSaysItIsPdfUaAndShowsItsTitle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(seedPdf)) {
            var catalog = doc.getDocumentCatalog();
            assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.matches("(?s).*pdfuaid:part\\s*(=\\s*\"1\"|>1<).*"), "pdfuaid:part 1 in the XMP");
            assertTrue(xmp.contains("pdfaid:part"), "still PDF/A");
            assertEquals("en", catalog.getLanguage());
        }
    }

    @Test
    void everyNoteIsANoteWhoseIdIsTheTeisAndWhoseCallIsInsideIt() throws Exception {
        List<TaggedContent.Element> notes = TaggedContent.read(bookPdf).flatten().stream()
                .filter(e -> e.type().equals("Note")).toList();
        List<String> teiIds = new ArrayList<>();
        Matcher m = Pattern.compile("<note [^>]*xml:id=\"([^\"]+)\"").matcher(bookTei);
        while (m.find()) teiIds.add(m.group(1));
        assertEquals(15, teiIds.size());
        assertEquals(teiIds, notes.stream().map(TaggedContent.Element::id).toList());
        for (TaggedContent.Element note : notes) {
            TaggedContent.Element call = note.kids().get(0);
            assertEquals("Reference", call.type(), note.outline(""));
            assertEquals(note.id().substring(1), call.allText().strip(), "the call is the note's number");
        }
    }

    @Test
    void noteBodiesAreListsOfLabelAndBody() throws Exception {
        for (TaggedContent.Element note : TaggedContent.read(seedPdf).flatten()) {
            if (!note.type().equals("Note")) continue;
            List<String> types = note.flatten().stream().map(TaggedContent.Element::type).filter(t -> !t.startsWith("#")).toList();
            int l = types.indexOf("L");
            assertTrue(l > 0 && types.subList(l, types.size()).containsAll(List.of("LI", "Lbl", "LBody")), note.outline(""));
        }
    }

    @Test
    void headingsStartAtH1AndSkipNoLevel() throws Exception {
        for (byte[] pdf : List.of(seedPdf, bookPdf)) {
            List<Integer> levels = TaggedContent.read(pdf).flatten().stream()
                    .filter(e -> e.type().matches("H[1-6]")).map(e -> e.type().charAt(1) - '0').toList();
            assertFalse(levels.isEmpty());
            assertEquals(1, levels.get(0), levels.toString());
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "level skipped: " + levels);
            }
        }
        List<String> book = TaggedContent.read(bookPdf).flatten().stream()
                .filter(e -> e.type().matches("H[1-6]")).map(e -> e.type() + " " + e.allText().strip()).toList();
        assertEquals(List.of("H1 Contents", "H1 Reading in structure order", "H2 Notes and their calls", "H3 A subsection",
                "H2 The second section"), book);
    }

    @Test
    void foreignPassagesAndNotesCarryTheirLanguage() throws Exception {
        List<TaggedContent.Element> all = TaggedContent.read(bookPdf).flatten();
        assertTrue(all.stream().anyMatch(e -> "de".equals(e.lang()) && e.allText().strip().equals("Lesetext")), "foreign word");
        assertTrue(all.stream().anyMatch(e -> "fr".equals(e.lang()) && e.allText().strip().equals("Le texte et ses notes")), "French title");
        assertTrue(all.stream().anyMatch(e -> "de".equals(e.lang()) && e.allText().contains("Zur Lesetext-Fassung")), "German note");
        assertTrue(all.stream().anyMatch(e -> "fr".equals(e.lang()) && e.allText().contains("Voir la page suivante")), "French note");
    }

    @Test
    void theFigureHasItsDescriptionAsAlternativeText() throws Exception {
        List<TaggedContent.Element> figures = TaggedContent.read(bookPdf).flatten().stream()
                .filter(e -> e.type().equals("Figure")).toList();
        assertEquals(1, figures.size());
        assertTrue(figures.get(0).alt().startsWith("A printed book page: a running head above the text block"), figures.get(0).alt());
    }

    @Test
    void runningHeadsAndFoliosAreArtifactsNotText() throws Exception {
        String tagged = TaggedContent.read(bookPdf).allText();
        List<String> artifacts = TaggedContent.artifactText(bookPdf);
        assertTrue(artifacts.size() >= 3);
        for (int page = 1; page <= artifacts.size(); page++) {
            String a = artifacts.get(page - 1);
            assertTrue(a.matches("(?s).*\\b" + page + "\\b.*"), "the folio " + page + " is an artifact: " + a);
        }
        // a section's title is the running head of its pages, but only its heading is tagged
        assertTrue(artifacts.stream().filter(a -> a.contains("Notes and their calls")).count() >= 2, artifacts.toString());
        String contents = TaggedContent.read(bookPdf).flatten().stream().filter(e -> e.type().equals("TOCI"))
                .map(e -> e.allText()).collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(1, count(contents, "Notes and their calls"), "the contents list it once");
        assertEquals(2, count(tagged, "Notes and their calls"), "only the heading and its contents entry are tagged, not the running heads");
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }
}

package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.transform.stream.StreamSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XsltExecutable;

class PdfRendererTest {

    static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

    static final String TEXT_LATIN = "Kōprülü, Ayşe, Łódź and café";
    static final String TEXT_GREEK = "Greek αβγ";
    static final String TEXT_CYRILLIC = "Cyrillic жзи";

    /** 156×234 mm, two footnotes whose bodies are list-blocks, italic and bold, three scripts. */
    static String fo(String extraBody, String fontFamily) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="%2$s" font-size="10.5pt">
              <fo:layout-master-set>
                <fo:simple-page-master master-name="page" page-width="156mm" page-height="234mm"
                    margin-top="18mm" margin-bottom="20mm"
                    margin-left="20mm" margin-right="16mm">
                  <fo:region-body margin-bottom="8mm"/>
                  <fo:region-after extent="8mm"/>
                </fo:simple-page-master>
              </fo:layout-master-set>
              <fo:page-sequence master-reference="page">
                <fo:static-content flow-name="xsl-region-after">
                  <fo:block text-align="center" font-size="9pt"><fo:page-number/></fo:block>
                </fo:static-content>
                <fo:static-content flow-name="xsl-footnote-separator">
                  <fo:block><fo:leader leader-pattern="rule" leader-length="30mm" rule-thickness="0.4pt"/></fo:block>
                </fo:static-content>
                <fo:flow flow-name="xsl-region-body">
                  <fo:block font-size="14pt" font-weight="bold" space-after="6pt" role="H1">A test of the <fo:inline font-style="italic">Colophon</fo:inline> PDF</fo:block>
                  <fo:block text-align="justify" hyphenate="true" language="en">%3$s<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">1</fo:inline><fo:footnote-body>
                        <fo:list-block font-size="8.5pt" provisional-distance-between-starts="5mm" provisional-label-separation="1mm">
                          <fo:list-item>
                            <fo:list-item-label end-indent="label-end()"><fo:block>1</fo:block></fo:list-item-label>
                            <fo:list-item-body start-indent="body-start()"><fo:block>%4$s, in a footnote.</fo:block></fo:list-item-body>
                          </fo:list-item>
                        </fo:list-block>
                      </fo:footnote-body></fo:footnote> and the text goes on, with <fo:inline font-weight="bold" font-style="italic">bold italic</fo:inline> words.%1$s</fo:block>
                  <fo:block space-before="6pt">%5$s<fo:footnote><fo:inline baseline-shift="super" font-size="7pt">2</fo:inline><fo:footnote-body>
                        <fo:list-block font-size="8.5pt" provisional-distance-between-starts="5mm" provisional-label-separation="1mm">
                          <fo:list-item>
                            <fo:list-item-label end-indent="label-end()"><fo:block>2</fo:block></fo:list-item-label>
                            <fo:list-item-body start-indent="body-start()"><fo:block>A second note on <fo:inline font-style="italic">Kyrillica</fo:inline>.</fo:block></fo:list-item-body>
                          </fo:list-item>
                        </fo:list-block>
                      </fo:footnote-body></fo:footnote>.</fo:block>
                </fo:flow>
              </fo:page-sequence>
            </fo:root>
            """.formatted(extraBody, fontFamily, TEXT_LATIN, TEXT_GREEK, TEXT_CYRILLIC);
    }

    static PdfRenderer.Options options() {
        return PdfRenderer.Options.defaults()
                .withCreationDate(FIXED)
                .withLanguage("en")
                .withMetadata("Colophon test", "Colophon", "FOP smoke test", "TEI, PDF/A");
    }

    static PdfRenderer.Rendering render(String fo, PdfRenderer.Options o) throws Exception {
        return PdfRenderer.shared().render(new StreamSource(new StringReader(fo)), o);
    }

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void textIsExtractableAndEveryFontIsEmbedded() throws Exception {
        PdfRenderer.Rendering r = render(fo("", "Colophon Serif"), options());
        assertTrue(r.warnings().stream().noneMatch(PdfRenderer.Warning::isMissingGlyph), r.warnings()::toString);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            PDPage page = doc.getPage(0);
            assertEquals(156 / 25.4 * 72, page.getMediaBox().getWidth(), 0.5);
            assertEquals(234 / 25.4 * 72, page.getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("Kōprülü", "Ayşe", "Łódź", "café", "αβγ", "жзи", "Kyrillica", "in a footnote")) {
                assertTrue(text.contains(s), () -> "missing '" + s + "' in:\n" + text);
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage p : doc.getPages()) {
                PDResources res = p.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont f = res.getFont(name);
                    fonts.add(f.getName());
                    assertTrue(f.isEmbedded(), () -> f.getName() + " is not embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), () -> f.getName() + " is not a subset");
                }
            }
            assertTrue(fonts.size() >= 3, fonts::toString); // regular, bold, italic, bold italic
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals("Colophon test", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void isValidPdfA2u() throws Exception {
        PdfRenderer.Rendering r = render(fo("", "Colophon Serif"), options());
        List<String> failures = veraPdf(r.pdf(), PDFAFlavour.PDFA_2_U);
        assertEquals(List.of(), failures);
    }

    @Test
    void pdfA3uWithTheTeiAttached() throws Exception {
        byte[] tei = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Łódź</p></body></text></TEI>"
                .getBytes(StandardCharsets.UTF_8);
        PdfRenderer.Options o = options().withAttachment(
                new PdfRenderer.Attachment("source.tei.xml", "application/tei+xml", "TEI P5 source", tei));
        assertEquals("PDF/A-3u", o.pdfAMode());
        PdfRenderer.Rendering a = render(fo("", "Colophon Serif"), o);
        assertEquals(List.of(), veraPdf(a.pdf(), PDFAFlavour.PDFA_3_U));
        try (PDDocument doc = Loader.loadPDF(a.pdf())) {
            var names = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertTrue(names.containsKey("source.tei.xml"), names::toString);
            assertArrayEquals(tei, names.get("source.tei.xml").getEmbeddedFile().toByteArray());
        }
        Thread.sleep(1100); // FOP stamps embedded files with "now": must not show
        assertArrayEquals(a.pdf(), render(fo("", "Colophon Serif"), o).pdf());
    }

    @Test
    void twoRendersAreByteIdentical() throws Exception {
        byte[] a = render(fo("", "Colophon Serif"), options()).pdf();
        Thread.sleep(1100); // FOP stamps the time to the second (file ID, xmp:MetadataDate): must not show
        byte[] b = render(fo("", "Colophon Serif"), options()).pdf();
        assertArrayEquals(a, b);
        String s = new String(a, StandardCharsets.ISO_8859_1);
        assertTrue(s.contains("D:20260101"), "creation date from the options");
        assertFalse(render(fo(" More.", "Colophon Serif"), options()).pdf().length == a.length
                && java.util.Arrays.equals(a, render(fo(" More.", "Colophon Serif"), options()).pdf()));
    }

    @Test
    void streamsSaxFromSaxonWithoutAnIntermediateFile() throws Exception {
        Processor saxon = new Processor(false);
        XsltExecutable identity = saxon.newXsltCompiler().compile(new StreamSource(new StringReader("""
            <xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">
              <xsl:mode on-no-match="shallow-copy"/>
            </xsl:stylesheet>""")));
        String fo = fo("", "Colophon Serif");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PdfRenderer.Warning> w = PdfRenderer.shared().render(
                handler -> identity.load30().transform(new StreamSource(new StringReader(fo)), new SAXDestination(handler)),
                out, options());
        assertTrue(w.stream().noneMatch(PdfRenderer.Warning::isMissingGlyph), w::toString);
        assertArrayEquals(render(fo, options()).pdf(), out.toByteArray());
    }

    @Test
    void aMissingGlyphIsReportedByName() throws Exception {
        PdfRenderer.Rendering r = render(fo(" Emoji \uD83D\uDE00 and Han 中.", "Colophon Serif"), options());
        List<PdfRenderer.Warning> missing = r.warnings().stream().filter(PdfRenderer.Warning::isMissingGlyph).toList();
        String all = missing.stream().map(PdfRenderer.Warning::message).collect(Collectors.joining("\n"));
        assertTrue(missing.stream().anyMatch(x -> x.codePoint() == 0x1F600), all);
        assertTrue(missing.stream().anyMatch(x -> x.codePoint() == 0x4E2D), all);
        assertTrue(all.contains("U+1F600") && all.contains("U+4E2D"), all);
        assertTrue(all.contains("GRINNING FACE"), all);
    }

    @Test
    void aFontThatIsNotEmbeddedIsRefused() throws Exception {
        PdfRenderer referenced = PdfRenderer.withExtraFonts("""
            <font embed-url="NotoSerif-Regular.ttf">
              <font-triplet name="Referenced Serif" style="normal" weight="normal"/>
            </font>
            <referenced-fonts><match font-family="Referenced Serif"/></referenced-fonts>
            """);
        PdfRenderException e = assertThrows(PdfRenderException.class, () -> referenced.render(
                new StreamSource(new StringReader(fo("", "Referenced Serif"))), options()));
        assertTrue(e.getMessage().contains("embedded"), e::getMessage);
    }

    @Test
    void anUnconfiguredFontFamilyFallsBackToABase14FontAndIsRefused() {
        PdfRenderException e = assertThrows(PdfRenderException.class,
                () -> render(fo("", "Helvetica"), options()));
        assertTrue(e.getMessage().contains("embedded"), e::getMessage);
    }

    @Test
    void timings() throws Exception {
        long t0 = System.nanoTime();
        PdfRenderer.shared();
        long t1 = System.nanoTime();
        render(fo("", "Colophon Serif"), options());
        long t2 = System.nanoTime();
        render(fo("", "Colophon Serif"), options());
        long t3 = System.nanoTime();
        System.out.printf("PdfRenderer timings: factory %.0f ms (shared() call %.0f ms), render %.0f ms, again %.0f ms%n",
                PdfRenderer.lastFactoryBuildNanos / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }

    static List<String> veraPdf(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant: " + result.getFailedChecks());
            }
            return failed.stream().distinct().toList();
        }
    }
}

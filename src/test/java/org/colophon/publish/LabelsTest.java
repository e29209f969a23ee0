package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The editions' fixed words follow the language of the document (xml:lang), in HTML and in print. */
class LabelsTest {
    private static final HtmlPublisher HTML = new HtmlPublisher();
    private static final PdfPublisher PDF = new PdfPublisher();

    /** Every fixed English word the editions print, as the English edition prints it. */
    private static final List<String> ENGLISH = List.of("Works cited", "Reading text", "Diplomatic text", "Text view",
            "Corrected; printed", "printed: ", "Note 1", "Back to the text of note", "Encoded as TEI P5",
            "Marked words were repaired", "Digital edition", "The words and line breaks as printed", "Corrections applied");

    /**
     * A page as Colophon's TEI writer gives it today (English head of the works cited), in the
     * language given on the TEI root, the text and the note.
     */
    static String tei(String rootLang, String textLang, String noteLang, String worksHead) {
        return "<TEI xmlns='http://www.tei-c.org/ns/1.0'" + lang(rootLang) + "><teiHeader><fileDesc><titleStmt><title>Seite 12: eine digitale Edition</title></titleStmt>"
                + "<publicationStmt><p>t</p></publicationStmt><sourceDesc><bibl><title level='m'>Ein Buch</title></bibl></sourceDesc></fileDesc></teiHeader>"
                + "<text" + lang(textLang) + "><body><pb n='12'/><p>Die Kaufmanns- und Handwerkergilden der Stadt hatten ihre <choice><sic>eigenen</sic><corr>eigenen</corr></choice>"
                + " Ordnungen.<note n='1' place='foot' xml:id='n12-1'" + lang(noteLang) + "><bibl xml:id='n12-1-b1' corresp='#w12-1'>Voir Marc Bloch, <title level='m'>La société féodale</title>"
                + " (Paris: Albin Michel, 1939), 577–608.</bibl></note> Weiter im Text.</p></body>"
                + "<back><listBibl type='works-cited'>" + (worksHead == null ? "" : "<head>" + worksHead + "</head>")
                + "<bibl xml:id='w12-1'>Marc Bloch, <title level='m'>La société féodale</title></bibl></listBibl></back></text></TEI>";
    }

    private static String lang(String tag) {
        return tag == null ? "" : " xml:lang='" + tag + "'";
    }

    private static void assertNoEnglishLabel(String output) {
        for (String label : ENGLISH) assertFalse(output.contains(label), () -> "English label \"" + label + "\" left in\n" + output);
    }

    @Test
    void aGermanEditionHasGermanLabels() throws Exception {
        String html = HTML.toHtml("de.tei.xml", tei("de", null, null, "Works cited")).html();
        Document d = Jsoup.parse(html);
        assertEquals("de", d.selectFirst("html").attr("lang"));
        assertEquals("Literatur", d.selectFirst(".works-cited h2").text());
        assertEquals("Lesetext", d.selectFirst("label[for=view-reading]").text());
        assertEquals("Diplomatischer Text", d.selectFirst("label[for=view-diplomatic]").text());
        assertEquals("Textansicht", d.selectFirst(".views").attr("aria-label"));
        assertEquals("Anmerkung 1", d.selectFirst("a.noteref").attr("aria-label"));
        assertEquals("Zurück zum Text von Anmerkung 1", d.selectFirst("a.backlink").attr("aria-label"));
        assertEquals("Korrigiert; gedruckt: eigenen", d.selectFirst(".choice .rd").attr("title"));
        assertEquals("gedruckt: eigenen", d.selectFirst(".choice .rd").attr("data-printed"));
        assertTrue(d.selectFirst("footer").text().startsWith("In TEI P5 kodiert"), d.selectFirst("footer").text());
        assertTrue(d.selectFirst("meta[name=description]").attr("content").startsWith("Digitale Edition von Ein Buch"));
        assertNoEnglishLabel(html.replace(d.selectFirst("style").data(), ""));
    }

    @Test
    void aFrenchEditionHasFrenchLabels() throws Exception {
        Document d = Jsoup.parse(HTML.toHtml("fr.tei.xml", tei("fr", null, null, null)).html());
        assertEquals("Ouvrages cités", d.selectFirst(".works-cited h2").text());
        assertEquals("Texte de lecture", d.selectFirst("label[for=view-reading]").text());
        assertEquals("Note 1", d.selectFirst("a.noteref").attr("aria-label"));
    }

    @Test
    void theLanguageOfTheTextDecidesAndARegionalTagFallsBackToItsLanguage() throws Exception {
        Document d = Jsoup.parse(HTML.toHtml("de.tei.xml", tei("en", "de-AT", null, "Works cited")).html());
        assertEquals("Literatur", d.selectFirst(".works-cited h2").text());
        assertEquals("de-AT", d.selectFirst("article").attr("lang"), "the text's language for the browser's hyphenation");
        Document other = Jsoup.parse(HTML.toHtml("es.tei.xml", tei("es", null, null, null)).html());
        assertEquals("Works cited", other.selectFirst(".works-cited h2").text(), "a language without labels gets English");
    }

    @Test
    void aHeadOfTheDocumentsOwnIsKeptAndEnglishStaysEnglish() throws Exception {
        assertEquals("Quellen", Jsoup.parse(HTML.toHtml("de.tei.xml", tei("de", null, null, "Quellen")).html()).selectFirst(".works-cited h2").text());
        Document en = Jsoup.parse(HTML.toHtml("en.tei.xml", tei("en", null, null, "Works cited")).html());
        assertEquals("Works cited", en.selectFirst(".works-cited h2").text());
        assertEquals("Reading text", en.selectFirst("label[for=view-reading]").text());
        assertEquals("Note 1", en.selectFirst("a.noteref").attr("aria-label"));
    }

    private static String attribute(String fo, String element, String name) {
        Matcher m = Pattern.compile("<fo:" + element + "\\b[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(fo);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void thePrintEditionHyphenatesInTheLanguageOfTheTextAndOfEachNote() throws Exception {
        String fo = PDF.toFo("de.tei.xml", tei("en", "de-AT", "fr", "Works cited"), PdfPublisher.PageSize.BOOK);
        assertEquals("de", attribute(fo, "page-sequence", "language"));
        assertEquals("AT", attribute(fo, "page-sequence", "country"));
        Matcher note = Pattern.compile("<fo:list-item-body[^>]*>\\s*<fo:block\\b([^>]*)>").matcher(fo);
        assertTrue(note.find(), "a footnote body");
        assertTrue(note.group(1).contains("language=\"fr\""), "the French note is hyphenated as French: " + note.group(1));
    }

    @Test
    void thePrintEditionHasGermanLabels() throws Exception {
        String tei = tei("de", null, null, "Works cited");
        String fo = PDF.toFo("de.tei.xml", tei, PdfPublisher.PageSize.BOOK);
        assertTrue(fo.contains(">Seite 12</fo:bookmark-title>"), "the bookmark of the source's page");
        assertNoEnglishLabel(fo);
        String text;
        try (PDDocument doc = Loader.loadPDF(PDF.toPdf("de.tei.xml", tei).pdf())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Literatur"), text);
        assertNoEnglishLabel(text);
    }
}

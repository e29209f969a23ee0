package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.Colophon;
import org.colophon.xml.XmlProblem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlPublisherTest {
    private static final HtmlPublisher PUBLISHER = new HtmlPublisher();
    private static Document seed;
    private static String seedTei;

    @BeforeAll
    static void publishSeed() throws Exception {
        seedTei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        seed = Jsoup.parse(PUBLISHER.toHtml("p130.tei.xml", seedTei).html());
    }

    /** The reading view's text: editorial readings, no source forms, no printed line breaks. */
    static String readingText(Document doc) {
        Document d = doc.clone();
        d.select(".dp, .lb, .lb-hyphen, script, style").remove();
        return d.body().text();
    }

    static void assertLinksResolve(Document doc) {
        for (Element a : doc.select("a[href^=#]")) {
            String id = a.attr("href").substring(1);
            assertNotNull(doc.getElementById(id), "href " + a.attr("href") + " has no target");
        }
    }

    static void assertIdsUnique(Document doc) {
        Set<String> seen = new HashSet<>();
        for (Element e : doc.select("[id]")) assertTrue(seen.add(e.id()), "duplicate id " + e.id());
    }

    @Test
    void seedHasSevenCallsAndSevenFootnotesLinkedBothWays() {
        assertEquals(7, seed.select("a[role=doc-noteref]").size());
        List<Element> notes = seed.select("aside[role=doc-footnote]");
        assertEquals(7, notes.size());
        for (Element note : notes) {
            Element back = note.selectFirst("a[role=doc-backlink]");
            assertNotNull(back, "note " + note.id() + " has a back-link");
            Element call = seed.getElementById(back.attr("href").substring(1));
            assertNotNull(call);
            assertEquals("#" + note.id(), call.attr("href"));
        }
        assertLinksResolve(seed);
        assertIdsUnique(seed);
    }

    @Test
    void seedIsValidHtmlForTheNuChecker() throws Exception {
        assertEquals(List.of(), NuChecker.errors(PUBLISHER.toHtml("p130.tei.xml", seedTei).html()));
    }

    @Test
    void readingTextHasWholeWords() {
        String text = readingText(seed);
        for (String w : List.of("Reconsideration", "Saburō", "Kantōgun", "border", "Simultaneously", "effort")) {
            assertTrue(text.contains(w), w + " in " + text);
        }
        assertFalse(text.contains("Reconsidera tion"));
    }

    @Test
    void diplomaticFormsAreKeptForTheOtherView() {
        assertTrue(seed.select(".choice .dp").stream().anyMatch(e -> e.text().equals("eort")));
        assertEquals(seed.select(".choice.corr").size(), seed.select(".choice.corr .rd[tabindex]").size());
    }

    @Test
    void selfContainedWithMetadataAndCoins() {
        assertTrue(seed.select("link[href], script[src], img[src^=http], iframe").isEmpty(), "no request to another host");
        assertEquals("en", seed.selectFirst("html").attr("lang"));
        assertTrue(seed.selectFirst("meta[name=generator]").attr("content").startsWith("Colophon"));
        assertNotNull(seed.selectFirst("meta[name=DC.title]"));
        assertNotNull(seed.selectFirst("meta[name=description]"));
        assertTrue(seed.select("span.Z3988").size() >= 7);
        assertTrue(seed.select("span.Z3988").stream().anyMatch(z -> z.attr("title").contains("rft.jtitle=Europe-Asia%20Studies")));
        assertTrue(seed.select("cite").stream().anyMatch(c -> c.text().equals("Europe-Asia Studies")));
    }

    @Test
    void pageBreakIsAMarginMarkerWithTheRunningHead() {
        Element pb = seed.selectFirst(".pb");
        assertEquals("[130]", pb.selectFirst(".pb-n").text());
        assertEquals("The Caucasus Group and Japan", pb.selectFirst(".pb-head").text());
    }

    @Test
    void hostileTeiNeverBecomesScript() throws XmlProblem {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></titleStmt></fileDesc></teiHeader>"
                + "<text><body><p onclick='x'>Look <ref target='javascript:alert(1)'>here</ref> and <hi rend='x\" onmouseover=\"alert(1)'>there</hi>"
                + " &lt;img src=x onerror=alert(1)&gt; <note n='1' xml:id='a\"b'>n</note></p></body></text></TEI>";
        Document d = Jsoup.parse(PUBLISHER.toHtml("hostile.xml", tei).html());
        assertEquals(1, d.select("script").size(), "only Colophon's own script");
        assertTrue(d.select("img").isEmpty());
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().startsWith("on"), "event handler " + a);
                assertFalse(a.getValue().trim().toLowerCase().startsWith("javascript:"), "script URL " + a);
            });
        }
        assertTrue(d.title().contains("<script>"), "the title is text");
    }

    @Test
    void aRootThatIsNotTeiIsRefused() {
        XmlProblem e = assertThrows(XmlProblem.class, () -> PUBLISHER.toHtml("x.xml", "<html><body/></html>"));
        assertTrue(e.oneLine().startsWith("x.xml:1:"), e.oneLine());
        assertTrue(e.getMessage().contains("not a TEI document"));
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        XmlProblem e = assertThrows(XmlProblem.class, () -> PUBLISHER.toHtml("m.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<text>\n</TEI>"));
        assertTrue(e.oneLine().startsWith("m.xml:3:"), e.oneLine());
    }

    @Test
    void doctypeIsRefused() {
        XmlProblem e = assertThrows(XmlProblem.class, () -> PUBLISHER.toHtml("d.xml",
                "<!DOCTYPE TEI [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><TEI xmlns='http://www.tei-c.org/ns/1.0'>&x;</TEI>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    /** The dev pages of the repository (org.colophon.DevPages), all 43 of them. */
    static Stream<Path> devPages() {
        return org.colophon.DevPages.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devPages")
    void everyDevPageKeepsItsNotesAndLinks(Path page) throws Exception {
        String tei = new Colophon().convert(page.toString(), Files.readAllBytes(page)).tei();
        long teiNotes = tei.split("<note ", -1).length - 1;
        String html = PUBLISHER.toHtml(page.toString(), tei).html();
        Document d = Jsoup.parse(html);
        assertEquals(teiNotes, d.select("aside[role=doc-footnote]").size());
        assertEquals(List.of(), NuChecker.errors(html), "Nu HTML Checker");
        assertLinksResolve(d);
        assertIdsUnique(d);
    }

    /** Everything Colophon's HTML may hold in its body: the tags and attributes it writes, and no other. */
    private static org.jsoup.safety.Safelist colophonSafelist() {
        return org.jsoup.safety.Safelist.none()
                .addTags("a", "article", "aside", "br", "cite", "div", "footer", "h1", "h2", "h3", "header", "input", "label",
                        "li", "main", "ol", "p", "section", "span", "ul", "em", "i", "b", "sup", "sub", "q", "blockquote",
                        "figure", "figcaption", "table", "tr", "td", "th", "tbody", "thead", "abbr", "small", "nav")
                .addAttributes(":all", "class", "id", "role", "title", "lang", "hidden", "tabindex", "aria-label",
                        "aria-hidden", "aria-labelledby", "data-printed")
                .addAttributes("a", "href")
                .addAttributes("input", "type", "name", "checked")
                .addAttributes("label", "for")
                .addProtocols("a", "href", "#", "http", "https", "mailto");
    }

    /** The body, less Colophon's own script (checked to be the one it ships), as the Safelist sees it. */
    private static Document bodyWithoutOwnScript(String html) {
        Document d = Jsoup.parse(html);
        d.select("body script").forEach(sc -> {
            assertTrue(sc.attributes().isEmpty() && sc.data().contains("localStorage"), "only Colophon's script: " + sc);
            sc.remove();
        });
        return d;
    }

    @Test
    void theSeedPassesTheSafelist() throws XmlProblem {
        Document d = bodyWithoutOwnScript(PUBLISHER.toHtml("p130.tei.xml", seedTei).html());
        assertTrue(new org.jsoup.safety.Cleaner(colophonSafelist()).isValidBodyHtml(d.body().html()), "seed HTML outside the safelist");
    }

    @Test
    void hostileTeiInAnyAttributeOrTextNeverPassesIntoTheHtml() throws XmlProblem {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0' xmlns:xi='http://www.w3.org/2001/XInclude'><teiHeader><fileDesc><titleStmt>"
                + "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title></titleStmt></fileDesc></teiHeader>"
                + "<text><body><div type='x\" onload=\"alert(1)'><head style='background:url(javascript:alert(1))'>H</head>"
                + "<p onclick='x' style='x'>Look <ref target=' JaVaScRiPt:alert(1)'>here</ref>, <ref target='data:text/html,&lt;script&gt;'>data</ref>,"
                + " <ref target='vbscript:msgbox'>vb</ref>, <ptr target='javascript:alert(2)'/> and <hi rend='x\" onmouseover=\"alert(1)'>there</hi>"
                + " <foo onclick='alert(3)'>unknown words</foo> <xi:include href='/etc/passwd'/>"
                + "<figure><graphic url='javascript:alert(4)'/></figure>"
                + " &lt;img src=x onerror=alert(1)&gt; <?php echo 1; ?><![CDATA[<script>alert(5)</script>]]>"
                + " <note n='1' xml:id='a\"b' place='foot' rend='&lt;style&gt;'>n</note></p></div></body></text></TEI>";
        HtmlPublisher.Result r = PUBLISHER.toHtml("hostile.xml", tei);
        Document d = bodyWithoutOwnScript(r.html());
        org.jsoup.safety.Cleaner cleaner = new org.jsoup.safety.Cleaner(colophonSafelist());
        assertTrue(cleaner.isValidBodyHtml(d.body().html()), () -> "outside the safelist:\n" + d.body().html());
        assertTrue(d.select("style").stream().allMatch(st -> st.parent().tagName().equals("head")), "style only Colophon's own");
        assertTrue(d.body().text().contains("unknown words"), "an unknown element keeps its text");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("foo")), () -> "warned: " + r.warnings());
        assertFalse(d.body().text().contains("passwd"));
    }
}

package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.Colophon;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reading edition's masthead and the placing of its sidenotes. */
class HtmlLayoutTest {
    private static final HtmlPublisher PUBLISHER = new HtmlPublisher();
    private static final String BOOK = "The Eurasian Triangle. Russia, the Caucasus and Japan, 1904-1945";
    private static Document seed;

    @BeforeAll
    static void publishSeed() throws Exception {
        String tei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        seed = Jsoup.parse(PUBLISHER.toHtml("p130.tei.xml", tei).html());
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void theMastheadNamesTheBookOnce() {
        Element masthead = seed.selectFirst("header.masthead");
        assertEquals(1, occurrences(masthead.text(), BOOK), masthead.text());
        assertTrue(masthead.selectFirst("h1").text().startsWith(BOOK), "the edition's title says which book");
    }

    @Test
    void theMastheadShowsTheBookAboveATitleThatDoesNotNameIt() throws Exception {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Page 12: a digital edition</title></titleStmt>"
                + "<publicationStmt><p>t</p></publicationStmt><sourceDesc><bibl><title level='m'>A Book</title></bibl></sourceDesc></fileDesc></teiHeader>"
                + "<text><body><p>Text.</p></body></text></TEI>";
        Element masthead = Jsoup.parse(PUBLISHER.toHtml("t.xml", tei).html()).selectFirst("header.masthead");
        assertEquals("A Book", masthead.selectFirst(".source-title").text());
        assertEquals("Page 12: a digital edition", masthead.selectFirst("h1").text());
    }

    /** The rules of the stylesheet's wide-screen media query. */
    private static String wideScreenRules(Document doc) {
        String css = doc.selectFirst("head style").data();
        int at = css.indexOf("@media (min-width: 64rem)");
        assertTrue(at >= 0, "a wide-screen media query");
        int depth = 0;
        int start = css.indexOf('{', at);
        for (int i = start; i < css.length(); i++) {
            if (css.charAt(i) == '{') depth++;
            if (css.charAt(i) == '}' && --depth == 0) return css.substring(start + 1, i);
        }
        throw new AssertionError("unclosed media query");
    }

    private static String declarations(String rules, String selector) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(rules);
        return m.find() ? m.group(1) : null;
    }

    /**
     * A paragraph's notes are one box beside it, taken out of its flow on wide screens: the
     * paragraph is as tall as its own text, so the next one follows it however long its notes run.
     * (Checked in headless Chromium at 1280 px, with and without the script: the next paragraph starts
     * right below the text, and a long note never overlaps the next paragraph's.)
     */
    @Test
    void sidenotesNeverPushTheNextParagraphDown() {
        for (Element para : seed.select("div.para")) {
            assertTrue(para.children().stream().noneMatch(c -> c.tagName().equals("aside")),
                    "no note in the paragraph's own flow: " + para.text().substring(0, 40));
        }
        assertEquals(seed.select("aside.note").size(), seed.select("div.para > div.notes > aside.note").size());

        String wide = wideScreenRules(seed);
        String box = declarations(wide, ".para > .notes");
        assertNotNull(box, "a wide-screen rule for the notes box");
        assertTrue(box.matches("(?s).*\\bfloat:\\s*right\\b.*") && box.matches("(?s).*\\bclear:\\s*right\\b.*")
                && box.matches("(?s).*\\bmargin-right:\\s*calc\\(-1 \\*.*"),
                "without the script: floated into the margin, below the boxes before it, taking no room from the text: " + box);
        String placed = declarations(wide, ".js .para > .notes");
        assertNotNull(placed, "a wide-screen rule for the notes box the script places");
        assertTrue(placed.matches("(?s).*\\bposition:\\s*absolute\\b.*"), "with the script: out of flow beside the paragraph: " + placed);
        String para = declarations(wide, ".para");
        assertNotNull(para);
        assertTrue(para.matches("(?s).*\\bposition:\\s*relative\\b.*"), "the box is placed against its paragraph: " + para);
        assertTrue(seed.selectFirst("body script").data().contains("classList.add(\"js\")"), "the script marks the page as scripted");
        assertFalse(wide.matches("(?s).*\\.para\\s*\\{[^}]*display:\\s*grid.*"), "no grid row the notes could stretch");
    }
}

package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.colophon.Colophon;
import org.colophon.DevPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The HTML edition in a real browser (Debian's Chromium, headless), judged by axe-core: WCAG
 * 2.0, 2.1 and 2.2 at levels A and AA and axe's best practices, with no violation. The seed
 * and five dev pages are checked at 1280 and 390 px in the reading and the diplomatic view;
 * every dev page in the reading view at 1280 px. And by keyboard alone: every note call and
 * every back-link is reached with Tab, shows its focus, and is followed with Enter.
 *
 * <p>Where no browser is installed the tests are skipped with one line saying so; under CI
 * (CI=true) a missing browser fails them, since .ci/run installs it.
 */
class HtmlAccessibilityTest {

    static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final List<String> SAMPLE = List.of("guidelines-p0021", "guidelines-p0031", "guidelines-p0043",
            "guidelines-p0045", "guidelines-p0061");
    static final int WIDE = 1280;
    static final int NARROW = 390;

    private static Path site;
    private static Browser browser;

    @BeforeAll
    static void publishAndStartTheBrowser() throws Exception {
        Optional<Browser.Installation> installed = Browser.find();
        if (installed.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(Browser.missing() + "; .ci/run installs them before the build");
            }
            System.err.println("HtmlAccessibilityTest: " + Browser.missing() + "; the axe-core and keyboard checks did not run");
            assumeTrue(false, Browser.missing());
        }
        site = Files.createTempDirectory("colophon-a11y-");
        HtmlPublisher html = new HtmlPublisher();
        Colophon colophon = new Colophon();
        write(html, colophon, "eurasian-triangle-p130", Path.of("seeds/eurasian-triangle-p130.txt"));
        for (Path page : DevPages.all()) {
            write(html, colophon, page.getFileName().toString().replaceFirst("\\.txt$", ""), page);
        }
        browser = Browser.start(installed.get(), WIDE, 900);
    }

    private static void write(HtmlPublisher html, Colophon colophon, String name, Path page) throws Exception {
        String tei = colophon.convert(page.toString(), Files.readAllBytes(page)).tei();
        Files.writeString(site.resolve(name + ".html"), html.toHtml(name + ".tei.xml", tei).html());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (site != null) {
            try (Stream<Path> s = Files.walk(site)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Loads a published page at a width, in a view ("reading" or "diplomatic"), chosen as a reader would: by its label. */
    static ChromeDriver open(String name, int width, String view) {
        browser.viewport(width, 900);
        ChromeDriver d = browser.driver();
        d.get(site.resolve(name + ".html").toUri().toString());
        assertEquals(width, ((Number) d.executeScript("return window.innerWidth")).intValue(), "viewport width");
        d.findElement(By.cssSelector("label[for='view-" + view + "']")).click();
        assertTrue(d.findElement(By.id("view-" + view)).isSelected(), view + " view chosen");
        List<WebElement> lineBreaks = d.findElements(By.cssSelector(".edition br.lb"));
        if (!lineBreaks.isEmpty()) {
            assertEquals(view.equals("diplomatic") ? "inline" : "none", lineBreaks.get(0).getCssValue("display"),
                    "the printed line breaks show in the diplomatic view only");
        }
        return d;
    }

    /** axe-core's violations of the page as it is now, one line each: rule, impact, where. */
    static List<String> violations(ChromeDriver d) {
        Results r = new AxeBuilder().withTags(RULE_TAGS).analyze(d);
        assertTrue(r.getPasses().size() > 10, "axe ran its rules: " + r.getPasses().size() + " passed");
        List<String> out = new ArrayList<>();
        for (Rule rule : r.getViolations()) {
            List<String> where = new ArrayList<>();
            for (CheckedNode n : rule.getNodes()) where.add(String.valueOf(n.getTarget()));
            out.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + where);
        }
        return out;
    }

    static Stream<Arguments> sampleInEveryViewAndWidth() {
        List<String> pages = new ArrayList<>();
        pages.add("eurasian-triangle-p130");
        pages.addAll(SAMPLE);
        List<Arguments> out = new ArrayList<>();
        for (String page : pages) {
            for (int width : List.of(WIDE, NARROW)) {
                for (String view : List.of("reading", "diplomatic")) out.add(Arguments.of(page, width, view));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2} view")
    @MethodSource("sampleInEveryViewAndWidth")
    void axeFindsNoViolation(String page, int width, String view) {
        assertEquals(List.of(), violations(open(page, width, view)));
    }

    static Stream<String> everyDevPage() {
        return DevPages.all().stream().map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDevPage")
    void axeFindsNoViolationOnAnyDevPage(String page) {
        assertEquals(List.of(), violations(open(page, WIDE, "reading")));
    }

    // ------------------------------------------------------------ keyboard

    /** Tabs through the whole page; for each element focused, what it is and whether its focus shows. */
    static Map<String, Boolean> tabThrough(ChromeDriver d) {
        int focusable = d.findElements(By.cssSelector("a[href], [tabindex='0'], input")).size();
        Map<String, Boolean> reached = new LinkedHashMap<>();
        Actions keys = new Actions(d);
        for (int i = 0; i < focusable + 5; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement a = d.switchTo().activeElement();
            String what = describe(a);
            if (what != null) reached.putIfAbsent(what, focusVisible(d, a));
        }
        return reached;
    }

    private static String describe(WebElement a) {
        String cls = a.getAttribute("class");
        if (cls == null) return null;
        if (cls.contains("noteref")) return "call " + a.getAttribute("id");
        if (cls.contains("backlink")) return "back-link " + a.getAttribute("href").replaceFirst("^.*#", "#");
        return null;
    }

    /** A focus indicator is drawn: an outline of some width, or a box shadow. */
    static boolean focusVisible(ChromeDriver d, WebElement e) {
        Object shown = d.executeScript("var s = getComputedStyle(arguments[0]);"
                + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';", e);
        return Boolean.TRUE.equals(shown);
    }

    private static void everyCallAndBackLinkIsReachedWithItsFocusShown(String page, int width) {
        ChromeDriver d = open(page, width, "reading");
        List<String> expected = new ArrayList<>();
        for (WebElement c : d.findElements(By.cssSelector("a.noteref"))) expected.add("call " + c.getAttribute("id"));
        for (WebElement b : d.findElements(By.cssSelector("a.backlink"))) {
            expected.add("back-link " + b.getAttribute("href").replaceFirst("^.*#", "#"));
        }
        assertTrue(expected.size() >= 2, "the page has notes");
        Map<String, Boolean> reached = tabThrough(d);
        for (String e : expected) {
            assertTrue(reached.containsKey(e), e + " is reached with Tab at " + width + " px; reached: " + reached.keySet());
            assertTrue(reached.get(e), e + " shows its focus at " + width + " px");
        }
    }

    @Test
    void everyCallAndBackLinkIsReachedWithTabAndShowsItsFocus() {
        for (int width : List.of(WIDE, NARROW)) {
            everyCallAndBackLinkIsReachedWithItsFocusShown("eurasian-triangle-p130", width);
            everyCallAndBackLinkIsReachedWithItsFocusShown("guidelines-p0031", width);
        }
    }

    /** Enter on a call goes to its note; the next Tab is the note's back-link; Enter there goes back to the call. */
    @Test
    void everyCallAndBackLinkIsFollowedWithEnter() {
        for (int width : List.of(WIDE, NARROW)) {
            ChromeDriver d = open("eurasian-triangle-p130", width, "reading");
            List<WebElement> calls = d.findElements(By.cssSelector("a.noteref"));
            assertEquals(7, calls.size());
            for (WebElement call : calls) {
                String note = call.getAttribute("href").replaceFirst("^.*#", "");
                call.sendKeys(Keys.ENTER);
                assertEquals("#" + note, d.executeScript("return location.hash"), "Enter on " + call.getAttribute("id"));
                new Actions(d).sendKeys(Keys.TAB).perform();
                WebElement back = d.switchTo().activeElement();
                assertEquals("back-link #" + call.getAttribute("id"), describe(back),
                        "the Tab after following call " + call.getAttribute("id") + " at " + width + " px");
                new Actions(d).sendKeys(Keys.ENTER).perform();
                assertEquals("#" + call.getAttribute("id"), d.executeScript("return location.hash"), "back to the call");
            }
        }
    }
}

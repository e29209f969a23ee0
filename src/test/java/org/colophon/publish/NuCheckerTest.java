package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NuCheckerTest {

    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Colophon test</title>
            </head>
            <body>
            <main>
            <h1>Letter 1</h1>
            <p id="p1">Dear Sir, <em>ſome</em> text &amp; a note.<a href="#n1">1</a></p>
            <aside id="n1"><p>A note.</p></aside>
            </main>
            </body>
            </html>
            """;

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + title + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static boolean mentions(List<String> errors, String... words) {
        return errors.stream().anyMatch(e -> {
            for (String w : words) {
                if (!e.toLowerCase().contains(w.toLowerCase())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void validDocumentHasNoErrors() {
        assertEquals(List.of(), NuChecker.errors(VALID));
    }

    @Test
    void validDocumentStaysValidOnRepeatedChecks() {
        NuChecker.errors(page("", "<p>x</p>"));
        assertEquals(List.of(), NuChecker.errors(VALID));
        assertEquals(List.of(), NuChecker.errors(VALID));
    }

    @Test
    void asideInsideParagraphIsAnError() {
        // The text/html parser closes the <p> implicitly at <aside>, so the
        // checker (like vnu.jar and validator.w3.org/nu) reports the now
        // stray </p> end tag rather than "aside not allowed in p".
        List<String> errors = NuChecker.errors(
                page("<title>t</title>\n", "<p>Text <aside>note</aside> more.</p>\n"));
        assertFalse(errors.isEmpty());
        assertTrue(mentions(errors, "\u201cp\u201d end tag"), errors.toString());
        assertTrue(errors.get(0).startsWith("8:"), errors.toString());
    }

    @Test
    void duplicateIdIsAnError() {
        List<String> errors = NuChecker.errors(
                page("<title>t</title>\n", "<p id=\"a\">one</p>\n<p id=\"a\">two</p>\n"));
        assertTrue(mentions(errors, "duplicate id", "\u201ca\u201d"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("9:")), errors.toString());
    }

    @Test
    void missingTitleIsAnError() {
        List<String> errors = NuChecker.errors(page("", "<p>x</p>\n"));
        assertTrue(mentions(errors, "title"), errors.toString());
    }

    @Test
    void warningsAreIgnored() {
        // A <section> without a heading is only a warning in the Nu checker.
        assertEquals(List.of(), NuChecker.errors(
                page("<title>t</title>\n", "<section><p>x</p></section>\n")));
    }
}

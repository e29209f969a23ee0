package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.colophon.ingest.InputProblem;
import org.colophon.publish.HtmlPublisher;
import org.colophon.xml.XmlProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole pages against their approved TEI and HTML (src/test/resources/org/colophon/golden/NAME.tei.xml, NAME.html).
 * After an intended change, review the diff and approve it with
 * {@code mvn test -Dtest=GoldenPagesTest -Dcolophon.updateGolden=true}.
 */
class GoldenPagesTest {
    private static final Path DIR = Path.of("src/test/resources/org/colophon/golden");
    private static final Colophon COLOPHON = new Colophon();
    private static final HtmlPublisher HTML = new HtmlPublisher();

    static Stream<String> pages() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageEncodesAsApproved(String name) throws IOException, InputProblem {
        byte[] input = Files.readAllBytes(DIR.resolve(name + ".txt"));
        String tei = COLOPHON.convert(name + ".txt", input).tei();
        compare(name + ".tei.xml", tei);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagePublishesAsApproved(String name) throws IOException, InputProblem, XmlProblem {
        byte[] input = Files.readAllBytes(DIR.resolve(name + ".txt"));
        String tei = COLOPHON.convert(name + ".txt", input).tei();
        compare(name + ".html", HTML.toHtml(name + ".tei.xml", tei).html());
    }

    private static void compare(String file, String actual) throws IOException {
        String name = file;
        String tei = actual;
        Path golden = DIR.resolve(file);
        if (Boolean.getBoolean("colophon.updateGolden")) {
            Files.writeString(golden, tei, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) fail("no approved output " + file + "; run with -Dcolophon.updateGolden=true and review it");
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(tei)) {
            String[] a = expected.split("\n", -1);
            String[] b = tei.split("\n", -1);
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                if (!a[i].equals(b[i])) assertEquals(a[i], b[i], name + " line " + (i + 1));
            }
            assertEquals(a.length, b.length, name + ": number of lines");
        }
    }
}

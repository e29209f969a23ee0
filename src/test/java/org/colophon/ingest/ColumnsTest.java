package org.colophon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static String read(String page) throws InputProblem {
        return new TextPageReader().read("p.txt", page.getBytes(StandardCharsets.UTF_8)).lines().stream()
                .map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    @Test
    void twoColumnsSideBySideAreReadLeftColumnFirst() throws InputProblem {
        StringBuilder page = new StringBuilder("TUGboat, Volume 0 (9999), No. 0            draft: January 16, 2023      905\n");
        for (int i = 1; i <= 14; i++) {
            page.append(String.format("left column line %02d of the text      right column line %02d goes on%n", i, i));
        }
        page.append("                                             The LaTeX TUGboat macros\n");
        List<String> lines = List.of(read(page.toString()).split("\n"));
        assertTrue(lines.get(0).startsWith("TUGboat") && lines.get(0).endsWith("905"), "the running head stays whole");
        assertEquals("left column line 01 of the text", lines.get(1));
        assertEquals("left column line 14 of the text", lines.get(14));
        assertEquals("The LaTeX TUGboat macros", lines.get(15));
        assertEquals("right column line 01 goes on", lines.get(16));
        assertEquals("right column line 14 goes on", lines.get(29));
    }

    @Test
    void aPageInOneColumnIsLeftAsItIs() throws InputProblem {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= 14; i++) page.append("A line of running text that fills the measure of the page, number ").append(i).append(".\n");
        page.append("    \\begin{tabular}{ll}   a   b\n");
        assertEquals(15, read(page.toString()).split("\n").length);
        assertTrue(read(page.toString()).startsWith("A line of running text"));
    }
}

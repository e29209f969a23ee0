package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 307 real citation strings (AnyStyle's training data, BSD-2; see eval/SOURCES.md): the parser
 * never fails on them and its spans always nest inside the text. Field accuracy on them is
 * measured by tools/eval_citations.py, not asserted here.
 */
class RealCitationsTest {
    @Test
    void everyRealCitationParsesIntoWellFormedSpans() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("src/test/resources/org/colophon/citations/eval/references.tsv"));
        CitationParser parser = new CitationParser();
        int parsed = 0;
        for (String row : rows.subList(1, rows.size())) {
            String text = row.split("\t", -1)[1];
            List<Span> spans = assertDoesNotThrow(() -> parser.parse(text), text);
            for (Span s : spans) assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), text);
            for (Span a : spans) {
                for (Span b : spans) {
                    boolean disjoint = a.end() <= b.start() || b.end() <= a.start();
                    boolean nested = (a.start() >= b.start() && a.end() <= b.end()) || (b.start() >= a.start() && b.end() <= a.end());
                    assertTrue(disjoint || nested, "crossing spans in: " + text);
                }
            }
            parsed++;
        }
        assertTrue(parsed >= 300, "rows: " + parsed);
    }
}

package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivalUnitsTest {
    @Test
    void unitsAfterADocumentTitleAreArchival() {
        String note = "Gaimushō gaikō shiryōkan, “Kokusai kyōsantō,” f. 3, op. 2, d. 17, l. 45.";
        List<Span> spans = new CitationParser().parse(note);
        String units = spans.stream().filter(s -> s.element().equals("citedRange"))
                .map(s -> s.attributes().get("unit") + "=" + note.substring(s.start(), s.end()))
                .reduce((a, b) -> a + " " + b).orElse("");
        assertEquals("fond=3 opis=2 delo=17 list=45", units);
        assertTrue(spans.stream().anyMatch(s -> s.element().equals("bibl") && "archival".equals(s.attributes().get("type"))));
    }
}

package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Italic and bold from the fonts become hi rend="italic|bold", in the body and in the notes; a heading's own bold does not. */
class PdfStylesTest {
    @TempDir
    Path dir;

    @Test
    void runsSetInItalicOrBoldAreHi() throws Exception {
        Path pdf;
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 720).bold("A Bold Heading", 12);
            p.at(72, 700).text("As the poet says in ", 10).italic("Biographia Literaria", 10).text(" of the year,", 10).raised("1", 6, 4);
            p.at(72, 688).text("the matter is ", 10).bold("settled", 10).text(" and the rest of the page goes on.", 10);
            p.at(72, 676).text("A third line of plain body text ends the paragraph here.", 10);
            p.at(72, 130).raised("1", 5, 3).text("Coleridge, ", 8).italic("Biographia Literaria", 8).text(", London 1817, p. 4.", 8);
            pdf = p.save(dir.resolve("styles.pdf"));
        }
        String tei = new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
        String body = tei.substring(tei.indexOf("<body>"));
        assertTrue(body.contains("says in <hi rend=\"italic\">Biographia Literaria</hi> of the year"), tei);
        assertTrue(body.contains("is <hi rend=\"bold\">settled</hi> and"), tei);
        // in the note, whatever fields the citation parser reads around it
        String note = body.substring(body.indexOf("<note "), body.indexOf("</note>")).replaceAll("<(?!/?hi\\b)[^>]+>", "");
        assertTrue(note.contains("<hi rend=\"italic\">Biographia Literaria</hi>, London"), tei);
        assertFalse(body.contains("<hi rend=\"bold\">A Bold Heading"), "a heading's own weight is not marked: " + tei);
        assertEquals(List.of(), TeiValidator.load().validate("styles.tei.xml", tei));
        FidelityCheck.DocumentResult check = FidelityCheck.check(
                new PdfConverter().sources(pdf.toString(), pdf.toFile(), PageRange.ALL).stream().map(PdfConverter.SourcePage::source).toList(),
                "styles.tei.xml", tei);
        assertEquals(List.of(), check.missing());
    }
}

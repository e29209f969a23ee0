package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert --book: text pages of one book, in order, as one TEI document. */
class BookTest {

    private static final String LONG = "and the line runs on to the right margin of the page as body lines do";

    @Test
    void textPagesOfOneBookAreOneDocumentWithAParagraphOverThePageBreak(@TempDir Path dir) throws Exception {
        // running heads without a separator, told by their repetition across the pages: the chapter
        // title over the even pages, the section title over the odd ones, the folio going up
        Files.writeString(dir.resolve("p1.txt"), "58 Authority and the Modern State\n"
                + "The argument begins here, " + LONG + ",\n"
                + "and it is not finished when the page comes to its end, for the\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p2.txt"), "The Modern State and its Critics 59\n"
                + "reader must turn the page to see how it ends, " + LONG + ".\n"
                + "A new paragraph starts on this page, " + LONG + ".\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p3.txt"), "60 Authority and the Modern State\n"
                + "A third page opens with a paragraph of its own, " + LONG + ",\n"
                + "and goes on for a second line, " + LONG + ".\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("p4.txt"), "The Modern State and its Critics 61\n"
                + "The fourth page closes the chapter, " + LONG + ",\n"
                + "and ends it in a second line, " + LONG + ".\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("book.tei.xml");
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("convert", "--book", dir.toString(), "-o", out.toString());
        assertEquals(0, code, err.toString());
        String tei = Files.readString(out);
        assertEquals(List.of(), TeiValidator.load().validate("book.tei.xml", tei));
        assertEquals(4, tei.split("<pb n=").length - 1, "one pb per page, with its folio: " + tei);
        assertTrue(tei.contains("<fw type=\"header\">Authority and the Modern State</fw>"), tei);
        int p = tei.indexOf("<p>", tei.indexOf("<body>"));
        assertTrue(p >= 0 && tei.indexOf("<pb n=\"59\"") > p && tei.indexOf("</p>", p) > tei.indexOf("<pb n=\"59\""),
                "the paragraph holds the page break: " + tei);
    }
}

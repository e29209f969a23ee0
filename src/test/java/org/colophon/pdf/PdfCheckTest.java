package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon check FILE.pdf TEI} reads the PDF's text, page by page, and find every word in the TEI. */
class PdfCheckTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path twoPages() throws Exception {
        try (PdfPages p = new PdfPages()) {
            p.page().at(72, 700).text("The first page tells of Culver", 10).raised("1", 6, 4).text(" and his book.", 10);
            p.at(72, 130).raised("1", 5, 3).text("A note on Culver.", 8);
            p.page().at(72, 700).text("The second page tells of Marlowe and the quarto.", 10);
            return p.save(dir.resolve("book.pdf"));
        }
    }

    @Test
    void everyWordOfEveryPageIsFoundInTheTei() throws Exception {
        Path pdf = twoPages();
        Path tei = dir.resolve("book.tei.xml");
        assertEquals(0, run("convert", pdf.toString(), "-o", tei.toString(), "-q").code());
        Run r = run("check", pdf.toString(), tei.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("book.pdf: 24 words, all in"), r.out());
    }

    @Test
    void aWordMissingFromTheTeiIsNamedWithItsPageAndLine() throws Exception {
        Path pdf = twoPages();
        Path tei = dir.resolve("book.tei.xml");
        assertEquals(0, run("convert", pdf.toString(), "-o", tei.toString(), "-q").code());
        Files.writeString(tei, Files.readString(tei).replace("Marlowe", "Marlow"));
        Run r = run("check", pdf.toString(), tei.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("book.pdf:page 2:1: \"Marlowe\" is not in"), r.err());
    }
}

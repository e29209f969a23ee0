package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.colophon.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon bench --stage pdf-in} converts whole PDFs and counts their pages. */
class PdfBenchTest {
    @TempDir
    Path dir;

    @Test
    void pdfInCountsThePagesOfEachPdf() throws Exception {
        Path pdf = dir.resolve("three.pdf");
        LongPdf.main(new String[] {pdf.toString(), "3"});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("bench", "--stage", "pdf-in", pdf.toString(), "--warmup", "0", "--seconds", "0.01");
        assertEquals(0, code, err.toString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^pdf-in: (\\d+) pages in ").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertEquals(0, Long.parseLong(m.group(1)) % 3, "whole PDFs of 3 pages: " + out);
    }
}

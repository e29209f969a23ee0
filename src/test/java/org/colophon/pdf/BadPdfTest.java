package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.colophon.ingest.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF that cannot be converted is refused with one line naming the file and the problem. */
class BadPdfTest {
    @TempDir
    Path dir;

    private String problem(Path pdf, PageRange range) {
        InputProblem e = assertThrows(InputProblem.class, () -> new PdfConverter().convert(pdf.toString(), pdf.toFile(), range));
        return e.oneLine();
    }

    private Path textPdf(String name) throws Exception {
        try (PdfPages p = new PdfPages()) {
            p.page().at(72, 700).text("A page of text.", 10);
            return p.save(dir.resolve(name));
        }
    }

    @Test
    void encrypted() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PdfPages p = new PdfPages()) {
            p.page().at(72, 700).text("Secret text.", 10);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            p.doc.protect(policy);
            p.save(pdf);
        }
        assertEquals(pdf + ": encrypted PDF: it needs a password to be read", problem(pdf, PageRange.ALL));
    }

    @Test
    void truncatedOrNoPdfAtAll() throws Exception {
        Path whole = textPdf("whole.pdf");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 40));
        assertEquals(true, problem(cut, PageRange.ALL).startsWith(cut + ": damaged or not a PDF: "));
        Path text = Files.writeString(dir.resolve("text.pdf"), "just some text, not a PDF\n");
        assertEquals(true, problem(text, PageRange.ALL).startsWith(text + ": damaged or not a PDF: "));
    }

    @Test
    void noTextLayer() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(72, 72, 400, 600);   // what a scan gives: marks, no glyphs
                cs.fill();
            }
            doc.save(pdf.toFile());
        }
        assertEquals(pdf + ": no text layer: run OCR first", problem(pdf, PageRange.ALL));
    }

    @Test
    void noPages() throws Exception {
        Path pdf = dir.resolve("empty.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.save(pdf.toFile());
        }
        assertEquals(pdf + ": the PDF has no pages", problem(pdf, PageRange.ALL));
    }

    @Test
    void aRangeOutsideTheDocument() throws Exception {
        Path pdf = textPdf("short.pdf");
        assertEquals(pdf + ": pages 2-5 are outside the document (it has 1 page)", problem(pdf, PageRange.parse("2-5")));
        assertThrows(IllegalArgumentException.class, () -> PageRange.parse("5-2"));
        assertThrows(IllegalArgumentException.class, () -> PageRange.parse("0"));
    }
}

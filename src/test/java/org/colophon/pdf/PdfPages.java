package org.colophon.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test PDFs drawn with PDFBox in the Standard 14 fonts: text at given sizes, positions and rises. */
final class PdfPages implements AutoCloseable {
    static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    /** Where the next text run of the current line starts. */
    private float x;
    private float y;

    PdfPages page() throws IOException {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.LETTER);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        return this;
    }

    /** Starts a line at (x, y), y from the bottom of the page. */
    PdfPages at(float x, float y) {
        this.x = x;
        this.y = y;
        return this;
    }

    /** Text on the baseline, then the pen moves on; a space in the text is a real space glyph. */
    PdfPages text(String s, float size) throws IOException {
        return run(s, ROMAN, size, 0);
    }

    PdfPages bold(String s, float size) throws IOException {
        return run(s, BOLD, size, 0);
    }

    PdfPages italic(String s, float size) throws IOException {
        return run(s, ITALIC, size, 0);
    }

    /** Text raised {@code rise} points above the baseline (a footnote call or label). */
    PdfPages raised(String s, float size, float rise) throws IOException {
        return run(s, ROMAN, size, rise);
    }

    /** A justified line: {@code s} set {@code width} points wide, the letters spaced out a little (under a point each). */
    PdfPages justified(String s, float size, float width) throws IOException {
        float natural = ROMAN.getStringWidth(s) / 1000 * size;
        float spacing = (width - natural) / (s.length() - 1);
        if (spacing < 0 || spacing > 1) throw new IllegalArgumentException("\"" + s + "\" is " + natural + " pt wide; it cannot fill " + width);
        cs.beginText();
        cs.setFont(ROMAN, size);
        cs.setCharacterSpacing(spacing);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.setCharacterSpacing(0);
        cs.endText();
        x += width;
        return this;
    }

    /** Moves the pen right by {@code gap} points (a gap wider than a word space). */
    PdfPages skip(float gap) {
        x += gap;
        return this;
    }

    private PdfPages run(String s, PDType1Font font, float size, float rise) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y + rise);
        cs.showText(s);
        cs.endText();
        x += font.getStringWidth(s) / 1000 * size;
        return this;
    }

    Path save(Path file) throws IOException {
        if (cs != null) cs.close();
        cs = null;
        doc.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}

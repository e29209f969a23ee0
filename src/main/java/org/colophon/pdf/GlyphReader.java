package org.colophon.pdf;

import org.colophon.text.Glyphs;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the glyphs of a PDF page by page with PDFBox's text engine: each page's glyphs are
 * handed to a {@link PageSink} when the page ends and then dropped, so a book is never held
 * whole. Upright glyphs only (rotated stamps and margin notes are not running text); glyphs
 * outside the crop box (printer's slugs) are left out; ligature glyphs become their letters.
 */
final class GlyphReader extends PDFTextStripper {

    /** Receives one page: its 1-based number in the file, its crop box and its glyphs in content order. */
    interface PageSink {
        void page(int number, PDRectangle box, List<Glyph> glyphs) throws IOException;
    }

    private final PageSink sink;
    private List<Glyph> glyphs = new ArrayList<>();
    private PDRectangle box;
    private int ligatures;
    /** Each font's name and style, worked out on its first glyph (a font object is shared by the pages that use it). */
    private final Map<PDFont, FontStyle.Of> styles = new IdentityHashMap<>();

    GlyphReader(PageSink sink) {
        this.sink = sink;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** Reads pages {@code first} to {@code last} (1-based, inclusive). */
    void read(PDDocument document, int first, int last) throws IOException {
        setStartPage(first);
        setEndPage(last);
        writeText(document, Writer.nullWriter());
    }

    /** How many ligature glyphs were given back as letters so far. */
    int ligatures() { return ligatures; }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        box = page.getCropBox();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (t.getDir() != 0) return;
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) return;
        float x = t.getXDirAdj();
        float y = t.getYDirAdj();
        if (box != null && (x < -1 || y < -1 || x > box.getWidth() + 1 || y > box.getHeight() + 1)) return;
        if (Glyphs.hasLigature(u)) ligatures++;
        u = Glyphs.normalize(u);
        float size = t.getFontSizeInPt();
        if (!(size > 0)) size = t.getHeightDir();
        FontStyle.Of style = styles.computeIfAbsent(t.getFont(), FontStyle.Of::font);
        glyphs.add(new Glyph(u, style.name(), Math.round(size * 10) / 10f, x, t.getWidthDirAdj(), y, style.bold(), style.italic()));
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        List<Glyph> done = glyphs;
        glyphs = new ArrayList<>();
        sink.page(getCurrentPageNo(), box, done);
    }
}

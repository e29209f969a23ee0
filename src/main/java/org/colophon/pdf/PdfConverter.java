package org.colophon.pdf;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.colophon.Colophon;
import org.colophon.citations.CitationParser;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.PageSource;
import org.colophon.page.PageBuilder;
import org.colophon.page.PageModel;
import org.colophon.report.Report;
import org.colophon.tei.TeiWriter;

/**
 * A PDF file (or a range of its pages) to one TEI document: the glyphs of each page are read,
 * grouped into lines and laid out one page at a time, and only the page models are kept; then
 * the pages are written as one text with a pb where each begins. Bad files are refused with
 * one line: encrypted, damaged, no pages, no text layer, a range outside the document.
 */
public final class PdfConverter {
    private final PageBuilder builder = new PageBuilder();
    private final TeiWriter writer = new TeiWriter(new CitationParser());

    public static boolean isPdf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    /** One page of the file as the PDF reader extracted it: its 1-based number in the file and its lines. */
    public record SourcePage(int number, PageSource source) {}

    /** Receives each page laid out, in order. */
    private interface LaidOut {
        void page(int number, PdfPageLayout.Page page);
    }

    public Colophon.Conversion convert(String name, File file, PageRange range) throws InputProblem {
        return convert(name, file, range, PageProgress.NONE);
    }

    /** As {@link #convert(String, File, PageRange)}, telling {@code progress} of each page read. */
    public Colophon.Conversion convert(String name, File file, PageRange range, PageProgress progress) throws InputProblem {
        Report report = new Report(name);
        List<PageModel> pages = new ArrayList<>();
        List<Boolean> runsOn = new ArrayList<>();
        boolean[] endedMid = {false};
        int ligatures = read(name, file, range, progress, (number, page) -> {
            pages.add(Styles.apply(builder.build(page.source(), page.layout(), report), page.bodyStyles(), page.noteStyles()));
            runsOn.add(endedMid[0] && page.opensMidParagraph());
            endedMid[0] = page.endsMidParagraph();
        });
        List<PageModel> unique = PageModel.uniqueIds(pages);
        List<String> decisions = new ArrayList<>();
        if (ligatures > 0) {
            decisions.add("Ligature glyphs of the PDF (U+FB00–FB06: ff, fi, fl, ffi, ffl, ſt, st) are given as their letters ("
                    + ligatures + " glyphs).");
        }
        String tei = writer.write(unique, new TeiWriter.Origin("the glyphs of a PDF file, read with their fonts and positions", decisions), runsOn);
        return new Colophon.Conversion(tei, report);
    }

    /** The text of each page as the reader extracts it (what {@code colophon check} looks up in the TEI). */
    public List<SourcePage> sources(String name, File file, PageRange range) throws InputProblem {
        List<SourcePage> out = new ArrayList<>();
        read(name, file, range, PageProgress.NONE, (number, page) -> out.add(new SourcePage(number, page.source())));
        return out;
    }

    /** Reads and lays out the pages of the range one by one; returns how many ligature glyphs were given as letters. */
    private static int read(String name, File file, PageRange range, PageProgress progress, LaidOut sink) throws InputProblem {
        try (PDDocument doc = load(name, file)) {
            int count = doc.getNumberOfPages();
            if (count == 0) throw new InputProblem(name, 0, "the PDF has no pages");
            int last = range.all() ? count : range.last();
            if (range.first() > count || last > count) {
                throw new InputProblem(name, 0, "pages " + range.first() + (range.first() == last ? "" : "-" + last)
                        + " are outside the document (it has " + count + " page" + (count == 1 ? "" : "s") + ")");
            }
            int[] glyphs = {0};
            String stem = stem(name);
            GlyphReader reader = new GlyphReader((number, box, gs) -> {
                glyphs[0] += gs.size();
                List<TextLine> lines = new LineGrouper().group(gs);
                sink.page(number, PdfPageLayout.of(name, stem + "-p" + number, lines, BodySize.of(gs),
                        box == null ? 792 : box.getHeight()));
                progress.page();
            });
            progress.pages(last - range.first() + 1);
            try {
                reader.read(doc, range.first(), last);
            } catch (IOException | RuntimeException e) {
                throw new InputProblem(name, 0, "damaged PDF: " + oneLine(e));
            } finally {
                progress.end();
            }
            if (glyphs[0] == 0) throw new InputProblem(name, 0, "no text layer: run OCR first");
            return reader.ligatures();
        } catch (IOException e) {
            throw new InputProblem(name, 0, "damaged PDF: " + oneLine(e));
        }
    }

    private static PDDocument load(String name, File file) throws InputProblem {
        if (!file.isFile()) throw new InputProblem(name, 0, file.exists() ? "is a directory" : "no such file");
        try {
            return Loader.loadPDF(file);
        } catch (InvalidPasswordException e) {
            throw new InputProblem(name, 0, "encrypted PDF: it needs a password to be read");
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(name, 0, "damaged or not a PDF: " + oneLine(e));
        }
    }

    private static String stem(String name) {
        String base = new File(name).getName();
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base.substring(0, base.length() - 4) : base;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}

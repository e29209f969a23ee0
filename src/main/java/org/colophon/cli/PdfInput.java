package org.colophon.cli;

import java.io.File;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.ingest.PageSource;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.xml.XmlProblem;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.colophon.pdf.PageProgress;
import org.colophon.pdf.PageRange;
import org.colophon.pdf.PdfConverter;

/** A PDF named on the command line: the whole file (or --pages A-B of it) is one document. */
final class PdfInput {
    private static final PdfConverter CONVERTER = new PdfConverter();

    private PdfInput() {}

    static boolean is(String name) {
        return PdfConverter.isPdf(name);
    }

    /** Pages from which a progress bar is drawn while a PDF is read (on a terminal only). */
    static final int PROGRESS_FROM = 50;

    static Colophon.Conversion convert(String name, String pages) throws InputProblem {
        return CONVERTER.convert(name, new File(name), range(name, pages), System.console() != null ? new Bar() : PageProgress.NONE);
    }

    /** The progress bar of a long PDF on standard error, drawn as {@link Batch.Progress} draws a long run's. */
    private static final class Bar implements PageProgress {
        private Batch.Progress progress;

        @Override
        public void pages(int total) {
            progress = new Batch.Progress(new java.io.PrintWriter(System.err, true), total, total >= PROGRESS_FROM);
            progress.draw();
        }

        @Override
        public void page() {
            if (progress != null) progress.done();
        }

        @Override
        public void end() {
            if (progress != null) progress.clear();
        }
    }

    /** A word of the PDF not found in its TEI: where it stands ("FILE.pdf:page 3:12") and the word. */
    record Missing(String where, String word) {}

    /** The outcome of checking a PDF against its TEI: how many words were looked for, and those not found. */
    record Check(int words, List<Missing> missing) {}

    /**
     * Checks the words of every page as the PDF reader extracts them (the text the TEI was made
     * from) against the TEI, each occurrence used once.
     */
    static Check check(String name, String pages, String teiName, String tei) throws InputProblem, XmlProblem {
        List<PdfConverter.SourcePage> read = CONVERTER.sources(name, new File(name), range(name, pages));
        Map<PageSource, Integer> number = new IdentityHashMap<>();
        for (PdfConverter.SourcePage p : read) number.put(p.source(), p.number());
        FidelityCheck.DocumentResult r = FidelityCheck.check(read.stream().map(PdfConverter.SourcePage::source).toList(), teiName, tei);
        List<Missing> missing = r.missing().stream()
                .map(m -> new Missing(name + ":page " + number.get(m.page()) + ":" + m.missing().line(), m.missing().word()))
                .toList();
        return new Check(r.words(), missing);
    }

    private static PageRange range(String name, String pages) throws InputProblem {
        try {
            return pages == null ? PageRange.ALL : PageRange.parse(pages);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(name, 0, e.getMessage());
        }
    }
}

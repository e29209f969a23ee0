package org.colophon.cli;

import java.io.File;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.colophon.pdf.PageRange;
import org.colophon.pdf.PdfConverter;

/** A PDF named on the command line: the whole file (or --pages A-B of it) is one document. */
final class PdfInput {
    private static final PdfConverter CONVERTER = new PdfConverter();

    private PdfInput() {}

    static boolean is(String name) {
        return PdfConverter.isPdf(name);
    }

    static Colophon.Conversion convert(String name, String pages) throws InputProblem {
        PageRange range;
        try {
            range = pages == null ? PageRange.ALL : PageRange.parse(pages);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(name, 0, e.getMessage());
        }
        return CONVERTER.convert(name, new File(name), range);
    }
}

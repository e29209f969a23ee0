package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.publish.PdfPublisher;
import org.colophon.publish.PdfRenderException;
import org.colophon.xml.XmlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon pdf TEI... -o OUT}: the print edition. */
@Command(name = "pdf",
        header = "Print TEI as an archival PDF (PDF/A) through XSL-FO and Apache FOP.",
        description = {"Sets each TEI file as a book page (156 x 234 mm; A4 or Letter by option): justified, hyphenated text in the bundled Noto Serif (Latin, Greek, Cyrillic), running heads and folios, the source's page numbers where they fall, and every note a footnote on the page of its call. The PDF is PDF/A-2u, tagged for accessibility, with XMP metadata and bookmarks; --attach-tei makes it PDF/A-3u with the TEI inside. Dates come from SOURCE_DATE_EPOCH (else a fixed date), so the same TEI gives the same bytes. A character no bundled font has is named in a warning.",
                "",
                "One TEI: OUT is the PDF file. Several: OUT is a directory; NAME.tei.xml becomes OUT/NAME.pdf."},
        mixinStandardHelpOptions = true,
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file printed", "1:a file could not be read or printed", "2:wrong usage"},
        footer = {"", "Example: colophon pdf out/p130.tei.xml -o out/p130.pdf"})
final class PdfCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEI", arity = "1..*", description = "TEI files.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "PDF file (one TEI) or directory (several).")
    Path output;

    @Option(names = "--page", paramLabel = "SIZE", defaultValue = "BOOK",
            description = "Trim size: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}: 156 x 234 mm).")
    PdfPublisher.PageSize page;

    @Option(names = "--attach-tei", description = "PDF/A-3u with the TEI source attached as an embedded file.")
    boolean attach;

    @Option(names = "--keep-fo", description = "Also write the XSL-FO beside the PDF (NAME.fo).")
    boolean keepFo;

    @CommandLine.Mixin
    Jobs jobs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean many = files.size() > 1;
        PdfPublisher publisher = new PdfPublisher();
        int failed = Batch.run("pdf", files, jobs.count, spec.commandLine().getOut(), err, null, f -> {
            try {
                String tei = new String(PageInput.read(f), StandardCharsets.UTF_8);
                Path target = many || Files.isDirectory(output) ? Outputs.inDirectory(output, f, ".pdf") : output;
                PdfPublisher.Result r = publisher.toPdf(f, tei, page, attach);
                Outputs.writeAtomically(target, r.pdf());
                if (keepFo) {
                    Path fo = target.resolveSibling(target.getFileName().toString().replaceFirst("\\.pdf$", "") + ".fo");
                    Outputs.writeAtomically(fo, publisher.toFo(f, tei, page));
                }
                return new Batch.Outcome(null, r.warnings(), null, false);
            } catch (XmlProblem e) {
                return Batch.Outcome.failure(e.oneLine());
            } catch (PdfRenderException e) {
                return Batch.Outcome.failure(f + ": cannot print: " + e.getMessage());
            } catch (IOException e) {
                return Batch.Outcome.failure(PageInput.problem(f, e));
            }
        });
        err.flush();
        return failed == 0 ? ExitCode.OK.code : ExitCode.INPUT.code;
    }
}

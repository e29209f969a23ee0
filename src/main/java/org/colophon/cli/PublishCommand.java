package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.Colophon;
import org.colophon.layout.RunEvidence;
import org.colophon.ingest.InputProblem;
import org.colophon.publish.HtmlPublisher;
import org.colophon.publish.PdfPublisher;
import org.colophon.publish.PdfRenderException;
import org.colophon.validate.Problem;
import org.colophon.validate.TeiValidator;
import org.colophon.xml.XmlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon publish PAGE... -o DIR}: convert, validate, publish. */
@Command(name = "publish",
        header = "Convert pages and publish them: TEI, HTML and PDF side by side.",
        description = {"For each PAGE: encodes it as TEI (as 'convert' does), validates the TEI against Colophon's schema, and writes DIR/NAME.tei.xml, DIR/NAME.html and DIR/NAME.pdf. A page that cannot be read, or whose TEI is invalid, is named on standard error and the exit code is 1; the other pages are still published."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page published", "1:a page could not be read, converted, validated or published", "2:wrong usage"},
        footer = {"", "Example: colophon publish seeds/eurasian-triangle-p130.txt -o out"})
final class PublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Page text files; '-' for standard input.")
    List<String> pages;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Output directory.")
    Path output;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the conversion report to FILE.")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "No per-page summary on standard error.")
    boolean quiet;

    @Option(names = "--pages", paramLabel = "A-B", description = "For a PDF: only these pages of the file (1-based, inclusive).")
    String pdfPages;

    @CommandLine.Mixin
    Jobs jobs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("colophon publish: " + output + ": exists and is not a directory");
            return ExitCode.USAGE.code;
        }
        // the FopFactory (the longest to build) on one thread, the schema and then the HTML
        // stylesheet on another, while this one converts the first page; each is built once per
        // JVM, so a page that needs one before it is ready waits for it, it is never built twice
        Background.start(PdfPublisher::prepare);
        Background.start(TeiValidator::load, HtmlPublisher::prepare);
        Colophon colophon = new Colophon();
        java.util.Map<String, RunEvidence> runs = RunPages.evidence(colophon, pages);
        HtmlPublisher html = new HtmlPublisher();
        StringBuilder reports = new StringBuilder();
        int failed = Batch.run("publish", pages, jobs.count, spec.commandLine().getOut(), err, reports, page -> {
            try {
                Colophon.Conversion c = PdfInput.is(page) ? PdfInput.convert(page, pdfPages)
                        : colophon.convert(page, PageInput.readPage(page), RunPages.of(runs, page));
                List<String> messages = new java.util.ArrayList<>();
                if (!quiet) messages.add(c.report().summary());
                Path tei = Outputs.inDirectory(output, page, ".tei.xml");
                List<Problem> problems = TeiValidator.load().validate(tei.toString(), c.tei());
                if (!problems.isEmpty()) {
                    problems.forEach(pr -> messages.add(pr.toString()));
                    return new Batch.Outcome(null, messages, c.report().toText(), true);
                }
                HtmlPublisher.Result r = html.toHtml(tei.toString(), c.tei());
                messages.addAll(r.warnings());
                PdfPublisher.Result p = new PdfPublisher().toPdf(tei.toString(), c.tei());
                messages.addAll(p.warnings());
                Outputs.writeAtomically(tei, c.tei());
                Outputs.writeAtomically(Outputs.inDirectory(output, page, ".html"), r.html());
                Outputs.writeAtomically(Outputs.inDirectory(output, page, ".pdf"), p.pdf());
                return new Batch.Outcome(null, messages, c.report().toText(), false);
            } catch (InputProblem e) {
                return Batch.Outcome.failure(e.oneLine());
            } catch (XmlProblem e) {
                return Batch.Outcome.failure(e.oneLine());
            } catch (PdfRenderException e) {
                return Batch.Outcome.failure(page + ": cannot print: " + e.getMessage());
            } catch (IOException e) {
                return Batch.Outcome.failure(PageInput.problem(page, e));
            }
        });
        if (report != null) {
            try {
                Outputs.writeAtomically(report, reports.toString());
            } catch (IOException e) {
                err.println(e.getMessage());
                failed++;
            }
        }
        err.flush();
        return failed == 0 ? ExitCode.OK.code : ExitCode.INPUT.code;
    }
}

package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.Colophon;
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println("colophon publish: " + output + ": exists and is not a directory");
            return ExitCode.USAGE.code;
        }
        Colophon colophon = new Colophon();
        HtmlPublisher html = new HtmlPublisher();
        PdfPublisher pdf = new PdfPublisher();
        TeiValidator validator = null;
        StringBuilder reports = new StringBuilder();
        int failed = 0;
        for (String page : pages) {
            try {
                Colophon.Conversion c = colophon.convert(page, PageInput.read(page));
                if (!quiet) err.println(c.report().summary());
                reports.append(c.report().toText());
                Path tei = Outputs.inDirectory(output, page, ".tei.xml");
                if (validator == null) validator = TeiValidator.load();
                List<Problem> problems = validator.validate(tei.toString(), c.tei());
                if (!problems.isEmpty()) {
                    problems.forEach(p -> err.println(p));
                    failed++;
                    continue;
                }
                HtmlPublisher.Result r = html.toHtml(tei.toString(), c.tei());
                r.warnings().forEach(err::println);
                PdfPublisher.Result p = pdf.toPdf(tei.toString(), c.tei());
                p.warnings().forEach(err::println);
                Outputs.writeAtomically(tei, c.tei());
                Outputs.writeAtomically(Outputs.inDirectory(output, page, ".html"), r.html());
                Outputs.writeAtomically(Outputs.inDirectory(output, page, ".pdf"), p.pdf());
            } catch (InputProblem e) {
                err.println(e.oneLine());
                failed++;
            } catch (XmlProblem e) {
                err.println(e.oneLine());
                failed++;
            } catch (PdfRenderException e) {
                err.println(page + ": cannot print: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println(page + ": " + PageInput.describe(e));
                failed++;
            }
        }
        if (report != null) {
            try {
                Outputs.writeAtomically(report, reports.toString());
            } catch (IOException e) {
                err.println(report + ": " + PageInput.describe(e));
                failed++;
            }
        }
        err.flush();
        return failed == 0 ? ExitCode.OK.code : ExitCode.INPUT.code;
    }
}

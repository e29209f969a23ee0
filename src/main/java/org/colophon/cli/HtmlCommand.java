package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.publish.HtmlPublisher;
import org.colophon.xml.XmlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon html TEI... -o OUT}: the HTML reading edition. */
@Command(name = "html",
        header = "Publish TEI as a self-contained HTML reading edition.",
        description = {"Turns each TEI file into one HTML5 file with its CSS inline and no request to any other host: notes beside their calls on wide screens and after their paragraph on narrow ones, linked both ways; a reading view (corrections applied and marked) and a diplomatic view (the source as printed), switched without reloading; citations with COinS for Zotero.",
                "",
                "One TEI: OUT is the HTML file (standard output when -o is missing). Several: OUT is a directory; NAME.tei.xml becomes OUT/NAME.html."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file published", "1:a file could not be read or published", "2:wrong usage"},
        footer = {"", "Example: colophon html out/p130.tei.xml -o out/p130.html"})
final class HtmlCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEI", arity = "1..*", description = "TEI files.")
    List<String> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "HTML file (one TEI) or directory (several).")
    Path output;

    @CommandLine.Mixin
    Jobs jobs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean many = files.size() > 1;
        if (many && output == null) {
            err.println("colophon html: several files need -o DIR");
            return ExitCode.USAGE.code;
        }
        HtmlPublisher publisher = new HtmlPublisher();
        int failed = Batch.run("html", files, jobs.count, spec.commandLine().getOut(), err, null, f -> {
            try {
                String tei = new String(PageInput.read(f), StandardCharsets.UTF_8);
                HtmlPublisher.Result r = publisher.toHtml(f, tei);
                Path target = many || (output != null && Files.isDirectory(output)) ? Outputs.inDirectory(output, f, ".html") : output;
                if (target != null) Outputs.writeAtomically(target, r.html());
                return new Batch.Outcome(target == null ? r.html() : null, r.warnings(), null, false);
            } catch (XmlProblem e) {
                return Batch.Outcome.failure(e.oneLine());
            } catch (IOException e) {
                return Batch.Outcome.failure(PageInput.problem(f, e));
            }
        });
        err.flush();
        return failed == 0 ? ExitCode.OK.code : ExitCode.INPUT.code;
    }
}

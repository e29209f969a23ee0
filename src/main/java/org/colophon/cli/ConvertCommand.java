package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon convert PAGE... -o OUT}: page text to TEI. */
@Command(name = "convert",
        header = "Encode pages of extracted text as TEI P5.",
        description = {"Reads each PAGE (UTF-8 or UTF-16 text; '-' reads standard input), finds the running head, body, headings and footnotes, repairs lost ligature letters, loose diacritics, divided words and lost spaces (each repair recorded in the TEI), moves every note to its call and encodes its citations as bibl.",
                "",
                "One PAGE: OUT is the TEI file (standard output when -o is missing). Several PAGEs: OUT is a directory; NAME.txt becomes OUT/NAME.tei.xml. A page that cannot be read is named on standard error with its line; the others are still converted, and the exit code is 1. A file is written whole or not at all."},
        mixinStandardHelpOptions = true,
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page converted", "1:a page could not be read or converted", "2:wrong usage"})
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Page text files; '-' for standard input.")
    List<String> pages;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "TEI file (one PAGE) or directory (several PAGEs).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write what needs an editor's eye (calls without notes, notes without calls, low-confidence repairs, unclassified lines) to FILE.")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "No per-page summary on standard error.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean many = pages.size() > 1;
        if (many && output == null) {
            err.println("colophon convert: several pages need -o DIR");
            return ExitCode.USAGE.code;
        }
        if (many && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("colophon convert: " + output + ": exists and is not a directory; several pages need -o DIR");
            return ExitCode.USAGE.code;
        }
        if (many) {
            java.util.Map<Path, String> seen = new java.util.HashMap<>();
            for (String page : pages) {
                String before = seen.put(Outputs.inDirectory(output, page, ".tei.xml"), page);
                if (before != null) {
                    err.println("colophon convert: " + before + " and " + page + " would both be written to "
                            + Outputs.inDirectory(output, page, ".tei.xml") + "; rename one of them");
                    return ExitCode.USAGE.code;
                }
            }
        }
        Colophon colophon = new Colophon();
        StringBuilder reports = new StringBuilder();
        int failed = 0;
        for (String page : pages) {
            try {
                byte[] input = PageInput.read(page);
                Colophon.Conversion c = colophon.convert(page, input);
                Path target = many || (output != null && Files.isDirectory(output))
                        ? Outputs.inDirectory(output, page, ".tei.xml") : output;
                if (target == null) {
                    spec.commandLine().getOut().print(c.tei());
                    spec.commandLine().getOut().flush();
                } else {
                    Outputs.writeAtomically(target, c.tei());
                }
                reports.append(c.report().toText());
                if (!quiet) err.println(c.report().summary());
            } catch (InputProblem e) {
                err.println(e.oneLine());
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

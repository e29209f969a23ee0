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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon convert PAGE... -o OUT}: page text to TEI. */
@Command(name = "convert",
        header = "Encode pages of extracted text as TEI P5.",
        description = {"Reads each PAGE (UTF-8 or UTF-16 text; '-' reads standard input), finds the running head, body, headings and footnotes, repairs lost ligature letters, loose diacritics, divided words and lost spaces (each repair recorded in the TEI), moves every note to its call and encodes its citations as bibl.",
                "",
                "One PAGE: OUT is the TEI file (standard output when -o is missing). Several PAGEs: OUT is a directory; NAME.txt becomes OUT/NAME.tei.xml. Pages of one book are read together first, for what they show across pages (running heads and folios, a note continued from the page before, the book's vocabulary): a book's pages are the files of one folder whose names differ only in their page number (atlas-p012.txt, atlas-p013.txt). A page that cannot be read is named on standard error with its line; the others are still converted, and the exit code is 1. A file is written whole or not at all."},
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

    @CommandLine.Mixin
    Jobs jobs;

    @Option(names = "--pages", paramLabel = "A-B", description = "For a PDF: only these pages of the file (1-based, inclusive); the whole file is one TEI document.")
    String pdfPages;

    @Option(names = "--book", description = "The text PAGEs (in the order given; a directory gives its *.txt files in name order) are the pages of one book: one TEI document, OUT a file, with paragraphs and notes joined over page breaks.")
    boolean book;

    @Option(names = "--verify", description = "Before writing, check that every word of the page is in its TEI (as colophon check does); a page that fails is named with the missing words and not written.")
    boolean verify;

    /** One page's result: TEI for standard output (or null when written to a file), report, summary, or an error line. */
    private record Outcome(String tei, String report, String summary, String error) {}

    private Outcome convertOne(Colophon colophon, RunEvidence run, String page, boolean many) {
        try {
            byte[] input = PdfInput.is(page) ? null : PageInput.readPage(page);
            Colophon.Conversion c = PdfInput.is(page) ? PdfInput.convert(page, pdfPages) : colophon.convert(page, input, run);
            if (verify && input != null) {
                org.colophon.fidelity.FidelityCheck.Result r = org.colophon.fidelity.FidelityCheck.check(
                        new org.colophon.ingest.TextPageReader().read(page, input), page, c.tei());
                if (!r.passed()) {
                    StringBuilder msg = new StringBuilder(page + ": --verify: " + r.missing().size() + " word(s) of the page not in its TEI, nothing written:");
                    r.missing().stream().limit(5).forEach(m -> msg.append(" \"").append(m.word()).append("\" (line ").append(m.line()).append(')'));
                    return new Outcome(null, null, null, msg.toString());
                }
            }
            if (verify && input == null) {
                PdfInput.Check r = PdfInput.check(page, pdfPages, page, c.tei());
                if (!r.missing().isEmpty()) {
                    StringBuilder msg = new StringBuilder(page + ": --verify: " + r.missing().size() + " word(s) of the PDF not in its TEI, nothing written:");
                    r.missing().stream().limit(5).forEach(m -> msg.append(" \"").append(m.word()).append("\" (").append(m.where()).append(')'));
                    return new Outcome(null, null, null, msg.toString());
                }
            }
            Path target = many || (output != null && Files.isDirectory(output))
                    ? Outputs.inDirectory(output, page, ".tei.xml") : output;
            if (target != null) Outputs.writeAtomically(target, c.tei());
            return new Outcome(target == null ? c.tei() : null, c.report().toText(), c.report().summary(), null);
        } catch (InputProblem e) {
            return new Outcome(null, null, null, e.oneLine());
        } catch (org.colophon.xml.XmlProblem e) {
            return new Outcome(null, null, null, page + ": --verify: " + e.getMessage());
        } catch (IOException e) {
            return new Outcome(null, null, null, PageInput.problem(page, e));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (book) return convertBook(err);
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
        java.util.Map<String, RunEvidence> runs = RunPages.evidence(colophon, pages);
        StringBuilder reports = new StringBuilder();
        // pages are converted on several threads; messages and the report keep the input order
        int failed = Batch.run("convert", pages, jobs.count, spec.commandLine().getOut(), err, reports, page -> {
            Outcome o = convertOne(colophon, RunPages.of(runs, page), page, many);
            if (o.error() != null) return Batch.Outcome.failure(o.error());
            return new Batch.Outcome(o.tei(), quiet ? List.of() : List.of(o.summary()), o.report(), false);
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

    /** --book: the pages as one document. */
    private int convertBook(PrintWriter err) {
        List<String> files = new java.util.ArrayList<>();
        for (String page : pages) {
            Path p = Path.of(page);
            if (!page.equals("-") && Files.isDirectory(p)) {
                try (var list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().endsWith(".txt")).map(Path::toString).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(page + ": " + PageInput.describe(e));
                    return ExitCode.INPUT.code;
                }
            } else if (PdfInput.is(page)) {
                err.println("colophon convert: " + page + ": --book joins text pages; a PDF is one document already");
                return ExitCode.USAGE.code;
            } else {
                files.add(page);
            }
        }
        if (files.isEmpty()) {
            err.println("colophon convert: --book: no .txt pages in " + String.join(", ", pages));
            return ExitCode.USAGE.code;
        }
        if (output != null && Files.isDirectory(output)) {
            err.println("colophon convert: --book writes one TEI file; " + output + " is a directory");
            return ExitCode.USAGE.code;
        }
        List<Colophon.PageText> texts = new java.util.ArrayList<>();
        for (String f : files) {
            try {
                texts.add(new Colophon.PageText(f, PageInput.readPage(f)));
            } catch (IOException e) {
                err.println(PageInput.problem(f, e));
                return ExitCode.INPUT.code;
            }
        }
        String name = output != null ? output.toString() : files.get(0);
        try {
            Colophon.Conversion c = new Colophon().convertBook(name, texts);
            if (output != null) Outputs.writeAtomically(output, c.tei());
            else spec.commandLine().getOut().print(c.tei());
            if (report != null) Outputs.writeAtomically(report, c.report().toText());
            if (!quiet) err.println(c.report().summary());
            err.flush();
            return ExitCode.OK.code;
        } catch (InputProblem e) {
            err.println(e.oneLine());
            return ExitCode.INPUT.code;
        } catch (IOException e) {
            err.println(PageInput.problem(name, e));
            return ExitCode.INPUT.code;
        }
    }
}

package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.colophon.publish.HtmlPublisher;
import org.colophon.publish.PdfPublisher;
import org.colophon.publish.PdfRenderException;
import org.colophon.xml.XmlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon bench PAGE...}: pages converted per second, warm, on one thread. */
@Command(name = "bench",
        header = "Measure speed: pages (or citations) per second, one thread, warm JVM.",
        description = {"Runs one stage over the given pages round and round on one thread: first for the warm-up time, "
                + "then for the measured time, and prints pages per second and the mean time per page. "
                + "Nothing is written. The rate by the thread's CPU time is printed too: on a shared machine it drifts less "
                + "than the rate by the clock. For comparable figures run it on an idle machine, e.g. with taskset -c 0."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:a page could not be read or converted", "2:wrong usage"},
        footer = {"", "Example: colophon bench ../shared/dev/pages/*.txt --seconds 10"})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Page text files (PDF files for --stage pdf-in).")
    List<Path> pages;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5", description = "Warm-up time (default ${DEFAULT-VALUE} s).")
    double warmup;

    @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "10", description = "Measured time (default ${DEFAULT-VALUE} s).")
    double seconds;

    /** What is measured. */
    enum Stage { convert, html, pdf, cite, pdf_in }

    /** "pdf-in" on the command line for {@link Stage#pdf_in}. */
    static final class StageName implements CommandLine.ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            try {
                return Stage.valueOf(value.toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected one of convert, html, pdf, cite, pdf-in but was '" + value + "'");
            }
        }
    }

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "convert", converter = StageName.class,
            description = "convert (page text → TEI), html (TEI → HTML), pdf (TEI → PDF through FOP), cite (every line of the files parsed as a note; the figures are the citations found per second and the lines per second, by the clock and by the thread's CPU time) or pdf-in (each PAGE a PDF file converted whole to one TEI; the figure is PDF pages per second); for html and pdf the TEI is made once beforehand. Default ${DEFAULT-VALUE}.")
    Stage stage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<byte[]> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : pages) {
            try {
                inputs.add(Files.readAllBytes(p));
                names.add(p.toString());
            } catch (IOException e) {
                err.println(p + ": " + PageInput.describe(e));
                return ExitCode.INPUT.code;
            }
        }
        Colophon colophon = new Colophon();
        long[] weight = new long[inputs.size()];   // pages per input: a PDF counts its pages
        java.util.Arrays.fill(weight, 1);
        try {
            Job job;
            if (stage == Stage.pdf_in) {
                org.colophon.pdf.PdfConverter converter = new org.colophon.pdf.PdfConverter();
                for (int i = 0; i < inputs.size(); i++) {
                    weight[i] = converter.sources(names.get(i), pages.get(i).toFile(), org.colophon.pdf.PageRange.ALL).size();
                }
                inputs.clear();   // the PDF is read from its file on each round
                job = i -> converter.convert(names.get(i), pages.get(i).toFile(), org.colophon.pdf.PageRange.ALL).tei().length();
            } else if (stage == Stage.cite) {
                List<String> lines = new ArrayList<>();
                for (byte[] in : inputs) {
                    for (String l : new String(in, java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                        if (!l.isBlank()) lines.add(l.strip());
                    }
                }
                org.colophon.citations.CitationParser parser = new org.colophon.citations.CitationParser();
                List<String> all = lines;
                names.clear();
                inputs.clear();
                for (String l : all) {
                    names.add(l);
                    inputs.add(new byte[0]);
                }
                weight = new long[all.size()];
                java.util.Arrays.fill(weight, 1);
                // the job's count is the citations (bibl) the parser found in the line
                job = i -> {
                    long bibls = 0;
                    for (org.colophon.citations.Span sp : parser.parse(all.get(i))) if (sp.element().equals("bibl")) bibls++;
                    return bibls;
                };
            } else if (stage != Stage.convert) {
                List<String> teis = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) teis.add(colophon.convert(names.get(i), inputs.get(i)).tei());
                if (stage == Stage.html) {
                    HtmlPublisher publisher = new HtmlPublisher();
                    job = i -> publisher.toHtml(names.get(i), teis.get(i)).html().length();
                } else {
                    PdfPublisher publisher = new PdfPublisher();
                    job = i -> publisher.toPdf(names.get(i), teis.get(i)).pdf().length;
                }
            } else {
                job = i -> colophon.convert(names.get(i), inputs.get(i)).tei().length();
            }
            run(job, weight, warmup);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
            long t0 = System.nanoTime();
            long[] done = run(job, weight, seconds);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = c0 < 0 ? Double.NaN : (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            long n = done[0];
            if (stage == Stage.cite) {
                // a line is a note; what the issue counts is citations: the bibl elements found in the notes
                long found = done[1];
                out.printf("cite: %d lines in %.2f s (%d distinct), %d citations found: %.0f citations/s, %.0f lines/s, %.3f ms a line; "
                        + "on the thread's CPU time (%.2f s): %.0f citations/s, %.0f lines/s (one thread)%n",
                        n, s, weight.length, found, found / s, n / s, 1000 * s / n, cpu, found / cpu, n / cpu);
            } else {
                out.printf("%s: %d pages in %.2f s: %.0f pages/s, %.3f ms each (%d distinct, one thread; %.0f pages/s of its CPU time)%n",
                        stage.name().replace('_', '-'), n, s, n / s, 1000 * s / n, weight.length, n / cpu);
            }
        } catch (InputProblem e) {
            err.println(e.oneLine());
            return ExitCode.INPUT.code;
        } catch (XmlProblem e) {
            err.println(e.oneLine());
            return ExitCode.INPUT.code;
        } catch (PdfRenderException e) {
            err.println("cannot print: " + e.getMessage());
            return ExitCode.INPUT.code;
        }
        out.flush();
        return ExitCode.OK.code;
    }

    /** One unit of work on page i, returning something to keep the JIT from dropping it. */
    private interface Job {
        long run(int i) throws InputProblem, XmlProblem, PdfRenderException;
    }

    /**
     * Runs the job over every input round and round for the time; returns the units done (an input
     * counts its weight) and the sum of what the job returned.
     */
    private static long[] run(Job job, long[] weight, double seconds) throws InputProblem, XmlProblem, PdfRenderException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < weight.length; i++) {
                sink += job.run(i);
                n += weight[i];
            }
        }
        return new long[] {n, sink};
    }
}

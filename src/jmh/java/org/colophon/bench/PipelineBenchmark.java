package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.colophon.Colophon;
import org.colophon.citations.CitationParser;
import org.colophon.ingest.InputProblem;
import org.colophon.publish.HtmlPublisher;
import org.colophon.publish.PdfPublisher;
import org.colophon.validate.TeiValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of Colophon on the dev pages, warm, one thread: every call handles the next page
 * (or note) in turn, so a score is the mean time per page over the whole set. Pages come from
 * {@code -Dcolophon.pages=DIR} (default {@code ../shared/dev/pages}, else the golden pages).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class PipelineBenchmark {

    private Colophon colophon;
    private TeiValidator validator;
    private HtmlPublisher html;
    private PdfPublisher pdf;
    private CitationParser parser;
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> pages = new ArrayList<>();
    private final List<String> teis = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int page;
    private int note;

    @Setup
    public void load() throws IOException, InputProblem {
        Path dir = Path.of(System.getProperty("colophon.pages", "../shared/dev/pages"));
        if (!Files.isDirectory(dir)) dir = Path.of("src/test/resources/org/colophon/golden");
        colophon = new Colophon();
        validator = TeiValidator.load();
        html = new HtmlPublisher();
        pdf = new PdfPublisher();
        parser = new CitationParser();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.toString());
                pages.add(Files.readAllBytes(p));
                String tei = colophon.convert(p.toString(), Files.readAllBytes(p)).tei();
                teis.add(tei);
                // the notes' text, one per note, as `colophon cite` would get them
                for (String n : tei.split("<note place=\"foot\"")) {
                    if (n.startsWith("<?xml")) continue;
                    String text = n.substring(n.indexOf('>') + 1);
                    int end = text.indexOf("</note>");
                    notes.add((end < 0 ? text : text.substring(0, end)).replaceAll("<[^>]+>", "").strip());
                }
            }
        }
    }

    private int next() {
        page = (page + 1) % pages.size();
        return page;
    }

    @Benchmark
    public Object convert() throws InputProblem {
        int i = next();
        return colophon.convert(names.get(i), pages.get(i));
    }

    @Benchmark
    public Object validate() {
        int i = next();
        return validator.validate(names.get(i) + ".tei.xml", teis.get(i));
    }

    @Benchmark
    public Object html() throws Exception {
        int i = next();
        return html.toHtml(names.get(i) + ".tei.xml", teis.get(i));
    }

    @Benchmark
    public Object pdf() throws Exception {
        int i = next();
        return pdf.toPdf(names.get(i) + ".tei.xml", teis.get(i));
    }

    @Benchmark
    public Object cite() {
        note = (note + 1) % notes.size();
        return parser.parse(notes.get(note));
    }
}

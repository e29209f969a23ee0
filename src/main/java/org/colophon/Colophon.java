package org.colophon;

import java.util.ArrayList;
import java.util.List;
import org.colophon.citations.CitationParser;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.TextPageReader;
import org.colophon.layout.LayoutAnalyzer;
import org.colophon.layout.PageLayout;
import org.colophon.layout.RunEvidence;
import org.colophon.page.PageBuilder;
import org.colophon.page.PageModel;
import org.colophon.report.Report;
import org.colophon.tei.TeiWriter;

/**
 * The one entry point: page text in, TEI out. Each call runs the stages in order (ingest,
 * layout, repair, encode); the facade holds only immutable, thread-safe parts, so one
 * instance serves a whole run.
 */
public final class Colophon {
    private final TextPageReader reader = new TextPageReader();
    private final LayoutAnalyzer layout = new LayoutAnalyzer();
    private final PageBuilder builder = new PageBuilder();
    private final TeiWriter writer = new TeiWriter(new CitationParser());

    /** A page of a book given as text: its name and its bytes. */
    public record PageText(String name, byte[] input) {}

    /**
     * Several text pages of one book, in order, as one TEI document: each page laid out with what
     * the run shows (running lines), then joined as the PDF path joins its pages: one p over a page
     * break where the page before ends in the middle of a sentence and the next opens in lower
     * case, a note continued at the top of a page joined to its beginning, note ids unique.
     */
    public Conversion convertBook(String name, List<PageText> pages) throws InputProblem {
        List<PageSource> sources = new ArrayList<>();
        RunEvidence.Builder evidence = new RunEvidence.Builder();
        for (PageText p : pages) sources.add(reader.read(p.name(), p.input()));
        for (PageSource page : sources) evidence.add(page);
        RunEvidence run = evidence.build();
        List<PageModel> models = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (PageSource page : sources) {
            Report report = new Report(page.name());
            PageLayout pageLayout = layout.analyze(page, run);
            models.add(builder.build(page, pageLayout, report, run.vocabulary()));
            reports.add(report);
        }
        List<Boolean> runsOn = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) runsOn.add(i > 0 && PageModel.runsOn(models.get(i - 1), models.get(i)));
        String tei = writer.write(PageModel.uniqueIds(models), TeiWriter.Origin.TEXT, runsOn);
        return new Conversion(tei, Report.combined(name, reports));
    }

    /**
     * Gathers the evidence of a run of pages: give it every page (a page that cannot be read is
     * passed over; its conversion will say why), then build it.
     */
    public RunEvidenceCollector evidence() {
        return new RunEvidenceCollector();
    }

    /** Reads pages for the evidence of their run. */
    public final class RunEvidenceCollector {
        private final RunEvidence.Builder builder = new RunEvidence.Builder();

        public void add(String name, byte[] input) {
            try {
                builder.add(reader.read(name, input));
            } catch (InputProblem e) {
                // reported when the page itself is converted
            }
        }

        public RunEvidence build() {
            return builder.build();
        }
    }

    /** The TEI of a page and what the conversion reports about it. */
    public record Conversion(String tei, Report report) {}

    public Conversion convert(String name, byte[] input) throws InputProblem {
        return convert(name, input, RunEvidence.NONE);
    }

    /** Converts one page of a run, with what the run's pages show together (see {@link #evidence()}). */
    public Conversion convert(String name, byte[] input, RunEvidence run) throws InputProblem {
        PageSource page = reader.read(name, input);
        Report report = new Report(name);
        PageLayout pageLayout = layout.analyze(page, run);
        if (pageLayout.body().isEmpty() && pageLayout.notes().isEmpty()) {
            throw new InputProblem(name, 0, "no body text: the page holds only site furniture"
                    + (pageLayout.runningHead() != null ? " and a running head" : ""));
        }
        PageModel model = builder.build(page, pageLayout, report, run.vocabulary());
        return new Conversion(writer.write(model), report);
    }
}

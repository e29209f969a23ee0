package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.TextPageReader;
import org.colophon.xml.XmlProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colophon check PAGE TEI}: proves that every word of the page is in its TEI. */
@Command(name = "check",
        header = "Show that nothing of a page was lost in its TEI.",
        description = {"Rebuilds the source view of TEI — the printed form of every repair (sic, orig), line breaks, divided words with their hyphen, running head and folio, notes back at the foot, the furniture the header records as removed — and looks up every word of PAGE in it, as often as it occurs.",
                "",
                "Prints PAGE: N words, all in TEI; or one line per missing word, PAGE:LINE: \"word\" is not in TEI."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every word of the page is in the TEI", "1:a word is missing, or a file cannot be read", "2:wrong usage"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "The page text the TEI was made from, or the PDF file (each page as its reader extracts the text).")
    String page;

    @Parameters(index = "1", paramLabel = "TEI", description = "The TEI file.")
    Path tei;

    @CommandLine.Option(names = "--pages", paramLabel = "A-B", description = "For a PDF: the pages the TEI was made from (as given to convert --pages).")
    String pdfPages;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String reading = PdfInput.is(page) ? tei.toString() : page;   // the file being read: named if it cannot be (a PDF's problems name it themselves)
        try {
            if (PdfInput.is(page)) return checkPdf(out, err) ? ExitCode.OK.code : ExitCode.INPUT.code;
            PageSource source = new TextPageReader().read(page, PageInput.readPage(page));
            reading = tei.toString();
            String xml = Files.readString(tei, StandardCharsets.UTF_8);
            return report(source, tei.toString(), xml, out, err) ? ExitCode.OK.code : ExitCode.INPUT.code;
        } catch (InputProblem e) {
            err.println(e.oneLine());
        } catch (XmlProblem e) {
            err.println(e.getMessage().startsWith(tei.toString()) ? e.getMessage() : e.oneLine());
        } catch (IOException e) {
            err.println(PageInput.problem(reading, e));
        }
        err.flush();
        return ExitCode.INPUT.code;
    }

    /** Checks every page of a PDF, as its reader extracts the text, against the TEI. */
    private boolean checkPdf(PrintWriter out, PrintWriter err) throws InputProblem, XmlProblem, IOException {
        String xml = Files.readString(tei, StandardCharsets.UTF_8);
        PdfInput.Check r = PdfInput.check(page, pdfPages, tei.toString(), xml);
        if (r.missing().isEmpty()) out.println(page + ": " + r.words() + " words, all in " + tei);
        for (PdfInput.Missing m : r.missing()) err.println(m.where() + ": \"" + m.word() + "\" is not in " + tei);
        out.flush();
        err.flush();
        return r.missing().isEmpty();
    }

    /** Checks one page against its TEI and prints the outcome; true when nothing is missing. */
    static boolean report(PageSource source, String teiName, String xml, PrintWriter out, PrintWriter err) throws XmlProblem {
        FidelityCheck.Result r = FidelityCheck.check(source, teiName, xml);
        if (r.passed()) {
            out.println(source.name() + ": " + r.words() + " words, all in " + teiName);
        } else {
            for (FidelityCheck.Missing m : r.missing()) {
                err.println(source.name() + ":" + m.line() + ": \"" + m.word() + "\" is not in " + teiName);
            }
        }
        out.flush();
        err.flush();
        return r.passed();
    }
}

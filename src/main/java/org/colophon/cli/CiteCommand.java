package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.citations.CitationParser;
import org.colophon.citations.CslJson;
import org.colophon.tei.CitationDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon cite FILE -o OUT}: citations, one per line, to TEI or CSL-JSON. */
@Command(name = "cite",
        header = "Parse footnotes or citations, one per line, into structured bibl (TEI) or CSL-JSON.",
        description = {"Reads FILE ('-' for standard input), one footnote or citation per line; a leading number becomes the note's number. Writes a TEI document whose body holds one note per line, in input order, with every citation in it as a bibl (authors, editors, titles by level, date, volume, issue, pages, place, publisher; cases with their court and docket; archival references with fond, opis, delo, list, or an archive, shelfmark and folio), or, with --format csl-json, CSL-JSON for Zotero, pandoc and citeproc."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:parsed", "1:the input could not be read", "2:wrong usage"},
        footer = {"", "Example: colophon cite notes.txt -o notes.tei.xml", "         colophon cite notes.txt --format csl-json -o notes.json"})
final class CiteCommand implements Callable<Integer> {
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,3})[.)]?\\s+(\\S.*)$");

    enum Format { tei, csl_json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Citations, one per line; '-' for standard input.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (standard output when missing).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tei", converter = FormatConverter.class,
            description = "tei (default) or csl-json.")
    Format format;

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "tei" -> Format.tei;
                case "csl-json", "csl_json", "csljson", "json" -> Format.csl_json;
                default -> throw new CommandLine.TypeConversionException("expected tei or csl-json, not '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String input;
        try {
            input = new String(PageInput.read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": " + PageInput.describe(e));
            return ExitCode.INPUT.code;
        }
        List<CitationDocument.Line> lines = new ArrayList<>();
        String[] raw = input.split("\r\n|\r|\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = raw[i].strip();
            if (l.isEmpty()) continue;
            Matcher m = NUMBER.matcher(l);
            lines.add(m.matches() ? new CitationDocument.Line(i + 1, m.group(1), m.group(2)) : new CitationDocument.Line(i + 1, null, l));
        }
        CitationDocument document = new CitationDocument(new CitationParser());
        String out = format == Format.csl_json ? CslJson.write(document.notes(lines)) : document.write(file, lines);
        try {
            if (output == null) {
                spec.commandLine().getOut().print(out);
                spec.commandLine().getOut().flush();
            } else {
                Outputs.writeAtomically(output, out);
            }
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.INPUT.code;
        }
        return ExitCode.OK.code;
    }
}

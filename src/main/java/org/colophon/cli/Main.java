package org.colophon.cli;

import java.io.PrintWriter;
import org.colophon.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colophon} command: lists the subcommands, each a class of its own. */
@Command(name = "colophon",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Colophon: digital critical editions from damaged page text.",
        description = {"Encodes pages of scholarly books, as extracted from PDF or a web reader, as TEI P5: notes at their calls, citations as bibl, every repair recorded."},
        subcommands = {ConvertCommand.class, CheckCommand.class, ValidateCommand.class, HtmlCommand.class, PdfCommand.class, PublishCommand.class, CiteCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an input could not be read, converted or validated, or an output could not be written", "2:wrong usage"},
        footer = {"", "Example: colophon convert seeds/eurasian-triangle-p130.txt -o out/p130.tei.xml"})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Held so java.util.logging does not forget the level set on it. */
    private static final java.util.logging.Logger FOP_LOG = java.util.logging.Logger.getLogger("org.apache.fop");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code colophon} alone names no command: wrong usage, so the usage goes to standard error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    public static void main(String[] args) {
        // dates written into PDFs do not depend on the machine's time zone
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        // FOP logs through java.util.logging; what matters reaches the user as Colophon's own warnings
        FOP_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The CLI wired to the given streams; tests use this. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.INPUT.code);
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line: what is wrong, and where the usage is
            String command = ex.getCommandLine() == cl ? "colophon" : "colophon " + ex.getCommandLine().getCommandName();
            ex.getCommandLine().getErr().println(command + ": " + ex.getMessage() + " (try '" + command + " --help')");
            return ExitCode.USAGE.code;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("colophon: internal error: " + ex);
            return ExitCode.INPUT.code;
        });
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"colophon " + Version.get()};
        }
    }
}

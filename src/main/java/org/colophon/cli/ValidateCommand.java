package org.colophon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colophon validate TEI...}: our schema (RELAX NG + Schematron). */
@Command(name = "validate",
        header = "Check TEI files against Colophon's schema.",
        description = {"Validates each TEI file against Colophon's RELAX NG schema (a stricter subset of TEI P5)",
                "and its Schematron rules (unique ids, numbered notes in sequence, pointers that resolve).",
                "Prints one line per problem: FILE:LINE:COL: message."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:a file is invalid or unreadable", "2:wrong usage"})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEI", arity = "1..*", description = "TEI files to check.")
    List<String> files;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("colophon validate: not built yet");
        return ExitCode.INPUT.code;
    }
}

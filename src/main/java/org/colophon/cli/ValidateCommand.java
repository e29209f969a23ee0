package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.validate.Problem;
import org.colophon.validate.TeiValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colophon validate TEI...}: our schema (RELAX NG + Schematron). */
@Command(name = "validate",
        header = "Check TEI files against Colophon's schema.",
        description = {"Validates each TEI file against Colophon's RELAX NG schema (a stricter subset of TEI P5) and its Schematron rules (unique ids, numbered notes in sequence, pointers that resolve, well-formed choices). Prints one line per problem, FILE:LINE:COL: message, on standard output, and a count on standard error. DOCTYPEs and external entities are refused."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file valid", "1:a file is invalid or unreadable", "2:wrong usage"},
        footer = {"", "Example: colophon validate out/*.tei.xml"})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEI", arity = "1..*", description = "TEI files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TeiValidator validator = TeiValidator.load();
        int invalid = 0;
        for (Path f : files) {
            String unreadable = unreadable(f);
            if (unreadable != null) {
                err.println(unreadable);
                invalid++;
                continue;
            }
            List<Problem> problems = validator.validate(f);
            for (Problem p : problems) out.println(p);
            if (!problems.isEmpty()) invalid++;
        }
        out.flush();
        err.println(files.size() - invalid + " of " + files.size() + " valid");
        err.flush();
        return invalid == 0 ? ExitCode.OK.code : ExitCode.INPUT.code;
    }

    /** "FILE: no such file" (as convert says it) when the file cannot be read, else null. */
    private static String unreadable(Path f) {
        try {
            PageInput.checkReadable(f);
            return null;
        } catch (IOException e) {
            return PageInput.problem(f.toString(), e);
        }
    }
}

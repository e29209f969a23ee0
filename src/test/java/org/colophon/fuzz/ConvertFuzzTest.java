package org.colophon.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.ingest.TextPageReader;
import org.colophon.validate.TeiValidator;
import org.colophon.xml.XmlProblem;

/**
 * Whatever bytes a page holds, {@code convert} gives TEI valid against our schema (RELAX NG and
 * Schematron) that holds every word of the input ({@link FidelityCheck}), or a clean {@link InputProblem} naming the trouble — never another exception.
 *
 * <p>{@code mvn verify} runs it twice, each time in a JVM of its own with its output in
 * {@code target/fuzz-reports} ({@link JazzerProcess}): {@link SavedFuzzInputsTest} replays the saved
 * inputs of {@code ConvertFuzzTestInputs/} (regression mode), and {@link ShortFuzzRun}, in its own
 * surefire execution with {@code JAZZER_FUZZ=1} and a fixed seed, tries the same 5,000 inputs on
 * every machine (at most 90 s). {@code JAZZER_FUZZ=1 mvn test -Dtest=ConvertFuzzTest -DskipFuzz=true}
 * with a longer {@code maxDuration} fuzzes longer, from a random seed, printing as it goes.
 */
class ConvertFuzzTest {

    private static final Colophon COLOPHON = new Colophon();
    private static final TeiValidator VALIDATOR = TeiValidator.load();

    @FuzzTest(maxDuration = "90s")
    void everyInputGivesValidTeiOrACleanError(byte[] input) {
        Colophon.Conversion c;
        try {
            c = COLOPHON.convert("fuzz.txt", input);
        } catch (InputProblem e) {
            String msg = e.getMessage();
            assertTrue(msg != null && !msg.isBlank() && !msg.contains("\n"), "one-line message: " + msg);
            return;
        }
        var problems = VALIDATOR.validate("fuzz.tei.xml", c.tei());
        assertTrue(problems.isEmpty(), () -> "invalid TEI: " + problems + "\n--- input ---\n"
                + new String(input, java.nio.charset.StandardCharsets.UTF_8));
        // and nothing of the input is lost
        try {
            FidelityCheck.Result r = FidelityCheck.check(new TextPageReader().read("fuzz.txt", input), "fuzz.tei.xml", c.tei());
            assertTrue(r.passed(), () -> "words lost: " + r.missing());
        } catch (InputProblem | XmlProblem e) {
            throw new AssertionError(e);
        }
    }
}

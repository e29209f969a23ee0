package org.colophon.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ConvertFuzzTest} replaying its saved inputs (Jazzer's regression mode), in a JVM of its own
 * so that Jazzer's agent instruments no other test's classes and its notes stay out of the build
 * log (they are in {@code target/fuzz-reports/ConvertFuzzTest-replay.log}).
 */
class SavedFuzzInputsTest {
    private static final Path INPUTS = Path.of(
            "src/test/resources/org/colophon/fuzz/ConvertFuzzTestInputs/everyInputGivesValidTeiOrACleanError");

    @Test
    void everySavedInputPasses() throws IOException, InterruptedException {
        long saved;
        try (Stream<Path> s = Files.list(INPUTS)) {
            saved = s.count();
        }
        JazzerProcess.Result r = JazzerProcess.run(ConvertFuzzTest.class, JazzerProcess.Mode.REPLAY);
        assertTrue(r.passed(), r::failure);
        assertTrue(r.log().testsSucceeded() >= saved, () -> "fewer tests than the " + saved + " saved inputs " + r.failure());
    }
}

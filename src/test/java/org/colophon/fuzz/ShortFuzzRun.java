package org.colophon.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The short fuzzing run of {@code mvn verify} (the pom's surefire execution {@code fuzz}, left out
 * with {@code -DskipFuzz=true}): {@link ConvertFuzzTest} fuzzed in a JVM of its own with the
 * {@code jazzer.*} properties the pom sets (a fixed seed, 5,000 inputs). libFuzzer's progress and
 * Jazzer's notes go to {@code target/fuzz-reports/ConvertFuzzTest-fuzz.log}; the build log gets one
 * summary line, or the finding.
 */
class ShortFuzzRun {
    @Test
    void convertSurvivesTheShortRun() throws IOException, InterruptedException {
        JazzerProcess.Result r = JazzerProcess.run(ConvertFuzzTest.class, JazzerProcess.Mode.FUZZ);
        assertTrue(r.passed(), r::failure);
        assertTrue(r.log().runs().orElse(0) > 0, () -> "no input was fuzzed " + r.failure());
        System.out.println(r.log().summary(ConvertFuzzTest.class.getSimpleName()) + " (output: " + r.file() + ")");
    }
}

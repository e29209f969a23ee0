package org.colophon.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A Jazzer fuzz test run in a JVM of its own ({@link FuzzMain}), given this JVM's class path and
 * {@code jazzer.*} properties; everything it prints goes to {@code target/fuzz-reports/CLASS-MODE.log}.
 */
final class JazzerProcess {
    private static final Path REPORTS = Path.of("target/fuzz-reports");
    private static final long TIMEOUT_MINUTES = 15;

    /** Jazzer's two modes: replay the saved inputs, or fuzz ({@code JAZZER_FUZZ=1}). */
    enum Mode { REPLAY, FUZZ }

    /** How the run ended and what it printed. */
    record Result(int exitCode, FuzzLog log, Path file) {
        boolean passed() {
            return exitCode == 0;
        }

        /** The finding, or the end of the output, for an assertion message. */
        String failure() {
            return "(whole output in " + file + ")\n" + log.finding();
        }
    }

    private JazzerProcess() {
    }

    static Result run(Class<?> fuzzTest, Mode mode) throws IOException, InterruptedException {
        Path file = REPORTS.resolve(fuzzTest.getSimpleName() + "-" + mode.name().toLowerCase(Locale.ROOT) + ".log");
        Files.createDirectories(REPORTS);
        ProcessBuilder pb = new ProcessBuilder(command(fuzzTest)).redirectErrorStream(true).redirectOutput(file.toFile());
        pb.environment().remove("JAZZER_FUZZ");
        if (mode == Mode.FUZZ) pb.environment().put("JAZZER_FUZZ", "1");
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(fuzzTest.getSimpleName() + " took more than " + TIMEOUT_MINUTES + " minutes; its output: " + file);
        }
        return new Result(p.exitValue(), new FuzzLog(Files.readAllLines(file, StandardCharsets.UTF_8)), file);
    }

    /** java, this JVM's class path and jazzer.* properties, and {@link FuzzMain} on the test class. */
    private static List<String> command(Class<?> fuzzTest) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("jazzer.")).sorted()
                .forEach(n -> cmd.add("-D" + n + "=" + System.getProperty(n)));
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(FuzzMain.class.getName());
        cmd.add(fuzzTest.getName());
        return cmd;
    }
}

package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Colophon in a JVM of its own, as a user would, for tests that need a fresh process. */
final class JavaProcess {

    /** What the process gave back. */
    record Result(int code, String out, String err) {}

    private JavaProcess() {}

    /** {@code java JVM... ARGS...} with this test's java, in {@code dir}, stdout and stderr caught. */
    static Result run(Path dir, List<String> jvm, Map<String, String> env, String stdin, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Path in = Files.writeString(Files.createTempFile(dir, "stdin", ".txt"), stdin == null ? "" : stdin);
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(in.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}

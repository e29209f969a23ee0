package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it, {@code java -jar target/colophon.jar}: rerun with the
 * class-data-sharing archive or not ({@code COLOPHON_RELAUNCH=0}), the same files, exit codes,
 * streams and standard input.
 */
class JarIT {
    private static final Path JAR = Path.of("target/colophon.jar").toAbsolutePath();
    private static final Path SEED = Path.of("seeds/eurasian-triangle-p130.txt").toAbsolutePath();

    @TempDir
    Path tmp;

    private JavaProcess.Result jar(Map<String, String> env, String stdin, String... args) throws Exception {
        return JavaProcess.run(tmp, List.of("-jar", JAR.toString()), env, stdin, List.of(args));
    }

    @Test
    void theArchiveLiesBesideTheJar() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("skipCds"), "built with -DskipCds=true");
        assertTrue(Files.isRegularFile(JAR.resolveSibling("colophon.jsa")), "the package step builds target/colophon.jsa");
    }

    @Test
    void publishWritesTheSameFilesWhetherOrNotTheJarRerunsItself() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, jar(Map.of(), null, "publish", "-q", SEED.toString(), "-o", a.toString()).code());
        assertEquals(0, jar(Map.of("COLOPHON_RELAUNCH", "0"), null, "publish", "-q", SEED.toString(), "-o", b.toString()).code());
        for (String ext : List.of("tei.xml", "html", "pdf")) {
            String name = "eurasian-triangle-p130." + ext;
            assertArrayEquals(Files.readAllBytes(b.resolve(name)), Files.readAllBytes(a.resolve(name)), name);
        }
    }

    @Test
    void aUsageErrorKeepsItsExitCodeAndMessage() throws Exception {
        JavaProcess.Result r = jar(Map.of(), null, "frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("colophon: Unmatched argument at index 0: 'frobnicate'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void standardInputReachesTheCommand() throws Exception {
        JavaProcess.Result r = jar(Map.of(), "9 R. W. Davies, Soviet Military Expenditure (London: Macmillan, 1993), 45.\n", "cite", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<author>R. W. Davies</author>"), r.out());
    }
}

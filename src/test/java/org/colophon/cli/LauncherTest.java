package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the jar's entry point reruns a command with the class-data-sharing archive. */
class LauncherTest {

    private static final Path JAR = Path.of("/opt/colophon/colophon.jar");
    private static final Path JSA = Path.of("/opt/colophon/colophon.jsa");

    private static List<String> child(List<String> javaArgs, String... args) {
        return Launcher.childCommand("/usr/bin/java", javaArgs, JAR, JSA, args).orElse(null);
    }

    @Test
    void theSameCommandRunsAgainWithTheArchiveAndAMarkAgainstRelaunchingTwice() {
        List<String> cmd = child(List.of("-jar", JAR.toString(), "publish", "p.txt"), "publish", "p.txt");
        assertEquals("/usr/bin/java", cmd.get(0));
        assertTrue(cmd.contains("-XX:SharedArchiveFile=" + JSA), cmd::toString);
        assertTrue(cmd.contains("-D" + Launcher.RELAUNCHED + "=1"), cmd::toString);
        assertEquals(List.of("-jar", JAR.toString(), "publish", "p.txt"), cmd.subList(cmd.size() - 4, cmd.size()));
    }

    @Test
    void theUsersJvmOptionsAreKeptAndTheirHeapIsNotOverruled() {
        List<String> cmd = child(List.of("-Xmx300m", "-Dfoo=bar", "-jar", JAR.toString(), "convert"), "convert");
        assertTrue(cmd.contains("-Xmx300m") && cmd.contains("-Dfoo=bar"), cmd::toString);
        assertFalse(cmd.stream().anyMatch(o -> o.startsWith("-Xmx") && !o.equals("-Xmx300m")), cmd::toString);
        String heap = "-Xmx" + Launcher.heapMegabytes(Runtime.getRuntime().availableProcessors()) + "m";
        assertTrue(child(List.of("-jar", JAR.toString()), "convert").contains(heap), "a bounded heap by default");
    }

    @Test
    void optionsThatAlreadyConcernClassSharingAreLeftAlone() {
        assertEquals(null, child(List.of("-Xshare:off", "-jar", JAR.toString()), "convert"));
        assertEquals(null, child(List.of("-XX:ArchiveClassesAtExit=x.jsa", "-jar", JAR.toString()), "convert"));
        assertEquals(null, child(List.of("-XX:SharedArchiveFile=y.jsa", "-jar", JAR.toString()), "convert"));
    }

    @Test
    void aRunNotStartedWithDashJarIsNotRelaunched() {
        assertEquals(null, child(List.of("-cp", "x.jar", "org.colophon.cli.Main", "convert"), "convert"));
    }

    @Test
    void theQuickCompilerAloneForThreeFilesOrFewerOrOnUpToFourCores(@TempDir Path tmp) throws Exception {
        String[] four = new String[4];
        for (int i = 0; i < 4; i++) four[i] = Files.writeString(tmp.resolve(i + ".txt"), "x").toString();
        String[] three = {"publish", four[0], four[1], four[2], "-o", tmp.toString()};
        assertTrue(Launcher.fewFiles(three));
        assertFalse(Launcher.fewFiles(new String[] {"html", four[0], four[1], four[2], four[3]}));
        assertTrue(Launcher.quickCompilerOnly(three, 16));
        assertTrue(Launcher.quickCompilerOnly(four, 2));
        assertFalse(Launcher.quickCompilerOnly(four, 16));
        assertFalse(Launcher.quickCompilerOnly(new String[] {"bench", "--stage", "cite", four[0]}, 2), "bench measures C2's code");
    }

    @Test
    void thisJvmsOwnCommandLineIsReadWhole() {
        List<String> args = Launcher.javaArguments();
        assertTrue(args.containsAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()),
                () -> args + " lacks some of " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    @Test
    void theHeapGrowsWithTheCoresNotThePages() {
        assertEquals(512, Launcher.heapMegabytes(1));
        assertEquals(512, Launcher.heapMegabytes(2));
        assertEquals(2304, Launcher.heapMegabytes(16));
    }
}

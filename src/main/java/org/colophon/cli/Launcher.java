package org.colophon.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. {@code java -jar colophon.jar} cannot give the JVM options that make a
 * short run start fast, so when the package step's class-data-sharing archive lies beside the jar
 * (and is newer than it), this starts the same command once more in a JVM that maps the archive
 * (with the quick compiler alone for a few files, and a bounded heap unless one is given), passes
 * the terminal, the streams and the exit code through, and otherwise stays out of the way. Any
 * doubt — no archive, an archive older than the jar, JVM options that already concern class data
 * sharing, {@code COLOPHON_RELAUNCH=0}, a child that cannot be started — and Colophon runs here,
 * in this JVM, as before. This class loads nothing but the JDK's own.
 */
public final class Launcher {
    static final String RELAUNCHED = "colophon.relaunched";

    private Launcher() {}

    public static void main(String[] args) {
        Optional<List<String>> child = System.getProperty(RELAUNCHED) == null
                && !"0".equals(System.getenv("COLOPHON_RELAUNCH")) ? childCommand(args) : Optional.empty();
        if (child.isPresent()) {
            Integer code = run(child.get());
            if (code != null) System.exit(code);
        }
        Main.main(args);
    }

    /** The command that reruns this one with the archive, or empty when that is not wanted. */
    static Optional<List<String>> childCommand(String[] args) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Path jar = ownJar();
        if (info.command().isEmpty() || info.arguments().isEmpty() || jar == null) return Optional.empty();
        Path jsa = jar.resolveSibling("colophon.jsa");
        try {
            if (!Files.isRegularFile(jsa) || Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return Optional.empty();   // no archive, or one made for an older jar
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return childCommand(info.command().get(), List.of(info.arguments().get()), jar, jsa, args);
    }

    /**
     * The command that reruns {@code java JVMOPTIONS -jar JAR ARGS} (given as {@code java} and
     * {@code javaArgs}, everything after the executable) with the archive {@code jsa}; empty when
     * it was not started with -jar or its options already concern class data sharing.
     */
    static Optional<List<String>> childCommand(String java, List<String> javaArgs, Path jar, Path jsa, String[] args) {
        int dashJar = javaArgs.indexOf("-jar");
        if (dashJar < 0) return Optional.empty();
        List<String> jvm = javaArgs.subList(0, dashJar);
        boolean heap = false;
        for (String o : jvm) {
            if (o.contains("SharedArchiveFile") || o.startsWith("-Xshare") || o.contains("ArchiveClassesAtExit")) {
                return Optional.empty();   // the user chose how classes are shared
            }
            heap |= o.startsWith("-Xmx") || o.contains("MaxHeapSize") || o.contains("MaxRAMPercentage");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add("-XX:SharedArchiveFile=" + jsa);
        cmd.add("-Xshare:auto");          // an archive this JVM cannot use is ignored ...
        cmd.add("-Xlog:cds=off");          // ... silently
        cmd.add("-Xlog:cds+dynamic=off");
        if (fewFiles(args)) cmd.add("-XX:TieredStopAtLevel=1");   // a short run ends before C2 pays off
        if (!heap) cmd.add("-Xmx768m");    // 1,000 pages publish in it, whatever the machine's memory
        cmd.addAll(jvm);
        cmd.add("-D" + RELAUNCHED + "=1");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /** Three files or fewer on the command line. */
    static boolean fewFiles(String[] args) {
        int files = 0;
        for (String a : args) {
            try {
                if (!a.startsWith("-") && Files.isRegularFile(Path.of(a)) && ++files > 3) return false;
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name: the command will say so
            }
        }
        return true;
    }

    private static Path ownJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Runs the child with this process's streams; its exit code, or null if it could not start. */
    private static Integer run(List<String> cmd) {
        Process p;
        try {
            p = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Thread stop = new Thread(() -> {
            if (p.isAlive()) {
                p.destroy();   // SIGTERM: as a signal from the user would
                try {
                    p.waitFor();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                return p.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the run ends
            }
        }
    }
}

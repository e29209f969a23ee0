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
 * (with the quick compiler alone for a few files or on a small machine, and a heap bounded by the
 * number of cores unless one is given), passes
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
        Path jar = ownJar();
        List<String> javaArgs = javaArguments();
        if (javaArgs.isEmpty() || jar == null) return Optional.empty();
        Path jsa = jar.resolveSibling("colophon.jsa");
        try {
            if (!Files.isRegularFile(jsa) || Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                return Optional.empty();   // no archive, or one made for an older jar
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return childCommand(java, javaArgs, jar, jsa, args);
    }

    /**
     * This JVM's command line after the executable. /proc/self/cmdline holds all of it (what
     * ProcessHandle reports is cut short on a long command line, such as a thousand pages).
     */
    static List<String> javaArguments() {
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == 0) {
                    all.add(new String(b, from, i - from, java.nio.charset.Charset.defaultCharset()));
                    from = i + 1;
                }
            }
            if (all.size() > 1) return all.subList(1, all.size());
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the JDK
        }
        return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
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
        int cores = Runtime.getRuntime().availableProcessors();
        if (quickCompilerOnly(args, cores)) cmd.add("-XX:TieredStopAtLevel=1");
        if (!heap) cmd.add("-Xmx" + heapMegabytes(cores) + "m");
        cmd.addAll(jvm);
        cmd.add("-D" + RELAUNCHED + "=1");
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /**
     * C1 alone: a run over a few files ends before C2's code pays off, and on up to four cores
     * C2's compiler threads take more from the workers than they give back (measured on two
     * cores: publish over 100 pages 4.7 s instead of 8.2 s, over 1,000 pages 23 s instead of 28 s).
     */
    static boolean quickCompilerOnly(String[] args, int cores) {
        if (args.length > 0 && args[0].equals("bench")) return false;   // it measures the warm, fully compiled code
        return cores <= 4 || fewFiles(args);
    }

    /**
     * Pages are read, written and forgotten one at a time, each job holding one: the heap grows
     * with the jobs (one per core by default), not with the pages. 512 MB on two cores.
     */
    static int heapMegabytes(int cores) {
        return Math.max(512, 256 + 128 * cores);
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

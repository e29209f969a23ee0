import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.lang.reflect.*;
/**
 * Compares the citation parser of two or more builds in one JVM: each jar in its own class loader,
 * passes over the same lines taken in turn, so that a shared host's swings fall on all alike.
 *
 *   java tools/bench/CiteAB.java LINES.txt SECONDS OLD.jar NEW.jar
 *
 * Prints each jar's lines a second (mean, median and best pass) and the last jar's mean over the
 * first's. Warm-up: 8 s of passes before the clock starts.
 */
public class CiteAB {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a[0]));
        int seconds = Integer.parseInt(a[1]);
        int k = a.length - 2;
        Object[] parsers = new Object[k];
        Method[] parse = new Method[k];
        for (int j = 0; j < k; j++) {
            URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[2 + j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("org.colophon.citations.CitationParser");
            parsers[j] = c.getConstructor().newInstance();
            parse[j] = c.getMethod("parse", String.class);
        }
        long[] nanos = new long[k];
        long[] count = new long[k];
        List<List<Double>> rates = new ArrayList<>();
        for (int j = 0; j < k; j++) rates.add(new ArrayList<>());
        long warm = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < warm) for (int j = 0; j < k; j++) for (String l : lines) parse[j].invoke(parsers[j], l);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (int j = 0; j < k; j++) {
                long t0 = System.nanoTime();
                for (String l : lines) parse[j].invoke(parsers[j], l);
                long dt = System.nanoTime() - t0;
                nanos[j] += dt; count[j] += lines.size();
                rates.get(j).add(lines.size() / (dt / 1e9));
            }
        }
        for (int j = 0; j < k; j++) {
            List<Double> r = rates.get(j); Collections.sort(r);
            System.out.printf("%s: mean %.0f lines/s, median %.0f, best %.0f%n", a[2 + j], count[j] / (nanos[j] / 1e9), r.get(r.size() / 2), r.get(r.size() - 1));
        }
        System.out.printf("ratio of means %.3f%n", (count[k-1] / (nanos[k-1] / 1e9)) / (count[0] / (nanos[0] / 1e9)));
    }
}

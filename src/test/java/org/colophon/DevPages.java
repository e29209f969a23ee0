package org.colophon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dev pages kept in the repository ({@code src/test/resources/org/colophon/dev}, copies of
 * {@code ../shared/dev}), so that tests over them run on a clone with nothing beside it.
 */
public final class DevPages {
    public static final Path DIR = Path.of("src/test/resources/org/colophon/dev");
    public static final Path PAGES = DIR.resolve("pages");
    public static final Path GOLD = DIR.resolve("gold");

    /** How many pages the set holds: a test over fewer has lost some of them. */
    public static final int COUNT = 43;

    private DevPages() {
    }

    /** Every page, sorted by name; fails rather than giving fewer than {@link #COUNT}. */
    public static List<Path> all() {
        try (Stream<Path> s = Files.list(PAGES)) {
            List<Path> pages = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (pages.size() < COUNT) throw new IllegalStateException(PAGES + " holds " + pages.size() + " pages, not " + COUNT);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page called {@code name} ({@code name.txt}). */
    public static Path page(String name) {
        return PAGES.resolve(name + ".txt");
    }
}

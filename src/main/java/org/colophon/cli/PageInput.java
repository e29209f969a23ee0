package org.colophon.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input named on the command line; '-' is standard input. */
final class PageInput {
    private PageInput() {}

    static byte[] read(String name) throws IOException {
        // never more than one byte past the page limit: a huge file is refused, not loaded
        int limit = org.colophon.ingest.TextPageReader.MAX_BYTES + 1;
        if (name.equals("-")) return System.in.readNBytes(limit);
        Path p = Path.of(name);
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        try (java.io.InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(limit);
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

package org.colophon.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input named on the command line; '-' is standard input. */
final class PageInput {
    private PageInput() {}

    /** Reads a TEI or other input whole. */
    static byte[] read(String name) throws IOException {
        if (name.equals("-")) return System.in.readAllBytes();
        return Files.readAllBytes(file(name));
    }

    /** Reads a page of text: never more than one byte past the page limit, so a huge file is refused, not loaded. */
    static byte[] readPage(String name) throws IOException {
        int limit = org.colophon.ingest.TextPageReader.MAX_BYTES + 1;
        if (name.equals("-")) return System.in.readNBytes(limit);
        try (java.io.InputStream in = Files.newInputStream(file(name))) {
            return in.readNBytes(limit);
        }
    }

    /** Throws what reading the file would (no such file, permission denied, a directory) without reading it. */
    static void checkReadable(Path p) throws IOException {
        Files.newInputStream(file(p.toString())).close();
    }

    private static Path file(String name) throws IOException {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) throw new IOException("is a directory");
        return p;
    }

    /** The one line for a failure: an output that cannot be written names itself, anything else names the input. */
    static String problem(String input, IOException e) {
        return e instanceof Outputs.Unwritable ? e.getMessage() : input + ": " + describe(e);
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

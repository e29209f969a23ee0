package org.colophon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where outputs go and how they are written: whole or not at all. */
final class Outputs {
    private Outputs() {}

    /** OUT/NAME.ext for an input NAME.txt (or NAME.tei.xml, NAME.xml). */
    static Path inDirectory(Path dir, String input, String ext) {
        String base = input.equals("-") ? "stdin" : Path.of(input).getFileName().toString();
        for (String suffix : new String[] {".tei.xml", ".txt", ".xml", ".text", ".pdf", ".PDF"}) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                base = base.substring(0, base.length() - suffix.length());
                break;
            }
        }
        return dir.resolve(base + ext);
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A temporary file is private; the output gets the target's permissions, or rw-r--r--. */
    private static void keepUsualPermissions(Path tmp, Path target) {
        try {
            var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the default permissions stand
        }
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
            keepUsualPermissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

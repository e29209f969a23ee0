package org.colophon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** Writes the text as UTF-8, whole or not at all. */
    static void writeAtomically(Path target, String content) throws Unwritable {
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

    /**
     * Writes to a temporary file beside the target, then moves it into place. A target that is no
     * regular file (/dev/null, a pipe) is written to directly: it is not replaced by a file.
     */
    static void writeAtomically(Path target, byte[] content) throws Unwritable {
        if (Files.isDirectory(target)) throw new Unwritable(target, "is a directory", null);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try {
                Files.write(target, content);
                return;
            } catch (IOException e) {
                throw new Unwritable(target, why(e, target), e);
            }
        }
        Path dir = target.toAbsolutePath().getParent();
        try {
            if (dir != null) Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new Unwritable(target, e.getFile() + " is not a directory", e);
        } catch (IOException e) {
            throw new Unwritable(target, "cannot create its directory: " + why(e, dir), e);
        }
        try {
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
        } catch (IOException e) {
            throw new Unwritable(target, why(e, dir), e);
        }
    }

    /** Why a file in {@code dir} could not be written, in a few words. */
    private static String why(IOException e, Path dir) {
        if (e instanceof AccessDeniedException) return "permission denied";
        // the directory exists (it was made above), so it does not let files be made in it (/proc, /sys)
        if (e instanceof NoSuchFileException) return dir + " does not accept new files";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** An output that cannot be written; its message names the output and why: "OUT: cannot write: why". */
    static final class Unwritable extends IOException {
        Unwritable(Path target, String why, IOException cause) {
            super(target + ": cannot write: " + why, cause);
        }
    }
}

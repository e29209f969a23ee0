package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --stage cite} counts the citations it finds, not the lines it reads. */
class BenchCiteTest {
    @TempDir
    Path dir;

    @Test
    void citationsAreCountedAsFoundInTheNotes() throws Exception {
        Path notes = dir.resolve("notes.txt");
        // one note with two citations, one with none
        Files.writeString(notes, "Vgl. Birk, Steuerrecht, S. 231; Mustermann, NZG 1999, 797 (800).\nThis is all the author says.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("bench", "--stage", "cite", notes.toString(), "--warmup", "0", "--seconds", "0.05");
        assertEquals(0, code, err.toString());
        Matcher m = Pattern.compile("^cite: (\\d+) lines in .* \\(2 distinct\\), (\\d+) citations found: ").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        long lines = Long.parseLong(m.group(1));
        assertEquals(0, lines % 2, out.toString());
        assertEquals(lines, Long.parseLong(m.group(2)), "two citations in every two lines: " + out);
    }
}

package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages Colophon will really meet: each gets a one-line message and an exit code, or valid
 * TEI with the problem in the report — never a stack trace, never a partial file. Some of these
 * run the command in a JVM of its own, to set its heap, time zone and locale.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    private static final Colophon COLOPHON = new Colophon();
    private static final TeiValidator VALIDATOR = TeiValidator.load();

    /** Runs {@code colophon ARGS} in a fresh JVM with the given JVM options and environment. */
    private JavaProcess.Result java(List<String> jvm, java.util.Map<String, String> env, String... args) throws Exception {
        List<String> cp = new ArrayList<>(jvm);
        cp.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.colophon.cli.Main"));
        return JavaProcess.run(tmp, cp, env, null, List.of(args));
    }

    private static void noTrace(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Error:"), err);
    }

    private Colophon.Conversion convertValid(String text) throws InputProblem {
        Colophon.Conversion c = COLOPHON.convert("page.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), VALIDATOR.validate("page.tei.xml", c.tei()));
        return c;
    }

    @Test
    void aFiftyMegabyteFileIsRefusedInAHalfGigabyteHeapAndTheOldOutputStays() throws Exception {
        Path big = tmp.resolve("big.txt");
        byte[] line = "the edition of the letters in the archive of the government\n".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        Path target = tmp.resolve("big.tei.xml");
        Files.writeString(target, "old");
        JavaProcess.Result r = java(List.of("-Xmx512m"), java.util.Map.of(), "convert", big.toString(), "-o", target.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("big.txt") && r.err().contains("larger than"), r.err());
        noTrace(r.err());
        assertEquals("old", Files.readString(target));
    }

    @Test
    void linesOfTenThousandCharactersConvert() throws Exception {
        String longLine = "word ".repeat(2000).strip();
        Colophon.Conversion c = convertValid("A heading line\n\n" + longLine + "\n" + "x".repeat(10_000) + "\n\nA last paragraph.\n");
        assertTrue(c.tei().contains("x".repeat(10_000)));
    }

    @Test
    void noteNumbersOutOfSequenceKeepEveryNoteAndAreReported() throws Exception {
        // notes 1, 2, 4: the line "4 …" is not the next note, so it stays in note 2's text, and call 4 is reported
        Colophon.Conversion c = convertValid("Body text with calls.\u00b9 And more text.\u00b2 And the last.\u2074\n\n"
                + "1 First note.\n2 Second note.\n4 Fourth note.\n");
        assertTrue(c.tei().contains("Fourth note."), c.tei());
        assertTrue(c.report().toText().contains("call 4 has no note"), c.report().toText());
    }

    @Test
    void notesLabelledWithSuperscriptDigitsAreNotes() throws Exception {
        Colophon.Conversion c = convertValid("Body text with a call.\u00b9 And another.\u00b2\n\n\u00b9 First note.\n\u00b2 Second note.\n");
        assertTrue(c.tei().contains("<note place=\"foot\" n=\"2\""), c.tei());
        assertEquals("", c.report().toText());
    }

    @Test
    void callsWithNoNotesAndNotesWithNoCallsAreReported() throws Exception {
        Colophon.Conversion c = convertValid("Body text with a call.\u00b9 And another call.\u00b2\n\n2 The second note.\n3 A note with no call.\n");
        String report = c.report().toText();
        assertTrue(report.contains("call 1 has no note"), report);
        assertTrue(report.contains("note 3 has no call"), report);
    }

    @Test
    void aPageCutOffInTheMiddleOfANoteKeepsWhatThereIs() throws Exception {
        Colophon.Conversion c = convertValid("Body text with a call.\u00b9\n\n1 R. W. Davies, \u201cSoviet Military Expendi-\n");
        assertTrue(c.tei().contains("Soviet Military Expendi"), c.tei());
    }

    @Test
    void convertHtmlAndPdfAreTheSameInEveryTimeZoneAndLocale() throws Exception {
        Path page = tmp.resolve("p.txt");
        Files.copy(Path.of("seeds/eurasian-triangle-p130.txt"), page);
        List<byte[]> first = null;
        for (String[] setting : new String[][] {{"UTC", "en", "US"}, {"Asia/Tokyo", "de", "DE"}}) {
            Path dir = Files.createDirectories(tmp.resolve(setting[0].replace('/', '-')));
            List<String> jvm = List.of("-Duser.timezone=" + setting[0], "-Duser.language=" + setting[1], "-Duser.country=" + setting[2]);
            var env = java.util.Map.of("TZ", setting[0], "LC_ALL", setting[1] + "_" + setting[2] + ".UTF-8");
            Path tei = dir.resolve("p.tei.xml");
            assertEquals(0, java(jvm, env, "convert", "-q", page.toString(), "-o", tei.toString()).code());
            assertEquals(0, java(jvm, env, "html", tei.toString(), "-o", dir.resolve("p.html").toString()).code());
            JavaProcess.Result pdf = java(jvm, env, "pdf", tei.toString(), "-o", dir.resolve("p.pdf").toString());
            assertEquals(0, pdf.code(), pdf.err());
            List<byte[]> now = new ArrayList<>();
            for (String f : List.of("p.tei.xml", "p.html", "p.pdf")) now.add(Files.readAllBytes(dir.resolve(f)));
            if (first != null) {
                for (int i = 0; i < now.size(); i++) assertArrayEquals(first.get(i), now.get(i), "file " + i + " differs");
            }
            first = now;
        }
    }

    @Test
    void pdfsRenderedOnSeveralThreadsInAFreshJvmAreTheSameAsOneByOne() throws Exception {
        // the first renderings of a JVM are the ones that once raced ("font without font-triplet")
        Path page = tmp.resolve("p.txt");
        Files.copy(Path.of("seeds/eurasian-triangle-p130.txt"), page);
        Path tei = tmp.resolve("p.tei.xml");
        assertEquals(0, java(List.of(), java.util.Map.of(), "convert", "-q", page.toString(), "-o", tei.toString()).code());
        List<String> args = new ArrayList<>(List.of("pdf", "-j", "4", "-o", tmp.resolve("pdfs").toString()));
        for (int i = 0; i < 8; i++) {
            Path copy = tmp.resolve("p" + i + ".tei.xml");
            Files.copy(tei, copy);
            args.add(copy.toString());
        }
        JavaProcess.Result r = java(List.of(), java.util.Map.of(), args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertEquals(0, java(List.of(), java.util.Map.of(), "pdf", tei.toString(), "-o", tmp.resolve("alone.pdf").toString()).code());
        byte[] alone = Files.readAllBytes(tmp.resolve("alone.pdf"));
        for (int i = 0; i < 8; i++) assertArrayEquals(alone, Files.readAllBytes(tmp.resolve("pdfs/p" + i + ".pdf")), "p" + i);
    }
}

package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final Path SEED = Path.of("seeds/eurasian-triangle-p130.txt");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("convert") && r.out().contains("validate"));
        assertTrue(r.out().contains("Exit codes:"));
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("colophon "), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("convert", "--frobnicate", SEED.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void noCommandPrintsTheUsageAndIsAUsageError() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: colophon") && r.err().contains("convert"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void jobsOfZeroOrLessAreRefusedInOneLine() {
        for (String cmd : new String[] {"convert", "html", "pdf", "publish"}) {
            for (String n : new String[] {"0", "-3"}) {
                Path out = tmp.resolve(cmd + n);
                Run r = run(cmd, "-j", n, SEED.toString(), "-o", out.toString());
                assertEquals(2, r.code(), cmd + " -j " + n + ": " + r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertTrue(r.err().startsWith("colophon " + cmd + ": ") && r.err().contains("--jobs")
                        && r.err().contains("1 or more"), r.err());
                assertFalse(Files.exists(out), cmd + " wrote " + out);
            }
        }
    }

    @Test
    void pageSizesAreReadWhateverTheirCase() throws Exception {
        Path tei = tmp.resolve("p.tei.xml");
        assertEquals(0, run("convert", "-q", SEED.toString(), "-o", tei.toString()).code());
        Path pdf = tmp.resolve("p.pdf");
        Run r = run("pdf", tei.toString(), "--page", "a4", "-o", pdf.toString());
        assertEquals(0, r.code(), r.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertEquals(595, Math.round(box.getWidth()), "A4 width in points");
            assertEquals(842, Math.round(box.getHeight()), "A4 height in points");
        }
    }

    @Test
    void standardInputIsNotCalledDashInTitles() {
        var in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Some text of a page.\n".getBytes(StandardCharsets.UTF_8)));
            Run page = run("convert", "-q", "-");
            assertEquals(0, page.code(), page.err());
            assertFalse(page.out().contains("(-)") || page.out().contains("<title>-"), page.out());
            assertTrue(page.out().contains("printed page (standard input)"), page.out());
            System.setIn(new java.io.ByteArrayInputStream("1 R. W. Davies, Soviet Naval Policy (London, 1990), 12.\n".getBytes(StandardCharsets.UTF_8)));
            Run cite = run("cite", "-");
            assertEquals(0, cite.code(), cite.err());
            assertTrue(cite.out().contains("<title>Citations from standard input</title>"), cite.out());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void convertsOnePageToAFileThatValidates() {
        Path tei = tmp.resolve("p130.tei.xml");
        Path report = tmp.resolve("report.txt");
        Run r = run("convert", SEED.toString(), "-o", tei.toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("7 notes"), r.err());
        assertTrue(Files.exists(report));
        Run v = run("validate", tei.toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertEquals("", v.out());
    }

    @Test
    void severalPagesGoToADirectoryByName() throws Exception {
        Path a = tmp.resolve("a.txt");
        Files.copy(SEED, a);
        Path b = tmp.resolve("b.txt");
        Files.copy(SEED, b);
        Path dir = tmp.resolve("out");
        Run r = run("convert", "-q", a.toString(), b.toString(), "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("a.tei.xml")));
        assertTrue(Files.exists(dir.resolve("b.tei.xml")));
        assertEquals("", r.err());
    }

    @Test
    void severalPagesWithoutOutputDirectoryIsAUsageError() {
        Run r = run("convert", SEED.toString(), SEED.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("-o DIR"));
    }

    @Test
    void badInputGivesOneLineNoTraceAndLeavesTheOldFileAlone() throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', '\n', 'b', 0, 'c'});
        Path target = tmp.resolve("bad.tei.xml");
        Files.writeString(target, "previous");
        Run r = run("convert", bad.toString(), "-o", target.toString());
        assertEquals(1, r.code());
        assertEquals(bad + ":2: binary data (NUL byte); expected page text\n", r.err());
        assertEquals("previous", Files.readString(target));
        try (var s = Files.list(tmp)) {
            assertEquals(2, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void missingFileIsNamed() {
        Run r = run("convert", tmp.resolve("nope.txt").toString(), "-o", tmp.resolve("x.xml").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().endsWith("nope.txt: no such file\n"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.xml")));
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamedNotTheInput() throws Exception {
        Run proc = run("convert", SEED.toString(), "-o", "/proc/nope");
        assertEquals(1, proc.code());
        assertTrue(proc.err().startsWith("/proc/nope: cannot write: "), proc.err());
        assertFalse(proc.err().contains(SEED.toString()) || proc.err().contains("no such file"), proc.err());
        // a directory on the way is a file
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path under = file.resolve("p.tei.xml");
        Run r = run("convert", "-q", SEED.toString(), "-o", under.toString());
        assertEquals(1, r.code());
        assertEquals(under + ": cannot write: " + file.toAbsolutePath() + " is not a directory\n", r.err());
        Run c = run("cite", SEED.toString(), "-o", "/proc/nope");
        assertEquals(1, c.code());
        assertTrue(c.err().startsWith("/proc/nope: cannot write: "), c.err());
    }

    @Test
    void validateSaysNoSuchFileAsConvertDoes() {
        Path nope = tmp.resolve("nosuch.xml");
        Run v = run("validate", nope.toString());
        assertEquals(1, v.code());
        assertEquals("", v.out());
        assertTrue(v.err().startsWith(nope + ": no such file\n"), v.err());
        Run c = run("convert", nope.toString());
        assertTrue(c.err().startsWith(nope + ": no such file\n"), c.err());
    }

    @Test
    void checkNamesTheFileItCannotRead() {
        Path tei = tmp.resolve("missing.tei.xml");
        Run r = run("check", SEED.toString(), tei.toString());
        assertEquals(1, r.code());
        assertEquals(tei + ": no such file\n", r.err());
    }

    @Test
    void oneBadPageDoesNotStopTheOthers() throws Exception {
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Path dir = tmp.resolve("out");
        Run r = run("convert", "-q", empty.toString(), SEED.toString(), "-o", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.txt:1: empty input"), r.err());
        assertTrue(Files.exists(dir.resolve("eurasian-triangle-p130.tei.xml")));
        assertFalse(Files.exists(dir.resolve("empty.tei.xml")));
    }

    @Test
    void validateReportsFileLineColumn() throws Exception {
        Path f = tmp.resolve("broken.tei.xml");
        Files.writeString(f, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>\n", StandardCharsets.UTF_8);
        Run r = run("validate", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith(f + ":3:"), r.out());
    }

    @Test
    void standardInputConvertsToStandardOutput() {
        var in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Head Ë 9\nSome text of a page.\n".getBytes(StandardCharsets.UTF_8)));
            Run r = run("convert", "-q", "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("<pb n=\"9\"/>"), r.out());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void pageWithNoBodyIsRefused() throws Exception {
        Path page = tmp.resolve("nobody.txt");
        Files.writeString(page, "Book\n(WallPaper) #1\n130 Ë Head\nFree download pdf\n");
        Run r = run("convert", page.toString(), "-o", tmp.resolve("nobody.tei.xml").toString());
        assertEquals(1, r.code());
        assertEquals(page + ": no body text: the page holds only site furniture and a running head\n", r.err());
    }

    @Test
    void reportListsCallsWithoutNotes() throws Exception {
        Path page = tmp.resolve("calls.txt");
        Files.writeString(page, "Head Ë 9\nText with a call.⁷ And more text with another call.⁹\n7 Note seven.\n");
        Path report = tmp.resolve("r.txt");
        Run r = run("convert", page.toString(), "-o", tmp.resolve("calls.tei.xml").toString(), "--report", report.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(page + ": call without note: call 9 has no note on this page; kept as a superscript\n", Files.readString(report));
        assertEquals(0, run("validate", tmp.resolve("calls.tei.xml").toString()).code());
    }

    @Test
    void twoInputsWithTheSameNameAreRefusedBeforeAnythingIsWritten() throws Exception {
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        Files.copy(SEED, tmp.resolve("a/p.txt"));
        Files.copy(SEED, tmp.resolve("b/p.txt"));
        Path dir = tmp.resolve("out");
        Run r = run("convert", tmp.resolve("a/p.txt").toString(), tmp.resolve("b/p.txt").toString(), "-o", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("would both be written to"), r.err());
        assertFalse(Files.exists(dir.resolve("p.tei.xml")));
    }

    @Test
    void publishWritesTeiHtmlAndPdf() {
        Path dir = tmp.resolve("pub");
        Run r = run("publish", "-q", SEED.toString(), "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String ext : new String[] {".tei.xml", ".html", ".pdf"}) {
            assertTrue(Files.exists(dir.resolve("eurasian-triangle-p130" + ext)), ext);
        }
    }

    @Test
    void htmlAndPdfNameTheFileLineAndColumnOfBadXml() throws Exception {
        Path bad = tmp.resolve("bad.xml");
        Files.writeString(bad, "not xml at all\n");
        Run h = run("html", bad.toString(), "-o", tmp.resolve("bad.html").toString());
        assertEquals(1, h.code());
        assertEquals(bad + ":1:1: not well-formed: Content is not allowed in prolog.\n", h.err());
        Run p = run("pdf", bad.toString(), "-o", tmp.resolve("bad.pdf").toString());
        assertEquals(1, p.code());
        assertEquals(h.err(), p.err());
        assertFalse(Files.exists(tmp.resolve("bad.pdf")));
    }

    @Test
    void citeWritesOneNotePerLineWithItsBibls() throws Exception {
        Path in = tmp.resolve("notes.txt");
        Files.writeString(in, "7 Stalin i Kaganovich., 208.\n\nSee R. W. Davies, “Soviet Military Expenditure.” Europe-Asia Studies, 45, no. 4 (1993), 577–608.\n");
        Path tei = tmp.resolve("notes.tei.xml");
        Run r = run("cite", in.toString(), "-o", tei.toString());
        assertEquals(0, r.code(), r.err());
        String xml = Files.readString(tei);
        assertTrue(xml.indexOf("n=\"7\" xml:id=\"c1\"") < xml.indexOf("xml:id=\"c3\""), xml);
        assertTrue(xml.contains("<biblScope unit=\"volume\">45</biblScope>"), xml);
        assertEquals(0, run("validate", tei.toString()).code());
    }

    @Test
    void citeOfEveryCitationOfTheEvaluationSetIsValidTei() throws Exception {
        // 307 real references: authors divided by ";", numbers that restart, notes of many styles
        List<String> rows = Files.readAllLines(Path.of("src/test/resources/org/colophon/citations/eval/references.tsv"));
        StringBuilder lines = new StringBuilder();
        for (String row : rows.subList(1, rows.size())) lines.append(row.split("\t", -1)[1]).append('\n');
        assertTrue(rows.size() > 300, "the evaluation set");
        Path in = Files.writeString(tmp.resolve("references.txt"), lines);
        Path tei = tmp.resolve("eval.tei.xml");
        Run c = run("cite", in.toString(), "-o", tei.toString());
        assertEquals(0, c.code(), c.err());
        Run v = run("validate", tei.toString());
        assertEquals(0, v.code(), v.err());
    }

    @Test
    void citeWritesCslJson() throws Exception {
        Path in = tmp.resolve("notes.txt");
        Files.writeString(in, "Mark Harrison and R. W. Davies, “The Soviet Military-Economic Effort.” Europe-Asia Studies, 49, no. 3 (1997), 369.\n");
        Run r = run("cite", in.toString(), "--format", "csl-json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"type\": \"article-journal\""), r.out());
        assertTrue(r.out().contains("{\"family\": \"Harrison\", \"given\": \"Mark\"}"), r.out());
        assertTrue(r.out().contains("\"issued\": {\"date-parts\": [[1997]]}"), r.out());
        assertTrue(r.out().trim().startsWith("[") && r.out().trim().endsWith("]"));
    }

    @Test
    void severalJobsWriteWhatOneJobWrites() throws Exception {
        List<String> args1 = new java.util.ArrayList<>(List.of("convert", "-q", "-j", "1", "-o", tmp.resolve("one").toString()));
        List<String> args2 = new java.util.ArrayList<>(List.of("convert", "-q", "-j", "4", "-o", tmp.resolve("four").toString()));
        for (String name : new String[] {"eurasian-triangle-p130", "guidelines-p0021", "guidelines-p0022", "guidelines-p0028"}) {
            Path src = Path.of("src/test/resources/org/colophon/golden/" + name + ".txt");
            args1.add(src.toString());
            args2.add(src.toString());
        }
        assertEquals(0, run(args1.toArray(new String[0])).code());
        assertEquals(0, run(args2.toArray(new String[0])).code());
        try (var s = Files.list(tmp.resolve("one"))) {
            for (Path p : s.toList()) {
                assertEquals(Files.readString(p), Files.readString(tmp.resolve("four").resolve(p.getFileName())), p.toString());
            }
        }
    }

    @Test
    void checkFindsEveryWordOrNamesTheMissingOne() throws Exception {
        Path page = tmp.resolve("p.txt");
        Files.writeString(page, "A page of text with a diffcult word.\n\nAnd a second paragraph here.\n");
        Path tei = tmp.resolve("p.tei.xml");
        assertEquals(0, run("convert", "-q", page.toString(), "-o", tei.toString()).code());
        Run ok = run("check", page.toString(), tei.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("all in"), ok.out());
        Files.writeString(tei, Files.readString(tei).replace("second", "2nd"));
        Run bad = run("check", page.toString(), tei.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(":3: \"second\" is not in"), bad.err());
        assertEquals(1, bad.err().strip().lines().count());
    }

    @Test
    void convertVerifyWritesOnlyWhatPasses() throws Exception {
        Path page = tmp.resolve("v.txt");
        Files.writeString(page, "Some text of a page.\n");
        Path tei = tmp.resolve("v.tei.xml");
        Run r = run("convert", "--verify", page.toString(), "-o", tei.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(tei));
    }

    @Test
    void publishHtmlAndPdfWithSeveralJobsWriteWhatOneJobWrites() throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        for (String name : new String[] {"eurasian-triangle-p130", "guidelines-p0021", "guidelines-p0028"}) {
            pages.add(Path.of("src/test/resources/org/colophon/golden/" + name + ".txt").toString());
        }
        for (String jobs : new String[] {"1", "3"}) {
            List<String> args = new java.util.ArrayList<>(List.of("publish", "-q", "-j", jobs, "-o", tmp.resolve("pub" + jobs).toString()));
            args.addAll(pages);
            Run r = run(args.toArray(new String[0]));
            assertEquals(0, r.code(), r.err());
            List<String> teis = new java.util.ArrayList<>();
            try (var s = Files.list(tmp.resolve("pub" + jobs))) {
                s.filter(p -> p.toString().endsWith(".tei.xml")).sorted().forEach(p -> teis.add(p.toString()));
            }
            List<String> html = new java.util.ArrayList<>(List.of("html", "-j", jobs, "-o", tmp.resolve("html" + jobs).toString()));
            html.addAll(teis);
            assertEquals(0, run(html.toArray(new String[0])).code());
            List<String> pdf = new java.util.ArrayList<>(List.of("pdf", "-j", jobs, "-o", tmp.resolve("pdf" + jobs).toString()));
            pdf.addAll(teis);
            assertEquals(0, run(pdf.toArray(new String[0])).code());
        }
        for (String dir : new String[] {"pub", "html", "pdf"}) {
            try (var s = Files.list(tmp.resolve(dir + "1"))) {
                for (Path p : s.toList()) {
                    assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(tmp.resolve(dir + "3").resolve(p.getFileName())), p.toString());
                }
            }
        }
    }

    @Test
    void progressBarIsDrawnInPlaceAndCleared() {
        StringWriter w = new StringWriter();
        Batch.Progress p = new Batch.Progress(new PrintWriter(w), 4, true);
        p.done();
        p.done();
        assertTrue(w.toString().endsWith("\r[===============               ] 2/4"), w.toString());
        p.clear();
        assertTrue(w.toString().endsWith("\r\033[K"));
        StringWriter off = new StringWriter();
        new Batch.Progress(new PrintWriter(off), 4, false).done();
        assertEquals("", off.toString());
    }

    @Test
    void externalEntitiesAreRefusedByHtmlPdfAndValidate() throws Exception {
        Path xxe = tmp.resolve("xxe.tei.xml");
        Files.writeString(xxe, "<?xml version='1.0'?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM 'file:///etc/passwd'><!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]>\n"
                + "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>&x;&b;</p></body></text></TEI>");
        for (String cmd : new String[] {"html", "pdf", "validate"}) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd, xxe.toString()));
            if (!cmd.equals("validate")) args.addAll(List.of("-o", tmp.resolve("out-" + cmd).toString()));
            Run r = run(args.toArray(new String[0]));
            assertEquals(1, r.code(), cmd + ": " + r.err() + r.out());
            String all = r.out() + r.err();
            assertTrue(all.contains("xxe.tei.xml:2:") && all.contains("DOCTYPE"), cmd + ": " + all);
            assertFalse(all.contains("root:"), "no file content leaks: " + all);
            assertFalse(Files.exists(tmp.resolve("out-" + cmd)), cmd + " wrote a file");
        }
    }
}

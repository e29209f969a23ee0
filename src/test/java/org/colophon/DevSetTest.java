package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.TextPageReader;
import org.colophon.validate.Problem;
import org.colophon.validate.TeiAll;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every dev page of the repository ({@link DevPages}): converted, complete, valid against our
 * schema and against the official TEI P5 schema; and, when the project's scorer is beside the
 * checkout ({@code ../shared/eval}), scored against the pages' gold.
 */
class DevSetTest {
    private static final Path SCORER = Path.of("../shared/eval/score_set.py");

    @TempDir
    static Path out;

    @BeforeAll
    static void convertAll() throws IOException, InputProblem {
        Colophon c = new Colophon();
        for (Path p : DevPages.all()) {
            String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.writeString(out.resolve(name + ".tei.xml"), c.convert(p.toString(), Files.readAllBytes(p)).tei());
        }
    }

    private static List<Path> outputs() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            List<Path> teis = s.filter(f -> f.toString().endsWith(".tei.xml")).sorted().toList();
            assertEquals(DevPages.COUNT, teis.size(), "one TEI per dev page");
            return teis;
        }
    }

    @Test
    void everyWordOfEveryPageIsInItsTei() throws Exception {
        TextPageReader reader = new TextPageReader();
        List<String> failures = new ArrayList<>();
        for (Path tei : outputs()) {
            Path page = DevPages.page(tei.getFileName().toString().replaceFirst("\\.tei\\.xml$", ""));
            FidelityCheck.Result r = FidelityCheck.check(
                    reader.read(page.toString(), Files.readAllBytes(page)), tei.toString(), Files.readString(tei));
            if (!r.passed()) failures.add(page.getFileName() + ": " + r.missing());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void everyPageIsValidAgainstOurSchema() throws IOException {
        TeiValidator v = TeiValidator.load();
        List<Problem> problems = new ArrayList<>();
        for (Path p : outputs()) problems.addAll(v.validate(p));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageIsValidAgainstTeiAll() throws Exception {
        assertEquals(List.of(), TeiAll.errors(outputs()));
    }

    /** The shared scorer is not the repository's: this runs where it is beside the checkout (development). */
    @Test
    void scorerPassesTheSeedAndMostOfTheSet() throws Exception {
        Assumptions.assumeTrue(Files.exists(SCORER), "scorer " + SCORER + " not present");
        Process p;
        try {
            p = new ProcessBuilder("python3", SCORER.toString(), DevPages.GOLD.toString(), out.toString(),
                    "--pages", DevPages.PAGES.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 not available");
            return;
        }
        String report = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Matcher seed = Pattern.compile("eurasian-triangle-p130: (\\d+)/(\\d+)").matcher(report);
        if (seed.find()) assertEquals(seed.group(2), seed.group(1), "the seed page passes every check\n" + report);
        Matcher set = Pattern.compile("set: (\\d+)/(\\d+) checks").matcher(report);
        assertTrue(set.find(), report);
        double share = Integer.parseInt(set.group(1)) / (double) Integer.parseInt(set.group(2));
        assertTrue(share >= 0.94, "dev set " + share + "\n" + report);
        assertTrue(report.contains(", " + DevPages.COUNT + " pages"), "every page scored\n" + report);
    }
}

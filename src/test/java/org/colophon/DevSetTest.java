package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.colophon.ingest.InputProblem;
import org.colophon.validate.Problem;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Every page of ../shared/dev: converted, valid against our schema and against the official
 * TEI P5 schema, and scored by the project's scorer. Skipped when ../shared is not beside
 * the checkout.
 */
class DevSetTest {
    private static final Path SHARED = Path.of("../shared");
    private static final Path PAGES = SHARED.resolve("dev/pages");

    @TempDir
    static Path out;

    @BeforeAll
    static void convertAll() throws IOException, InputProblem {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "../shared/dev/pages not present");
        Colophon c = new Colophon();
        try (Stream<Path> s = Files.list(PAGES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                Files.writeString(out.resolve(name + ".tei.xml"), c.convert(p.toString(), Files.readAllBytes(p)).tei());
            }
        }
    }

    private static List<Path> outputs() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> f.toString().endsWith(".tei.xml")).sorted().toList();
        }
    }

    @Test
    void everyWordOfEveryPageIsInItsTei() throws Exception {
        org.colophon.ingest.TextPageReader reader = new org.colophon.ingest.TextPageReader();
        List<String> failures = new java.util.ArrayList<>();
        int pages = 0;
        for (Path tei : outputs()) {
            Path page = PAGES.resolve(tei.getFileName().toString().replaceFirst("\\.tei\\.xml$", ".txt"));
            org.colophon.fidelity.FidelityCheck.Result r = org.colophon.fidelity.FidelityCheck.check(
                    reader.read(page.toString(), Files.readAllBytes(page)), tei.toString(), Files.readString(tei));
            if (!r.passed()) failures.add(page.getFileName() + ": " + r.missing());
            pages++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(pages >= 40, "pages checked: " + pages);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), failures);
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
        Path rng = SHARED.resolve("schema-ref/tei_all.rng");
        Assumptions.assumeTrue(Files.exists(rng), "tei_all.rng not present");
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            public void warning(SAXParseException e) {}
            public void error(SAXParseException e) { errors.add(e.getSystemId() + ":" + e.getLineNumber() + ": " + e.getMessage()); }
            public void fatalError(SAXParseException e) { error(e); }
        });
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(rng.toFile())));
        for (Path p : outputs()) driver.validate(ValidationDriver.fileInputSource(p.toFile()));
        assertEquals(List.of(), errors);
    }

    @Test
    void scorerPassesTheSeedAndMostOfTheSet() throws Exception {
        Path scorer = SHARED.resolve("eval/score_set.py");
        Assumptions.assumeTrue(Files.exists(scorer), "scorer not present");
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), SHARED.resolve("dev/gold").toString(), out.toString(),
                    "--pages", PAGES.toString()).redirectErrorStream(true).start();
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
    }
}

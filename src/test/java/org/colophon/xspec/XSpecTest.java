package org.colophon.xspec;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.saxon.s9api.Processor;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code *.xspec} under {@code src/test/xspec/} (recursively) as part of
 * {@code mvn test}/{@code mvn verify}.
 *
 * <p>Each suite becomes a dynamic container holding one dynamic test per {@code x:expect}
 * (display name "scenario / sub-scenario / expect label"). A suite is compiled and run once, lazily,
 * when JUnit reaches its container; a failing {@code x:expect} fails its test with the actual and
 * expected values; pending ones are reported as skipped (aborted). If a suite cannot be compiled or
 * run (XPath error in the stylesheet under test, bad .xspec, ...) its container holds a single
 * failing test carrying the Saxon error.
 *
 * <p>The compiled test stylesheets and XML reports are written to {@code target/xspec-reports/}.
 */
class XSpecTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final Path XSPEC_DIR = BASEDIR.resolve("src/test/xspec");
    private static final Path REPORT_DIR = BASEDIR.resolve("target/xspec-reports");

    /** Compiling XSpec's compiler takes about a second, so share one runner per JVM. */
    private static XSpecRunner runner;

    private static synchronized XSpecRunner runner() {
        if (runner == null) {
            runner = new XSpecRunner(new Processor(false), REPORT_DIR);
            System.out.println("[XSpec] compiler " + XSpecRunner.compilerLocation() + " compiled in "
                    + runner.compilerCompileTime().toMillis() + " ms");
        }
        return runner;
    }

    @TestFactory
    Stream<DynamicNode> xspecSuites() throws IOException {
        if (!Files.isDirectory(XSPEC_DIR)) {
            return Stream.empty();
        }
        List<Path> suites;
        try (Stream<Path> files = Files.walk(XSPEC_DIR)) {
            suites = files.filter(p -> p.getFileName().toString().endsWith(".xspec"))
                    .sorted().collect(Collectors.toList());
        }
        return suites.stream().map(XSpecTest::suite);
    }

    private static DynamicNode suite(Path xspec) {
        String name = XSPEC_DIR.relativize(xspec).toString();
        // Lazy: the suite is compiled and run only when JUnit executes this container.
        Stream<DynamicNode> children = Stream.of(xspec).flatMap(XSpecTest::tests);
        return DynamicContainer.dynamicContainer(name, xspec.toUri(), children);
    }

    private static Stream<DynamicNode> tests(Path xspec) {
        XSpecRunner.Result result;
        try {
            result = runner().run(xspec);
        } catch (Exception | Error e) {
            return Stream.of(DynamicTest.dynamicTest("compile and run", () -> {
                throw new AssertionError("XSpec suite " + xspec + " could not be run: " + e, e);
            }));
        }
        System.out.println("[XSpec] " + result.summary()
                + (result.failed() > 0 ? " FAILED: " + result.failureLabels() : ""));
        if (result.failed() > 0) {
            // xsl:message output of the compiler and the tests, to help diagnose the failures
            result.messages().stream().filter(m -> !m.startsWith("[run] Testing with "))
                    .forEach(m -> System.out.println("[XSpec]   " + m));
        }
        if (result.tests().isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("(no x:expect)", () -> { }));
        }
        return result.tests().stream().map(t -> DynamicTest.dynamicTest(t.fullLabel(), xspec.toUri(),
                () -> check(t)));
    }

    private static void check(XSpecRunner.TestOutcome t) {
        switch (t.status()) {
            case PASSED:
                return;
            case PENDING:
                Assumptions.abort("pending" + (t.detail().isEmpty() ? "" : ": " + t.detail()));
                return;
            default:
                fail("XSpec failure: " + t.fullLabel() + "\n" + t.detail());
        }
    }
}

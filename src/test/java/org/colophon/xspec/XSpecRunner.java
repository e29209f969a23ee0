package org.colophon.xspec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Runs XSpec (XSLT) test suites with XSpec's own compiler through Saxon s9api, without the XSpec
 * Maven plugin.
 *
 * <p>Pipeline for one {@code .xspec} file:
 * <ol>
 *   <li>parse the {@code .xspec} (with its file URI as system id, so that {@code @stylesheet},
 *       {@code x:import/@href} and {@code x:helper/@stylesheet} resolve relative to it);</li>
 *   <li>transform it with XSpec's {@code src/compiler/compile-xslt-tests.xsl} (loaded from the
 *       {@code io.xspec:xspec} jar on the test classpath) into a test stylesheet;</li>
 *   <li>compile that stylesheet (it {@code xsl:import}s the stylesheet under test) and call its
 *       initial template {@code Q{http://www.jenitennison.com/xslt/xspec}main};</li>
 *   <li>read the XSpec XML report ({@code x:report}) into a {@link Result}.</li>
 * </ol>
 *
 * <p>The XSpec compiler stylesheet is compiled once per {@code XSpecRunner} instance; every
 * {@code .xspec} is compiled exactly once per {@link #run(Path)} call.
 *
 * <p>Only XSLT suites are supported (no XQuery, no Schematron, no {@code run-as="external"}).
 */
public final class XSpecRunner {

    public static final String XSPEC_NS = "http://www.jenitennison.com/xslt/xspec";

    /** Classpath location of XSpec's implementation inside io.xspec:xspec. */
    static final String XSPEC_IMPL = "io/xspec/xspec/impl/";
    static final String COMPILER_XSLT = XSPEC_IMPL + "src/compiler/compile-xslt-tests.xsl";

    private static final QName X_MAIN = new QName(XSPEC_NS, "main");
    private static final QName X_DESCRIPTION = new QName(XSPEC_NS, "description");
    private static final QName X_REPORT = new QName(XSPEC_NS, "report");
    private static final QName X_SCENARIO = new QName(XSPEC_NS, "scenario");
    private static final QName X_TEST = new QName(XSPEC_NS, "test");
    private static final QName X_LABEL = new QName(XSPEC_NS, "label");
    private static final QName X_RESULT = new QName(XSPEC_NS, "result");
    private static final QName X_EXPECT = new QName(XSPEC_NS, "expect");
    private static final QName SUCCESSFUL = new QName("successful");
    private static final QName PENDING = new QName("pending");

    /** Outcome of one {@code x:expect}. */
    public enum Status { PASSED, FAILED, PENDING }

    /**
     * One {@code x:test} of the report, i.e. one {@code x:expect} of the suite.
     *
     * @param scenarioPath labels of the enclosing scenarios, outermost first
     * @param label        label of the expectation ({@code x:expect/@label})
     * @param status       outcome
     * @param detail       for failures: serialized actual result and expected result; for pending
     *                     tests: the reason, if any; otherwise empty
     */
    public record TestOutcome(List<String> scenarioPath, String label, Status status, String detail) {
        /** "outer scenario / inner scenario / expect label". */
        public String fullLabel() {
            List<String> parts = new ArrayList<>(scenarioPath);
            parts.add(label);
            return String.join(" / ", parts);
        }
    }

    /**
     * Result of running one {@code .xspec} file.
     *
     * @param xspec       the suite
     * @param tests       one entry per {@code x:expect}, in document order
     * @param report      the raw XSpec XML report
     * @param compileTime time to compile the .xspec into a test stylesheet and compile that
     * @param runTime     time to run the test stylesheet
     * @param messages    xsl:message output of the compiler and of the tests
     */
    public record Result(Path xspec, List<TestOutcome> tests, XdmNode report,
                         Duration compileTime, Duration runTime, List<String> messages) {

        public long passed() { return count(Status.PASSED); }
        public long failed() { return count(Status.FAILED); }
        public long pending() { return count(Status.PENDING); }

        public boolean successful() { return failed() == 0; }

        public List<String> failureLabels() {
            return tests.stream().filter(t -> t.status() == Status.FAILED)
                    .map(TestOutcome::fullLabel).collect(Collectors.toList());
        }

        private long count(Status s) {
            return tests.stream().filter(t -> t.status() == s).count();
        }

        public String summary() {
            return String.format("%s: %d passed, %d failed, %d pending (compile %d ms, run %d ms)",
                    xspec.getFileName(), passed(), failed(), pending(),
                    compileTime.toMillis(), runTime.toMillis());
        }
    }

    private final Processor processor;
    private final XsltExecutable xspecCompiler;
    private final Path outputDir;
    private final Duration compilerCompileTime;

    /** A runner with its own Saxon HE processor that writes no files. */
    public XSpecRunner() {
        this(new Processor(false), null);
    }

    /**
     * @param processor the Saxon processor (the same one must not be used concurrently for
     *                  configuration changes; s9api executables themselves are thread-safe)
     * @param outputDir if non-null, the compiled test stylesheet ({@code NAME-compiled.xsl}) and the
     *                  XML report ({@code NAME-result.xml}) of every suite are written there
     */
    public XSpecRunner(Processor processor, Path outputDir) {
        this.processor = Objects.requireNonNull(processor);
        this.outputDir = outputDir;
        long t0 = System.nanoTime();
        this.xspecCompiler = compileXSpecCompiler(processor);
        this.compilerCompileTime = Duration.ofNanos(System.nanoTime() - t0);
    }

    /** One-off time taken to compile XSpec's compiler stylesheet for this runner. */
    public Duration compilerCompileTime() {
        return compilerCompileTime;
    }

    private static XsltExecutable compileXSpecCompiler(Processor processor) {
        URL url = XSpecRunner.class.getClassLoader().getResource(COMPILER_XSLT);
        if (url == null) {
            throw new IllegalStateException(COMPILER_XSLT
                    + " not found on the classpath; is io.xspec:xspec a test dependency?");
        }
        // The URL is usually jar:file:/...xspec-3.2.2.jar!/io/xspec/xspec/impl/src/compiler/...
        // Saxon resolves the relative xsl:include hrefs against it and reads them from the jar.
        // The compiler also writes the absolute (jar:) URI of common/runtime-utils.xsl into each
        // generated test stylesheet, which Saxon then reads from the jar in the same way.
        try {
            XsltCompiler c = processor.newXsltCompiler();
            return c.compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot compile the XSpec compiler " + url + ": "
                    + e.getMessage(), e);
        }
    }

    /** Compiles and runs one XSpec suite. */
    public Result run(Path xspecFile) throws SaxonApiException {
        Path xspec = xspecFile.toAbsolutePath().normalize();
        List<String> messages = Collections.synchronizedList(new ArrayList<>());
        String name = xspec.getFileName().toString().replaceFirst("\\.xspec$", "");

        long t0 = System.nanoTime();
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        XdmNode source = builder.build(xspec.toFile());
        XdmNode root = firstChildElement(source);
        if (root == null || !X_DESCRIPTION.equals(root.getNodeName())) {
            throw new IllegalArgumentException(xspec + " is not an XSpec file (no x:description)");
        }
        if (root.attribute("stylesheet") == null) {
            throw new IllegalArgumentException(xspec
                    + " has no @stylesheet; only XSLT suites are supported");
        }

        // 1. .xspec -> test stylesheet
        Xslt30Transformer compile = xspecCompiler.load30();
        compile.setMessageHandler(m -> messages.add("[compile] " + m.getContent().getStringValue()));
        XdmDestination generated = new XdmDestination();
        // Base URI of the generated stylesheet: next to the .xspec (only used in diagnostics).
        generated.setBaseURI(xspec.resolveSibling(name + "-compiled.xsl").toUri());
        // The compiler's global variables ($initial-document) need the global context item too.
        compile.setGlobalContextItem(source);
        compile.applyTemplates(source, generated);
        XdmNode testStylesheet = generated.getXdmNode();
        Path written = write(testStylesheet, name + "-compiled.xsl");

        // 2. compile the test stylesheet (imports the stylesheet under test)
        XsltCompiler xc = processor.newXsltCompiler();
        List<String> errors = new ArrayList<>();
        xc.setErrorReporter(err -> {
            String where = err.getLocation() == null ? "" : " [" + err.getLocation().getSystemId()
                    + " line " + err.getLocation().getLineNumber() + "]";
            String code = err.getErrorCode() == null ? "" : err.getErrorCode().getLocalName() + " ";
            (err.isWarning() ? messages : errors).add(code + err.getMessage() + where);
        });
        XsltExecutable tests;
        try {
            // Compiling from the written file gives real line numbers in runtime error traces.
            tests = written != null
                    ? xc.compile(new StreamSource(written.toFile()))
                    : xc.compile(testStylesheet.asSource());
        } catch (SaxonApiException e) {
            throw new SaxonApiException("Cannot compile the XSpec test stylesheet for " + xspec
                    + " (i.e. the stylesheet under test or the .xspec has errors):\n  "
                    + String.join("\n  ", errors), e);
        }
        long t1 = System.nanoTime();

        // 3. run: initial template x:main; the report is the principal result document
        Xslt30Transformer run = tests.load30();
        run.setMessageHandler(m -> messages.add("[run] " + m.getContent().getStringValue()));
        XdmDestination reportDest = new XdmDestination();
        run.callTemplate(X_MAIN, reportDest);
        XdmNode report = reportDest.getXdmNode();
        long t2 = System.nanoTime();
        write(report, name + "-result.xml");

        XdmNode reportRoot = firstChildElement(report);
        if (reportRoot == null || !X_REPORT.equals(reportRoot.getNodeName())) {
            throw new IllegalStateException("No x:report produced for " + xspec);
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        collect(reportRoot, new ArrayList<>(), outcomes);
        return new Result(xspec, List.copyOf(outcomes), report,
                Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), List.copyOf(messages));
    }

    private void collect(XdmNode parent, List<String> path, List<TestOutcome> out) {
        for (XdmNode child : parent.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            if (X_SCENARIO.equals(child.getNodeName())) {
                List<String> sub = new ArrayList<>(path);
                sub.add(label(child));
                collect(child, sub, out);
            } else if (X_TEST.equals(child.getNodeName())) {
                out.add(outcome(child, path));
            }
        }
    }

    private TestOutcome outcome(XdmNode test, List<String> path) {
        String label = label(test);
        String pending = test.attribute("pending");
        if (pending != null) {
            return new TestOutcome(List.copyOf(path), label, Status.PENDING, pending);
        }
        boolean ok = "true".equals(test.attribute("successful"));
        if (ok) {
            return new TestOutcome(List.copyOf(path), label, Status.PASSED, "");
        }
        // Failure detail: the scenario's x:result (actual) and this test's x:expect (expected)
        XdmNode scenario = test.getParent();
        StringBuilder detail = new StringBuilder();
        XdmNode actual = firstChild(scenario, X_RESULT);
        XdmNode expected = firstChild(test, X_EXPECT);
        XdmNode testResult = firstChild(test, X_RESULT); // boolean @test results appear here
        if (actual != null) {
            detail.append("actual:   ").append(render(actual)).append('\n');
        }
        if (testResult != null) {
            detail.append("test result: ").append(render(testResult)).append('\n');
        }
        if (expected != null) {
            detail.append("expected: ").append(render(expected)).append('\n');
        }
        return new TestOutcome(List.copyOf(path), label, Status.FAILED, detail.toString().strip());
    }

    /** Renders an x:result / x:expect report element: its @select or its serialized content. */
    private String render(XdmNode reportValue) {
        String select = reportValue.attribute("select");
        StringBuilder sb = new StringBuilder();
        if (select != null) {
            sb.append(select);
        }
        Iterable<XdmNode> content = reportValue.children();
        XdmNode wrap = firstChildElementNamed(reportValue, "content-wrap");
        if (wrap != null) {
            // XSpec wraps node results in <content-wrap> with select="/element()" or similar
            content = wrap.children();
            sb.setLength(0);
        }
        for (XdmNode c : content) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT || c.getNodeKind() == XdmNodeKind.TEXT) {
                String s = c.getNodeKind() == XdmNodeKind.ELEMENT
                        ? serialize(c) : c.getStringValue().strip();
                if (!s.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(s);
                }
            }
        }
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    private String serialize(XdmNode node) {
        try {
            Serializer ser = processor.newSerializer();
            ser.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
            return ser.serializeNodeToString(node);
        } catch (SaxonApiException e) {
            return node.getStringValue();
        }
    }

    private static String label(XdmNode el) {
        XdmNode label = firstChild(el, X_LABEL);
        String s = label == null ? "" : label.getStringValue();
        return s.replaceAll("\\s+", " ").strip();
    }

    private static XdmNode firstChild(XdmNode parent, QName name) {
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT && name.equals(c.getNodeName())) {
                return c;
            }
        }
        return null;
    }

    private static XdmNode firstChildElementNamed(XdmNode parent, String localName) {
        for (XdmNode c : parent.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT
                    && localName.equals(c.getNodeName().getLocalName())
                    && c.getNodeName().getNamespaceUri().toString().isEmpty()) {
                return c;
            }
        }
        return null;
    }

    private static XdmNode firstChildElement(XdmNode doc) {
        for (XdmNode c : doc.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT) {
                return c;
            }
        }
        return null;
    }

    private Path write(XdmNode node, String fileName) {
        if (outputDir == null) {
            return null;
        }
        try {
            Files.createDirectories(outputDir);
            Path file = outputDir.resolve(fileName).toAbsolutePath();
            Serializer ser = processor.newSerializer(file.toFile());
            ser.setOutputProperty(Serializer.Property.INDENT, "yes");
            ser.serializeNode(node);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Cannot write " + fileName, e);
        }
    }

    /** The classpath URL of XSpec's XSLT compiler, for diagnostics. */
    static String compilerLocation() {
        URL url = XSpecRunner.class.getClassLoader().getResource(COMPILER_XSLT);
        try {
            return url == null ? "(missing)" : url.toURI().toString();
        } catch (URISyntaxException e) {
            return url.toString();
        }
    }
}

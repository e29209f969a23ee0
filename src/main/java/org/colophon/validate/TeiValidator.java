package org.colophon.validate;

import org.colophon.xml.SecureXml;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import net.sf.saxon.s9api.streams.Steps;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates TEI documents against Colophon's RELAX NG schema and Schematron rules.
 *
 * <pre>{@code
 * TeiValidator validator = TeiValidator.load();
 * for (Problem p : validator.validate(Path.of("page.tei.xml"))) {
 *     System.err.println(p);   // page.tei.xml:12:40: Duplicate xml:id "n130-7".
 * }
 * }</pre>
 *
 * <p>Both schemas are read from the classpath ({@value #RNG_RESOURCE}, {@value #SCH_RESOURCE})
 * and compiled once, by the first call of {@link #load()}; the instance is immutable and
 * thread-safe. Documents are parsed securely: a DOCTYPE is refused, so no DTD or external
 * entity is ever read.
 */
public final class TeiValidator {

    static final String RNG_RESOURCE = "/schema/colophon.rng";
    static final String SCH_RESOURCE = "/schema/colophon.sch";
    /** SchXslt's Schematron-to-XSLT compiler (include, expand, compile), in the schxslt jar. */
    private static final String SCHXSLT_PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";
    private static final String SVRL_NS = "http://purl.oclc.org/dsdl/svrl";
    private static final QName LOCATION = new QName("location");

    private static volatile TeiValidator instance;

    private final Schema relaxNg;
    private final Processor processor;
    private final XsltExecutable schematron;

    private TeiValidator(Schema relaxNg, Processor processor, XsltExecutable schematron) {
        this.relaxNg = relaxNg;
        this.processor = processor;
        this.schematron = schematron;
    }

    /**
     * Returns the validator, compiling the RELAX NG schema and the Schematron rules on first use.
     *
     * @throws IllegalStateException if a schema is missing from the classpath or does not compile
     *     (a build error, not a property of any document)
     */
    public static TeiValidator load() {
        TeiValidator v = instance;
        if (v == null) {
            synchronized (TeiValidator.class) {
                v = instance;
                if (v == null) {
                    v = compile();
                    instance = v;
                }
            }
        }
        return v;
    }

    /**
     * Validates a file. Problems are sorted by position; an empty list means the file is valid.
     * An unreadable or malformed file gives a problem, never an exception.
     */
    public List<Problem> validate(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(new Problem(name, 0, 0, "cannot read file: " + e.getMessage()));
        }
        String systemId = file.toAbsolutePath().toUri().toString();
        return validate(name, () -> {
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            source.setSystemId(systemId);
            return source;
        });
    }

    /**
     * Validates a document held in memory.
     *
     * @param systemId the name to report problems under (a file name or URI)
     * @param xml the document
     */
    public List<Problem> validate(String systemId, String xml) {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(xml, "xml");
        String baseUri = absoluteUriOrNull(systemId);
        return validate(systemId, () -> {
            InputSource source = new InputSource(new StringReader(xml));
            source.setSystemId(baseUri);
            return source;
        });
    }

    private List<Problem> validate(String name, Supplier<InputSource> document) {
        List<Problem> problems = new ArrayList<>();
        if (checkRelaxNg(name, document.get(), problems)) {
            checkSchematron(name, document.get(), problems);
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(problems);
    }

    // ---------------------------------------------------------------- RELAX NG

    /** Parses and validates in one pass; returns false if the document is not well-formed. */
    private boolean checkRelaxNg(String name, InputSource source, List<Problem> problems) {
        ErrorHandler collector = new Collector(name, problems);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collector);
        Validator validator = relaxNg.createValidator(properties.toPropertyMap());
        try {
            XMLReader reader = SecureXml.newReader();
            reader.setErrorHandler(collector);
            reader.setContentHandler(validator.getContentHandler());
            if (validator.getDTDHandler() != null) {
                reader.setDTDHandler(validator.getDTDHandler());
            }
            reader.parse(source);
            return true;
        } catch (SAXParseException e) {
            // Validity means nothing for a document that is not XML: report only why it is not.
            problems.clear();
            problems.add(new Problem(name, e.getLineNumber(), e.getColumnNumber(), SecureXml.describe(e)));
        } catch (SAXException | IOException e) {
            problems.clear();
            problems.add(new Problem(name, 0, 0, "cannot parse: " + e.getMessage()));
        }
        return false;
    }

    /** Records errors and goes on; a fatal (well-formedness) error ends the parse. */
    private record Collector(String name, List<Problem> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Jing reports nothing as a warning that makes a document invalid.
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(new Problem(name, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;  // reported once, where parse() throws it
        }
    }

    // -------------------------------------------------------------- Schematron

    private void checkSchematron(String name, InputSource source, List<Problem> problems) {
        XdmNode document;
        XdmNode report;
        try {
            DocumentBuilder builder = processor.newDocumentBuilder();
            builder.setLineNumbering(true);
            document = builder.build(new SAXSource(SecureXml.newReader(), source));
            Xslt30Transformer transformer = schematron.load30();
            transformer.setGlobalContextItem(document);
            XdmDestination svrl = new XdmDestination();
            transformer.applyTemplates(document, svrl);
            report = svrl.getXdmNode();
        } catch (SaxonApiException | SAXException e) {
            problems.add(new Problem(name, 0, 0, "Schematron check failed: " + e.getMessage()));
            return;
        }
        XPathCompiler xpath = processor.newXPathCompiler();
        report.select(Steps.descendant(SVRL_NS, "failed-assert")
                        .cat(Steps.descendant(SVRL_NS, "successful-report")))
                .forEach(finding -> problems.add(toProblem(name, document, xpath, finding)));
    }

    /**
     * Turns an SVRL finding into a problem. SchXslt writes {@code @location} as an XPath of
     * EQName steps ({@code /Q{ns}TEI[1]/Q{ns}text[1]/...}); evaluated against the line-numbered
     * tree it gives back the node, and the node its line and column.
     */
    private static Problem toProblem(String name, XdmNode document, XPathCompiler xpath, XdmNode finding) {
        String message = finding.select(Steps.child(SVRL_NS, "text")).findFirst()
                .map(t -> t.getStringValue().strip().replaceAll("\\s+", " "))
                .orElse("Schematron rule failed");
        String location = finding.getAttributeValue(LOCATION);
        XdmNode node = location == null ? null : locate(document, xpath, location);
        if (node == null) {
            return new Problem(name, 0, 0, location == null ? message : message + " (at " + location + ")");
        }
        return new Problem(name, node.getLineNumber(), node.getColumnNumber(), message);
    }

    private static XdmNode locate(XdmNode document, XPathCompiler xpath, String location) {
        try {
            XdmValue found = xpath.evaluate(location, document);
            if (found.size() > 0 && found.itemAt(0) instanceof XdmNode node) {
                // Attributes and text share the line of their element.
                while (node.getLineNumber() <= 0 && node.getParent() != null) {
                    node = node.getParent();
                }
                return node.getNodeKind() == XdmNodeKind.DOCUMENT ? null : node;
            }
        } catch (SaxonApiException e) {
            // Not a path we understand: report the problem without a position.
        }
        return null;
    }

    // -------------------------------------------------------------- compilation

    private static TeiValidator compile() {
        try {
            Processor processor = new Processor(false);
            return new TeiValidator(compileRelaxNg(), processor, compileSchematron(processor));
        } catch (IOException | SAXException | IncorrectSchemaException | SaxonApiException e) {
            throw new IllegalStateException("cannot compile the Colophon TEI schemas: " + e.getMessage(), e);
        }
    }

    private static Schema compileRelaxNg() throws IOException, SAXException, IncorrectSchemaException {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        // ID/IDREF checking stays off: the Schematron reports duplicate ids with a clearer message.
        InputSource schema = new InputSource(resource(RNG_RESOURCE).toExternalForm());
        return SAXSchemaReader.getInstance().createSchema(schema, properties.toPropertyMap());
    }

    /** Compiles the Schematron to XSLT with SchXslt, then that XSLT to an executable. */
    private static XsltExecutable compileSchematron(Processor processor) throws IOException, SaxonApiException {
        XsltCompiler compiler = processor.newXsltCompiler();
        XsltExecutable schxslt;
        try (InputStream in = resource(SCHXSLT_PIPELINE).openStream()) {
            schxslt = compiler.compile(new StreamSource(in, resource(SCHXSLT_PIPELINE).toExternalForm()));
        }
        XdmDestination compiled = new XdmDestination();
        try (InputStream in = resource(SCH_RESOURCE).openStream()) {
            XsltTransformer transformer = schxslt.load();
            transformer.setSource(new StreamSource(in, resource(SCH_RESOURCE).toExternalForm()));
            transformer.setDestination(compiled);
            transformer.transform();
        }
        return compiler.compile(compiled.getXdmNode().asSource());
    }

    private static URL resource(String path) throws IOException {
        URL url = TeiValidator.class.getResource(path);
        if (url == null) {
            throw new IOException("not on the classpath: " + path);
        }
        return url;
    }

    private static String absoluteUriOrNull(String systemId) {
        try {
            URI uri = new URI(systemId);
            return uri.isAbsolute() ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "TeiValidator[" + RNG_RESOURCE + ", " + SCH_RESOURCE + "]";
    }
}

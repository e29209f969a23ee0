package org.colophon.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one Saxon processor of a run, and the two things everything else needs from it: compiling
 * a stylesheet packed in the jar, and reading a TEI document safely (no DTD, no external entity,
 * line numbers kept for messages).
 */
public final class Saxon {
    private static final Processor PROCESSOR = newProcessor();

    private static Processor newProcessor() {
        Processor p = new Processor(false);
        // errors reach the user once, as Colophon's own FILE:LINE:COL line, not also as Saxon's report
        p.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        return p;
    }

    private Saxon() {}

    public static Processor processor() {
        return PROCESSOR;
    }

    /** Compiles a stylesheet from the classpath (e.g. "/xslt/html/html.xsl"); its imports resolve beside it. */
    public static XsltExecutable compile(String resource) {
        URL url = Saxon.class.getResource(resource);
        if (url == null) throw new IllegalStateException("stylesheet missing from the jar: " + resource);
        XsltCompiler compiler = PROCESSOR.newXsltCompiler();
        try (InputStream in = url.openStream()) {
            return compiler.compile(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses XML with DTDs and external entities refused; failures carry line and column. */
    public static XdmNode parse(InputSource input) throws XmlProblem {
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        builder.setLineNumbering(true);
        try {
            org.xml.sax.XMLReader reader = SecureXml.newReader();
            SAXParseException[] first = new SAXParseException[1];
            reader.setErrorHandler(new org.xml.sax.ErrorHandler() {
                public void warning(SAXParseException e) { }
                public void error(SAXParseException e) { }
                public void fatalError(SAXParseException e) throws SAXParseException {
                    if (first[0] == null) first[0] = e;
                    throw e;
                }
            });
            try {
                return builder.build(new SAXSource(reader, input));
            } catch (SaxonApiException e) {
                if (first[0] != null) {
                    throw new XmlProblem(input.getSystemId(), first[0].getLineNumber(), first[0].getColumnNumber(), SecureXml.describe(first[0]));
                }
                throw e;
            }
        } catch (SaxonApiException e) {
            throw XmlProblem.from(input.getSystemId(), e);
        } catch (SAXException e) {
            throw new XmlProblem(input.getSystemId(), 0, 0, e.getMessage());
        }
    }
}

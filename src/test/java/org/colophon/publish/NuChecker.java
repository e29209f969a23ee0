package org.colophon.publish;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Runs the Nu HTML Checker (nu.validator:validator, the engine behind
 * validator.w3.org/nu and vnu.jar) in-process on an HTML5 document given as
 * a string.
 *
 * <p>The checker uses the HTML5 RELAX NG schema {@value #SCHEMA} plus the
 * Java assertion checkers (tables, microdata, text content, usemap, etc.),
 * exactly as the vnu command-line client does. All schemas come from the
 * validator jar's local entity cache, so no network access is needed.
 *
 * <p>Only errors (including fatal parse errors) are reported; warnings and
 * info messages are ignored. Loading the schema is slow (a couple of seconds),
 * so one validator is built lazily and reused; {@link #errors} is
 * synchronized because the validator is not thread-safe.
 */
public final class NuChecker {

    /** The schema vnu uses by default for text/html documents. */
    public static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Collector COLLECTOR = new Collector();
    private static SimpleDocumentValidator validator;

    private NuChecker() {
    }

    /**
     * Checks {@code html} as a text/html document and returns one string per
     * error, formatted as {@code line:column: message}. An empty list means
     * the document is valid.
     */
    public static synchronized List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        COLLECTOR.target = errors;
        try {
            InputSource in = new InputSource(
                    new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            in.setSystemId("about:nu-checker");
            validator().checkHtmlInputSource(in); // forces UTF-8 decoding
        } catch (Exception e) {
            throw new IllegalStateException("Nu HTML Checker failed: " + e, e);
        } finally {
            COLLECTOR.target = null;
        }
        return errors;
    }

    private static SimpleDocumentValidator validator() throws Exception {
        if (validator == null) {
            // (initializeLog4j, logUrls, enableLanguageDetection)
            SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
            v.setUpMainSchema(SCHEMA, new SchemaErrors());
            // (errorHandler, noStream, loadExternalEntities)
            v.setUpValidatorAndParsers(COLLECTOR, true, false);
            validator = v;
        }
        return validator;
    }

    /** Forwards document errors to the list of the check in progress. */
    private static final class Collector implements ErrorHandler {
        List<String> target;

        @Override
        public void warning(SAXParseException e) {
            // warnings and info messages are deliberately ignored
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            if (target != null) {
                target.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                        + e.getMessage());
            }
        }
    }

    /** Schema problems mean a broken classpath: fail loudly. */
    private static final class SchemaErrors implements ErrorHandler {
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
    }
}

package org.colophon.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official TEI P5 schema, {@code tei_all.rng} of TEI P5 4.12.0, kept in the repository
 * (src/test/resources/org/colophon/validate, CC BY and BSD-2, see the dev README) so that tests
 * against it run on a clone with nothing beside it.
 */
public final class TeiAll {
    public static final Path RNG = Path.of("src/test/resources/org/colophon/validate/tei_all.rng");

    private TeiAll() {
    }

    /** Every error of these files against tei_all, as {@code FILE:LINE:COL: message}; empty when all are valid. */
    public static List<String> errors(List<Path> files) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        if (!driver.loadSchema(new InputSource(RNG.toUri().toString()))) throw new IllegalStateException(RNG + " did not load");
        for (Path f : files) {
            if (!driver.validate(new InputSource(f.toUri().toString())) && errors.isEmpty()) errors.add(f + ": not valid");
        }
        return errors;
    }
}

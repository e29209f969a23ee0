package org.colophon.xml;

import net.sf.saxon.s9api.SaxonApiException;
import org.xml.sax.SAXParseException;

/** A document that cannot be read or processed, with where: {@code FILE:LINE:COL: message}. */
public final class XmlProblem extends Exception {
    private final String file;
    private final int line;
    private final int column;

    public XmlProblem(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    static XmlProblem from(String file, SaxonApiException e) {
        Throwable t = e;
        while (t != null && !(t instanceof SAXParseException)) t = t.getCause();
        if (t instanceof SAXParseException p) {
            return new XmlProblem(file, p.getLineNumber(), p.getColumnNumber(), SecureXml.describe(p));
        }
        return new XmlProblem(file, e.getLineNumber(), 0, e.getMessage());
    }

    public String oneLine() {
        String where = file == null ? "-" : file.replaceFirst("^file:", "");
        if (line > 0) where += ":" + line + (column > 0 ? ":" + column : "");
        return where + ": " + getMessage();
    }
}

package org.colophon.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * XML readers that refuse DTDs and external entities (XXE). A TEI document needs neither:
 * a DOCTYPE is a fatal error, so no entity is ever declared, expanded or fetched.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    /** A new namespace-aware reader (readers are not thread-safe: one per parse). */
    public static XMLReader newReader() throws SAXException {
        try {
            // The JDK's own parser, whatever else is on the classpath.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("cannot configure a secure XML parser", e);
        }
    }

    /** A short message for a fatal parse error. */
    public static String describe(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(DISALLOW_DOCTYPE)) {
            return "DOCTYPE not allowed: DTDs and external entities are refused";
        }
        return "not well-formed: " + message;
    }
}

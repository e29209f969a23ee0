package org.colophon.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The document-level XMP packet that {@link PdfRenderer} puts into fo:declarations.
 *
 * <p>Why not FOUserAgent.setTitle() and friends: FOP 2.11 then writes dc:title, dc:description
 * and dc:subject as simple values (its IFRenderer builds the default packet in "compact" form),
 * which veraPDF rejects for PDF/A-2 and -3 (6.6.2.3.1). Given a packet in the FO, FOP keeps
 * its arrays, merges its own properties (pdfaid, dc:format, dc:date, dc:language...) into it
 * and fills the Info dictionary from it, so Info and XMP agree.
 */
final class XmpPacket {

    static final String X = "adobe:ns:meta/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String PDF = "http://ns.adobe.com/pdf/1.3/";
    static final String XMP = "http://ns.adobe.com/xap/1.0/";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private XmpPacket() {
    }

    /** UTC, whole seconds: the form FOP itself uses for XMP dates. */
    static String xmpDate(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static FoInjector.Fragment of(String title, String author, String subject, String keywords,
            String creatorTool, String producer, Instant created) {
        return h -> {
            h.startPrefixMapping("x", X);
            h.startElement(X, "xmpmeta", "x:xmpmeta", new AttributesImpl());
            h.startPrefixMapping("rdf", RDF);
            h.startElement(RDF, "RDF", "rdf:RDF", new AttributesImpl());

            description(h, "dc", DC);
            if (title != null) {
                langAlt(h, "dc:title", "title", title);
            }
            if (author != null) {
                array(h, "dc:creator", "creator", "Seq", List.of(author));
            }
            if (subject != null) {
                langAlt(h, "dc:description", "description", subject);
            }
            if (keywords != null) {
                array(h, "dc:subject", "subject", "Bag", split(keywords));
            }
            endDescription(h, "dc");

            description(h, "pdf", PDF);
            if (keywords != null) {
                simple(h, PDF, "pdf:Keywords", "Keywords", keywords);
            }
            simple(h, PDF, "pdf:Producer", "Producer", producer);
            endDescription(h, "pdf");

            description(h, "xmp", XMP);
            simple(h, XMP, "xmp:CreatorTool", "CreatorTool", creatorTool);
            if (created != null) {
                simple(h, XMP, "xmp:CreateDate", "CreateDate", xmpDate(created));
                simple(h, XMP, "xmp:ModifyDate", "ModifyDate", xmpDate(created));
            }
            endDescription(h, "xmp");

            h.endElement(RDF, "RDF", "rdf:RDF");
            h.endPrefixMapping("rdf");
            h.endElement(X, "xmpmeta", "x:xmpmeta");
            h.endPrefixMapping("x");
        };
    }

    private static List<String> split(String keywords) {
        List<String> out = new ArrayList<>();
        for (String k : keywords.split("[,;]")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }

    private static void description(ContentHandler h, String prefix, String ns) throws SAXException {
        h.startPrefixMapping(prefix, ns);
        AttributesImpl a = new AttributesImpl();
        a.addAttribute(RDF, "about", "rdf:about", "CDATA", "");
        h.startElement(RDF, "Description", "rdf:Description", a);
    }

    private static void endDescription(ContentHandler h, String prefix) throws SAXException {
        h.endElement(RDF, "Description", "rdf:Description");
        h.endPrefixMapping(prefix);
    }

    private static void simple(ContentHandler h, String ns, String qName, String local, String value)
            throws SAXException {
        h.startElement(ns, local, qName, new AttributesImpl());
        text(h, value);
        h.endElement(ns, local, qName);
    }

    private static void langAlt(ContentHandler h, String qName, String local, String value) throws SAXException {
        h.startElement(DC, local, qName, new AttributesImpl());
        h.startElement(RDF, "Alt", "rdf:Alt", new AttributesImpl());
        AttributesImpl a = new AttributesImpl();
        a.addAttribute(XML, "lang", "xml:lang", "CDATA", "x-default");
        h.startElement(RDF, "li", "rdf:li", a);
        text(h, value);
        h.endElement(RDF, "li", "rdf:li");
        h.endElement(RDF, "Alt", "rdf:Alt");
        h.endElement(DC, local, qName);
    }

    private static void array(ContentHandler h, String qName, String local, String type, List<String> values)
            throws SAXException {
        h.startElement(DC, local, qName, new AttributesImpl());
        h.startElement(RDF, type, "rdf:" + type, new AttributesImpl());
        for (String v : values) {
            h.startElement(RDF, "li", "rdf:li", new AttributesImpl());
            text(h, v);
            h.endElement(RDF, "li", "rdf:li");
        }
        h.endElement(RDF, type, "rdf:" + type);
        h.endElement(DC, local, qName);
    }

    private static void text(ContentHandler h, String s) throws SAXException {
        h.characters(s.toCharArray(), 0, s.length());
    }
}

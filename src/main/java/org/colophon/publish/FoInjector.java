package org.colophon.publish;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * SAX pass-through in front of FOP that adds what {@link PdfRenderer.Options} asks for and
 * the FO stylesheet need not know about: {@code xml:lang} on {@code fo:root} when it has
 * none (the PDF's /Lang), and content for {@code fo:declarations} (created after
 * {@code fo:layout-master-set} when missing): the document's XMP packet and, for PDF/A-3,
 * a {@code pdf:embedded-file}. It also notes which characters the text holds, so that a
 * missing-glyph event, which FOP reports as a 16-bit char, can be traced to the
 * supplementary character it came from.
 *
 * <p>And it turns what the FO stylesheet says of the structure that FOP cannot carry into
 * {@link StructureHints} on the {@code fo:inline} it stands on: {@code xml:lang} (a foreign
 * passage's /Lang), {@code s:note} (the ID of the Note whose call this is) and {@code s:alt}
 * (the alternative text of the Figure around it), {@code s} being {@value #STRUCTURE}. The
 * {@code s:} attributes never reach FOP. One hint per inline: a note call first, then alt, then language.
 */
final class FoInjector implements ContentHandler {

    /** SAX events to write inside fo:declarations. */
    @FunctionalInterface
    interface Fragment {
        void writeTo(ContentHandler h) throws SAXException;
    }

    static final String FO = "http://www.w3.org/1999/XSL/Format";
    static final String PDF_EXT = "http://xmlgraphics.apache.org/fop/extensions/pdf";
    static final String XML = "http://www.w3.org/XML/1998/namespace";
    /** Colophon's attributes for the PDF structure tree, read here and removed. */
    static final String STRUCTURE = "https://colophon.dev/ns/pdf-structure";
    static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";

    /** A {@code pdf:embedded-file}: src is a URI FOP can read (here a data: URI). */
    record Embedded(String fileName, String src, String description) {
    }

    private final ContentHandler next;
    private final String language;
    private java.util.List<Fragment> declarations;
    private int depth;
    private boolean afterLayoutMasters;
    private final java.util.BitSet bmpChars = new java.util.BitSet(0x10000);
    private final java.util.Set<Integer> supplementary = new java.util.TreeSet<>();

    FoInjector(ContentHandler next, String language, java.util.List<Fragment> declarations) {
        this.next = next;
        this.language = language;
        this.declarations = declarations.isEmpty() ? null : declarations;
    }

    /**
     * The character a glyph event's (possibly truncated) char stands for: the char itself
     * when the text has it, else a supplementary character of the text with the same low 16 bits.
     */
    int resolve(char reported) {
        if (bmpChars.get(reported)) {
            return reported;
        }
        for (int cp : supplementary) {
            // FOP reports a character beyond the BMP cut to 16 bits, or, with complex scripts
            // off, as one of its surrogates
            if ((cp & 0xFFFF) == reported || Character.highSurrogate(cp) == reported || Character.lowSurrogate(cp) == reported) {
                return cp;
            }
        }
        return reported;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(ch[i + 1])) {
                supplementary.add(Character.toCodePoint(c, ch[++i]));
            } else {
                bmpChars.set(c);
            }
        }
        next.characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        Attributes a = atts;
        if (depth == 1 && FO.equals(uri) && "root".equals(localName) && language != null
                && atts.getIndex(XML, "lang") < 0 && atts.getIndex("", "language") < 0) {
            AttributesImpl copy = new AttributesImpl(atts);
            copy.addAttribute(XML, "lang", "xml:lang", "CDATA", language);
            a = copy;
        }
        if (FO.equals(uri) && "inline".equals(localName)) {
            a = withStructureHint(a);
        }
        if (depth == 2 && declarations != null && afterLayoutMasters) {
            if (FO.equals(uri) && "declarations".equals(localName)) {
                next.startElement(uri, localName, qName, a);
                writeDeclarations();
                return;
            }
            next.startElement(FO, "declarations", "fo:declarations", new AttributesImpl());
            writeDeclarations();
            next.endElement(FO, "declarations", "fo:declarations");
        }
        next.startElement(uri, localName, qName, a);
    }

    /** The attributes of an fo:inline, Colophon's structure attributes turned into a fox:abbreviation hint. */
    static Attributes withStructureHint(Attributes atts) {
        String note = atts.getValue(STRUCTURE, "note");
        String alt = atts.getValue(STRUCTURE, "alt");
        String lang = atts.getValue(XML, "lang");
        String hint = note != null ? StructureHints.hint("Note", "ID", note)
                : alt != null ? StructureHints.hint("Figure", "Alt", alt)
                : lang != null ? StructureHints.hint(".", "Lang", lang)
                : null;
        if (hint == null) {
            return atts;
        }
        AttributesImpl copy = new AttributesImpl();
        for (int i = 0; i < atts.getLength(); i++) {
            if (!STRUCTURE.equals(atts.getURI(i)) && !(FOX.equals(atts.getURI(i)) && "abbreviation".equals(atts.getLocalName(i)))) {
                copy.addAttribute(atts.getURI(i), atts.getLocalName(i), atts.getQName(i), atts.getType(i), atts.getValue(i));
            }
        }
        copy.addAttribute(FOX, "abbreviation", "fox:abbreviation", "CDATA", hint);
        return copy;
    }

    private void writeDeclarations() throws SAXException {
        java.util.List<Fragment> list = declarations;
        declarations = null;
        for (Fragment f : list) {
            f.writeTo(next);
        }
    }

    /** The pdf:embedded-file element of an attachment. */
    static Fragment embeddedFile(Embedded e) {
        return next -> writeEmbedded(next, e);
    }

    private static void writeEmbedded(ContentHandler next, Embedded e) throws SAXException {
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "filename", "filename", "CDATA", e.fileName());
        atts.addAttribute("", "src", "src", "CDATA", e.src());
        if (e.description() != null) {
            atts.addAttribute("", "description", "description", "CDATA", e.description());
        }
        next.startPrefixMapping("pdf", PDF_EXT);
        next.startElement(PDF_EXT, "embedded-file", "pdf:embedded-file", atts);
        next.endElement(PDF_EXT, "embedded-file", "pdf:embedded-file");
        next.endPrefixMapping("pdf");
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
        if (depth == 2 && FO.equals(uri) && "layout-master-set".equals(localName)) {
            afterLayoutMasters = true;
        }
        depth--;
    }

    @Override
    public void endDocument() throws SAXException {
        if (declarations != null) {
            throw new SAXException("No place for fo:declarations: the FO has no fo:layout-master-set at top level");
        }
        next.endDocument();
    }

    @Override public void setDocumentLocator(Locator locator) { next.setDocumentLocator(locator); }
    @Override public void startDocument() throws SAXException { next.startDocument(); }
    @Override public void startPrefixMapping(String prefix, String uri) throws SAXException { next.startPrefixMapping(prefix, uri); }
    @Override public void endPrefixMapping(String prefix) throws SAXException { next.endPrefixMapping(prefix); }
    @Override public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException { next.ignorableWhitespace(ch, start, length); }
    @Override public void processingInstruction(String target, String data) throws SAXException { next.processingInstruction(target, data); }
    @Override public void skippedEntity(String name) throws SAXException { next.skippedEntity(name); }
}

package org.colophon.publish;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.colophon.xml.Saxon;
import org.colophon.xml.XmlProblem;

/**
 * TEI → XSL-FO (xslt/fo/fo.xsl) → PDF through Apache FOP: the FO is streamed from Saxon into
 * FOP as SAX events, never written to a file. The stylesheet is compiled once per JVM and the
 * FopFactory built once ({@link PdfRenderer#shared()}). Thread-safe.
 */
public final class PdfPublisher {

    private static final class Compiled {
        static final XsltExecutable FO = Saxon.compile("/xslt/fo/fo.xsl");
    }

    /**
     * When no SOURCE_DATE_EPOCH is set, the PDF's dates are this fixed instant, so that the same
     * TEI always gives the same bytes; the TEI carries no date of its own.
     */
    public static final Instant DEFAULT_DATE = Instant.parse("2000-01-01T00:00:00Z");

    /** Trim sizes, each with the type size of its text and notes (a wider page, a larger type). */
    public enum PageSize {
        BOOK("156mm", "234mm", "10.5pt", "8.5pt"), A4("210mm", "297mm", "11pt", "9pt"), LETTER("8.5in", "11in", "11pt", "9pt");

        final String width;
        final String height;
        final String bodySize;
        final String noteSize;

        PageSize(String width, String height, String bodySize, String noteSize) {
            this.width = width;
            this.height = height;
            this.bodySize = bodySize;
            this.noteSize = noteSize;
        }
    }

    /** A PDF and what the run warned about (characters no font has, unknown elements). */
    public record Result(byte[] pdf, List<String> warnings) {}

    private final PdfRenderer renderer;

    public PdfPublisher() {
        this(PdfRenderer.shared());
    }

    /** Compiles the stylesheet and builds the FopFactory now (both once per JVM): lets a caller do it on another thread. */
    public static void prepare() {
        Compiled.FO.getUnderlyingCompiledStylesheet();
        PdfRenderer.shared();
    }

    public PdfPublisher(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public Result toPdf(String name, String teiXml) throws XmlProblem, PdfRenderException {
        return toPdf(name, teiXml, PageSize.BOOK, false);
    }

    /**
     * @param attachSource PDF/A-3u with the TEI attached as an embedded file (else PDF/A-2u)
     */
    public Result toPdf(String name, String teiXml, PageSize size, boolean attachSource) throws XmlProblem, PdfRenderException {
        XdmNode document = HtmlPublisher.readTei(name, teiXml);
        PdfRenderer.Options options = PdfRenderer.Options.defaults()
                .withCreationDate(PdfRenderer.sourceDateEpoch().orElse(DEFAULT_DATE))
                .withLanguage(xpath(document, "string((/*/@xml:lang, 'en')[1])"))
                .withMetadata(xpath(document, "normalize-space((//*:titleStmt/*:title)[1])"), null,
                        "Digital edition encoded in TEI P5 by Colophon", "TEI; digital edition");
        if (attachSource) {
            options = options.withAttachment(new PdfRenderer.Attachment(baseName(name) + ".tei.xml", "application/tei+xml",
                    "TEI P5 source of this edition", teiXml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<PdfRenderer.Warning> fopWarnings = renderer.render(fo -> {
            Xslt30Transformer t = transformer(size);
            t.setMessageHandler(m -> warnings.add(name + ": " + m.getContent().getStringValue()));
            t.applyTemplates(document, new SAXDestination(fo));
        }, out, options);
        for (PdfRenderer.Warning w : fopWarnings) warnings.add(name + ": " + w.message());
        return new Result(out.toByteArray(), warnings);
    }

    /** The XSL-FO for a TEI document, as text (for --keep-fo and for looking at). */
    public String toFo(String name, String teiXml, PageSize size) throws XmlProblem {
        XdmNode document = HtmlPublisher.readTei(name, teiXml);
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            transformer(size).applyTemplates(document, Saxon.processor().newSerializer(w));
        } catch (SaxonApiException e) {
            throw new XmlProblem(name, 0, 0, e.getMessage());
        }
        return w.toString();
    }

    /** A transformer for one document, with the trim size set. */
    private static Xslt30Transformer transformer(PageSize size) throws SaxonApiException {
        Xslt30Transformer t = Compiled.FO.load30();
        t.setStylesheetParameters(java.util.Map.of(
                new net.sf.saxon.s9api.QName("page-width"), new net.sf.saxon.s9api.XdmAtomicValue(size.width),
                new net.sf.saxon.s9api.QName("page-height"), new net.sf.saxon.s9api.XdmAtomicValue(size.height),
                new net.sf.saxon.s9api.QName("body-size"), new net.sf.saxon.s9api.XdmAtomicValue(size.bodySize),
                new net.sf.saxon.s9api.QName("note-size"), new net.sf.saxon.s9api.XdmAtomicValue(size.noteSize)));
        return t;
    }

    private static String xpath(XdmNode doc, String expression) throws XmlProblem {
        try {
            XPathCompiler c = Saxon.processor().newXPathCompiler();
            return c.evaluateSingle(expression, doc).getStringValue();
        } catch (SaxonApiException e) {
            throw new XmlProblem(null, 0, 0, e.getMessage());
        }
    }

    private static String baseName(String name) {
        String b = name.replace('\\', '/');
        b = b.substring(b.lastIndexOf('/') + 1);
        return b.replaceFirst("(\\.tei)?\\.xml$", "").replaceFirst("\\.txt$", "");
    }
}

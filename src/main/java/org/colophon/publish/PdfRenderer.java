package org.colophon.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.apache.xmlgraphics.util.DateFormatUtil;
import org.xml.sax.ContentHandler;

import net.sf.saxon.TransformerFactoryImpl;

/**
 * Renders XSL-FO to archival, tagged PDF (PDF/A-2u by default) with Apache FOP.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * // from an FO document (file, DOM, string...):
 * PdfRenderer.Rendering r = PdfRenderer.shared().render(new StreamSource(foFile), options);
 *
 * // streaming, no intermediate FO file: the producer writes SAX events into FOP,
 * // e.g. a Saxon 12 Xslt30Transformer run on the TEI:
 * List<PdfRenderer.Warning> w = PdfRenderer.shared().render(
 *     fo -> xslt.transform(teiSource, new net.sf.saxon.s9api.SAXDestination(fo)),
 *     outputStream, options);
 * }</pre>
 *
 * <h2>Fonts</h2>
 * The fonts are those of {@code /org/colophon/fop/fop.xconf}: Noto Serif (four faces, OFL,
 * bundled under {@code /org/colophon/fonts/}) under the family names {@code Colophon Serif},
 * {@code Noto Serif} and {@code serif}. They are read from the class path through a FOP
 * {@link ResourceResolver} ({@code colophon-jar:} URIs), never from the machine, and embedded
 * as subsets. A character that no configured font has is reported as a {@link Warning}
 * naming it (FOP still prints its '#' there); a font that is not embedded makes the render
 * fail with {@link PdfRenderException}, since PDF/A forbids it.
 *
 * <h2>Reproducibility</h2>
 * Same input, same options (with a fixed {@link Options#creationDate()}) and same default time
 * zone give byte-identical PDFs: the creation date (Info, XMP, embedded file parameters)
 * comes from the options, and the trailer /ID, which FOP makes from the wall-clock time, is
 * replaced by an MD5 of the document itself. Because of that last step the PDF is built in
 * memory before it is written to the caller's stream.
 *
 * <p>One {@link FopFactory} is built per JVM for {@link #shared()} (lazily, thread-safe);
 * renders are independent and may run concurrently.
 */
public final class PdfRenderer {

    /** The URI scheme under which the bundled resources are served to FOP. */
    public static final String JAR_SCHEME = "colophon-jar";
    private static final String XCONF = "/org/colophon/fop/fop.xconf";
    private static final URI FONT_BASE = URI.create(JAR_SCHEME + ":/org/colophon/fonts/");
    private static final String EXTRA_FONTS_MARK = "<!--COLOPHON-EXTRA-FONTS-->";
    private static final String PRODUCER = "Colophon (Apache FOP 2.11)";
    private static final String CREATOR = "Colophon";
    /** The accessible-PDF conformance every tagged rendering claims (and is checked for). */
    static final String PDF_UA_MODE = "PDF/UA-1";

    /** Receives the FO document as SAX events and writes it into {@code fo}. */
    @FunctionalInterface
    public interface FoProducer {
        void writeTo(ContentHandler fo) throws Exception;
    }

    /**
     * A file attached to a PDF/A-3 document (e.g. the TEI source), with AFRelationship /Data.
     * @param fileName name shown in the PDF viewer's attachment list
     * @param mediaType informative only (FOP writes application/octet-stream)
     * @param description the file specification's /Desc
     * @param content the bytes
     */
    public record Attachment(String fileName, String mediaType, String description, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * What to render and how.
     * @param pdfAMode "PDF/A-2u" (default), "PDF/A-2b", "PDF/A-2a", "PDF/A-3u", ... or null for none
     * @param accessibility tagged PDF (structure tree), on by default
     * @param language document language (BCP 47) set on fo:root when the FO has none
     * @param title XMP dc:title and Info /Title
     * @param author dc:creator and /Author
     * @param subject dc:description and /Subject
     * @param keywords pdf:Keywords and /Keywords
     * @param creationDate CreationDate/ModDate everywhere; null means now (not reproducible)
     * @param attachment file to embed (only with a PDF/A-3 mode), or null
     */
    public record Options(String pdfAMode, boolean accessibility, String language, String title,
            String author, String subject, String keywords, Instant creationDate, Attachment attachment) {

        /** PDF/A-2u, tagged, English, creation date from SOURCE_DATE_EPOCH (else now). */
        public static Options defaults() {
            return new Options("PDF/A-2u", true, "en", null, null, null, null,
                    sourceDateEpoch().orElse(null), null);
        }

        public Options withPdfAMode(String mode) {
            return new Options(mode, accessibility, language, title, author, subject, keywords, creationDate, attachment);
        }
        public Options withAccessibility(boolean on) {
            return new Options(pdfAMode, on, language, title, author, subject, keywords, creationDate, attachment);
        }
        public Options withLanguage(String lang) {
            return new Options(pdfAMode, accessibility, lang, title, author, subject, keywords, creationDate, attachment);
        }
        public Options withMetadata(String newTitle, String newAuthor, String newSubject, String newKeywords) {
            return new Options(pdfAMode, accessibility, language, newTitle, newAuthor, newSubject, newKeywords, creationDate, attachment);
        }
        public Options withCreationDate(Instant date) {
            return new Options(pdfAMode, accessibility, language, title, author, subject, keywords, date, attachment);
        }
        /** Attaches a file; switches a PDF/A-2 mode to the PDF/A-3 mode of the same level. */
        public Options withAttachment(Attachment a) {
            String mode = pdfAMode;
            if (a != null && mode != null && mode.startsWith("PDF/A-2")) {
                mode = "PDF/A-3" + mode.substring("PDF/A-2".length());
            }
            return new Options(mode, accessibility, language, title, author, subject, keywords, creationDate, a);
        }
    }

    /**
     * A FOP event of severity WARN or worse. For a missing glyph {@code codePoint} is the
     * character (else -1) and the message names it as U+XXXX.
     */
    public record Warning(String eventId, int codePoint, String message) {
        public boolean isMissingGlyph() {
            return codePoint >= 0;
        }
    }

    /** A finished PDF and the warnings of its run. */
    public record Rendering(byte[] pdf, List<Warning> warnings) {
    }

    private static final class Shared {
        static final PdfRenderer INSTANCE = new PdfRenderer(null);
    }

    private final FopFactory factory;

    private PdfRenderer(String extraFontConfig) {
        this.factory = buildFactory(extraFontConfig);
        warmUp();
    }

    /** Every face of the bundled fonts, once: what the first rendering sets up in the shared factory. */
    private static final String WARM_UP_FO = "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">"
            + "<fo:layout-master-set><fo:simple-page-master master-name=\"p\"><fo:region-body/></fo:simple-page-master>"
            + "</fo:layout-master-set><fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">"
            + "<fo:block font-family=\"Colophon Serif\">a <fo:inline font-style=\"italic\">a</fo:inline>"
            + " <fo:inline font-weight=\"bold\">a</fo:inline> <fo:inline font-weight=\"bold\" font-style=\"italic\">a</fo:inline>"
            + " \u540d</fo:block></fo:flow></fo:page-sequence></fo:root>";

    /**
     * Renders a tiny document once, before the factory is shared: FOP caches the renderer
     * configuration and sets the fonts up on first use, and that first use is not safe to make
     * from several threads at once (pages rendered in parallel failed with "font without
     * font-triplet"). After it, renderings run in parallel.
     */
    private void warmUp() {
        try {
            render(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(WARM_UP_FO)),
                    new Options(null, false, "en", null, null, null, null, PdfPublisher.DEFAULT_DATE, null));
        } catch (PdfRenderException e) {
            // a broken font setup shows itself, with its message, at the first real rendering
        }
    }

    /** The renderer with the bundled fonts; its FopFactory is built once per JVM, on first use. */
    public static PdfRenderer shared() {
        return Shared.INSTANCE;
    }

    /**
     * A renderer with its own FopFactory whose PDF font configuration also holds
     * {@code fontConfigXml} (FOP {@code <font>}, {@code <directory>} or {@code <referenced-fonts>}
     * elements). Relative {@code embed-url}s resolve against the bundled fonts' folder.
     * Meant for tests and special editions; build it once and keep it.
     */
    public static PdfRenderer withExtraFonts(String fontConfigXml) {
        return new PdfRenderer(Objects.requireNonNull(fontConfigXml));
    }

    /** Renders an FO document given as a JAXP Source (read with Saxon) into PDF bytes. */
    public Rendering render(Source fo, Options options) throws PdfRenderException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        List<Warning> warnings = render(handler -> {
            Transformer identity = new TransformerFactoryImpl().newTransformer();
            identity.transform(fo, new SAXResult(handler));
        }, out, options);
        return new Rendering(out.toByteArray(), warnings);
    }

    /**
     * Renders the FO that {@code producer} writes as SAX events (startDocument to endDocument)
     * and writes the PDF to {@code out} (not closed). Returns the warnings of the run.
     */
    public List<Warning> render(FoProducer producer, OutputStream out, Options options)
            throws PdfRenderException {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(out, "out");
        Options o = options == null ? Options.defaults() : options;
        if (o.attachment() != null && (o.pdfAMode() == null || !o.pdfAMode().startsWith("PDF/A-3"))) {
            throw new PdfRenderException("An attachment needs a PDF/A-3 mode, not " + o.pdfAMode());
        }
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Date created = o.creationDate() == null ? new Date() : Date.from(o.creationDate());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        List<FoInjector.Fragment> declarations = new ArrayList<>();
        declarations.add(XmpPacket.of(o.title(), o.author(), o.subject(), o.keywords(),
                CREATOR, PRODUCER, created.toInstant()));
        if (o.attachment() != null) {
            declarations.add(FoInjector.embeddedFile(attachmentElement(o.attachment())));
        }
        FoInjector injector;
        try {
            Fop fop;
            // FOP reads its configuration, a DOM that is not safe for concurrent reading, while it
            // makes a user agent and a Fop (to set the fonts up): one at a time; the rendering
            // itself runs in parallel
            synchronized (factory) {
                FOUserAgent ua = newUserAgent(o, created, events);
                fop = factory.newFop(MimeConstants.MIME_PDF, ua, buffer);
            }
            injector = new FoInjector(fop.getDefaultHandler(), o.language(), declarations);
            producer.writeTo(injector);
        } catch (Exception e) {
            throw new PdfRenderException("PDF rendering failed: " + rootMessage(e), e);
        }
        List<Warning> warnings = warnings(events, injector);
        byte[] pdf = buffer.toByteArray();
        if (pdf.length == 0) {
            throw new PdfRenderException("PDF rendering produced no output (was the FO document complete?)");
        }
        if (o.accessibility()) {
            pdf = StructureHints.apply(pdf);
        }
        if (o.attachment() != null) {
            fixEmbeddedFileDates(pdf, created);
        }
        fixMetadataDate(pdf, created.toInstant());
        setDeterministicFileId(pdf);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new PdfRenderException("Cannot write the PDF: " + e.getMessage(), e);
        }
        return warnings;
    }

    private FOUserAgent newUserAgent(Options o, Date created, List<Event> events) {
        FOUserAgent ua = factory.newFOUserAgent();
        ua.setAccessibility(o.accessibility());
        if (o.accessibility()) {
            ua.getRendererOptions().put("pdf-ua-mode", PDF_UA_MODE);
        }
        if (o.pdfAMode() != null) {
            ua.getRendererOptions().put("pdf-a-mode", o.pdfAMode());
        }
        ua.setCreationDate(created);
        // title, author, subject, keywords go into the XMP packet (see XmpPacket), not here
        ua.setProducer(PRODUCER);
        ua.setCreator(CREATOR);
        ua.getEventBroadcaster().addEventListener(event -> {
            if (event.getSeverity() != EventSeverity.INFO) {
                events.add(event);
            }
        });
        return ua;
    }

    private static List<Warning> warnings(List<Event> events, FoInjector text) {
        List<Warning> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        synchronized (events) {
            for (Event event : events) {
                String id = event.getEventID();
                if (id.endsWith("FontEventProducer.glyphNotAvailable")) {
                    Object ch = event.getParam("ch");
                    int cp = ch instanceof Character c ? text.resolve(c) : -1;
                    String font = String.valueOf(event.getParam("fontName"));
                    if (seen.add(cp + "/" + font)) {
                        out.add(glyphWarning(id, cp, font));
                    }
                    continue;
                }
                String message;
                try {
                    message = EventFormatter.format(event);
                } catch (RuntimeException e) {
                    message = id + " " + event.getParams();
                }
                if (seen.add(message)) {
                    out.add(new Warning(id, -1, message));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Warning glyphWarning(String id, int cp, String font) {
        String name = cp < 0 ? "?" : Character.getName(cp);
        String shown = cp < 0 || Character.isSurrogate((char) cp) && cp <= 0xFFFF ? "" : " '" + Character.toString(cp) + "'";
        return new Warning(id, cp, String.format("Glyph missing: U+%04X%s %s is in no configured font (tried %s)",
                cp, shown, name == null ? "" : name, font));
    }

    // ---------------------------------------------------------------- factory

    private static FopFactory buildFactory(String extraFonts) {
        long t0 = System.nanoTime();
        try (InputStream in = PdfRenderer.class.getResourceAsStream(XCONF)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + XCONF + " on the class path");
            }
            String conf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (extraFonts != null) {
                conf = conf.replace(EXTRA_FONTS_MARK, extraFonts);
            }
            FopConfParser parser = new FopConfParser(
                    new java.io.ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
                    FONT_BASE, new JarResourceResolver());
            FopFactory f = parser.getFopFactoryBuilder().build();
            lastFactoryBuildNanos = System.nanoTime() - t0;
            return f;
        } catch (IOException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot configure Apache FOP from " + XCONF + ": " + e.getMessage(), e);
        }
    }

    static volatile long lastFactoryBuildNanos;

    /**
     * Serves {@code colophon-jar:/path} from the class path (the bundled fonts), and hands
     * every other URI (file:, images of the FO) to FOP's default resolver.
     */
    static final class JarResourceResolver implements ResourceResolver {
        private final ResourceResolver fallback = ResourceResolverFactory.createDefaultResourceResolver();
        /** FOP reads a font file for every document; it is inflated from the jar once per run. */
        private final java.util.concurrent.ConcurrentHashMap<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Resource getResource(URI uri) throws IOException {
            if (JAR_SCHEME.equals(uri.getScheme())) {
                byte[] b = bytes.get(uri.getPath());
                if (b == null) {
                    try (InputStream in = PdfRenderer.class.getResourceAsStream(uri.getPath())) {
                        if (in == null) {
                            throw new java.io.FileNotFoundException("Not on the class path: " + uri);
                        }
                        b = in.readAllBytes();
                    }
                    bytes.putIfAbsent(uri.getPath(), b);
                }
                return new Resource(new java.io.ByteArrayInputStream(b));
            }
            return fallback.getResource(uri);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            if (JAR_SCHEME.equals(uri.getScheme())) {
                throw new IOException("Read-only: " + uri);
            }
            return fallback.getOutputStream(uri);
        }
    }

    // ---------------------------------------------------------------- attachments

    private static FoInjector.Embedded attachmentElement(Attachment a) {
        String mediaType = a.mediaType() == null ? "application/octet-stream" : a.mediaType();
        String src = "data:" + mediaType + ";base64," + java.util.Base64.getEncoder().encodeToString(a.content());
        return new FoInjector.Embedded(a.fileName(), src, a.description());
    }

    private static final Pattern PARAMS_DATES = Pattern.compile(
            "/Params\\s*<<\\s*/CreationDate\\s*\\((D:[^)]*)\\)\\s*/ModDate\\s*\\((D:[^)]*)\\)");

    /** FOP stamps an embedded file's /Params with "now": put the document's date there instead. */
    private static void fixEmbeddedFileDates(byte[] pdf, Date created) {
        String fixed = DateFormatUtil.formatPDFDate(created, TimeZone.getDefault());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = PARAMS_DATES.matcher(text);
        byte[] fixedBytes = fixed.getBytes(StandardCharsets.ISO_8859_1);
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                if (m.end(g) - m.start(g) == fixedBytes.length) {
                    System.arraycopy(fixedBytes, 0, pdf, m.start(g), fixedBytes.length);
                }
            }
        }
    }

    private static final Pattern METADATA_DATE = Pattern.compile("<xmp:MetadataDate>([^<]*)</xmp:MetadataDate>");

    /** FOP sets xmp:MetadataDate to "now" whatever it is told: put the creation date there. */
    private static void fixMetadataDate(byte[] pdf, Instant created) throws PdfRenderException {
        byte[] fixed = XmpPacket.xmpDate(created).getBytes(StandardCharsets.ISO_8859_1);
        Matcher m = METADATA_DATE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            if (m.end(1) - m.start(1) != fixed.length) {
                throw new PdfRenderException("Unexpected xmp:MetadataDate form: " + m.group(1));
            }
            System.arraycopy(fixed, 0, pdf, m.start(1), fixed.length);
        }
    }

    // ---------------------------------------------------------------- file ID

    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

    /**
     * Replaces every trailer /ID (FOP derives it from the current time) by the MD5 of the
     * document with its IDs blanked: same bytes in, same ID out. Same length, so the cross
     * reference offsets stay right.
     */
    static void setDeterministicFileId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = FILE_ID.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(1), m.end(1)});
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return;
        }
        for (int[] s : spans) {
            java.util.Arrays.fill(pdf, s[0], s[1], (byte) '0');
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest(pdf);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String hex = HexFormat.of().withUpperCase().formatHex(digest);
        for (int[] s : spans) {
            int len = s[1] - s[0];
            String value = hex.length() >= len ? hex.substring(0, len) : (hex + "0".repeat(len - hex.length()));
            byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(b, 0, pdf, s[0], len);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Smoke test and tool: {@code java -cp colophon.jar org.colophon.publish.PdfRenderer in.fo out.pdf}
     * renders with the default options (PDF/A-2u, tagged, SOURCE_DATE_EPOCH) and prints the
     * warnings and timings to stderr.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PdfRenderer IN.fo OUT.pdf");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        PdfRenderer r = shared();
        long t1 = System.nanoTime();
        Rendering out = r.render(new javax.xml.transform.stream.StreamSource(new java.io.File(args[0])),
                Options.defaults());
        long t2 = System.nanoTime();
        java.nio.file.Files.write(java.nio.file.Path.of(args[1]), out.pdf());
        out.warnings().forEach(w -> System.err.println("warning: " + w.message()));
        System.err.printf("FopFactory %d ms, render %d ms, %d bytes%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, out.pdf().length);
    }

    /** SOURCE_DATE_EPOCH (seconds since 1970, UTC) if set and valid. */
    public static Optional<Instant> sourceDateEpoch() {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        if (e instanceof TransformerException || e instanceof FOPException || msg == null) {
            return msg == null ? e.toString() : msg;
        }
        return msg;
    }
}

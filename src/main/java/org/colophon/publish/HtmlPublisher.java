package org.colophon.publish;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.colophon.Version;
import org.colophon.xml.Saxon;
import org.colophon.xml.XmlProblem;
import org.xml.sax.InputSource;

/**
 * TEI → HTML reading edition through xslt/html/html.xsl. The stylesheet is compiled once per
 * JVM, on first use; each document gets its own transformer. Thread-safe.
 */
public final class HtmlPublisher {
    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private static final class Compiled {
        static final XsltExecutable HTML = Saxon.compile("/xslt/html/html.xsl");
    }

    /** An HTML edition and the warnings the stylesheet gave (unknown elements, say). */
    public record Result(String html, List<String> warnings) {}

    /** Transforms TEI given as text; {@code name} is used in messages. */
    public Result toHtml(String name, String teiXml) throws XmlProblem {
        return toHtml(name, readTei(name, teiXml));
    }

    /** Parses TEI given as text (safely: no DTD, no external entity) and refuses a root that is not TEI. */
    /** Compiles the stylesheet now (it is compiled once per JVM, on first use): lets a caller do it on another thread. */
    public static void prepare() {
        Compiled.HTML.getUnderlyingCompiledStylesheet();
    }

    static XdmNode readTei(String name, String teiXml) throws XmlProblem {
        InputSource in = new InputSource(new StringReader(teiXml));
        in.setSystemId(name);
        XdmNode document = Saxon.parse(in);
        checkRoot(name, document);
        return document;
    }

    public Result toHtml(String name, XdmNode document) throws XmlProblem {
        checkRoot(name, document);
        Xslt30Transformer t = Compiled.HTML.load30();
        List<String> warnings = new ArrayList<>();
        t.setMessageHandler(m -> warnings.add(name + ": " + m.getContent().getStringValue()));
        StringWriter out = new StringWriter(32_768);
        Serializer s = Saxon.processor().newSerializer(out);
        try {
            t.setStylesheetParameters(java.util.Map.of(new QName("colophon-version"), new XdmAtomicValue(Version.get())));
            t.applyTemplates(document, s);
        } catch (SaxonApiException e) {
            throw new XmlProblem(name, e.getLineNumber(), 0, "cannot publish: " + e.getMessage());
        }
        return new Result(out.toString(), warnings);
    }

    /** A document whose root is not TEI is refused with a clear message. */
    static void checkRoot(String name, XdmNode document) throws XmlProblem {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                QName q = child.getNodeName();
                if (!q.getLocalName().equals("TEI") || !TEI_NS.equals(q.getNamespace())) {
                    throw new XmlProblem(name, child.getLineNumber(), child.getColumnNumber(),
                            "the root element is <" + q.getClarkName() + ">, not a TEI document ({" + TEI_NS + "}TEI)");
                }
                return;
            }
        }
        throw new XmlProblem(name, 0, 0, "no root element");
    }
}

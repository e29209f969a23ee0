package org.colophon.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The source view of a Colophon TEI page: the text as printed, rebuilt from the encoding — the
 * printed form of every repair ({@code sic}, {@code orig}), line breaks where the page had them,
 * a divided word's hyphen back at its line end, the running head and folio, the notes back at the
 * foot, and the furniture of the website or reader the header records as removed.
 */
public final class SourceView {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private SourceView() {
    }

    /** The source view of a TEI document's root element. */
    public static String of(Element tei) {
        StringBuilder body = new StringBuilder();
        List<StringBuilder> foot = new ArrayList<>();
        for (Node n = tei.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && TEI.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("text")) {
                    walk(e, body, foot);
                } else if (e.getLocalName().equals("teiHeader")) {
                    furniture(e, body);
                }
            }
        }
        for (StringBuilder note : foot) body.append('\n').append(note);
        return body.toString();
    }

    private static void furniture(Element header, StringBuilder out) {
        var quotes = header.getElementsByTagNameNS(TEI, "quote");
        for (int i = 0; i < quotes.getLength(); i++) {
            Element q = (Element) quotes.item(i);
            String type = q.getAttribute("type");
            if (type.equals("furniture") || type.equals("separator")) out.append(q.getTextContent()).append('\n');
        }
    }

    private static void walk(Node node, StringBuilder out, List<StringBuilder> foot) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
                continue;
            }
            if (!(n instanceof Element e)) continue;
            switch (e.getLocalName()) {
                case "back" -> { }   // works cited repeat the notes' citations
                case "choice" -> {
                    Element printed = child(e, "sic");
                    if (printed == null) printed = child(e, "orig");
                    if (printed != null) walk(printed, out, foot);
                }
                case "pb" -> {   // a word divided at the page break has its hyphen back at the page's end
                    if ("no".equals(e.getAttribute("break")) && "hyphen".equals(e.getAttribute("rend"))) out.append('-');
                    out.append('\n');
                }
                case "lb" -> {
                    if ("no".equals(e.getAttribute("break")) && "hyphen".equals(e.getAttribute("rend"))) out.append('-');
                    out.append('\n');
                }
                case "hi" -> {
                    boolean sup = e.getAttribute("rend").contains("superscript");
                    if (sup) out.append(' ');   // a call kept as a superscript is a word of its own
                    walk(e, out, foot);
                    if (sup) out.append(' ');
                }
                case "fw", "head", "p", "ab", "div" -> {
                    out.append('\n');
                    walk(e, out, foot);
                    out.append('\n');
                }
                case "note" -> {
                    StringBuilder note = new StringBuilder();
                    if (!e.getAttribute("n").isEmpty()) note.append(e.getAttribute("n")).append(' ');
                    walk(e, note, foot);
                    foot.add(note);
                    if (!e.getAttribute("n").isEmpty() && !"continued".equals(e.getAttribute("type"))) {
                        out.append(' ').append(e.getAttribute("n")).append(' ');   // the call, as printed in the text
                    }
                }
                default -> walk(e, out, foot);
            }
        }
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName())) return c;
        }
        return null;
    }
}

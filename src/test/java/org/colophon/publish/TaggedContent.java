package org.colophon.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF read as a screen reader reads it: the structure tree in its own order, each
 * element with its type, /ID, /Lang, /Alt and the text of the marked content it owns (found
 * through the MCIDs of its pages). Nothing of the page layout is used.
 */
final class TaggedContent {

    /** One structure element: its type, attributes, own text, children, in structure order. */
    record Element(String type, String id, String lang, String alt, String text, List<Element> kids) {
        /** This element and every one below it, depth first (structure order). */
        List<Element> flatten() {
            List<Element> out = new ArrayList<>();
            out.add(this);
            for (Element k : kids) out.addAll(k.flatten());
            return out;
        }

        /** All the text under this element, in structure order. */
        String allText() {
            StringBuilder b = new StringBuilder(text);
            for (Element k : kids) b.append(k.allText());
            return b.toString();
        }

        /** An indented outline (for failure messages). */
        String outline(String indent) {
            StringBuilder b = new StringBuilder(indent).append(type);
            if (id != null) b.append(" id=").append(id);
            if (lang != null) b.append(" lang=").append(lang);
            if (!text.isBlank()) b.append(" \"").append(text.strip()).append('"');
            b.append('\n');
            for (Element k : kids) b.append(k.outline(indent + "  "));
            return b.toString();
        }
    }

    private TaggedContent() {
    }

    /** The document's structure tree as one Element (type "StructTreeRoot"). */
    static Element read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> text = new HashMap<>();
            for (PDPage page : doc.getPages()) text.put(page, markedText(page));
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) return new Element("StructTreeRoot", null, null, null, "", List.of());
            return new Element("StructTreeRoot", null, null, null, "", kids(root, null, text));
        }
    }

    /** For each page, the text of its content marked as an artifact (running heads, folios). */
    static List<String> artifactText(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                x.processPage(page);
                StringBuilder b = new StringBuilder();
                for (PDMarkedContent mc : x.getMarkedContents()) {
                    if ("Artifact".equals(mc.getTag())) {
                        for (Object o : mc.getContents()) {
                            if (o instanceof TextPosition t) b.append(t.getUnicode());
                        }
                        b.append(' ');
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static Map<Integer, String> markedText(PDPage page) throws IOException {
        PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
        x.processPage(page);
        Map<Integer, String> out = new HashMap<>();
        for (PDMarkedContent mc : x.getMarkedContents()) collect(mc, out);
        return out;
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> out) {
        StringBuilder b = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) b.append(t.getUnicode());
            else if (o instanceof PDMarkedContent inner) collect(inner, out);
        }
        if (mc.getMCID() >= 0) out.merge(mc.getMCID(), b.toString(), String::concat);
    }

    private static List<Element> kids(PDStructureNode node, PDPage inherited, Map<PDPage, Map<Integer, String>> text) {
        PDPage page = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : inherited;
        List<Element> out = new ArrayList<>();
        for (Object k : node.getKids()) {
            if (k instanceof PDStructureElement e) {
                out.add(element(e, page, text));
            } else if (k instanceof Integer mcid && page != null) {
                out.add(new Element("#mc", null, null, null, text.get(page).getOrDefault(mcid, ""), List.of()));
            } else if (k instanceof PDMarkedContentReference r) {
                PDPage p = r.getPage() != null ? r.getPage() : page;
                String t = p == null ? "" : text.get(p).getOrDefault(r.getMCID(), "");
                out.add(new Element("#mc", null, null, null, t, List.of()));
            }
        }
        return out;
    }

    private static Element element(PDStructureElement e, PDPage inherited, Map<PDPage, Map<Integer, String>> text) {
        String id = e.getCOSObject().getString(COSName.ID);
        return new Element(e.getStructureType(), id, e.getLanguage(), e.getAlternateDescription(), "",
                kids(e, inherited, text));
    }
}

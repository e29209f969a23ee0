package org.colophon.citations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads annotated citations in AnyStyle's XML format ({@code <sequence><author>…</author>
 * <title>…</title>…</sequence>}) into tagger examples, mapping the tags to Colophon's field labels.
 */
final class TrainingData {

    /** AnyStyle tag → tagger label; tags not listed are "other". */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("author", "author"), Map.entry("editor", "editor"), Map.entry("translator", "translator"),
            Map.entry("title", "title"), Map.entry("container-title", "container"), Map.entry("journal", "journal"),
            Map.entry("collection-title", "series"), Map.entry("date", "date"), Map.entry("volume", "volume"),
            Map.entry("pages", "pages"), Map.entry("publisher", "publisher"), Map.entry("location", "place"),
            Map.entry("edition", "edition"), Map.entry("url", "url"), Map.entry("doi", "doi"));

    private TrainingData() {
    }

    /** One annotated citation: its text and the label of each token. */
    record Labelled(String text, List<CiteToken> tokens, String[] labels) {
    }

    /**
     * Annotated citations of a file: AnyStyle's {@code <dataset><sequence>} (fields joined by
     * spaces) or the generator's {@code <notes><note>} (tools/citegen: the text exactly as
     * rendered, fields as elements, the words between them as text).
     */
    static List<Labelled> read(Path xml) throws IOException {
        Document doc = parse(xml);
        return doc.getDocumentElement().getTagName().equals("notes") ? notes(doc) : sequences(doc);
    }

    /** Whether a training file holds generated footnotes (tools/citegen) rather than annotated real citations. */
    static boolean generated(Path xml) throws IOException {
        return parse(xml).getDocumentElement().getTagName().equals("notes");
    }

    private static Document parse(Path xml) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            doc = b.parse(xml.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
        return doc;
    }

    private static List<Labelled> sequences(Document doc) {
        List<Labelled> out = new ArrayList<>();
        NodeList seqs = doc.getElementsByTagName("sequence");
        for (int i = 0; i < seqs.getLength(); i++) {
            StringBuilder text = new StringBuilder();
            List<String> fieldLabels = new ArrayList<>();
            List<int[]> fieldSpans = new ArrayList<>();
            for (Node c = seqs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element el)) continue;
                String content = el.getTextContent().replaceAll("\\s+", " ").strip();
                if (content.isEmpty()) continue;
                if (text.length() > 0) text.append(' ');
                fieldSpans.add(new int[] {text.length(), text.length() + content.length()});
                fieldLabels.add(LABELS.getOrDefault(el.getTagName(), "other"));
                text.append(content);
            }
            String s = text.toString();
            List<CiteToken> toks = CiteToken.of(s, 0, s.length());
            if (toks.isEmpty()) continue;
            String[] labels = new String[toks.size()];
            int f = 0;
            for (int k = 0; k < toks.size(); k++) {
                while (fieldSpans.get(f)[1] <= toks.get(k).start()) f++;
                labels[k] = fieldLabels.get(f);
            }
            out.add(new Labelled(s, toks, labels));
        }
        return out;
    }

    /** Generated footnotes: each field an element, the text between them unlabelled ("other" or glue). */
    private static List<Labelled> notes(Document doc) {
        List<Labelled> out = new ArrayList<>();
        NodeList notes = doc.getElementsByTagName("note");
        for (int i = 0; i < notes.getLength(); i++) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<String> spanLabels = new ArrayList<>();
            for (Node c = notes.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                String content = c.getTextContent();
                if (c instanceof Element el) {
                    spans.add(new int[] {text.length(), text.length() + content.length()});
                    spanLabels.add(LABELS.getOrDefault(el.getTagName(), el.getTagName()));
                }
                text.append(content);
            }
            String s = text.toString();
            List<CiteToken> toks = CiteToken.of(s, 0, s.length());
            if (toks.isEmpty()) continue;
            String[] labels = new String[toks.size()];
            for (int k = 0; k < toks.size(); k++) labels[k] = fieldOf(s, toks.get(k), spans, spanLabels);
            out.add(new Labelled(s, toks, Glue.attach(toks, labels)));
        }
        return out;
    }

    /**
     * The field a token belongs to: the one holding most of its letters and digits, so that
     * "State’" of "‘The State’" is the title's although the quotation mark is not (null: none).
     */
    private static String fieldOf(String text, CiteToken t, List<int[]> spans, List<String> spanLabels) {
        String best = null;
        int most = 0;
        for (int f = 0; f < spans.size(); f++) {
            int from = Math.max(t.start(), spans.get(f)[0]);
            int to = Math.min(t.end(), spans.get(f)[1]);
            int n = 0;
            for (int c = from; c < to; c++) if (Character.isLetterOrDigit(text.charAt(c))) n++;
            if (n > most || n == 0 && most == 0 && best == null && from == t.start() && to == t.end()) {
                best = spanLabels.get(f);
                most = n;
            }
        }
        return best;
    }

    /** A citation built from pieces, each with its label, joined by single spaces. */
    static Labelled labelled(List<String> pieces, List<String> pieceLabels) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String piece : pieces) {
            if (text.length() > 0) text.append(' ');
            spans.add(new int[] {text.length(), text.length() + piece.length()});
            text.append(piece);
        }
        String s = text.toString();
        List<CiteToken> toks = CiteToken.of(s, 0, s.length());
        String[] labels = new String[toks.size()];
        int f = 0;
        for (int k = 0; k < toks.size(); k++) {
            while (spans.get(f)[1] <= toks.get(k).start()) f++;
            labels[k] = pieceLabels.get(f);
        }
        return new Labelled(s, toks, labels);
    }

    static SequenceModel.Example example(Labelled l) {
        return SequenceModel.Example.of(l.tokens(), CitationParser.byRules(l.text()), l.labels());
    }
}

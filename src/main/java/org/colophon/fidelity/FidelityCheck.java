package org.colophon.fidelity;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;
import org.colophon.text.Superscripts;
import org.colophon.xml.SecureXml;
import org.colophon.xml.XmlProblem;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Shows that nothing of a page was lost: every word of the input (a run of letters, marks and
 * digits, counted as often as it occurs) is found in the source view of its TEI
 * ({@link SourceView}), or is named with its input line.
 */
public final class FidelityCheck {

    /**
     * A word: a run of letters and marks, or a digit. Letters and digits count apart, and digits
     * one by one, since a call printed in plain digits glued to its word ("Culver7", "Last51":
     * "Last5" and call 1) is a word and a call.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+|\\p{N}");

    /** A word of the input missing from the TEI, with the input line it stands on. */
    public record Missing(int line, String word) {}

    /** A word missing from a document of several pages: the page (its source) and the word. */
    public record PageMissing(PageSource page, Missing missing) {}

    /** The outcome for a document of several pages: how many words were looked for, and those not found. */
    public record DocumentResult(int words, List<PageMissing> missing) {
        public boolean passed() {
            return missing.isEmpty();
        }
    }

    /** The outcome: how many input words were looked for, and those not found. */
    public record Result(int words, List<Missing> missing) {
        public boolean passed() {
            return missing.isEmpty();
        }
    }

    private FidelityCheck() {
    }

    public static Result check(PageSource page, String name, String teiXml) throws XmlProblem {
        Map<String, Integer> available = available(name, teiXml);
        List<Missing> missing = new ArrayList<>();
        int words = lookUp(page, available, missing);
        return new Result(words, missing);
    }

    /**
     * A document of several pages (a PDF read page by page) against its one TEI: every word of
     * every page is looked up in the one source view, each occurrence used once.
     */
    public static DocumentResult check(List<PageSource> pages, String name, String teiXml) throws XmlProblem {
        Map<String, Integer> available = available(name, teiXml);
        List<PageMissing> missing = new ArrayList<>();
        int words = 0;
        for (PageSource page : pages) {
            List<Missing> onPage = new ArrayList<>();
            words += lookUp(page, available, onPage);
            for (Missing m : onPage) missing.add(new PageMissing(page, m));
        }
        return new DocumentResult(words, missing);
    }

    /** The words of the TEI's source view, each with how often it occurs. */
    private static Map<String, Integer> available(String name, String teiXml) throws XmlProblem {
        String view = calls(SourceView.of(parse(name, teiXml).getDocumentElement()));
        Map<String, Integer> available = new HashMap<>();
        Matcher m = WORD.matcher(view);
        while (m.find()) available.merge(m.group(), 1, Integer::sum);
        return available;
    }

    /** Looks up each word of the page, using up what it finds; adds the words not found; returns how many were looked for. */
    private static int lookUp(PageSource page, Map<String, Integer> available, List<Missing> missing) {
        int words = 0;
        for (SourceLine line : page.lines()) {
            Matcher w = WORD.matcher(calls(line.text()));
            while (w.find()) {
                words++;
                Integer left = available.get(w.group());
                if (left == null || left == 0) missing.add(new Missing(line.number(), w.group()));
                else available.put(w.group(), left - 1);
            }
        }
        return words;
    }

    /**
     * A note call printed as superscript digits ("enemies.⁷Even"), or as a caret and digits
     * ("enemies.^7Even"), is a word of its own, in plain digits — a call as the converter reads
     * one ({@link Superscripts#CALL}).
     */
    private static String calls(String s) {
        return Superscripts.hasCall(s)
                ? Superscripts.CALL.matcher(s).replaceAll(c -> " " + Superscripts.toDigits(c.group()) + " ")
                : s;
    }

    private static Document parse(String name, String xml) throws XmlProblem {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new XmlProblem(name, e.getLineNumber(), e.getColumnNumber(), SecureXml.describe(e));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new XmlProblem(name, 0, 0, e.getMessage());
        }
    }
}

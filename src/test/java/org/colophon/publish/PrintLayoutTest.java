package org.colophon.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.Colophon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The print edition's page furniture and line breaking, read back from the PDF. */
class PrintLayoutTest {
    private static final PdfPublisher PUBLISHER = new PdfPublisher();
    private static final String BOOK = "The Eurasian Triangle. Russia, the Caucasus and Japan, 1904-1945";
    private static byte[] seedPdf;
    private static byte[] bookPdf;

    @BeforeAll
    static void print() throws Exception {
        String seedTei = new Colophon().convert("p130.txt", Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"))).tei();
        seedPdf = PUBLISHER.toPdf("p130.tei.xml", seedTei).pdf();
        bookPdf = PUBLISHER.toPdf("book.tei.xml", book()).pdf();
    }

    /** A chapter of several pages of plain paragraphs, then a works-cited list that runs over a page. */
    static String book() {
        StringBuilder body = new StringBuilder();
        for (int p = 1; p <= 14; p++) {
            body.append("<p>Body paragraph ").append(p).append(" begins here.");
            for (int s = 0; s < 9; s++) body.append(" The chapter goes on with an ordinary sentence of its running text.");
            body.append("</p>\n");
        }
        StringBuilder works = new StringBuilder();
        for (int w = 1; w <= 70; w++) {
            works.append("<bibl>Entry ").append(w).append(", <title level=\"m\">A Book of Some Length</title> (London: Press, 1990).</bibl>\n");
        }
        return "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'><teiHeader><fileDesc><titleStmt><title>A test book</title></titleStmt>"
                + "<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader><text><body>"
                + "<div type='chapter'><head>Chapter One</head>\n" + body + "</div></body>"
                + "<back><listBibl type='works-cited'><head>Works cited</head>\n" + works + "</listBibl></back></text></TEI>";
    }

    /** One line of a page: its text and where its first and last characters stand. */
    record Line(String text, float x0, float x1, float y) {}

    /** Each page's lines from top to bottom: its words grouped by baseline, left to right. */
    static List<List<Line>> lines(byte[] pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Line> words = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        TextPosition first = positions.get(0);
                        TextPosition last = positions.get(positions.size() - 1);
                        words.add(new Line(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
                    }
                };
                s.setSortByPosition(true);
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                pages.add(joinLines(words));
            }
        }
        return pages;
    }

    private static List<Line> joinLines(List<Line> words) {
        List<Line> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
        List<Line> out = new ArrayList<>();
        for (Line w : sorted) {
            Line last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.y() - w.y()) < 3) {
                out.set(out.size() - 1, new Line(last.text() + " " + w.text(), last.x0(), Math.max(last.x1(), w.x1()), last.y()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    static float pageWidth(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }

    /** The page head: the top line of page number {@code folio}, without the folio at either end. */
    static String runningHead(List<Line> page, int folio) {
        String top = page.get(0).text();
        if (top.startsWith(folio + " ")) return top.substring(String.valueOf(folio).length()).strip();
        if (top.endsWith(" " + folio)) return top.substring(0, top.length() - String.valueOf(folio).length()).strip();
        return top;
    }

    @Test
    void theFolioStandsAtTheOuterMarginOfRectoAndVerso() throws IOException {
        for (byte[] pdf : List.of(seedPdf, bookPdf)) {
            List<List<Line>> pages = lines(pdf);
            float middle = pageWidth(pdf) / 2;
            assertTrue(pages.size() >= 2);
            for (int p = 0; p < pages.size(); p++) {
                int folio = p + 1;
                Line head = pages.get(p).get(0);
                boolean recto = folio % 2 == 1;
                if (recto) {
                    assertTrue(head.text().endsWith(" " + folio) && head.x1() > middle, "recto " + folio + " ends with its folio, right: " + head);
                } else {
                    assertTrue(head.text().startsWith(folio + " ") && head.x0() < middle, "verso " + folio + " starts with its folio, left: " + head);
                }
            }
        }
    }

    @Test
    void aPageThatStartsWithBodyTextNeverHasTheWorksCitedHead() throws IOException {
        List<List<Line>> seed = lines(seedPdf);
        assertEquals(2, seed.size());
        assertTrue(seed.get(1).get(1).text().startsWith("At the same time"), "page 2 starts with body text: " + seed.get(1).get(1));
        assertEquals(BOOK, runningHead(seed.get(1), 2));

        List<List<Line>> book = lines(bookPdf);
        int worksPages = 0;
        for (int p = 0; p < book.size(); p++) {
            String first = book.get(p).get(1).text();
            boolean inWorksCited = first.startsWith("Entry ") || first.equals("Works cited");
            String head = runningHead(book.get(p), p + 1);
            if (inWorksCited) {
                worksPages++;
                assertEquals("Works cited", head, "page " + (p + 1) + " starts in the works cited: " + first);
            } else {
                assertEquals("Chapter One", head, "page " + (p + 1) + " starts with body text: " + first);
            }
        }
        assertTrue(worksPages >= 1 && worksPages < book.size(), "the book has pages of both kinds");
    }

    private static final Pattern BROKEN_RANGE = Pattern.compile("\\d[\u2012\u2013]\\s*\\n\\s*\\d");

    @Test
    void aNumberRangeIsNeverBrokenAfterItsDash() throws Exception {
        StringBuilder ranges = new StringBuilder();
        for (int i = 0; i < 120; i++) ranges.append(" see pp. ").append(100 + i * 7).append('\u2013').append(1000 + i * 13).append(',');
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Ranges</title></titleStmt>"
                + "<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body><p>Ranges" + ranges + " and the years 1929\u201333.<note n='1' place='foot'>Also" + ranges + " end.</note></p></body></text></TEI>";
        byte[] pdf = PUBLISHER.toPdf("ranges.tei.xml", tei).pdf();
        for (byte[] doc : List.of(seedPdf, pdf)) {
            String text = text(doc);
            Matcher m = BROKEN_RANGE.matcher(text);
            assertFalse(m.find(), () -> "a range broken after its dash: " + text.substring(Math.max(0, m.start() - 30), m.end() + 10));
        }
        String seed = text(seedPdf);
        assertTrue(seed.contains("1929\u201333") && seed.contains("577\u2013608"), "the ranges are printed whole, nothing added inside");
        String all = text(pdf).replaceAll("\\s+", " ");
        for (int i = 0; i < 120; i++) assertTrue(all.contains((100 + i * 7) + "\u2013" + (1000 + i * 13)), "range " + i);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}

package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.Colophon;
import org.colophon.publish.PdfPublisher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed page's TEI typeset by Colophon's own TEI → FO → PDF path (its notes fall on two
 * pages), read back from the PDF: every note is found, at the word it was called from, its
 * text intact. At two page sizes and two type sizes (the book page at 10.5 pt, A4 at 11 pt), so
 * the lines and pages break differently and the reader meets other sizes.
 */
class PdfRoundTripTest {
    private static final Pattern NOTE = Pattern.compile("<note place=\"foot\"[^>]* n=\"(\\d+)\"[^>]*>(.*?)</note>", Pattern.DOTALL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = PdfPublisher.PageSize.class, names = {"BOOK", "A4"})
    void everyNoteIsFoundAtItsCallWithItsText(PdfPublisher.PageSize size) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("seeds/eurasian-triangle-p130.txt"));
        String tei = new Colophon().convert("eurasian-triangle-p130.txt", page).tei();
        byte[] pdf = new PdfPublisher().toPdf("p130.tei.xml", tei, size, false).pdf();
        Path file = Files.write(dir.resolve("p130.pdf"), pdf);
        assertEquals(size == PdfPublisher.PageSize.BOOK ? 10.5f : 11f, commonestSize(pdf), 0.6f, "the text's type size");
        String back = new PdfConverter().convert(file.toString(), file.toFile(), PageRange.ALL).tei();

        Map<String, String[]> before = notes(tei);
        Map<String, String[]> after = notes(back);
        assertTrue(before.size() >= 5, "the seed has notes: " + before.keySet());
        assertEquals(before.keySet(), after.keySet(), "every note found, none added");
        for (String n : before.keySet()) {
            assertEquals(before.get(n)[0], after.get(n)[0], "note " + n + " stands after the same word");
            assertEquals(before.get(n)[1], after.get(n)[1], "note " + n + "'s text");
        }
    }

    /** The size most glyphs of the PDF are set in. */
    private static float commonestSize(byte[] pdf) throws Exception {
        Map<Float, Integer> sizes = new java.util.HashMap<>();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    for (org.apache.pdfbox.text.TextPosition g : glyphs) sizes.merge(g.getFontSizeInPt(), 1, Integer::sum);
                }
            }.getText(d);
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Note number → {the word before the note, the note's letters and digits}. */
    private static Map<String, String[]> notes(String tei) {
        String body = tei.substring(tei.indexOf("<body>"), tei.indexOf("</body>"));
        Map<String, String[]> out = new LinkedHashMap<>();
        Matcher m = NOTE.matcher(body);
        while (m.find()) {
            String text = reading(body.substring(0, m.start())).replaceAll("<note.*?</note>", " ");
            String[] words = text.trim().split("[^\\p{L}\\p{N}]+");
            out.put(m.group(1), new String[] {words[words.length - 1], letters(reading(m.group(2)))});
        }
        return out;
    }

    /** The reading text: sic and orig dropped, hyphenation joins kept, tags removed (notes kept as markers). */
    private static String reading(String xml) {
        return xml.replaceAll("(?s)<sic>.*?</sic>|<orig>.*?</orig>", "")
                .replaceAll("<lb break=\"no\"[^>]*/>\\s*", "")
                .replaceAll("<(?!/?note)[^>]+>", "");
    }

    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}

package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.colophon.fidelity.FidelityCheck;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF of three pages read as one document: a paragraph running over a page break is one p with
 * the pb in it and its divided word joined; a note continued on the next page is one note; a
 * chapter holds its section across the break; notes numbered afresh in the next chapter keep their
 * numbers, with ids unique and the numbering not marked out of sequence.
 */
class PdfDocumentTest {
    private static final float WIDTH = 300;

    @TempDir
    Path dir;

    private Path book() throws Exception {
        try (PdfPages p = new PdfPages()) {
            p.page();
            p.at(72, 720).text("Chapter One", 18);
            p.at(90, 690).justified("The first paragraph of the book begins here and it goes on for a while", 10, WIDTH - 18);
            p.at(72, 678).justified("and runs on over several lines of the page until it comes to a call", 10, WIDTH).raised("1", 6, 4);
            p.at(72, 666).justified("after the word call, and then it goes on and on for a little while until the", 10, WIDTH);
            p.at(72, 654).justified("last line of the page, where a long and rather important word is divi-", 10, WIDTH);
            p.at(72, 140).raised("1", 5, 3).text("The first note begins on the first page and", 8);
            p.at(72, 130).text("it runs on to the next page of the book.", 8);
            p.at(300, 60).text("1", 10);
            p.page();
            p.at(72, 720).justified("sion of the paragraph, and then the paragraph goes on for a little more", 10, WIDTH);
            p.at(72, 708).text("while with a second call", 10).raised("2", 6, 4).text(" here.", 10);
            p.at(72, 680).text("The Section", 12);
            p.at(90, 660).justified("The section has a paragraph of its own, and this paragraph is rather", 10, WIDTH - 18);
            p.at(72, 648).text("short.", 10);
            p.at(72, 150).text("The rest of the first note is here.", 8);
            p.at(72, 130).raised("2", 5, 3).text("The second note.", 8);
            p.at(300, 60).text("2", 10);
            p.page();
            p.at(72, 720).text("Chapter Two", 18);
            p.at(90, 690).justified("The second chapter begins with a line that ends in its own call", 10, WIDTH - 18).raised("1", 6, 4);
            p.at(72, 678).justified("and runs on over several lines of the page until it comes to a call", 10, WIDTH);
            p.at(72, 666).justified("after the word call, and then it goes on and on for a little while until the", 10, WIDTH);
            p.at(72, 654).text("end, where its notes are numbered afresh.", 10);
            p.at(72, 130).raised("1", 5, 3).text("The first note of the second chapter.", 8);
            p.at(300, 60).text("3", 10);
            return p.save(dir.resolve("book.pdf"));
        }
    }

    @Test
    void pagesJoinIntoOneText() throws Exception {
        Path pdf = book();
        String tei = new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
        String flat = tei.replaceAll("\\s+", " ");
        assertTrue(flat.contains("word is divi<pb n=\"2\" break=\"no\" rend=\"hyphen\"/><fw type=\"pageNum\">2</fw>sion of the paragraph"), tei);
        assertEquals(3, PdfLayoutTest.count(tei.substring(tei.indexOf("<body>")), "<p>"), "the paragraph over the page break is one p: " + tei);
        assertFalse(tei.contains("type=\"continued\""), tei);
        assertTrue(flat.contains("it runs on to the next page of the book. <lb/>The rest of the first note is here.</note>"), tei);
        assertEquals(3, PdfLayoutTest.count(tei, "<note place=\"foot\""));
        assertFalse(tei.contains("out-of-sequence"), tei);
        assertEquals(List.of(), TeiValidator.load().validate("book.tei.xml", tei));
        FidelityCheck.DocumentResult check = FidelityCheck.check(
                new PdfConverter().sources(pdf.toString(), pdf.toFile(), PageRange.ALL).stream().map(PdfConverter.SourcePage::source).toList(),
                "book.tei.xml", tei);
        assertEquals(List.of(), check.missing());
    }

    @Test
    void chaptersHoldTheirSectionsAcrossPageBreaks() throws Exception {
        Path pdf = book();
        String tei = new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
        String flat = tei.replaceAll("\\s+", " ");
        int one = flat.indexOf("<div type=\"chapter\"> <head>Chapter One</head>");
        int section = flat.indexOf("<div type=\"section\"> <head>The Section</head>");
        int two = flat.indexOf("<div type=\"chapter\"> <head>Chapter Two</head>");
        assertTrue(one >= 0 && section > one && two > section, tei);
        assertTrue(flat.substring(section, two).endsWith("</p> </div> </div> <pb n=\"3\"/> <fw type=\"pageNum\">3</fw> "),
                "the section closes, then its chapter, before the next chapter's page: " + flat.substring(section, two));
        assertTrue(flat.contains("its own call<note place=\"foot\" n=\"1\" xml:id=\"n3-1\">"), tei);
    }

    @Test
    void theHtmlHasContentsAndChapterNavigationAndThePdfBookmarksEachChapter() throws Exception {
        Path pdf = book();
        String tei = new PdfConverter().convert(pdf.toString(), pdf.toFile(), PageRange.ALL).tei();
        String html = new org.colophon.publish.HtmlPublisher().toHtml("book.tei.xml", tei).html();
        assertTrue(html.contains("<nav class=\"toc\""), html);
        java.util.regex.Matcher toc = java.util.regex.Pattern.compile("<li><a href=\"#([^\"]+)\">Chapter One</a><ol><li><a href=\"#([^\"]+)\">The Section</a>").matcher(html);
        assertTrue(toc.find(), "the section is listed under its chapter: " + html);
        assertTrue(html.contains("<section class=\"div chapter\" id=\"" + toc.group(1) + "\""), html);
        assertTrue(html.contains("<section class=\"div section\" id=\"" + toc.group(2) + "\""), html);
        assertTrue(html.contains("rel=\"next\""), "chapter one leads to chapter two: " + html);
        assertTrue(html.contains("rel=\"prev\""), "chapter two leads back to chapter one: " + html);

        byte[] printed = new org.colophon.publish.PdfPublisher().toPdf("book.tei.xml", tei).pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(printed)) {
            List<String> top = new java.util.ArrayList<>();
            String child = null;
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Chapter One") && item.getFirstChild() != null) child = item.getFirstChild().getTitle();
            }
            assertTrue(top.containsAll(List.of("Chapter One", "Chapter Two")), top.toString());
            assertFalse(top.contains("The Section"), "the section's bookmark is inside its chapter's: " + top);
            assertEquals("The Section", child);
        }
    }
}

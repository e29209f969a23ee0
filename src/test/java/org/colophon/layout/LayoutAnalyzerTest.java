package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.colophon.ingest.InputProblem;
import org.colophon.ingest.TextPageReader;
import org.junit.jupiter.api.Test;

class LayoutAnalyzerTest {
    private final LayoutAnalyzer analyzer = new LayoutAnalyzer();

    private PageLayout analyze(String text) throws InputProblem {
        return analyzer.analyze(new TextPageReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String BODY = "A line of body text long enough to set the measure of this page, more or less.\n";

    /** Found by the fuzzer: a page of site furniture alone left no body line to measure. */
    @Test
    void aPageOfFurnitureAloneHasNoBody() throws InputProblem {
        PageLayout l = analyze("Free download pdf\n");
        assertTrue(l.body().isEmpty() && l.notes().isEmpty(), l.toString());
    }

    @Test
    void siteFurnitureAndFolioFirstRunningHead() throws InputProblem {
        PageLayout l = analyze("Book Title\n\n(WallPaper) #3\n\n130 Ë The Chapter\n\n" + BODY + "Free download pdf\n");
        assertEquals("Book Title", l.sourceTitle());
        assertEquals(3, l.furniture().size());
        assertEquals("130", l.runningHead().folio());
        assertEquals("The Chapter", l.runningHead().title());
        assertTrue(l.runningHead().folioFirst());
    }

    @Test
    void folioLastRunningHead() throws InputProblem {
        PageLayout l = analyze("Section Title Ë 131\n" + BODY);
        assertEquals("131", l.runningHead().folio());
        assertEquals("Section Title", l.runningHead().title());
    }

    @Test
    void chapterOpeningHasNoRunningHead() throws InputProblem {
        PageLayout l = analyze("6 The Caucasus Group and Japan\n" + BODY + BODY);
        assertNull(l.runningHead());
        assertEquals(Block.Kind.CHAPTER_HEAD, l.body().get(0).kind());
        assertEquals("6", l.body().get(0).number());
    }

    @Test
    void noteBlockStartsAtTheFirstCalledNumber() throws InputProblem {
        String page = "Head Ë 9\n"
                + "Text with a call.⁷And another call here.⁸ More text follows on this line.\n"
                + "7 of the ministers agreed, a body line that begins with a number.\n"
                + "7 First note, Publisher, 1990.\n"
                + "8 Second note that runs on to a\n"
                + "1991), 147.\n";
        PageLayout l = analyze(page);
        assertEquals(2, l.notes().size());
        assertEquals("7", l.notes().get(0).n());
        assertEquals("First note, Publisher, 1990.", l.notes().get(0).firstLine());
        assertEquals(2, l.notes().get(1).lines().size(), "a continuation may begin with a digit");
        assertEquals(2, l.body().stream().mapToInt(b -> b.lines().size()).sum());
    }

    @Test
    void noteWhoseCallIsLostIsStillANote() throws InputProblem {
        String page = "Head Ë 9\nBody text without the first call, but a second one.⁸\n7 Lost call.\n8 Found call.\n";
        PageLayout l = analyze(page);
        assertEquals(2, l.notes().size());
        assertEquals("7", l.notes().get(0).n());
    }

    @Test
    void sectionHeadingsAndCaptionsAreBlocksOfTheirOwn() throws InputProblem {
        String page = "Head Ë 9\n" + BODY + "1.4.1.2 Content Model\n" + BODY + "Fig. 7.4. A map of the region.\n" + BODY;
        PageLayout l = analyze(page);
        assertEquals(Block.Kind.SECTION_HEAD, l.body().get(1).kind());
        assertEquals("1.4.1.2", l.body().get(1).number());
        assertEquals(Block.Kind.CAPTION, l.body().get(3).kind());
    }

    @Test
    void shortLineClosingASentenceEndsAParagraph() throws InputProblem {
        PageLayout l = analyze("Head Ë 9\n" + BODY + BODY + "End of paragraph.\n" + BODY + BODY);
        assertEquals(2, l.body().size());
    }

    @Test
    void aFolioAloneAtTheFootIsTheFolio() throws InputProblem {
        PageLayout l = analyze("6 The Caucasus Group and Japan\n" + BODY + BODY + "127\n");
        assertEquals("127", l.runningHead().folio());
        assertNull(l.runningHead().title());
        assertEquals(Block.Kind.CHAPTER_HEAD, l.body().get(0).kind());
    }
}

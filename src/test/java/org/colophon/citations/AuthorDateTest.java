package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuthorDateTest {

    private static String fields(String t) {
        List<Span> spans = CitationParser.rulesOnly().parse(t);
        return spans.stream().filter(s -> !s.element().equals("bibl"))
                .map(s -> s.element() + (s.attributes().containsKey("level") ? "." + s.attributes().get("level") : "")
                        + (s.attributes().containsKey("unit") ? "." + s.attributes().get("unit") : "") + "=" + t.substring(s.start(), s.end()))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void apaJournalArticle() {
        assertEquals("author=Robins, A. | author=Rountree, J. | author=Rountree, N. | date=2003 | "
                        + "title.a=Learning and teaching programming: A review and discussion | title.j=Computer Science Education | "
                        + "biblScope.volume=13 | biblScope.issue=2 | biblScope.page=137-172",
                fields("Robins, A., Rountree, J., & Rountree, N. (2003). Learning and teaching programming: A review and discussion. Computer Science Education, 13(2), 137-172."));
    }

    @Test
    void bookWithPlaceAndPublisher() {
        assertEquals("author=Kloppenburg, J. R. | date=1988 | title.m=First the seed | pubPlace=Cambridge | publisher=Cambridge University Press",
                fields("Kloppenburg, J. R. (1988). First the seed. Cambridge: Cambridge University Press."));
    }

    @Test
    void chapterInAnEditedBook() {
        assertEquals("author=Smith, J. | date=2001 | title.a=A chapter | editor=A. Jones | editor=B. Brown | title.m=The Book | "
                        + "biblScope.page=12-30 | pubPlace=London | publisher=Routledge",
                fields("Smith, J. (2001). A chapter. In A. Jones & B. Brown (Eds.), The Book (pp. 12-30). London: Routledge."));
    }

    @Test
    void footnoteStylesAreNotAuthorDate() {
        assertNull(AuthorDate.parse("Burgess, Anthony. A Clockwork Orange. (1962), opening."));
        assertNull(AuthorDate.parse("Tufte, Edward R., Envisioning Information, Cheshire: Graphics Press (1990), p. 97."));
        assertNull(AuthorDate.parse("R. W. Davies, “Soviet Military Expenditure.” Europe-Asia Studies, 45, no. 4 (1993), 577–608."));
    }

    @Test
    void theVolumeCitedAfterTheYearIsNoTitle() {
        String t = "Habermas (1981), vol. 2, p. 171.";
        List<Span> s = new CitationParser().parse(t);
        CitationParserTest.has(t, s, "biblScope", "2", "unit", "volume");
        CitationParserTest.has(t, s, "citedRange", "171", "unit", "page");
        org.junit.jupiter.api.Assertions.assertTrue(s.stream().noneMatch(p -> p.element().equals("title")), s::toString);
    }

    @Test
    void thePagesAfterTheYearsColonInASentence() {
        String t = "As argued by Foucault (1975: 30), discipline produces docile bodies.";
        List<Span> s = new CitationParser().parse(t);
        CitationParserTest.has(t, s, "author", "Foucault");
        CitationParserTest.has(t, s, "citedRange", "30", "unit", "page");
    }

    /** The year is sought from {@link AuthorDate#yearSearchStart} on: it finds the match a search from the start finds. */
    @Test
    void theYearsSearchSkipsNoMatch() {
        String[] pieces = {"(", ")", "1999", "2003a", ".", ",", " ", "  ", "\t", "Smith", "J.", ":", "12", "(19", "\u00a0"};
        java.util.Random r = new java.util.Random(7);
        for (int k = 0; k < 30000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(9);
            for (int i = 0; i < n; i++) sb.append(pieces[r.nextInt(pieces.length)]);
            String t = sb.toString();
            java.util.regex.Matcher whole = AuthorDate.YEAR.matcher(t);
            boolean found = whole.find();
            int from = AuthorDate.yearSearchStart(t);
            if (!found) {
                if (from >= 0) assertEquals(false, AuthorDate.YEAR.matcher(t).find(from), t);
                continue;
            }
            java.util.regex.Matcher part = AuthorDate.YEAR.matcher(t);
            assertEquals(true, from >= 0 && part.find(from), t);
            assertEquals(whole.start(), part.start(), t);
            assertEquals(whole.end(), part.end(), t);
        }
    }
}

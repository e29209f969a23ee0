package org.colophon.tei;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.colophon.Colophon;
import org.colophon.ingest.InputProblem;
import org.junit.jupiter.api.Test;

class TeiWriterTest {
    private static String convert(String page) throws InputProblem {
        return new Colophon().convert("t.txt", page.getBytes(StandardCharsets.UTF_8)).tei();
    }

    @Test
    void markupCharactersInTheTextAreEscaped() throws InputProblem {
        String tei = convert("Head Ë 28\nthe root element is <TEI> & not <tei>, as in T&amp;C.\n");
        assertTrue(tei.contains("the root element is &lt;TEI&gt; &amp; not &lt;tei&gt;, as in T&amp;amp;C."), tei);
    }

    @Test
    void notesGoToTheirCallsWithPageQualifiedIds() throws InputProblem {
        String tei = convert("Head Ë 28\nA sentence that ends here.⁴Another one follows on the same line.\n4 Smith, John. A Book. London: Methuen, 1990.\n");
        assertTrue(tei.contains("ends here.<note place=\"foot\" n=\"4\" xml:id=\"n28-4\">"), tei);
        assertTrue(tei.contains("</note> Another one"), tei);
    }

    @Test
    void headerNamesTheSourceTheFurnitureAndTheApplication() throws InputProblem {
        String tei = convert("A Book Title\n(WallPaper) #2\nHead Ë 29\nBody text of the page.\nFree download pdf\n");
        assertTrue(tei.contains("<title level=\"m\">A Book Title</title>"), tei);
        assertTrue(tei.contains("<biblScope unit=\"page\">29</biblScope>"), tei);
        assertTrue(tei.contains("<quote type=\"furniture\">(WallPaper) #2</quote>, <quote type=\"furniture\">Free download pdf</quote>"), tei);
        assertTrue(tei.contains("<application ident=\"Colophon\""), tei);
        assertTrue(tei.contains("<fw type=\"header\">Head</fw>\n      <fw type=\"pageNum\">29</fw>"), tei);
    }

    @Test
    void ibidPointsAtTheCitationBeforeIt() throws InputProblem {
        String tei = convert("Head Ë 9\nA sentence with a call.¹ Another with a second call.² And a third.³\n"
                + "1 Smith, John. A Book. London: Methuen, 1990, 12.\n2 Ibid., 45.\n3 Ebd., S. 7.\n");
        assertTrue(tei.contains("<bibl corresp=\"#w9-1\" xml:id=\"n9-1-b1\">"), tei);
        assertTrue(tei.contains("<listBibl type=\"works-cited\">"), tei);
        assertTrue(tei.contains("<bibl xml:id=\"w9-1\"><author>Smith, John</author>. <title level=\"m\">A Book</title>."), tei);
        // with the pages it cites, an ibid is a bibl of the work it repeats
        assertTrue(tei.contains("<bibl corresp=\"#w9-1\" xml:id=\"n9-2-b1\"><ref target=\"#n9-1-b1\" type=\"ibid\">Ibid.</ref>, "
                + "<citedRange unit=\"page\">45</citedRange></bibl>."), tei);
        assertTrue(tei.contains("<bibl corresp=\"#w9-1\" xml:id=\"n9-3-b1\"><ref target=\"#n9-1-b1\" type=\"ibid\">Ebd.</ref>, S. "
                + "<citedRange unit=\"page\">7</citedRange></bibl>."), tei);
    }
}

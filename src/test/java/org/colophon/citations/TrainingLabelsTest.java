package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labels training gives the tokens of a citation whose fields are marked in its text (the
 * generated notes, GROBID's citations): a word goes to the field that holds most of its letters,
 * the words between fields to the field they open or close.
 */
class TrainingLabelsTest {

    private static String labelOf(TrainingData.Labelled l, String token) {
        for (int k = 0; k < l.tokens().size(); k++) if (l.tokens().get(k).text().equals(token)) return l.labels()[k];
        throw new AssertionError("no token " + token + " in " + l.text());
    }

    private static TrainingData.Labelled one(Path dir, String note) throws IOException {
        Path f = dir.resolve("n.xml");
        Files.writeString(f, "<notes><note>" + note + "</note></notes>");
        List<TrainingData.Labelled> all = TrainingData.read(f);
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void aWordWithItsClosingQuotationMarkStaysInTheTitle(@TempDir Path dir) throws IOException {
        TrainingData.Labelled l = one(dir, "<author>J. Smith</author>, ‘<title>The State</title>’ (<date>1979</date>)");
        assertEquals("title", labelOf(l, "State’"));
    }

    @Test
    void aBracketedRoleClosesTheNamesBeforeIt(@TempDir Path dir) throws IOException {
        TrainingData.Labelled l = one(dir, "<editor>L. E. Brown</editor> (Ed.) (<date>2000</date>). <title>Isokinetics</title>.");
        assertEquals("editor", labelOf(l, "Ed"));
        assertEquals("editor", labelOf(l, "("));
    }

    @Test
    void aVolumeLabelOpensTheVolume(@TempDir Path dir) throws IOException {
        TrainingData.Labelled l = one(dir, "<journal>Org. Synth.</journal> Vol. <volume>5</volume>, <pages>373</pages>");
        assertEquals("volume", labelOf(l, "Vol"));
    }
}

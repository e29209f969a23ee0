package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceModelTest {

    private static SequenceModel model() throws IOException {
        try (InputStream in = SequenceModelTest.class.getResourceAsStream("/org/colophon/citations/tagger.model.gz")) {
            return SequenceModel.read(in);
        }
    }

    private static List<String> heldOutTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = SequenceModelTest.class.getResourceAsStream("/org/colophon/citations/eval/heldout-styles.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) out.add(lines[i].split("\t")[1]);
        }
        return out;
    }

    private static int[] labels(SequenceModel m, String text) {
        return m.decode(CiteToken.of(text, 0, text.length()), CitationParser.byRules(text));
    }

    /** The weights a word's features sum to are remembered by the word: labels with them remembered are labels summed afresh. */
    @Test
    void wordsRememberedGiveTheSameLabelsAsWordsSummedAfresh() throws IOException {
        List<String> texts = heldOutTexts();
        assertTrue(texts.size() > 100);
        SequenceModel warm = model();
        for (String t : texts) labels(warm, t);   // every word now remembered
        for (int k = texts.size() - 1; k >= 0; k -= 10) {   // a model that has met no word before, for each
            String t = texts.get(k);
            assertArrayEquals(labels(model(), t), labels(warm, t), t);
        }
    }

    @Test
    void labelsAPlainCitation() throws IOException {
        SequenceModel m = model();
        assertEquals(16, m.labels().length);
        int[] path = labels(m, "J. Smith, The Book (London: Verso, 1998), p. 12.");
        assertEquals("author", m.label(path[0]));
        assertEquals("place", m.label(path[8]));   // "London"
    }
}

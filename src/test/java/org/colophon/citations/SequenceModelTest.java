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

    /** Every feature of a model's written rows, as (hash, weights). */
    private static List<float[]> rows(SequenceModel m) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        m.write(new java.io.DataOutputStream(bytes));
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        in.readUTF();
        int nl = in.readInt();
        for (int l = 0; l < nl; l++) in.readUTF();
        for (int i = 0; i < (nl + 1) * nl; i++) in.readFloat();
        int nf = in.readInt();
        List<float[]> out = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            in.readLong();
            float[] row = new float[nl];
            for (int l = 0; l < nl; l++) row[l] = in.readFloat();
            out.add(row);
        }
        return out;
    }

    /** The shipped model keeps only features whose weights tell labels apart by {@link SequenceModel#SPREAD} (within a 16-bit step). */
    @Test
    void theShippedModelKeepsOnlyFeaturesThatTellLabelsApart() throws IOException {
        SequenceModel m = model();
        List<float[]> rows = rows(m);
        assertEquals(m.featureCount(), rows.size());
        assertTrue(rows.size() > 10_000, "a model of " + rows.size() + " features");
        for (float[] row : rows) assertTrue(SequenceModel.spread(row) >= SequenceModel.SPREAD - 0.01f, "spread " + SequenceModel.spread(row));
    }

    /** Training drops the features seen too seldom to move a label: what is left tells labels apart. */
    @Test
    void trainingKeepsOnlyFeaturesThatTellLabelsApart() throws IOException {
        List<SequenceModel.Example> data = new ArrayList<>();
        List<String> texts = heldOutTexts();
        for (int k = 0; k < 60; k++) {
            String t = texts.get(k);
            List<CiteToken> toks = CiteToken.of(t, 0, t.length());
            String[] gold = new String[toks.size()];
            for (int i = 0; i < gold.length; i++) gold[i] = toks.get(i).isNumber() ? "pages" : i < 3 ? "author" : "title";
            data.add(SequenceModel.Example.of(toks, CitationParser.byRules(t), gold));
        }
        long distinct = data.stream().flatMap(e -> java.util.Arrays.stream(e.features()))
                .flatMapToLong(java.util.Arrays::stream).distinct().count();
        SequenceModel m = SequenceModel.train(data, 5, 1);
        assertTrue(m.featureCount() > 0 && m.featureCount() < distinct, m.featureCount() + " of " + distinct);
        for (float[] row : rows(m)) assertTrue(SequenceModel.spread(row) >= SequenceModel.SPREAD - 0.01f);
    }
}

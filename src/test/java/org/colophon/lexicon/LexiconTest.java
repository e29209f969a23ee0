package org.colophon.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private final Lexicon en = Lexicon.english();
    private final Lexicon de = Lexicon.german();

    @Test
    void singletonsAndSizes() {
        assertSame(en, Lexicon.english());
        assertSame(de, Lexicon.german());
        assertEquals("en", en.language());
        assertEquals("de", de.language());
        assertTrue(en.size() > 100_000, "en size " + en.size());
        assertTrue(de.size() > 100_000, "de size " + de.size());
    }

    @Test
    void licencesShipWithTheData() throws Exception {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/colophon/lexicon/LICENSES.txt")) {
            assertTrue(in != null, "LICENSES.txt on the classpath");
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("SCOWL"));
            assertTrue(text.contains("SUBTLEX"));
            assertTrue(text.contains("GNU GENERAL PUBLIC LICENSE"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"effort", "first", "significantly", "affairs", "Affairs", "office",
        "officers", "Mansfield", "Geoffrey", "Sheffield", "Mifflin", "a", "metalanguage",
        "the", "I", "O", "don't", "people's", "colour", "color", "analyse", "analyze",
        "difficult", "fluffy", "afflict"})
    void englishRepairTargetsAndCommonWordsAreKnown(String word) {
        assertTrue(en.contains(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eort", "rst", "signicantly", "ocers", "oce", "Aairs", "Manseld",
        "Georey", "Sheeld", "Miin", "ametalanguage", "dicult", "xqzv", "b", "B"})
    void garbageIsUnknown(String word) {
        assertFalse(en.contains(word), word);
        assertEquals(0L, en.count(word), word);
        assertEquals(0.0, en.zipf(word), word);
    }

    @Test
    void caseRules() {
        // capitalised and all-caps forms of lower-case words
        assertTrue(en.contains("Effort"));
        assertTrue(en.contains("EFFORT"));
        assertTrue(en.contains("People's"));
        assertEquals(en.count("effort"), en.count("Effort"));
        assertEquals(en.count("effort"), en.count("EFFORT"));
        // a lower-case word is not known just because a proper name is
        assertTrue(en.contains("Sheffield"));
        assertFalse(en.contains("sheffield"));
        assertEquals(0L, en.count("sheffield"));
        assertTrue(en.contains("SHEFFIELD"));
        // odd mixed case is not normalised
        assertFalse(en.contains("eFFort"));
        assertFalse(en.contains("EFfort"));
        // both spellings listed: the larger count wins for capitalised input
        assertTrue(en.count("Will") >= en.count("will"));
        assertFalse(en.contains(""));
        assertFalse(en.contains(null));
    }

    @Test
    void curlyApostrophes() {
        assertTrue(en.contains("don\u2019t"));
        assertEquals(en.count("don't"), en.count("don\u2019t"));
        assertTrue(en.contains("People\u2019s"));
    }

    @Test
    void frequencies() {
        assertTrue(en.count("effort") > 100, "effort count " + en.count("effort"));
        assertTrue(en.count("effort") > en.count("eort"));
        assertTrue(en.zipf("effort") > en.zipf("eort"));
        assertTrue(en.count("the") > en.count("effort"));
        assertTrue(en.zipf("the") > 7.0 && en.zipf("the") < 8.5, "zipf(the) " + en.zipf("the"));
        assertTrue(en.count("first") > en.count("rst"));
        assertTrue(en.count("office") > en.count("oce"));
        // known but without a corpus count: small positive floor
        assertTrue(en.contains("metalanguage"));
        assertEquals(Lexicon.ZIPF_FLOOR, en.zipf("metalanguage"));
        assertTrue(en.zipf("metalanguage") > 0);
        // word splitting needs both halves of "ametalanguage"
        assertTrue(en.zipf("a") > 6);
    }

    @Test
    void properNames() {
        assertTrue(en.isProperName("Sheffield"));
        assertTrue(en.isProperName("Geoffrey"));
        assertTrue(en.isProperName("Mansfield"));
        assertTrue(en.isProperName("SHEFFIELD"));
        assertFalse(en.isProperName("sheffield"));
        assertFalse(en.isProperName("Effort"));
        assertFalse(en.isProperName("effort"));
        assertFalse(en.isProperName("I"));
        assertFalse(en.isProperName("Bill"), "also a common noun");
        assertFalse(en.isProperName("Sheeld"));
        assertFalse(en.isProperName(null));
    }

    @Test
    void german() {
        for (String w : List.of("Auflage", "Auflagen", "und", "Straße", "Geschichte", "AUFLAGE")) {
            assertTrue(de.contains(w), w);
        }
        for (String w : List.of("Auage", "Auagen", "auflage", "eort")) {
            assertFalse(de.contains(w), w);
        }
        assertEquals(Lexicon.ZIPF_FLOOR, de.zipf("Auflage"));
        assertEquals(0.0, de.zipf("Auage"));
        assertFalse(en.contains("Auflage"), "languages are kept apart");
    }

    @Test
    void dataFilters() {
        assertFalse(en.contains("c"));
        assertFalse(en.contains("1st"));
        assertFalse(en.contains("10th"));
    }

    @Test
    void concurrentUseIsSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                jobs.add(() -> Lexicon.english().contains("effort") && !Lexicon.english().contains("eort")
                    && Lexicon.german().contains("Auflage"));
            }
            for (Future<Boolean> f : pool.invokeAll(jobs)) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void capitalisedEntriesAreToldFromLowerCaseOnes() {
        assertTrue(Lexicon.german().hasCapitalisedEntry("Geschichte"));   // a noun
        assertTrue(Lexicon.german().hasCapitalisedEntry("Hans"));
        org.junit.jupiter.api.Assertions.assertFalse(Lexicon.german().hasCapitalisedEntry("Europäisches"));   // only "europäisches"
        org.junit.jupiter.api.Assertions.assertFalse(Lexicon.english().hasCapitalisedEntry("Because"));   // only "because"
        assertTrue(Lexicon.english().hasCapitalisedEntry("Melvin"));
        org.junit.jupiter.api.Assertions.assertFalse(Lexicon.english().hasCapitalisedEntry("melvin"));   // not capitalised itself
    }
}

package org.colophon.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.colophon.report.Report;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;
import org.colophon.text.PageVocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RepairsTest {

    /** The rest of a page that shows the seed's damage: letters lost with ligatures in common words. */
    private static final String DAMAGED_PAGE = "For the rst time the eort was signicant, and the ocers saw the dierence.";
    /** The rest of a page whose ligatures survived. */
    private static final String CLEAN_PAGE = "For the first time the effort was significant, and the officers saw the difference.";

    private static List<Inline> repair(String line, boolean note) {
        return repair(line, note, DAMAGED_PAGE);
    }

    private static List<Inline> repair(String line, boolean note, String restOfPage) {
        Repairer r = new Repairer(new PageVocabulary(List.of(line)), List.of(line, restOfPage));
        return r.repair(List.of(line), !note, new Report("t"), 1);
    }

    private static long choices(List<Inline> items) {
        return items.stream().filter(i -> i instanceof Inline.Choice).count();
    }

    @ParameterizedTest(name = "{0}: no repair without damage")
    @CsvSource(delimiter = '|', value = {
            "quis custodiet ipsos custodes",
            "as Hertwig showed in his study",
            "the making of the rst draft",
            "a key enne for the entry",
            "verborum and Algorismus in the index"})
    void aPageWithoutDamageIsNeverRepaired(String line) {
        assertEquals(0, choices(repair(line, false, CLEAN_PAGE)), line);
        assertEquals(0, choices(repair(line, true, CLEAN_PAGE)), line);
    }

    @Test
    void aLanguageTheLexiconDoesNotCoverIsNeverRepaired() {
        String french = "Les espaces insécables sont colorés dans les paragraphes, et les options qui suivent ne sont pas";
        Repairer r = new Repairer(new PageVocabulary(List.of(french)), List.of(french, "dans les pages que le paquet traite"));
        assertEquals("fr", r.language());
        assertEquals(0, choices(r.repair(List.of(french), true, new Report("t"), 1)));
    }

    @Test
    void germanDamageIsSeenWithALexiconThatHasNoFrequencies() {
        String page = "Die Öentlichkeit der Schrift wurde in der dritten Auage wiederhergestellt; die Pege der Handbuchseiten";
        Repairer r = new Repairer(new PageVocabulary(List.of(page)), List.of(page));
        assertEquals("de", r.language());
        assertTrue(r.damage().lostLigatures(), r.damage().toString());
        assertTrue(Inlines.reading(r.repair(List.of(page), true, new Report("t"), 1)).contains("Öffentlichkeit"));
    }

    @Test
    void theDamageProfileNeedsMoreThanOneOddWord() {
        Repairer damaged = new Repairer(new PageVocabulary(List.of(DAMAGED_PAGE)), List.of(DAMAGED_PAGE));
        assertTrue(damaged.damage().lostLigatures(), damaged.damage().toString());
        Repairer clean = new Repairer(new PageVocabulary(List.of(CLEAN_PAGE)), List.of(CLEAN_PAGE, "the rst of them"));
        assertFalse(clean.damage().lostLigatures(), clean.damage().toString());
    }

    private static String reading(String line) {
        return Inlines.reading(repair(line, false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "making every eort to use|making every effort to use",
            "Military and Naval Aairs claimed|Military and Naval Affairs claimed",
            "was signicantly enhanced|was significantly enhanced",
            "the rst time how|the first time how",
            "the ocers of the army|the officers of the army",
            "other documents. rst of all|other documents. First of all"})
    void restoresLettersLostWithLigatures(String damaged, String repaired) {
        assertEquals(repaired, reading(damaged));
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "the species of birds",
            "an oat field in summer",
            "parameters 42, b, and x here",
            "Le corbeau et le renard",
            "RGASPI, f. 558, op. 11, d. 45, l. 135.",
            "Kaganovich and Gronskii wrote"})
    void leavesCorrectTextAlone(String text) {
        List<Inline> out = repair(text, false);
        assertEquals(text, Inlines.reading(out));
        assertTrue(out.stream().noneMatch(i -> i instanceof Inline.Choice), out.toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "the tables must t within the margin|the tables must fit within the margin",
            "a list that does not t into one page|a list that does not fit into one page",
            "leaves do not oat around on the page|leaves do not float around on the page",
            "because it species what may follow|because it specifies what may follow",
            "a form necessarily species the fields it holds|a form necessarily specifies the fields it holds",
            "the module predenes a class for it|the module predefines a class for it",
            "To nd “the heading” of each|To find “the heading” of each",
            "other trees which donott within the page|other trees which do not fit within the page"})
    void readsARealWordAsDamagedWhereTheSentenceWantsAVerb(String damaged, String repaired) {
        assertEquals(repaired, reading(damaged));
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "which species the birds prefer",
            "many species the world over",
            "the value t at the end",
            "we can t test the sample",
            "it was not oat but barley",
            "it may be species of moss",
            "they will ask the reader"})
    void aRealWordOutsideAVerbsPlaceStays(String text) {
        assertEquals(text, reading(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "for printed texts, the wordeditionapplies to the set|for printed texts, the word edition applies to the set",
            "the prefix and the identifyingnameassociated with it|the prefix and the identifying name associated with it"})
    void splitsAnItalicTermGluedOnBothSides(String damaged, String repaired) {
        assertEquals(repaired, reading(damaged));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "as in the example above, a poem is named, for examplepoem, heading|as in the example above, a poem is named, for example poem, heading"})
    void twoCommonWordsThePagePrintsOnTheirOwnAreSplit(String damaged, String repaired) {
        assertEquals(repaired, reading(damaged));
    }

    @Test
    void aCompoundTheDocumentPrintsElsewhereStaysWhole() {
        String line = "elements taken from some othernamespace. Related to the use ofnamespaces, as discussed";
        String otherPage = "Each element belongs to a namespace, which the schema declares.";
        Repairer r = new Repairer(new PageVocabulary(List.of(line)), List.of(line, DAMAGED_PAGE),
                new PageVocabulary(List.of(line, DAMAGED_PAGE, otherPage)));
        assertEquals("elements taken from some other namespace. Related to the use of namespaces, as discussed",
                Inlines.reading(r.repair(List.of(line), true, new Report("t"), 1)));
        // without the document's evidence the two short words are two words
        assertEquals("the use of name spaces", reading("the use ofnamespaces"));
    }

    @Test
    void correctionIsRecordedWithItsSource() {
        List<Inline> out = repair("every eort to", false);
        Inline.Choice c = (Inline.Choice) out.stream().filter(i -> i instanceof Inline.Choice).findFirst().orElseThrow();
        assertEquals(Inline.Choice.Kind.CORRECTION, c.kind());
        assertEquals("eort", c.source());
        assertEquals("effort", c.regular());
    }

    @Test
    void looseMacronsAreRecomposedAndDriftedOnesGivenBack() {
        List<Inline> out = repair("Sabur ̄o Hayashi,Kantogun to kyokut ̄ ̄o sorengun(Tokyo: Fuyo shob ̄ o, 1974), 53–54. ̄", true);
        assertEquals("Saburō Hayashi, Kantōgun to kyokutō sorengun (Tokyo: Fuyō shobō, 1974), 53–54.", Inlines.reading(out).strip());
        assertEquals("Sabur ̄o Hayashi,Kantogun to kyokut ̄ ̄o sorengun(Tokyo: Fuyo shob ̄ o, 1974), 53–54. ̄", Inlines.source(out));
    }

    @Test
    void aMarkDrawnOverTheSymbolAfterItIsNoLooseDiacritic() {
        List<Inline> out = repair("if x ̸= y and A ̸⊂ B the proof fails", false, CLEAN_PAGE);
        assertEquals(0, choices(out), "a negated relation as extraction gives it is left as printed");
        assertEquals("if x ̸= y and A ̸⊂ B the proof fails", Inlines.reading(out));
        List<Inline> stacked = repair("double tildes (Ã̃, K̃̃) mark a matrix", false, CLEAN_PAGE);
        assertEquals(0, choices(stacked), "a mark stacked on another is attached");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "the wordmarkuphas been used|the word markup has been used",
            "XML is ametalanguage, that is|XML is a metalanguage, that is",
            "an element isnotthe same|an element is not the same",
            "See recollections by Ivan Gronskii, editor ofIzvestiia: Ivan|See recollections by Ivan Gronskii, editor of Izvestiia: Ivan",
            "Ibsen, Henrik, tr. William Archer.Peer Gynt(1875).|Ibsen, Henrik, tr. William Archer. Peer Gynt (1875).",
            "printed in 1659(ed. by Smith)|printed in 1659 (ed. by Smith)",
            "Philadelphia 1681-1887(1887), p. 138.|Philadelphia 1681-1887 (1887), p. 138.",
            "The journalKavkazwas published in Berlin|The journal Kavkaz was published in Berlin",
            "view of text by Renearet al. in 1990|view of text by Renear et al. in 1990",
            "the parts of a document calledXPath expressions|the parts of a document called XPath expressions",
            "the wordnature is used|the word nature is used",
            "the Japa nese army advanced|the Japanese army advanced"})
    void restoresSpacesLostBesideItalics(String damaged, String repaired) {
        assertEquals(repaired, reading(damaged));
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', value = {
            "Hartwell and Longman published it",
            "about Noam Chomsky",
            "in the journal Statista, 2020",
            "written by MacWhinney and McCartney",
            "the value 1,421 and p.60 and U.S. policy",
            "see www.tei-c.org/index.html for details",
            "a namespace and a traceback and a stylesheet",
            "Noms, dates, personnes et lieux",
            "the licensor may offer it",
            "attributes such as listLike and placeNamePart",
            "the Human Rights Act 1998, s 3(1) and Art. 6(1)(a)"})
    void doesNotSplitWordsThatAreWhole(String text) {
        assertEquals(text, reading(text));
    }

    @Test
    void ligaturesRankByFrequencyAndFlagDoubt() {
        Ligatures l = new Ligatures(new WordJudge(org.colophon.lexicon.Lexicon.english(), new PageVocabulary(List.of())));
        Ligatures.Candidate c = l.restore("eort");
        assertEquals("effort", c.word());
        assertFalse(c.lowCertainty());
        assertNull(l.restore("Hayashi"));
    }
}

package org.colophon.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.ingest.TextPageReader;
import org.junit.jupiter.api.Test;

class FidelityCheckTest {

    private static FidelityCheck.Result convertAndCheck(String page) throws Exception {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        Colophon.Conversion c = new Colophon().convert("p.txt", bytes);
        return FidelityCheck.check(new TextPageReader().read("p.txt", bytes), "p.tei.xml", c.tei());
    }

    @Test
    void aCaretCallGluedToTheNextWordIsACallAndAWord() throws Exception {
        // found by fuzzing: "^28o" was looked for as the word "28o", though call 28 and "o" were both kept
        FidelityCheck.Result r = convertAndCheck("The treaty was signed ^28o. And then the army moved east.\n\n28 Ibid., 4.\n");
        assertEquals(List.of(), r.missing());
    }

    @Test
    void aSuperscriptCallGluedToTheNextWordIsACallAndAWord() throws Exception {
        FidelityCheck.Result r = convertAndCheck("The treaty was signed.⁷Even then the army moved east.\n\n7 Ibid., 4.\n");
        assertTrue(r.passed(), r.missing()::toString);
    }

    @Test
    void aWordChangedInTheTeiIsNamed() throws Exception {
        byte[] bytes = "A page of text.\n\nAnd a second paragraph.\n".getBytes(StandardCharsets.UTF_8);
        String tei = new Colophon().convert("p.txt", bytes).tei().replace("second", "2nd");
        FidelityCheck.Result r = FidelityCheck.check(new TextPageReader().read("p.txt", bytes), "p.tei.xml", tei);
        assertEquals(List.of(new FidelityCheck.Missing(3, "second")), r.missing());
    }
}

package org.colophon.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FuzzLogTest {
    /** As Jazzer 0.24 and its libFuzzer print a run (shortened). */
    private static final List<String> RUN = List.of(
            "INFO: Instrumented org.colophon.Colophon (took 12 ms, size +20%)",
            "INFO: Seed: 20261127",
            "#2\tINITED cov: 10 ft: 10 corp: 1/1b exec/s: 0 rss: 300Mb",
            "#1024\tpulse  cov: 2345 ft: 6000 corp: 300/12Kb lim: 100 exec/s: 120 rss: 420Mb",
            "#4998\tNEW    cov: 3021 ft: 7500 corp: 412/30Kb lim: 400 exec/s: 121 rss: 430Mb L: 12/400 MS: 1 ChangeByte-",
            "#5000\tDONE   cov: 3021 ft: 7502 corp: 412/30Kb lim: 400 exec/s: 121 rss: 430Mb",
            "Done 5000 runs in 41 second(s)");

    @Test
    void aFinishedRunIsOneLine() {
        assertEquals("ConvertFuzzTest: fuzzed 5,000 inputs in 41 s, seed 20261127, coverage 3,021 edges, corpus 412 inputs, no findings",
                new FuzzLog(RUN).summary("ConvertFuzzTest"));
        assertEquals(OptionalInt.of(5000), new FuzzLog(RUN).runs());
    }

    @Test
    void theTestsJUnitPassedAreCounted() {
        assertEquals(9, new FuzzLog(List.of("INFO: Instrumented x", "FuzzMain: 9 tests succeeded, 0 failed")).testsSucceeded());
        assertEquals(0, new FuzzLog(RUN).testsSucceeded());
    }

    @Test
    void aRunThatDidNotFinishHasNoSummary() {
        FuzzLog log = new FuzzLog(RUN.subList(0, 4));
        assertEquals(OptionalInt.empty(), log.runs());
        assertThrows(IllegalStateException.class, () -> log.summary("ConvertFuzzTest"));
    }

    @Test
    void aFindingIsReportedFromJazzersMarkerOn() {
        List<String> lines = new java.util.ArrayList<>(RUN.subList(0, 4));
        lines.addAll(List.of("== Java Exception: org.opentest4j.AssertionFailedError: invalid TEI",
                "\tat org.colophon.fuzz.ConvertFuzzTest.everyInputGivesValidTeiOrACleanError(ConvertFuzzTest.java:39)",
                "Crashing input: 0x41"));
        String finding = new FuzzLog(lines).finding();
        assertTrue(finding.startsWith("== Java Exception: org.opentest4j.AssertionFailedError: invalid TEI"), finding);
        assertTrue(finding.endsWith("Crashing input: 0x41"), finding);
        assertTrue(!finding.contains("pulse"), finding);
    }

    @Test
    void aFindingInJUnitModeIsReportedFromLibFuzzersToken() {
        List<String> lines = new java.util.ArrayList<>(RUN.subList(0, 4));
        lines.addAll(List.of("DEDUP_TOKEN: 7008578382ad36c4", "artifact_prefix='x/'; Test unit written to x/crash-da39",
                "Done 1 runs in 0 second(s)", "", "Failures (1):", "  JUnit Jupiter:ConvertFuzzTest:everyInputGivesValidTeiOrACleanError"));
        String finding = new FuzzLog(lines).finding();
        assertTrue(finding.startsWith("DEDUP_TOKEN:") && finding.contains("Test unit written to x/crash-da39")
                && finding.endsWith("everyInputGivesValidTeiOrACleanError"), finding);
    }

    @Test
    void aFailureWithoutAMarkedFindingShowsTheEndOfTheLog() {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) lines.add("line " + i);
        String tail = new FuzzLog(lines).finding();
        assertTrue(tail.startsWith("line 120\n") && tail.endsWith("line 199"), tail);
    }
}

package org.colophon.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.colophon.Colophon;
import org.junit.jupiter.api.Test;

class ReportLinesTest {

    @Test
    void aDoubtfulRepairIsReportedOnTheLineOfItsWord() throws Exception {
        String page = "For the rst time the eort was signicant, and the ocers saw the dierence in\n"
                + "the way the reports were written and filed by the staff of the ministry at\n"
                + "the time, as they dene it in the records of the ministry of war itself.\n";
        String report = new Colophon().convert("p.txt", page.getBytes(StandardCharsets.UTF_8)).report().toText();
        assertTrue(report.contains("p.txt:3: ") && report.contains("dene"), report);
    }
}

package org.colophon.cli;

import java.io.IOException;
import java.util.List;
import org.colophon.Colophon;
import org.colophon.layout.RunEvidence;

/**
 * The pages of one run read once for what they show together (running lines that recur across
 * pages) before each is converted. Only the first and last lines of each page are kept.
 */
final class RunPages {
    private RunPages() {}

    static RunEvidence evidence(Colophon colophon, List<String> pages) {
        if (pages.size() < 2) return RunEvidence.NONE;
        Colophon.RunEvidenceCollector collector = colophon.evidence();
        for (String page : pages) {
            if (page.equals("-") || page.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) continue;
            try {
                collector.add(page, PageInput.readPage(page));
            } catch (IOException e) {
                // named when the page itself is converted
            }
        }
        return collector.build();
    }
}

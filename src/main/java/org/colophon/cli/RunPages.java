package org.colophon.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.Colophon;
import org.colophon.layout.PageNames;
import org.colophon.layout.RunEvidence;

/**
 * The pages of each run read once for what they show together (running lines that recur across
 * pages) before each is converted. Pages given together may come from several books: a run is
 * the pages of one folder whose names differ only in their page number ("book-p012.txt",
 * "book-p013.txt"; "kap3_s45.txt"); pages whose names carry no number form one run per folder.
 */
final class RunPages {
    private RunPages() {}

    /** For each page, the evidence of its run ({@link RunEvidence#NONE} for a page alone). */
    static Map<String, RunEvidence> evidence(Colophon colophon, List<String> pages) {
        Map<String, List<String>> runs = new LinkedHashMap<>();
        for (String page : pages) {
            if (page.equals("-") || page.toLowerCase(Locale.ROOT).endsWith(".pdf")) continue;
            runs.computeIfAbsent(PageNames.run(page), k -> new java.util.ArrayList<>()).add(page);
        }
        Map<String, RunEvidence> evidence = new HashMap<>();
        for (List<String> run : runs.values()) {
            if (run.size() < 2) continue;
            Colophon.RunEvidenceCollector collector = colophon.evidence();
            for (String page : run) {
                try {
                    collector.add(page, PageInput.readPage(page));
                } catch (IOException e) {
                    // named when the page itself is converted
                }
            }
            RunEvidence built = collector.build();
            for (String page : run) evidence.put(page, built);
        }
        return evidence;
    }

    /** The evidence for one page out of {@link #evidence}. */
    static RunEvidence of(Map<String, RunEvidence> evidence, String page) {
        return evidence.getOrDefault(page, RunEvidence.NONE);
    }

    /** The run a page belongs to (see {@link PageNames#run}). */
    static String runOf(String page) {
        return PageNames.run(page);
    }
}

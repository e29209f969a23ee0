package org.colophon.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.Colophon;
import org.colophon.layout.RunEvidence;

/**
 * The pages of each run read once for what they show together (running lines that recur across
 * pages) before each is converted. Pages given together may come from several books: a run is
 * the pages of one folder whose names differ only in their page number ("book-p012.txt",
 * "book-p013.txt"; "kap3_s45.txt"); pages whose names carry no number form one run per folder.
 */
final class RunPages {
    /** A page number at the end of a file's name, with what introduces it ("-p012", "_s45", " 7"). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(.*?)[-_. ]*(?:p|pp|page|s|seite)?[-_. ]*\\d+$");

    private RunPages() {}

    /** For each page, the evidence of its run ({@link RunEvidence#NONE} for a page alone). */
    static Map<String, RunEvidence> evidence(Colophon colophon, List<String> pages) {
        Map<String, List<String>> runs = new LinkedHashMap<>();
        for (String page : pages) {
            if (page.equals("-") || page.toLowerCase(Locale.ROOT).endsWith(".pdf")) continue;
            runs.computeIfAbsent(runOf(page), k -> new java.util.ArrayList<>()).add(page);
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

    /** The run a page belongs to: its folder and its name without the page number. */
    static String runOf(String page) {
        Path p = Path.of(page);
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        Matcher m = PAGE_NUMBER.matcher(name.toLowerCase(Locale.ROOT));
        String stem = m.matches() ? m.group(1) : "\u0000";        // no page number: one run with the folder's other such pages
        Path dir = p.toAbsolutePath().getParent();
        return (dir == null ? "" : dir.toString()) + "/" + stem;
    }
}

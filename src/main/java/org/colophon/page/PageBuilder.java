package org.colophon.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;
import org.colophon.layout.Block;
import org.colophon.layout.NoteSource;
import org.colophon.layout.PageLayout;
import org.colophon.repair.Repairer;
import org.colophon.report.Report;
import org.colophon.text.Inline;
import org.colophon.text.PageVocabulary;

/**
 * Builds the page model from the layout: repairs the running head, every body block and every
 * note, gives notes their page-qualified ids and reports calls and notes that do not match.
 */
public final class PageBuilder {

    public PageModel build(PageSource source, PageLayout layout, Report report) {
        return build(source, layout, report, PageVocabulary.EMPTY);
    }

    /** @param document the words the other pages of the document print (see {@link org.colophon.layout.RunEvidence#vocabulary()}) */
    public PageModel build(PageSource source, PageLayout layout, Report report, PageVocabulary document) {
        List<String> all = new ArrayList<>();
        for (Block b : layout.body()) for (SourceLine l : b.lines()) all.add(l.text());
        for (NoteSource n : layout.notes()) {
            for (SourceLine l : n.lines()) all.add(l.text());   // the number keeps the first word from looking like a line start
        }
        if (layout.runningHead() != null && layout.runningHead().title() != null) all.add(layout.runningHead().title());
        Repairer repairer = new Repairer(new PageVocabulary(all), all, document);

        String folio = layout.runningHead() == null ? null : layout.runningHead().folio();
        String idPrefix = "n" + (folio != null ? folio : idSafe(source.stem()));
        List<Inline> head = null;
        if (layout.runningHead() != null && layout.runningHead().title() != null) {
            head = repairer.repair(List.of(layout.runningHead().title()), false, report, layout.runningHead().line().number());
        }

        List<PageModel.BodyBlock> blocks = new ArrayList<>();
        Set<String> calls = new HashSet<>();
        for (Block b : layout.body()) {
            List<String> lines = b.lines().stream().map(SourceLine::text).toList();
            List<Inline> content = repairer.repair(lines, true, report, b.lines().stream().mapToInt(SourceLine::number).toArray());
            for (Inline i : content) if (i instanceof Inline.Call c) calls.add(c.n());
            blocks.add(new PageModel.BodyBlock(b.kind(), b.number(), content));
        }
        if (blocks.isEmpty()) report.add(Report.Kind.NO_BODY, 0, "the page has no body text");

        Map<String, PageModel.FootNote> notes = new LinkedHashMap<>();
        List<PageModel.FootNote> ordered = new ArrayList<>();
        String lastN = null;
        for (NoteSource n : layout.notes()) {
            List<String> lines = new ArrayList<>();
            lines.add(n.firstLine());
            for (int i = 1; i < n.lines().size(); i++) lines.add(n.lines().get(i).text());
            int line = n.lines().get(0).number();
            List<Inline> content = repairer.repair(lines, false, report, n.lines().stream().mapToInt(SourceLine::number).toArray());
            String id = idPrefix + "-" + (n.continued() ? "c" : idPart(n.n()));
            String lang = repairer.languageOf(lines);
            PageModel.FootNote note = new PageModel.FootNote(n.n(), id, content, line,
                    lang.equals(repairer.language()) ? null : lang);
            report.countNote();
            if (n.continued()) {
                report.add(Report.Kind.CONTINUED_NOTE, line, "an unnumbered note at the top of the note block; kept at the start of the page");
            } else if (!calls.contains(n.n())) {
                report.add(Report.Kind.NOTE_WITHOUT_CALL, line, "note " + n.n() + " has no call in the text; kept at the end of the page");
            }
            if (n.n() != null) {
                if (lastN != null && n.n().matches("\\d{1,9}") && lastN.matches("\\d{1,9}")
                        && Integer.parseInt(n.n()) != Integer.parseInt(lastN) + 1) {
                    report.add(Report.Kind.NOTE_OUT_OF_SEQUENCE, line, "note " + n.n() + " follows note " + lastN
                            + "; kept with the number printed (type=\"out-of-sequence\")");
                }
                lastN = n.n();
                notes.put(n.n(), note);
            }
            ordered.add(note);
        }
        for (PageModel.BodyBlock b : blocks) {
            for (Inline i : b.content()) {
                if (i instanceof Inline.Call c && !notes.containsKey(c.n())) {
                    report.add(Report.Kind.CALL_WITHOUT_NOTE, 0, "call " + c.n() + " has no note on this page; kept as a superscript");
                }
            }
        }
        return new PageModel(source.name(), idPrefix, layout.sourceTitle(), layout.furniture(), folio,
                layout.runningHead() != null && layout.runningHead().folioFirst(), head,
                layout.runningHead() == null ? null : layout.runningHead().separator(), blocks, ordered, repairer.language());
    }

    /** A note's number as part of an id: digits as they are, a symbol by name ("*" → "ast1"). */
    static String idPart(String n) {
        if (n.chars().allMatch(Character::isLetterOrDigit)) return n;
        String names = "ast dag ddag sect para par";
        String symbols = "*†‡§¶‖";
        int k = symbols.indexOf(n.charAt(0));
        return (k >= 0 ? names.split(" ")[k] : "sym") + n.length();
    }

    static String idSafe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return t.isEmpty() ? "page" : t;
    }
}

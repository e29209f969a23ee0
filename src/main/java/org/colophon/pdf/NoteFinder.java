package org.colophon.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The note block of each column: the lines at its foot set smaller than the body. Within it a
 * note begins at a line whose label is raised, or is a number that a raised call in the body
 * carries, or follows the note before in sequence; lines before the first label are the end of
 * a note begun on the previous page when the block stands apart from the body above.
 */
final class NoteFinder {
    private static final float SMALLER = 0.92f;

    /** A footnote as found: its label (null when continued from the previous page), its lines and its first line's text without the label. */
    record Note(String n, List<TextLine> lines, String firstText) {}

    private NoteFinder() {}

    /** The notes in the lines (reading order, margins removed); {@code lines} keeps only the body lines afterwards. */
    static List<Note> find(List<TextLine> lines, PageGeometry g) {
        List<List<TextLine>> runs = new ArrayList<>();
        List<TextLine> rest = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).column() == lines.get(i).column()) j++;
            int start = j;
            while (start > i && lines.get(start - 1).size() < SMALLER * g.bodySize()) start--;
            rest.addAll(lines.subList(i, start));
            runs.add(new ArrayList<>(lines.subList(start, j)));
            i = j;
        }
        Set<String> raised = Calls.candidates(rest);
        List<Note> notes = new ArrayList<>();
        List<TextLine> body = new ArrayList<>();
        int r = 0;
        i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).column() == lines.get(i).column()) j++;
            List<TextLine> run = runs.get(r++);
            List<TextLine> above = lines.subList(i, j - run.size());
            body.addAll(above);
            body.addAll(notes(run, above.isEmpty() ? null : above.get(above.size() - 1), g, raised, notes));
            i = j;
        }
        lines.clear();
        lines.addAll(body);
        return notes;
    }

    /** Adds the run's notes; returns the run's lines that are body after all. */
    private static List<TextLine> notes(List<TextLine> run, TextLine above, PageGeometry g, Set<String> raised, List<Note> out) {
        if (run.isEmpty()) return List.of();
        int first = -1;
        Integer last = null;
        List<Integer> starts = new ArrayList<>();
        List<NoteLabel> labels = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            NoteLabel label = NoteLabel.of(run.get(k));
            if (label == null) continue;
            boolean inSequence = last != null && label.n().matches("\\d+") && Integer.parseInt(label.n()) == last + 1;
            if (label.raised() || raised.contains(label.n()) || inSequence) {
                starts.add(k);
                labels.add(label);
                if (first < 0) first = k;
                if (label.n().matches("\\d+")) last = Integer.parseInt(label.n());
            }
        }
        float gap = above == null ? Float.MAX_VALUE : run.get(0).baseline() - above.baseline();
        if (first < 0) {
            if (!symbol(run.get(0)) && gap >= 2f * g.pitch() && run.get(0).size() <= 0.85f * g.bodySize()) {
                out.add(new Note(null, run, run.get(0).text()));
                return List.of();
            }
            return run;
        }
        List<TextLine> body = new ArrayList<>();
        if (first > 0) {
            List<TextLine> lead = run.subList(0, first);
            boolean continued = gap >= 1.5f * g.pitch() && Math.abs(lead.get(0).size() - run.get(first).size()) <= 0.3f
                    && !symbol(lead.get(0)) && alignedWith(lead, run.subList(first, run.size()));
            if (continued) out.add(new Note(null, lead, lead.get(0).text()));
            else body.addAll(lead);
        }
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            int to = s + 1 < starts.size() ? starts.get(s + 1) : run.size();
            out.add(new Note(labels.get(s).n(), run.subList(from, to), labels.get(s).rest()));
        }
        return body;
    }

    /** A line that opens with a note symbol (*, †, ‡): a symbol note, not a continued one. */
    private static boolean symbol(TextLine line) {
        return "*†‡∗".indexOf(line.words().get(0).text().charAt(0)) >= 0;
    }

    /**
     * The rest of a note carried over from the previous page is set as the notes below it are:
     * none of its lines starts to the right of every line of those notes (lines indented
     * further, as an example set in small type, are not a note's rest).
     */
    private static boolean alignedWith(List<TextLine> lead, List<TextLine> notes) {
        float notesLeft = -Float.MAX_VALUE;
        for (TextLine l : notes) notesLeft = Math.max(notesLeft, textLeft(l));
        float leadLeft = Float.MAX_VALUE;
        for (TextLine l : lead) leadLeft = Math.min(leadLeft, l.x0());
        return leadLeft <= notesLeft + 0.5f * lead.get(0).size();
    }

    /** Where a note line's text begins: after its label, when it has one. */
    private static float textLeft(TextLine l) {
        if (NoteLabel.of(l) == null) return l.x0();
        List<Word> w = l.words();
        for (int k = 1; k < w.size(); k++) {
            if (w.get(k).spaceBefore() || w.get(0).raised() && !w.get(k).raised()) return w.get(k).x0();
        }
        return l.x0();
    }

    /** The labels of the notes found. */
    static Set<String> labels(List<Note> notes) {
        Set<String> out = new HashSet<>();
        for (Note n : notes) if (n.n() != null) out.add(n.n());
        return out;
    }
}

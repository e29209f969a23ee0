package org.colophon.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a conversion could not settle by itself, for the editor to look at. Not thread-safe. */
public final class Report {

    public enum Kind {
        CALL_WITHOUT_NOTE("call without note"),
        NOTE_WITHOUT_CALL("note without call"),
        NOTE_OUT_OF_SEQUENCE("note out of sequence"),
        CONTINUED_NOTE("note continued from the previous page"),
        LOW_CONFIDENCE("low-confidence repair"),
        UNCLASSIFIED("line not classified"),
        NO_BODY("no body text");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** One finding; {@code line} is the 1-based input line, 0 when none applies. */
    public record Entry(Kind kind, int line, String message) {}

    private final String source;
    private final List<Entry> entries = new ArrayList<>();
    private int repairs;
    private int notes;

    public Report(String source) {
        this.source = source;
    }

    /** The pages' reports as one, for a document made of several page files: each finding keeps its file and line. */
    public static Report combined(String source, List<Report> pages) {
        Report r = new Report(source);
        r.parts.addAll(pages);
        for (Report p : pages) {
            r.repairs += p.repairs;
            r.notes += p.notes;
        }
        return r;
    }

    private final List<Report> parts = new ArrayList<>();

    public void add(Kind kind, int line, String message) {
        entries.add(new Entry(kind, line, message));
    }

    public void countRepair() { repairs++; }

    public void countNote() { notes++; }

    public String source() { return source; }

    public List<Entry> entries() { return Collections.unmodifiableList(entries); }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count() + parts.stream().mapToLong(p -> p.count(kind)).sum();
    }

    /** One line per finding: {@code FILE:LINE: kind: message}. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(source);
            if (e.line() > 0) sb.append(':').append(e.line());
            sb.append(": ").append(e.kind().label()).append(": ").append(e.message()).append('\n');
        }
        for (Report p : parts) sb.append(p.toText());
        return sb.toString();
    }

    /** A one-line summary for stderr. */
    public String summary() {
        return String.format("%s: %d notes, %d repairs (%d low-confidence), %d calls without notes, %d notes without calls, %d unclassified lines",
                source, notes, repairs, count(Kind.LOW_CONFIDENCE), count(Kind.CALL_WITHOUT_NOTE),
                count(Kind.NOTE_WITHOUT_CALL), count(Kind.UNCLASSIFIED));
    }
}

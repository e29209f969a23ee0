package org.colophon.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;

/**
 * What the pages of one run show together: the lines at the top and foot of a page that recur
 * on other pages of the run with only their number changed, a different number on every page ("58 Authority and the Modern
 * State", "Authority and the Modern State 59"). A running head or foot is such a line; a
 * heading, a caption or a line of text is not.
 */
public final class RunEvidence {
    /** No other pages: each page is judged alone. */
    public static final RunEvidence NONE = new Builder().build();

    /** The places of a page where a running line stands: its first three lines, and its last (-1). */
    static final int[] PLACES = {0, 1, 2, -1};

    /** Lines from the top and from the foot of a page that may be running lines. */
    static final int TOP = 4;
    static final int FOOT = 3;

    private final Set<String> repeated;
    /** Lines printed word for word on two pages or more where running lines stand (see {@link Builder#add}). */
    private final Set<String> running;
    /** Lone numbers beside those lines that stay the same from page to page: a chapter's number, no folio. */
    private final Set<String> constant;
    private final org.colophon.text.PageVocabulary vocabulary;
    /** Places ({@link #PLACES}) where most pages of the run print a line with a number at one end, a different one on each page. */
    private final Set<Integer> numbered;
    /** Running lines that stood beside a lone number (their folio) on two pages or more. */
    private final Set<String> withNumber;
    /** Pages that follow a page whose last note breaks off. */
    private final Set<String> continuing;

    private RunEvidence(Set<String> repeated, Set<String> running, Set<String> constant, org.colophon.text.PageVocabulary vocabulary,
            Set<Integer> numbered, Set<String> withNumber, Set<String> continuing) {
        this.repeated = repeated;
        this.running = running;
        this.constant = constant;
        this.vocabulary = vocabulary;
        this.numbered = numbered;
        this.withNumber = withNumber;
        this.continuing = continuing;
    }

    /** The words the run's pages print, all pages together: the document's own vocabulary. */
    public org.colophon.text.PageVocabulary vocabulary() {
        return vocabulary;
    }

    /** Collects the top and foot lines of the run's pages, one page at a time. */
    public static final class Builder {
        /** For each shape, the numbers it was printed with, one entry per page. */
        private final Map<String, List<String>> numbers = new HashMap<>();
        /** For each line that may be a running line, the pages it stood on where running lines stand. */
        private final Map<String, Integer> placed = new HashMap<>();
        /** For each lone number beside such a line, the pages it stood on. */
        private final Map<String, Integer> beside = new HashMap<>();
        /** For each such line, the pages where a lone number stood beside it. */
        private final Map<String, Integer> withNumber = new HashMap<>();

        private final List<String> words = new ArrayList<>();
        /** For each place a running line may stand (top lines 0–2, -1 the last line), the pages with a numbered line there. */
        private final Map<Integer, List<String>> numberedAt = new HashMap<>();
        /** The pages in the order given, and those whose last note breaks off at the foot. */
        private final List<String> order = new ArrayList<>();
        private final Map<String, String> openNote = new HashMap<>();     // page → its last line

        public synchronized Builder add(PageSource page) {
            List<SourceLine> lines = page.lines();
            for (SourceLine l : lines) words.add(l.text());
            order.add(page.name());
            String open = endsInOpenNote(lines);
            if (open != null) openNote.put(page.name(), open);
            for (int at : PLACES) {
                int i = at < 0 ? lines.size() - 1 : at;
                RunningLines.Numbered numbered = i >= 0 && i < lines.size() ? RunningLines.numberedLine(text(lines.get(i))) : null;
                if (numbered != null) numberedAt.computeIfAbsent(at, k -> new ArrayList<>()).add(numbered.folio());
            }
            java.util.Set<String> here = new java.util.HashSet<>();
            java.util.Set<String> numbersHere = new java.util.HashSet<>();
            java.util.Set<String> numberedHere = new java.util.HashSet<>();
            boolean contents = contentsLike(lines);
            for (int i = 0; i < lines.size() && !contents; i++) {
                String t = text(lines.get(i));
                if (!mayRun(t) || !whereRunningLinesStand(lines, i)) continue;
                here.add(t);
                if (loneNumber(lines, i - 1) || loneNumber(lines, i + 1)) numberedHere.add(t);
                for (int step : new int[] {-1, 1}) {
                    for (int j = i + step; loneNumber(lines, j); j += step) numbersHere.add(text(lines.get(j)));
                }
            }
            here.forEach(t -> placed.merge(t, 1, Integer::sum));
            numberedHere.forEach(t -> withNumber.merge(t, 1, Integer::sum));
            numbersHere.forEach(t -> beside.merge(t, 1, Integer::sum));
            Map<String, String> shapes = new HashMap<>();
            for (int i = 0; i < Math.min(TOP, lines.size()); i++) shapes.put(shape(lines.get(i).text()), numbersOf(lines.get(i).text()));
            for (int i = Math.max(0, lines.size() - FOOT); i < lines.size(); i++) shapes.put(shape(lines.get(i).text()), numbersOf(lines.get(i).text()));
            shapes.forEach((s, n) -> {
                if (s.chars().anyMatch(Character::isLetter) && !n.isEmpty()) numbers.computeIfAbsent(s, k -> new ArrayList<>()).add(n);
            });
            return this;
        }

        /**
         * The run's running lines with a folio: shapes on two pages or more whose number differs
         * on every page (a chapter number or a date that stays the same is no folio).
         */
        public synchronized RunEvidence build() {
            return new RunEvidence(numbers.entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2 && new java.util.HashSet<>(e.getValue()).size() == e.getValue().size())
                    .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()),
                    atLeastTwice(placed), atLeastTwice(beside), new org.colophon.text.PageVocabulary(words),
                    numberedAt.entrySet().stream().filter(e -> e.getValue().size() >= 2 && e.getValue().size() * 2 >= order.size()
                                    && new java.util.HashSet<>(e.getValue()).size() == e.getValue().size())   // a folio changes
                            .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()),
                    atLeastTwice(withNumber), continuing());
        }

        /** The pages whose page before ends in a note that breaks off. */
        private Set<String> continuing() {
            Set<String> out = new java.util.HashSet<>();
            Set<String> running = atLeastTwice(placed);
            for (int i = 1; i < order.size(); i++) {
                String last = openNote.get(order.get(i - 1));
                if (last != null && !running.contains(last) && PageNames.consecutive(order.get(i - 1), order.get(i))) out.add(order.get(i));
            }
            return out;
        }

        private static Set<String> atLeastTwice(Map<String, Integer> pages) {
            return pages.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * A line that may be a running line printed word for word on every page ("TUGboat, Volume 12
     * (1991), No. 3", a draft's time stamp, a book's title in capitals): letters, no sentence end,
     * not long. It counts where running lines stand: among the first or last lines of the page, or
     * beside a lone number (a folio the extraction set apart from the body, even in mid-page).
     */
    static boolean mayRun(String t) {
        return t.length() >= 8 && t.length() <= 70 && t.chars().filter(Character::isLetter).count() >= 3
                && ".,;:!?".indexOf(t.charAt(t.length() - 1)) < 0 && t.indexOf('{') < 0 && t.indexOf('\\') < 0;
    }

    /** Whether line i stands where running lines stand: among the first or last lines, or beside a lone number. */
    static boolean whereRunningLinesStand(List<SourceLine> lines, int i) {
        return i < TOP || i >= lines.size() - FOOT || loneNumber(lines, i - 1) || loneNumber(lines, i + 1);
    }

    /**
     * A contents page, or a list of figures, as reading order gives it: titles beside their page
     * numbers, which look like running lines beside a folio. Dot leaders on two lines, or five
     * lone numbers each after a line of words.
     */
    static boolean contentsLike(List<SourceLine> lines) {
        int leaders = 0;
        int entries = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.contains(". . .") || t.contains("....")) leaders++;
            if (i > 0 && t.strip().matches("\\d{1,4}") && lines.get(i - 1).text().chars().anyMatch(Character::isLetter)) entries++;
        }
        return leaders >= 2 || entries >= 5;
    }

    static String text(SourceLine l) {
        return normal(l.text());
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A line's text as the run compares it: trimmed, runs of spaces one space. */
    static String normal(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ");
    }

    static boolean loneNumber(List<SourceLine> lines, int i) {
        return i >= 0 && i < lines.size() && RunningLines.FOLIO.matcher(text(lines.get(i))).matches();
    }

    /** Whether the line is printed word for word where running lines stand on two pages of the run or more. */
    public boolean runs(String line) {
        return !running.isEmpty() && running.contains(normal(line));
    }

    /**
     * Whether most pages of the run, two at least, print a short line with a number at one end
     * at this place (0–2 from the top, -1 the last line): "1.2 History 13", "40 7 Apparatus …",
     * "groupe 71" — running lines whose titles change with the section.
     */
    public boolean numberedAt(int place) {
        return numbered.contains(place);
    }

    /**
     * Whether the running line stood beside a lone number on two pages or more: where it stands
     * alone at the top of another page, without its folio, it is that page's heading (a chapter's
     * title on its opening page).
     */
    public boolean printedWithItsNumber(String line) {
        return withNumber.contains(normal(line));
    }

    /** Whether the page before this one (in the run's order) ends in a footnote that breaks off in mid-sentence. */
    public boolean followsAnOpenNote(String page) {
        return continuing.contains(page);
    }

    /**
     * The last line of a page whose last footnote breaks off, or null: the page has a note block,
     * and its last line (a folio aside) ends in a word, a comma or a semicolon, not in an address.
     */
    static String endsInOpenNote(List<SourceLine> lines) {
        int last = lines.size() - 1;
        while (last > 0 && loneNumber(lines, last)) last--;
        if (last <= 0) return null;
        PlainNotes.Result notes = PlainNotes.find(lines.subList(0, last + 1));
        if (notes == null || notes.notes().isEmpty()) return null;
        String t = text(lines.get(last));
        // a short line is a running foot more likely ("8 Querverweise"); an address ends without a stop
        return t.length() >= 25 && !t.contains("://") && !t.contains("www.") && t.matches(".*(?:\\p{L}{2}|[;,])") ? t : null;
    }

    /** Whether a lone number stood beside such lines on two pages or more: a chapter's number, not a folio. */
    public boolean constant(String number) {
        return constant.contains(number.strip());
    }

    private static String numbersOf(String line) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\b[ivxlcdm]+\\b").matcher(line.toLowerCase(Locale.ROOT));
        while (m.find()) sb.append(m.group()).append(' ');
        return sb.toString();
    }

    /** A line's shape: its numbers as "#", case and spacing folded. */
    static String shape(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+|\\b[ivxlcdm]+\\b", "#").replaceAll("\\s+", " ").strip();
    }

    /** Whether a line recurs, numbers aside, at the top or foot of another page of the run. */
    public boolean repeats(String line) {
        return !repeated.isEmpty() && repeated.contains(shape(line));
    }
}

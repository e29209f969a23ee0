package org.colophon.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.ingest.PageSource;
import org.colophon.ingest.SourceLine;
import org.colophon.text.Superscripts;

/**
 * Splits a page's lines into furniture, running head, body blocks and the note block.
 * Works on every spacing the extraction produces (two blank lines after each line, one, none):
 * decisions rest on the text of the lines and on the footnote calls, not on blank lines.
 */
public final class LayoutAnalyzer {

    private static final String SEP = "(?:Ë|\\||•|·|\u25AA|\u25A0|\u2219|\u2022|\u2014|\u2013)";
    private static final Pattern HEAD_FOLIO_FIRST = Pattern.compile("^(\\d{1,4})\\s+" + SEP + "\\s+(\\S.*)$");
    private static final Pattern HEAD_FOLIO_LAST = Pattern.compile("^(\\S.*?)\\s+" + SEP + "\\s+(\\d{1,4})$");
    private static final Pattern CHAPTER_OPENING = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}[^.;,]{1,90})$");
    private static final Pattern SECTION_HEAD = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,3}){1,5})\\.?\\s+(\\p{Lu}.{0,90})$");
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:Fig\\.|Figure|Table|Map|Plate|Illustration|Abb\\.|Tab\\.)\\s*(\\d+(?:[.\\-–]\\d+)*)[.:]?\\s+\\S.*$");
    private static final Pattern BARE_FOLIO = Pattern.compile("\\d{1,4}");
    /** A note's first line: its number in plain digits and a space, or in superscript digits ("¹ Ibid."). */
    private static final Pattern NOTE_START = Pattern.compile("^(?:([1-9]\\d{0,2})\\s+|([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})\\s*)(\\S.*)$");

    public PageLayout analyze(PageSource page) {
        return analyze(page, RunEvidence.NONE);
    }

    /** As {@link #analyze(PageSource)}, with what the other pages of the run show (running lines that recur). */
    public PageLayout analyze(PageSource page, RunEvidence run) {
        List<SourceLine> lines = new ArrayList<>(page.lines());
        List<SourceLine> furniture = new ArrayList<>();
        String sourceTitle = null;

        // Site furniture at the top: a title line followed, within the first lines, by a furniture line.
        int top = -1;
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            if (Furniture.isFurniture(lines.get(i).text())) top = i;
        }
        if (top >= 0) {
            if (top > 0) sourceTitle = lines.get(0).text();
            for (int i = 0; i <= top; i++) furniture.add(lines.get(i));
            lines.subList(0, top + 1).clear();
        }
        // Furniture at the foot (and anywhere else it stands alone).
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (Furniture.isFurniture(lines.get(i).text())) furniture.add(lines.remove(i));
        }

        RunningHead head = null;
        if (!lines.isEmpty()) {
            head = runningHead(lines.get(0));
            if (head != null) lines.remove(0);
        }
        if (head == null) {
            RunningLines.Found found = RunningLines.find(lines, typicalWidth(lines), run);
            if (found != null) {
                head = found.head();
                lines.removeAll(found.removed());
                furniture.addAll(found.furniture());
            }
        }
        if (head != null && head.title() != null) {
            // small capitals split by the extraction: the head reads joined, the line as printed is kept
            String joined = SmallCaps.join(head.title());
            if (!joined.equals(head.title())) {
                furniture.add(head.line());
                head = new RunningHead(head.folio(), joined, head.folioFirst(), head.separator(), head.line());
            }
        }
        if (head == null && lines.size() > 1) {
            // a folio alone on a line, at the head or the foot (chapter openings print it at the foot)
            for (int i : new int[] {lines.size() - 1, 0}) {
                SourceLine l = lines.get(i);
                if (BARE_FOLIO.matcher(l.text()).matches()) {
                    head = new RunningHead(l.text(), null, true, "", l);
                    lines.remove(i);
                    break;
                }
            }
        }

        List<SourceLine> bodyLines;
        List<NoteSource> notes;
        boolean marked = PlainNotes.hasMarkedCalls(lines);
        int noteStart = marked ? findNoteStart(lines) : lines.size();
        List<NoteSource> labelled = notes(lines.subList(noteStart, lines.size()));   // "N text" labels under raised calls
        PlainNotes.Result plain = noteStart < lines.size() ? null : PlainNotes.find(lines);
        if (marked) {
            // raised calls, but labels in the forms plain text gives them ("15" alone before its
            // text, "12\\chapter"): read as plain digits, if that accounts for more notes
            java.util.Set<Long> raised = new java.util.HashSet<>();
            PlainNotes.Result lowered = PlainNotes.find(lowered(lines, raised), raised);
            // (over the notes read with raised calls and "N text" labels, only when it finds more;
            // over plain digits alone, which know less, when it finds as many)
            boolean better = noteStart < lines.size()
                    ? lowered != null && lowered.notes().size() > labelled.size()
                    : lowered != null && (plain == null || lowered.notes().size() >= plain.notes().size());
            if (better) plain = lowered;
        }
        if (plain != null) {
            bodyLines = plain.body();
            notes = plain.notes();
        } else {
            bodyLines = lines.subList(0, noteStart);
            notes = labelled;
        }

        if (run.followsAnOpenNote(page.name())) {
            // the note the page before broke off goes on at the foot of this one, unnumbered
            int from = continuationFrom(bodyLines, !notes.isEmpty());
            if (from > 0 && from < bodyLines.size()) {
                List<SourceLine> rest = new ArrayList<>(bodyLines.subList(from, bodyLines.size()));
                bodyLines = new ArrayList<>(bodyLines.subList(0, from));
                List<NoteSource> all = new ArrayList<>();
                all.add(new NoteSource(null, rest.get(0).text(), rest));
                all.addAll(notes);
                notes = all;
            }
        }

        List<Block> blocks = blocks(bodyLines, head == null || head.title() == null);
        return new PageLayout(sourceTitle, furniture, head, blocks, notes);
    }

    /**
     * Where a note continued from the page before begins among the last lines of the text, or -1.
     * Before numbered notes: the line right above them, with the lines above it that end in a
     * semicolon or a comma (a list of works the note goes on with), after a line that closes a
     * block. With no other notes: two lines or more at the foot that open in lower case after a
     * sentence's end, which no paragraph does.
     */
    static int continuationFrom(List<SourceLine> body, boolean numberedNotes) {
        int n = body.size();
        if (n < 3) return -1;
        for (int i = n - 2; i >= Math.max(1, n - 12) && !numberedNotes; i--) {
            if (PlainNotes.goesOnAfterASentence(body.get(i - 1).text(), body.get(i).text())) return i;
        }
        if (!numberedNotes) return -1;
        // (lower case after a stop is no sign here: "vgl." and "bzw." end lines of text too)
        int from = n - 1;
        while (from > 1 && body.get(from - 1).text().strip().matches(".*[;,]")) from--;
        String above = body.get(from - 1).text().strip();
        return from < n - 1 && (above.matches(".*[.!?:)□∎]") || above.length() <= 3) ? from : -1;
    }

    /** The lines with raised digits written as plain ones ("mrunix¹⁵" → "mrunix15"). */
    private static List<SourceLine> lowered(List<SourceLine> lines, java.util.Set<Long> raised) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            int line = i;
            String text = Superscripts.RAISED.matcher(l.text()).replaceAll(r -> {
                for (int k = r.start(); k < r.end(); k++) raised.add(PlainNotes.place(line, k));    // one digit for one
                return Superscripts.toDigits(r.group());
            });
            out.add(text.equals(l.text()) ? l : new SourceLine(l.number(), text, l.blanksAfter()));
        }
        return out;
    }

    static RunningHead runningHead(SourceLine line) {
        String t = line.text();
        Matcher m = HEAD_FOLIO_FIRST.matcher(t);
        if (m.matches()) return new RunningHead(m.group(1), m.group(2).strip(), true, separator(t), line);
        m = HEAD_FOLIO_LAST.matcher(t);
        if (m.matches()) return new RunningHead(m.group(2), m.group(1).strip(), false, separator(t), line);
        return null;
    }

    private static String separator(String t) {
        Matcher m = Pattern.compile("\\s(" + SEP + ")\\s").matcher(t);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The first line of the note block: a line "N text" whose number N is that of a footnote
     * call earlier on the page, followed by the notes N+1, N+2... Among candidates the one that
     * accounts for most notes wins; on a tie the later one (a body line may begin with a number).
     * A note numbered just before the first call (its call lost) is taken in as well.
     */
    static int findNoteStart(List<SourceLine> lines) {
        int[] firstCallLine = new int[1000];
        Arrays.fill(firstCallLine, -1);
        for (int i = 0; i < lines.size(); i++) {
            for (int n : Superscripts.callNumbers(lines.get(i).text())) {
                if (n < firstCallLine.length && firstCallLine[n] < 0) firstCallLine[n] = i;
            }
        }
        int[] numbered = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) numbered[i] = noteNumber(lines.get(i));
        int best = lines.size();
        int bestCount = 0;
        for (int i = 1; i < lines.size(); i++) {
            int n = numbered[i];
            if (n < 0 || n >= firstCallLine.length || firstCallLine[n] < 0 || firstCallLine[n] >= i) continue;
            if (callInText(lines.get(i))) continue;
            int count = 1;
            int expect = n + 1;
            for (int j = i + 1; j < lines.size(); j++) {
                if (numbered[j] == expect) {
                    count++;
                    expect++;
                }
            }
            if (count >= bestCount) {
                best = i;
                bestCount = count;
            }
        }
        if (best == lines.size()) return best;
        // notes whose calls were lost, numbered just before the first one found
        int first = noteNumber(lines.get(best));
        while (best > 1 && noteNumber(lines.get(best - 1)) == first - 1 && first > 1) {
            best--;
            first--;
        }
        return best;
    }

    private static int noteNumber(SourceLine line) {
        Matcher m = NOTE_START.matcher(line.text());
        return m.matches() ? Integer.parseInt(noteNo(m)) : -1;
    }

    /** Whether a line has a note call in its text (a superscript note label at its start is no call). */
    private static boolean callInText(SourceLine line) {
        Matcher m = NOTE_START.matcher(line.text());
        return Superscripts.hasCall(m.matches() && m.group(2) != null ? m.group(3) : line.text());
    }

    private static String noteNo(Matcher noteStart) {
        return noteStart.group(1) != null ? noteStart.group(1) : Superscripts.toDigits(noteStart.group(2));
    }

    static List<NoteSource> notes(List<SourceLine> lines) {
        List<NoteSource> notes = new ArrayList<>();
        String n = null;
        String first = null;
        List<SourceLine> current = new ArrayList<>();
        int expect = -1;
        for (SourceLine line : lines) {
            Matcher m = NOTE_START.matcher(line.text());
            boolean starts = m.matches() && (expect < 0 || Integer.parseInt(noteNo(m)) == expect);
            if (starts) {
                if (!current.isEmpty()) notes.add(new NoteSource(n, first, current));
                n = noteNo(m);
                first = m.group(3);
                current = new ArrayList<>();
                expect = Integer.parseInt(n) + 1;
            } else if (current.isEmpty()) {
                first = line.text();
            }
            current.add(line);
        }
        if (!current.isEmpty()) notes.add(new NoteSource(n, first, current));
        return notes;
    }

    static List<Block> blocks(List<SourceLine> lines, boolean mayOpenChapter) {
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty()) return blocks;
        int width = typicalWidth(lines);
        List<SourceLine> para = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            Matcher m;
            if (i == 0 && mayOpenChapter && (m = CHAPTER_OPENING.matcher(t)).matches() && !t.endsWith(".")
                    && !Superscripts.hasCall(t)) {
                blocks.add(new Block(Block.Kind.CHAPTER_HEAD, m.group(1), List.of(line)));
                continue;
            }
            if ((m = SECTION_HEAD.matcher(t)).matches() && isHeadingLike(m.group(2), width)) {
                flush(blocks, para);
                blocks.add(new Block(Block.Kind.SECTION_HEAD, m.group(1), List.of(line)));
                continue;
            }
            if ((m = CAPTION.matcher(t)).matches()) {
                flush(blocks, para);
                blocks.add(new Block(Block.Kind.CAPTION, m.group(1), List.of(line)));
                continue;
            }
            para.add(line);
            boolean last = i == lines.size() - 1;
            if (!last && endsParagraph(t, width)) flush(blocks, para);
        }
        flush(blocks, para);
        return blocks;
    }

    private static boolean isHeadingLike(String title, int width) {
        return title.length() < Math.max(40, width * 0.8) && !title.matches(".*[,;]$")
                && !Superscripts.hasCall(title);
    }

    /** A paragraph ends on a line clearly shorter than the measure that closes a sentence. */
    static boolean endsParagraph(String text, int width) {
        String t = Superscripts.strip(text).stripTrailing();
        return t.length() < width * 0.8 && !t.isEmpty() && ".!?:;”’\"')]".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The measure of the page in characters: a high percentile of the body line lengths (0 for a page of furniture alone). */
    static int typicalWidth(List<SourceLine> lines) {
        if (lines.isEmpty()) return 0;
        int[] lens = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        return lens[Math.min(lens.length - 1, (int) Math.floor(lens.length * 0.8))];
    }

    private static void flush(List<Block> blocks, List<SourceLine> para) {
        if (!para.isEmpty()) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, null, para));
            para.clear();
        }
    }
}

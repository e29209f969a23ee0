package org.colophon.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.ingest.SourceLine;

/**
 * Running heads and folios without a separator glyph, as text extraction gives them: the lines
 * at the top of the page before the text begins ("1.2", "History", "13"; "JURABOOK", "3", "15";
 * slug lines of the printer, then "52", "Concepts", "\", "§4"), or a lone folio at the foot
 * with a title line at the top that reads as a running head (a number first, or capitals).
 *
 * <p>The folio is the last lone page number of the top lines (arabic or roman); the title is
 * the head lines after it, or, when the folio closes the head, the lines before it, a section
 * number put first as running heads print it. Lines before the folio that are not the title are
 * furniture of the printer (slug lines, dates).
 */
public final class RunningLines {

    /** A lone page number: arabic or roman. */
    static final Pattern FOLIO = Pattern.compile("\\d{1,4}|[ivxlcdm]{1,8}");
    /** A section number as running heads print it: "3", "1.2", "6.5.", "VI.1", "A.1." */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?:\\d{1,2}|[IVXL]{1,5}|[A-Z])(?:\\.\\d{1,2})*\\.?");
    /** A title line that reads as a running head at the top of a page: numbered, or in capitals. */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            "(?:(?:\\d{1,2}|[IVXL]{1,5}|[A-Z])(?:\\.\\d{1,2})*\\.?\\s+\\S.{0,70}|[\\p{Lu}\\d][\\p{Lu}\\d .,:'’&-]{3,70}"
            + "|\\p{Lu}\\p{Ll}{3,12} (?:\\d{1,2}|[A-Z]|[IVX]{1,4})[.:]? \\S.{0,60})");   // "Anhang B. …", "Chapter 3: …"
    private static final int MAX_TOP = 8;
    /** A chapter's label: a word and a number ("Chapter 3", "Kapitel IV", "Capitolo 1", "Anhang B"). */
    private static final Pattern CHAPTER_LABEL = Pattern.compile("\\p{Lu}\\p{Ll}{3,12}\\s+(?:\\d{1,2}|[IVXL]{1,5}|[A-Z])");
    /** A chapter's number and title on its opening page ("6 The Caucasus Group and Japan"): no running head. */
    private static final Pattern CHAPTER_TITLE = Pattern.compile("\\d{1,2}\\s+\\p{Lu}\\p{Ll}.*");

    /** What was found: the head (null when none), and the furniture lines of the printer. */
    public record Found(RunningHead head, List<SourceLine> removed, List<SourceLine> furniture) {}

    private RunningLines() {}

    /**
     * The running head of a page whose lines are given (site furniture already removed), or null.
     * {@code width} is the measure of the page in characters.
     */
    public static Found find(List<SourceLine> lines, int width, RunEvidence run) {
        if (lines.size() < 3) return null;
        Found spaced = spacedLine(lines);
        if (spaced != null) return spaced;
        Found numbered = numberedPlace(lines, run);
        if (numbered != null) return numbered;
        Found repeated = repeatedLine(lines, run);
        if (repeated != null) return repeated;
        Found pieces = printedOnEveryPage(lines, width, run);
        if (pieces != null) return pieces;
        return inHeadZone(lines, width, run);
    }

    /**
     * Running lines the run prints word for word on its pages ({@link RunEvidence#runs}), wherever
     * the extraction set them: at the top, or in mid-page where a two-column page's reading order
     * puts the head of the right column ("TUGboat, Volume 12 (1991), No. 3" first, the time stamp
     * and the folio after the left column). The pieces of the head are joined in reading order;
     * a lone number beside them is the folio, unless the run shows it unchanged on every page (a
     * chapter's number, which goes first in the title). Pieces with nothing after them but other
     * pieces and numbers are a running foot: furniture, not head.
     */
    private static Found printedOnEveryPage(List<SourceLine> lines, int width, RunEvidence run) {
        if (RunEvidence.contentsLike(lines)) return null;
        List<Integer> pieces = new ArrayList<>();
        boolean placed = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!run.runs(lines.get(i).text())) continue;
            // a chapter's title on its opening page, under its label ("Capitolo 1", "Chapter 3"), is a heading
            if (i > 0 && CHAPTER_LABEL.matcher(lines.get(i - 1).text().strip()).matches()) return null;
            boolean here = RunEvidence.whereRunningLinesStand(lines, i);
            boolean numbered = RunEvidence.loneNumber(lines, i - 1) || RunEvidence.loneNumber(lines, i + 1);
            if (here && !numbered && i < RunEvidence.TOP && run.printedWithItsNumber(lines.get(i).text())) continue;   // a heading here
            // elsewhere on the page, only a long line, and only beside a head found in its place
            // (a word of the head, "Examples", may be a heading in the text)
            if (here || RunEvidence.normal(lines.get(i).text()).split(" ").length >= 4) pieces.add(i);
            placed |= here;
        }
        if (!placed) return null;
        int footFrom = lines.size();
        while (footFrom > 0 && (run.runs(lines.get(footFrom - 1).text()) || isFolio(lines.get(footFrom - 1)))) footFrom--;
        List<SourceLine> title = new ArrayList<>();
        List<SourceLine> removed = new ArrayList<>();
        String folio = null;
        SourceLine folioLine = null;
        for (int i : pieces) {
            boolean foot = i >= footFrom;
            if (!foot) title.add(lines.get(i));
            removed.add(lines.get(i));
            for (int step : new int[] {-1, 1}) {
                // lone numbers on either side; a section number ("3.4") only before the title
                for (int j = i + step; j >= 0 && j < lines.size() && (isFolio(lines.get(j)) || step < 0 && SECTION_NUMBER.matcher(lines.get(j).text()).matches())
                        && !removed.contains(lines.get(j)); j += step) {
                    SourceLine number = lines.get(j);
                    if (!isFolio(number) || run.constant(number.text())) {      // "3.4", or a chapter's number
                        if (!foot) title.add(number);
                    } else if (folio == null) {
                        folio = number.text().strip();
                        folioLine = number;
                    } else {
                        continue;
                    }
                    removed.add(number);
                }
            }
        }
        if (folio == null) {
            // no number beside the pieces: a lone folio among the top lines, or at the foot
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < Math.min(MAX_TOP, lines.size()); i++) places.add(i);
            places.add(0, lines.size() - 1);
            for (int i : places) {
                SourceLine l = lines.get(i);
                if (isFolio(l) && !run.constant(l.text()) && !removed.contains(l)) {
                    folio = l.text().strip();
                    folioLine = l;
                    removed.add(l);
                    break;
                }
            }
        }
        if (folio != null && !title.isEmpty()) {
            // three lines or more above a folio at the top of the page: a head has a title and a
            // number at most, so those are the printer's slug lines (a date, a time, the book's
            // title), and the head is what follows the folio
            int at = lines.indexOf(folioLine);
            if (at >= 3 && at < MAX_TOP) {
                Found zone = inHeadZone(lines, width, run);
                if (zone != null && zone.head() != null && zone.head().title() != null) return zone;
            }
        }
        if (title.isEmpty()) {
            // only a running foot: it goes, and the head is looked for in the rest of the page
            List<SourceLine> rest = new ArrayList<>(lines);
            rest.removeAll(removed);
            Found found = rest.size() < 3 ? null : inHeadZone(rest, width, run);
            List<SourceLine> allRemoved = new ArrayList<>(removed);
            List<SourceLine> furniture = new ArrayList<>(removed);
            if (found != null) {
                allRemoved.addAll(found.removed());
                furniture.addAll(found.furniture());
            }
            RunningHead head = found != null ? found.head() : null;
            if (folio != null && (head == null || head.folio() == null)) {
                furniture.remove(folioLine);         // the folio beside the running foot
                head = head == null ? new RunningHead(folio, null, false, "", folioLine)
                        : new RunningHead(folio, head.title(), false, head.separator(), head.line());
            }
            return new Found(head, allRemoved, furniture);
        }
        title.sort(java.util.Comparator.comparingInt(lines::indexOf));
        String text = titleText(title);
        if (text == null) return null;
        SourceLine first = title.get(0);
        boolean folioFirst = folioLine != null && lines.indexOf(folioLine) < lines.indexOf(first);
        List<SourceLine> furniture = new ArrayList<>(removed);
        furniture.removeAll(title);
        furniture.remove(folioLine);
        return new Found(new RunningHead(folio, text, folioFirst, "", first), removed, furniture);
    }

    /** The head zone: the short lines at the top of the page before the text begins. */
    private static Found inHeadZone(List<SourceLine> lines, int width, RunEvidence run) {
        int zone = 0;
        List<SourceLine> strays = new ArrayList<>();
        while (zone < Math.min(MAX_TOP, lines.size() - 2)) {
            String t = lines.get(zone).text();
            if (t.strip().matches("[{}]{1,3}")) {
                strays.add(lines.get(zone));      // a brace of the code below, set among the head's parts: it stays in the text
            } else if (!isHeadMaterial(t, width)) {
                break;
            }
            zone++;
        }
        // the folio: the zone's last line, or its first, or else the last lone number in it
        // (a number followed by a title line is a chapter or section number, not the folio)
        int folioAt = -1;
        int anyAt = -1;
        for (int i = 0; i < zone; i++) {
            if (!isFolio(lines.get(i))) continue;
            anyAt = i;
            boolean numbersTitle = i + 1 < lines.size() && !isFolio(lines.get(i + 1)) && isTitleLine(lines.get(i + 1).text(), width)
                    && Character.isLetter(lines.get(i + 1).text().charAt(0));
            if (!numbersTitle) folioAt = i;
        }
        SourceLine last = lines.get(lines.size() - 1);
        boolean folioAtFoot = isFolio(last);
        if (folioAt < 0 && !folioAtFoot) folioAt = anyAt;
        if (zone > 0 && isFolio(lines.get(zone - 1))) folioAt = zone - 1;
        else if (zone > 0 && isFolio(lines.get(0))) folioAt = 0;
        // two page numbers side by side ("7", "40"): a chapter's number is never above its page's folio
        if (folioAt >= 0 && folioAt + 1 < zone && greater(lines.get(folioAt + 1), lines.get(folioAt))) folioAt++;
        else if (folioAt > 0 && greater(lines.get(folioAt - 1), lines.get(folioAt))) folioAt--;
        if (folioAt >= 0) {
            SourceLine folio = lines.get(folioAt);
            List<SourceLine> title = new ArrayList<>();
            List<SourceLine> furniture = new ArrayList<>();
            // the title: the short lines after the folio up to the body; else those before it
            int end = folioAt + 1;
            boolean[] seen = new boolean[2];          // a title line, a section number: one of each
            while (end < zone && end - folioAt <= 3 && (strays.contains(lines.get(end))
                    || isTitleLine(lines.get(end).text(), width) && takes(lines.get(end).text(), seen))) end++;
            boolean after = end > folioAt + 1;
            if (after) {
                int from = folioAt;
                // a section number just before the folio goes with the title after it ("7", "40", "Apparatus …")
                if (from > 0 && SECTION_NUMBER.matcher(lines.get(from - 1).text()).matches() && !seen[1]) from--;
                if (from < folioAt) title.add(lines.get(from));
                for (SourceLine l : lines.subList(folioAt + 1, end)) if (!strays.contains(l)) title.add(l);
                furniture.addAll(lines.subList(0, from));
            } else {
                end = folioAt + 1;
                int from = folioAt;
                // at most one title line and one section number ("JURABOOK", "3"; "1.2", "History")
                boolean titled = false;
                boolean numbered = false;
                while (from > 0 && isTitleLine(lines.get(from - 1).text(), width)) {
                    boolean number = SECTION_NUMBER.matcher(lines.get(from - 1).text()).matches();
                    if (number ? numbered : titled) break;
                    if (number) numbered = true;
                    else titled = true;
                    from--;
                }
                title.addAll(lines.subList(from, folioAt));
                furniture.addAll(lines.subList(0, from));
            }
            List<SourceLine> removed = new ArrayList<>(lines.subList(0, end));
            removed.removeAll(strays);
            String text = titleText(title);
            if (text == null) {               // no title after all: those lines stay in the text
                removed.removeAll(title);
                title.clear();
            }
            SourceLine first = title.isEmpty() ? folio : title.get(0);
            return new Found(new RunningHead(folio.text(), text, folioAt < lines.indexOf(first), "", first), removed, furniture);
        }
        // a lone folio at the foot, and a first line that reads as a running head
        if (!FOLIO.matcher(last.text()).matches() || !last.text().matches("\\d+|[ivxlcdm]+")) return null;
        SourceLine top = lines.get(0);
        // (the measure of a prose page at least: a table's short lines say nothing of the head's length)
        boolean titled = HEAD_TITLE.matcher(top.text()).matches() && !CHAPTER_TITLE.matcher(top.text()).matches() && isTitle(top.text())
                && isTitleLine(top.text(), Math.max(width, 60)) && !top.text().endsWith(".");
        List<SourceLine> removed = new ArrayList<>();
        if (titled) {
            removed.add(top);
        } else {
            // a running line at the foot, over the folio ("8 Querverweise", "Literatur")
            SourceLine above = lines.get(lines.size() - 2);
            String a = above.text();
            if (a.length() <= width * 0.5 && !a.matches(".*[.,;:]$") && a.split("\\s+").length <= 5
                    && !a.contains("://") && !a.contains("@") && !followsNoteLabel(lines, lines.size() - 2)
                    && (HEAD_TITLE.matcher(a).matches() || a.matches("\\p{Lu}\\p{Ll}+(?: \\p{Lu}?\\p{Ll}+){0,3}"))) {
                removed.add(above);
                removed.add(last);
                return new Found(new RunningHead(last.text(), a.replaceAll("\\s+", " "), false, "", above), removed, List.of());
            }
        }
        removed.add(last);
        return new Found(new RunningHead(last.text(), titled ? top.text().replaceAll("\\s+", " ") : null, false, "", titled ? top : last),
                removed, List.of());
    }

    /** Folio and title on one line, set apart by a wide space, as a layout-keeping extraction gives them. */
    private static final Pattern FOLIO_FIRST = Pattern.compile("(\\d{1,4}|[ivxlcdm]{1,8})\\s{2,}(\\S.*)");
    private static final Pattern FOLIO_LAST = Pattern.compile("(\\S.*?)\\s{2,}(\\d{1,4}|[ivxlcdm]{1,8})");

    /**
     * A running line with its folio, the parts apart by runs of spaces ("3   JURABOOK   15",
     * "186   XIII   Critical footnotes"): one of the first three lines (those above it are the
     * printer's slug lines), or the last line (a running foot).
     */
    private static Found spacedLine(List<SourceLine> lines) {
        int last = lines.size() - 1;
        for (int i : new int[] {0, 1, 2, last}) {
            SourceLine l = lines.get(i);
            String t = l.text();
            if (!t.contains("  ")) continue;
            if (inContents(lines, i)) continue;
            Matcher m = FOLIO_FIRST.matcher(t);
            boolean first = m.matches();
            Matcher end = FOLIO_LAST.matcher(t);
            if (end.matches() && (!first || gapBefore(t, end.start(2)) > m.end(1) - m.start(1) + gapAfter(t, m.end(1)))) {
                first = false;      // numbers at both ends ("3   JURABOOK   15"): the folio stands farther out
                m = end;
            } else if (!first) {
                continue;
            }
            String title = first ? m.group(2) : m.group(1);
            // a roman folio below the first line is a letter of a table's column more likely ("v   Input: …")
            if (i > 0 && i < last && !(first ? m.group(1) : m.group(2)).matches("\\d+")) continue;
            if (RunEvidence.normal(title).length() > 100 || title.strip().endsWith(",")) continue;
            Found found = atLine(lines, i, first ? m.group(1) : m.group(2), title, first);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * Line i as a running line with its folio at one end; the lines above it (the first three
     * lines only) are the printer's furniture. Null when what stands beside the folio is no title.
     */
    private static Found atLine(List<SourceLine> lines, int i, String folio, String title, boolean folioFirst) {
        String t = RunEvidence.normal(title);
        if (!isTitle(t)) return null;
        SourceLine l = lines.get(i);
        List<SourceLine> furniture = i == lines.size() - 1 ? List.of() : new ArrayList<>(lines.subList(0, i));
        List<SourceLine> removed = new ArrayList<>(furniture);
        removed.add(l);
        return new Found(new RunningHead(folio, t, folioFirst, "", l), removed, furniture);
    }

    /** A line of a contents page: a neighbour ends in a page number too, or has dot leaders. */
    private static boolean inContents(List<SourceLine> lines, int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= lines.size()) continue;
            String t = lines.get(j).text();
            if (t.contains(". . . .") || FOLIO_LAST.matcher(t).matches() && t.contains("  ")) return true;
        }
        return false;
    }

    private static int gapBefore(String t, int at) {
        int i = at;
        while (i > 0 && t.charAt(i - 1) == ' ') i--;
        return at - i;
    }

    private static int gapAfter(String t, int at) {
        int i = at;
        while (i < t.length() && t.charAt(i) == ' ') i++;
        return i - at;
    }

    /** Whether both lines are arabic page numbers and the first is the greater. */
    private static boolean greater(SourceLine a, SourceLine b) {
        return a.text().matches("\\d{1,4}") && b.text().matches("\\d{1,4}") && Integer.parseInt(a.text()) > Integer.parseInt(b.text());
    }

    /**
     * Whether a line after the folio still belongs to the head: a head has one title line and one
     * section number ("2 Globales" is both), so a second of either is the page's own heading.
     * Lines without letters ("\\", "§4") go with the head.
     */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(?:\\d{1,2}|[IVXL]{1,5}|[A-Z])(?:\\.\\d{1,2})*\\.?\\s+\\p{L}.*");

    private static boolean takes(String t, boolean[] seen) {
        boolean number = SECTION_NUMBER.matcher(t).matches();
        boolean numberedTitle = !number && NUMBERED_TITLE.matcher(t).matches();
        boolean title = !number && t.chars().anyMatch(Character::isLetter);
        if (number && seen[1] || title && seen[0] || numberedTitle && seen[1]) return false;
        if (number || numberedTitle) seen[1] = true;
        if (title) seen[0] = true;
        return true;
    }

    /** A running title: a word of three letters or more, no dot leaders of a contents line. */
    static boolean isTitle(String title) {
        return title.matches(".*\\p{L}{3,}.*") && !title.contains(". . .");
    }

    /** Folio and title on one line, apart by a single space, where the run shows the line recurring. */
    private static final Pattern NUMBER_FIRST = Pattern.compile("(\\d{1,4}|[ivxlcdm]{1,8})\\s+(\\S.*)");
    private static final Pattern NUMBER_LAST = Pattern.compile("(\\S.*?)\\s+(\\d{1,4}|[ivxlcdm]{1,8})");

    /**
     * A line at the top or foot that recurs on other pages of the run with its number changed:
     * "58 Authority and the Modern State", "Kapitel 4: Bürgertum und Rat 113". The number at
     * the line's outer end is the folio.
     */
    private static Found repeatedLine(List<SourceLine> lines, RunEvidence run) {
        int last = lines.size() - 1;
        for (int i : new int[] {0, 1, 2, last}) {
            SourceLine l = lines.get(i);
            if (!run.repeats(l.text())) continue;
            Matcher m = NUMBER_LAST.matcher(l.text());
            boolean first = false;
            if (!m.matches()) {
                m = NUMBER_FIRST.matcher(l.text());
                if (!m.matches()) continue;
                first = true;
            }
            Found found = atLine(lines, i, first ? m.group(1) : m.group(2), first ? m.group(2) : m.group(1), first);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * A running line with its folio at one end, apart by a single space, where most pages of the
     * run print such a line ({@link RunEvidence#numberedAt}): of the top lines the lowest (the
     * printer's slug lines stand above the head), else the last line. Not when the page has a lone
     * folio at its foot: then the number at the top is a chapter's.
     */
    private static Found numberedPlace(List<SourceLine> lines, RunEvidence run) {
        int last = lines.size() - 1;
        if (isFolio(lines.get(last)) || isFolio(lines.get(0))) return null;
        for (int place : new int[] {2, 1, 0, -1}) {
            if (!run.numberedAt(place)) continue;
            int i = place < 0 ? last : place;
            Numbered line = numberedLine(RunEvidence.normal(lines.get(i).text()));
            if (line == null) continue;
            Found found = atLine(lines, i, line.folio(), line.title(), line.folioFirst());
            if (found != null) return found;
        }
        return null;
    }

    /**
     * A short line with a page number at one end and a title ("1.2 History 13", "40 7 Apparatus
     * customization", "UNITS OF MEASUREMENT xxxvii"), or null. With numbers at both ends the
     * folio is the greater ("8 Querverweise 42", "906 draft: … No. 0").
     */
    static Numbered numberedLine(String t) {
        if (t.length() > 80 || t.isEmpty() || ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0 && !t.matches(".*\\d")) return null;
        Matcher first = NUMBER_FIRST.matcher(t);
        Matcher end = NUMBER_LAST.matcher(t);
        boolean f = first.matches() && isTitle(first.group(2)) && first.group(1).matches("\\d+");
        boolean e = end.matches() && isTitle(end.group(1)) && !end.group(1).matches(".*[.,;:]");
        if (f && e) {
            if (Integer.parseInt(first.group(1)) >= (end.group(2).matches("\\d+") ? Integer.parseInt(end.group(2)) : 0)) e = false;
            else f = false;
        }
        if (f) return new Numbered(first.group(1), first.group(2), true);
        if (e) return new Numbered(end.group(2), end.group(1), false);
        return null;
    }

    /** A running line's folio and title, and which comes first. */
    record Numbered(String folio, String title, boolean folioFirst) {}

    /** The title lines joined; a section number alone on its line goes first ("JURABOOK", "3" → "3 JURABOOK"). */
    static String titleText(List<SourceLine> title) {
        if (title.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        for (SourceLine l : title) parts.add(l.text());
        int number = -1;
        for (int i = 0; i < parts.size(); i++) if (SECTION_NUMBER.matcher(parts.get(i)).matches()) number = i;
        if (number > 0 && parts.size() > 1) parts.add(0, parts.remove(number));
        String joined = String.join(" ", parts).replaceAll("\\s+", " ");
        return isTitle(joined) ? joined : null;
    }

    /** A line that may stand in the head zone: short, no sentence, no code. */
    private static boolean isHeadMaterial(String t, int width) {
        return FOLIO.matcher(t).matches() || isTitleLine(t, width);
    }

    private static boolean isTitleLine(String t, int width) {
        if (t.length() > Math.max(24, width * 0.6) || t.length() > 80) return false;
        if (t.indexOf('{') >= 0 || t.indexOf('}') >= 0 || t.startsWith("\\") && t.length() > 1 && Character.isLetter(t.charAt(1))) return false;
        if (t.endsWith(",") || t.endsWith(";")) return false;
        return t.split("\\s+").length <= 10;
    }

    /** Line i begins "N …" and the line before it "N-1 …": notes, not a running line. */
    private static boolean followsNoteLabel(List<SourceLine> lines, int i) {
        var m = java.util.regex.Pattern.compile("^(\\d{1,3})[.)]?\\s").matcher(lines.get(i).text());
        if (!m.find() || i == 0) return false;
        int n = Integer.parseInt(m.group(1));
        return lines.get(i - 1).text().matches("^" + (n - 1) + "[.)]?\\s.*");
    }

    private static boolean isFolio(SourceLine l) {
        return FOLIO.matcher(l.text()).matches();
    }

}

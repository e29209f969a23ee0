package org.colophon.layout;

import java.util.ArrayList;
import java.util.List;
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
            "(?:(?:\\d{1,2}|[IVXL]{1,5}|[A-Z])(?:\\.\\d{1,2})*\\.?\\s+\\S.{0,70}|[\\p{Lu}\\d][\\p{Lu}\\d .,:'’&-]{3,70})");
    private static final int MAX_TOP = 8;
    /** A chapter's number and title on its opening page ("6 The Caucasus Group and Japan"): no running head. */
    private static final Pattern CHAPTER_TITLE = Pattern.compile("\\d{1,2}\\s+\\p{Lu}\\p{Ll}.*");

    /** What was found: the head (null when none), and the furniture lines of the printer. */
    public record Found(RunningHead head, List<SourceLine> removed, List<SourceLine> furniture) {}

    private RunningLines() {}

    /**
     * The running head of a page whose lines are given (site furniture already removed), or null.
     * {@code width} is the measure of the page in characters.
     */
    public static Found find(List<SourceLine> lines, int width) {
        if (lines.size() < 3) return null;
        int zone = 0;
        while (zone < Math.min(MAX_TOP, lines.size() - 2) && isHeadMaterial(lines.get(zone).text(), width)) zone++;
        // the folio: the zone's last line, or its first, or else the last lone number in it
        int folioAt = -1;
        for (int i = 0; i < zone; i++) if (isFolio(lines.get(i))) folioAt = i;
        if (zone > 0 && !isFolio(lines.get(zone - 1)) && isFolio(lines.get(0))) folioAt = 0;
        if (folioAt >= 0) {
            SourceLine folio = lines.get(folioAt);
            List<SourceLine> title = new ArrayList<>();
            List<SourceLine> furniture = new ArrayList<>();
            // the title: the short lines after the folio up to the body; else those before it
            int end = folioAt + 1;
            while (end < zone && isTitleLine(lines.get(end).text(), width) && end - folioAt <= 3) end++;
            boolean after = end > folioAt + 1;
            if (after) {
                title.addAll(lines.subList(folioAt + 1, end));
                furniture.addAll(lines.subList(0, folioAt));
            } else {
                end = folioAt + 1;
                int from = folioAt;
                while (from > 0 && folioAt - from < 3 && isTitleLine(lines.get(from - 1).text(), width)) from--;
                title.addAll(lines.subList(from, folioAt));
                furniture.addAll(lines.subList(0, from));
            }
            List<SourceLine> removed = new ArrayList<>(lines.subList(0, end));
            String text = titleText(title);
            SourceLine first = title.isEmpty() ? folio : title.get(0);
            return new Found(new RunningHead(folio.text(), text, folioAt < lines.indexOf(first), "", first), removed, furniture);
        }
        // a lone folio at the foot, and a first line that reads as a running head
        SourceLine last = lines.get(lines.size() - 1);
        if (!FOLIO.matcher(last.text()).matches() || !last.text().matches("\\d+|[ivxlcdm]+")) return null;
        SourceLine top = lines.get(0);
        boolean titled = HEAD_TITLE.matcher(top.text()).matches() && !CHAPTER_TITLE.matcher(top.text()).matches()
                && isTitleLine(top.text(), width)
                && !top.text().endsWith(".") && lines.size() > 2 && isBody(lines.get(1).text(), width);
        List<SourceLine> removed = new ArrayList<>();
        if (titled) removed.add(top);
        removed.add(last);
        return new Found(new RunningHead(last.text(), titled ? top.text() : null, false, "", titled ? top : last), removed, List.of());
    }

    /** The title lines joined; a section number alone on its line goes first ("JURABOOK", "3" → "3 JURABOOK"). */
    static String titleText(List<SourceLine> title) {
        if (title.isEmpty()) return null;
        List<String> parts = new ArrayList<>();
        for (SourceLine l : title) parts.add(l.text());
        int number = -1;
        for (int i = 0; i < parts.size(); i++) if (SECTION_NUMBER.matcher(parts.get(i)).matches()) number = i;
        if (number > 0 && parts.size() > 1) parts.add(0, parts.remove(number));
        String joined = String.join(" ", parts);
        return joined.chars().anyMatch(Character::isLetter) ? joined : null;
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

    private static boolean isFolio(SourceLine l) {
        return FOLIO.matcher(l.text()).matches();
    }

    private static boolean isBody(String t, int width) {
        return t.length() >= width * 0.6;
    }
}

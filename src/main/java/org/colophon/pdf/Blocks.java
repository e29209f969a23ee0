package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.layout.Block;

/**
 * Body lines into blocks: headings are lines set larger than the body, or short lines all in
 * bold (consecutive heading lines of one size are one heading; much larger is a chapter);
 * a paragraph begins at an indented line, after a wider gap, or after a short line when the
 * next begins with a capital.
 */
final class Blocks {
    private static final Pattern NUMBER = Pattern.compile("^((?:[0-9]{1,3}|[IVXLC]{1,6}|[A-Z])(?:\\.[0-9]{1,3})*)\\.?\\s");

    /** A block of PDF lines. */
    record Lines(Block.Kind kind, String number, List<TextLine> lines) {}

    private Blocks() {}

    static List<Lines> of(List<TextLine> body, PageGeometry g) {
        List<Lines> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        Block.Kind curKind = null;
        TextLine prev = null;
        for (TextLine l : body) {
            Block.Kind kind = headingKind(l, g);
            boolean start;
            if (kind != null || curKind != Block.Kind.PARAGRAPH) {
                start = kind != curKind || prev == null || Math.abs(prev.size() - l.size()) > 0.2f;
            } else {
                float em = g.bodySize();
                boolean indented = l.x0() > g.left(l) + 0.6f * em && l.x0() < g.left(l) + 4 * em;
                boolean gap = prev.column() == l.column() && l.baseline() - prev.baseline() > 1.45f * g.pitch();
                boolean shortBefore = prev.x1() < g.right(prev) - 2 * em && Character.isUpperCase(l.text().codePointAt(0));
                start = indented || gap || shortBefore;
            }
            if (start && !cur.isEmpty()) {
                out.add(block(curKind, cur));
                cur = new ArrayList<>();
            }
            curKind = kind != null ? kind : Block.Kind.PARAGRAPH;
            cur.add(l);
            prev = l;
        }
        if (!cur.isEmpty()) out.add(block(curKind, cur));
        return out;
    }

    private static Lines block(Block.Kind kind, List<TextLine> lines) {
        String number = null;
        if (kind != Block.Kind.PARAGRAPH) {
            Matcher m = NUMBER.matcher(lines.get(0).text());
            if (m.find()) number = m.group(1);
        }
        return new Lines(kind, number, List.copyOf(lines));
    }

    private static Block.Kind headingKind(TextLine l, PageGeometry g) {
        float body = g.bodySize();
        if (l.size() >= 1.6f * body) return Block.Kind.CHAPTER_HEAD;
        if (l.size() >= 1.15f * body) return Block.Kind.SECTION_HEAD;
        if (l.bold() && l.words().size() <= 12 && l.x1() < g.right(l) - 2 * body && l.size() >= 0.95f * body) {
            return Block.Kind.SECTION_HEAD;
        }
        return null;
    }
}

package org.colophon.pdf;

/**
 * One glyph as printed: its text (a ligature already given back as its letters), its font,
 * size in points, left edge and width, and its baseline measured from the top of the page.
 */
public record Glyph(String text, String font, float size, float x, float width, float baseline,
                    boolean bold, boolean italic) {

    public float right() { return x + width; }

    public boolean isSpace() { return text.isBlank(); }
}

package org.colophon.pdf;

/**
 * A run of glyphs on a line with no word space inside and one vertical position: a word, or the
 * raised part of one ("7" in "Culver⁷"). {@code spaceBefore}: a word space separates it from the
 * word before on the line.
 */
public record Word(String text, float x0, float x1, float size, boolean raised, boolean bold, boolean italic,
                   boolean spaceBefore) {}

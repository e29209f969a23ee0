package org.colophon.text;

import java.util.List;

/**
 * The content of a paragraph, heading or note as the repair stages see it: plain text, source
 * line breaks, recorded editorial interventions and footnote calls. Each item knows its
 * reading form (what the edition shows) and its source form (what the page printed).
 */
public sealed interface Inline {

    String reading();

    String source();

    /** Plain text, unchanged from the source. */
    record Text(String text) implements Inline {
        public Text {
            if (text == null) throw new IllegalArgumentException("text must not be null");
        }
        public String reading() { return text; }
        public String source() { return text; }
    }

    /**
     * A source line break. {@code inWord}: the line break falls inside a word (TEI
     * {@code break="no"}); {@code hyphen}: the source printed a division hyphen there, which is
     * not part of the text.
     */
    record LineBreak(boolean inWord, boolean hyphen) implements Inline {
        public String reading() { return inWord ? "" : " "; }
        public String source() { return (hyphen ? "-" : "") + "\n"; }
    }

    /**
     * An editorial intervention: {@code CORRECTION} (TEI sic/corr: letters lost and restored)
     * or {@code NORMALISATION} (orig/reg: loose diacritics recomposed, lost spaces restored).
     */
    record Choice(Kind kind, List<Inline> original, String regular, boolean lowCertainty) implements Inline {
        public enum Kind { CORRECTION, NORMALISATION }

        public Choice {
            original = List.copyOf(original);
        }
        public String reading() { return regular; }
        public String source() { return Inlines.source(original); }
    }

    /** A footnote call; the note itself is placed here when the page is encoded. */
    record Call(String n) implements Inline {
        public String reading() { return ""; }
        public String source() { return n; }
    }

    /**
     * A run the source set in a style of its own: {@code rend} "italic", "bold" or "smallcaps"
     * (TEI hi/@rend). Added to repaired content by a reader that knows the fonts (the PDF path);
     * the repair stages never see one.
     */
    record Styled(String rend, List<Inline> content) implements Inline {
        public Styled {
            content = List.copyOf(content);
        }
        public String reading() { return Inlines.reading(content); }
        public String source() { return Inlines.source(content); }
    }
}

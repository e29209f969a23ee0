package org.colophon.citations;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages a cross-reference cites, right after it: "Ibid., 580", "Ebd., S. 14", "Ebd., Rn. 443", "op. cit., pp. 45–47", "a.a.O., 12f.". */
public final class Locators {
    private static final Pattern PAGES_AFTER = Pattern.compile(
            "^\\s*[,:]?\\s*(?:(?:pp?\\.|[Ss]\\.|at|Rn\\.|Rdnr\\.|paras?\\.?|paragr\\.|Abs\\.|¶¶?|Fn\\.|nn?\\.|§§?)\\s*)?(\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+)?(?![\\p{L}\\d])(?:\\s*(?:f{1,2}\\.|sqq?\\.|et\\s+seq\\.|et\\s+suiv\\.))?)");

    /** CSL locator labels by the cue word before the number: "Rn. 443" is a paragraph, "Fn. 3" a note. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?iu)(?:(?<paragraph>\\b(?:Rn|Rdnr|Rdn|Rz|paras?|Abs|nos?)\\.?|¶+)|(?<note>\\b(?:Fn|Anm|nn?|notes?|fns?)\\.?)"
            + "|(?<section>§+)|(?<column>\\b(?:Sp|cols?|columns?)\\.?)|(?<folio>\\b(?:fols?|folios?|Bl)\\.?)"
            + "|(?<chapter>\\b(?:ch|chap|chapters?|Kap|Kapitel)\\.?)|(?<line>\\b(?:ll?|lines?|Z)\\.?))\\s*$");

    private Locators() {
    }

    /**
     * The CSL label of the locator that starts at {@code start} in {@code text}, by the word before
     * it: "paragraph" (Rn., para., ¶), "note" (Fn., n.), "section" (§), "column", "folio", "chapter",
     * "line"; "page" otherwise (p., S., at, or no word).
     */
    public static String label(String text, int start) {
        Matcher m = LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        if (!m.find()) return "page";
        for (String g : new String[] {"paragraph", "note", "section", "column", "folio", "chapter", "line"}) {
            if (m.group(g) != null) return g;
        }
        return "page";
    }

    /** The pages cited at the start of {@code text[from, to)}, as a {@code citedRange unit="page"}, or null. */
    public static Span pagesAfter(String text, int from, int to) {
        Matcher m = PAGES_AFTER.matcher(text);
        m.region(from, to);
        return m.find() ? new Span(m.start(1), m.end(1), "citedRange", Map.of("unit", "page")) : null;
    }
}

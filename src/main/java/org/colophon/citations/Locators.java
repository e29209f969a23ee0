package org.colophon.citations;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pages a cross-reference cites, right after it: "Ibid., 580", "Ebd., S. 14", "op. cit., pp. 45–47", "a.a.O., 12f.". */
public final class Locators {
    private static final Pattern PAGES_AFTER = Pattern.compile(
            "^\\s*[,:]?\\s*(?:(?:pp?\\.|S\\.|at)\\s*)?(\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+)?(?:\\s*f{1,2}\\.)?)");

    private Locators() {
    }

    /** The pages cited at the start of {@code text[from, to)}, as a {@code citedRange unit="page"}, or null. */
    public static Span pagesAfter(String text, int from, int to) {
        Matcher m = PAGES_AFTER.matcher(text);
        m.region(from, to);
        return m.find() ? new Span(m.start(1), m.end(1), "citedRange", Map.of("unit", "page")) : null;
    }
}

package org.colophon.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author–date references, as reference lists write them (APA, Harvard, Chicago author-date):
 * "Robins, A., Rountree, J., &amp; Rountree, N. (2003). Title. Journal, 13(2), 137–172." or
 * "Smith, J. 1999. Title. Place: Publisher." The names come first and only names; the year
 * follows them, in parentheses or between full stops. Returns null for anything else, so the
 * general parser handles footnote styles.
 */
final class AuthorDate {

    // patterns of single uses, compiled once (String.matches/split/replace would compile them on every call)
    private static final Pattern RX_LEAD_PUNCT = Pattern.compile("^[”’'\".,\\s]+");
    private static final Pattern RX_BOOK_TITLE_STOP = Pattern.compile("\\s*\\((?=[^)]*:)|,\\s*\\d+(?:st|nd|rd|th|\\.)?\\s*(?:edn|ed\\.|edition)|\\s*\\(\\d+\\.?\\S*\\s*ed");
    private static final Pattern RX_NOT_NAMES = Pattern.compile(".*[:?!\\d\\[\\]].*");
    private static final Pattern RX_NAME_SEPS = Pattern.compile("[\\s,;&]+");
    private static final Pattern RX_SENTENCE_END = Pattern.compile("\\p{Ll}{2,}\\.\\s+\\p{Lu}");
    private static final Pattern RX_SURNAME_INITIALS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}\\.?)*");
    private static final Pattern RX_SPACES = Pattern.compile("\\s+");
    private static final Pattern RX_GIVEN_CHARS = Pattern.compile("[\\p{L}.'’ -]+");
    static final Pattern YEAR = Pattern.compile(
            "\\s*(?:\\((?<y1>\\d{4})[a-z]?\\)|(?<=[.,])\\s(?<y2>\\d{4})[a-z]?(?=[.,]\\s))[.,:]?\\s+");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?\\s?-?){1,4}");
    private static final Pattern PARTICLE = Pattern.compile("(?i:van|von|de|der|den|da|di|du|la|le|del|della|ten|ter|al\\.?|et|y)");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.");
    private static final Pattern PERSON_SPLIT = Pattern.compile("\\s*(?:;|,?\\s+&\\s+|,?\\s+and\\s+|,?\\s+und\\s+)\\s*");
    private static final Pattern JOURNAL = Pattern.compile(
            "^(?<journal>[^,.(\\d][^,(]*?)[,.]?\\s+(?:[Vv]ol\\.\\s*)?(?<vol>\\d+)\\s*(?:\\((?<iss>[^)]{1,12})\\)|,?\\s*(?:[Nn]o\\.|[Ii]ssue)\\s*(?<iss2>\\d+))?\\s*[,:]\\s*(?:pp?\\.\\s*)?(?<pages>\\d+\\s*[-–‑]\\s*\\d+|\\d+)");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("(?<place>\\p{Lu}[\\p{L} ,.'-]{1,60}?):\\s*(?<pub>[^.:;]{2,80})");
    private static final Pattern EDITORS = Pattern.compile("^In:?\\s+(?<eds>.{2,200}?)\\s*\\((?:[Ee]ds?|Hrsg|Hg|Hgg)\\.?\\)[,.]?\\s+");
    private static final Pattern CHAPTER_PAGES = Pattern.compile("\\((?:pp?\\.|S\\.)\\s*(?<pages>\\d+\\s*[-–‑]\\s*\\d+)\\)");

    /** "vol. 2, ", "Bd. 3, ": the volume cited (group 1) right after the year. */
    private static final Pattern VOLUME_START = Pattern.compile("(?:[Vv]ols?\\.|[Vv]olume|Bd\\.|Band|[Tt]ome|t\\.)\\s*(\\d{1,4})(?:\\s*[,:]\\s*|\\s*$)");
    /** A page or paragraph cited: "p. 139", "pp. 3–5", "S. 12", "Abs. 310", "para. 4", "at 217", "¶ 3". */
    private static final Pattern LOCATOR_START = Pattern.compile(
            "(?:(?:pp?|S|s|Abs|paras?|paragr|nn?|Rn|Rdnr)\\.|at|§§?|¶¶?)\\s*\\d");

    private AuthorDate() {}

    /**
     * Where {@link #YEAR} can first match: before the first "(" and four digits, or ". " or ", " and
     * four digits, and the spaces before it; -1 where neither stands. The pattern is sought from there
     * only (most lines hold no such year, and the search tried every character).
     */
    static int yearSearchStart(String t) {
        int n = t.length();
        for (int q = 0; q + 4 < n; q++) {
            char c = t.charAt(q);
            boolean site = c == '(' ? fourDigits(t, q + 1)
                    : NameShapes.isSpace(c) && q > 0 && (t.charAt(q - 1) == '.' || t.charAt(q - 1) == ',') && fourDigits(t, q + 1);
            if (!site) continue;
            if (c == '(') while (q > 0 && NameShapes.isSpace(t.charAt(q - 1))) q--;
            return q;
        }
        return -1;
    }

    private static boolean fourDigits(String t, int i) {
        if (i + 4 > t.length()) return false;
        for (int k = i; k < i + 4; k++) if (t.charAt(k) < '0' || t.charAt(k) > '9') return false;
        return true;
    }

    /** Spans for an author–date reference, or null when the text is not one. */
    static List<Span> parse(String t) {
        int from = yearSearchStart(t);
        if (from < 0) return null;
        Matcher h = YEAR.matcher(t);
        if (!h.find(from) || h.start() < 2 || h.start() > 300) return null;
        int namesEnd = h.start();
        String names = t.substring(0, namesEnd);
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c == '(' || c == ')' || c == '"' || c == '“' || c == '”') return null;
        }
        List<int[]> people = people(names);
        if (people == null || people.isEmpty()) return null;
        String year = h.group("y1") != null ? h.group("y1") : h.group("y2");
        int yStart = h.group("y1") != null ? h.start("y1") : h.start("y2");
        List<Span> out = new ArrayList<>();
        int end = t.strip().length();
        while (end > 0 && ".".indexOf(t.charAt(end - 1)) >= 0) end--;
        out.add(new Span(0, end, "bibl", Map.of()));
        for (int[] p : people) out.add(new Span(p[0], p[1], "author", Map.of()));
        out.add(new Span(yStart, yStart + 4, "date", Map.of("when", year)));

        // the title: up to the sentence end (or the closing quotation mark)
        int ts = h.end();
        if (ts >= t.length()) return out;
        // "Habermas (1981), vol. 2, p. 171": the volume cited, then maybe the pages
        Matcher vol = VOLUME_START.matcher(t).region(ts, t.length());
        if (vol.lookingAt()) {
            out.add(new Span(vol.start(1), vol.end(1), "biblScope", Map.of("unit", "volume")));
            ts = vol.end();
            if (ts >= t.length() || !LOCATOR_START.matcher(t).region(ts, t.length()).lookingAt()) return out;
        }
        // "Gates et al. (2008), p. 139": a short cite, the year then the pages cited, has no title
        if (LOCATOR_START.matcher(t).region(ts, t.length()).lookingAt()) {
            Span cited = Locators.pagesAfter(t, ts, t.length());
            if (cited == null) return null;
            out.add(cited);
            return out;
        }
        int te;
        char open = t.charAt(ts);
        if (open == '“' || open == '\'' || open == '‘' || open == '"') {
            char close = open == '“' ? '”' : open == '‘' ? '’' : open;
            te = t.indexOf(close, ts + 1);
            if (te < 0) return out;
            ts++;
        } else {
            te = sentenceEnd(t, ts);
        }
        if (te <= ts) return out;
        String rest = RX_LEAD_PUNCT.matcher(t.substring(Math.min(t.length(), te + 1))).replaceFirst("");
        int restStart = t.length() - rest.length();
        Matcher j = JOURNAL.matcher(rest);
        Matcher ed = EDITORS.matcher(rest);
        if (ed.find()) {
            out.add(new Span(ts, te, "title", Map.of("level", "a")));
            for (int[] p : split(rest.substring(ed.start("eds"), ed.end("eds")), restStart + ed.start("eds"))) {
                out.add(new Span(p[0], p[1], "editor", Map.of()));
            }
            int bs = restStart + ed.end();
            int be = sentenceEnd(t, bs);
            Matcher cp = CHAPTER_PAGES.matcher(t).region(bs, t.length());
            if (cp.find() && cp.start() < be + 2) {
                be = cp.start();
                out.add(new Span(cp.start("pages"), cp.end("pages"), "biblScope", Map.of("unit", "page")));
            }
            while (be > bs && Character.isWhitespace(t.charAt(be - 1))) be--;
            if (be > bs) out.add(new Span(bs, be, "title", Map.of("level", "m")));
            placePublisher(t, be, out);
        } else if (j.find()) {
            out.add(new Span(ts, te, "title", Map.of("level", "a")));
            int js = restStart + j.start("journal");
            int je = restStart + j.end("journal");
            while (je > js && ",. ".indexOf(t.charAt(je - 1)) >= 0) je--;
            out.add(new Span(js, je, "title", Map.of("level", "j")));
            out.add(new Span(restStart + j.start("vol"), restStart + j.end("vol"), "biblScope", Map.of("unit", "volume")));
            String iss = j.group("iss") != null ? "iss" : j.group("iss2") != null ? "iss2" : null;
            if (iss != null) out.add(new Span(restStart + j.start(iss), restStart + j.end(iss), "biblScope", Map.of("unit", "issue")));
            out.add(new Span(restStart + j.start("pages"), restStart + j.end("pages"), "biblScope", Map.of("unit", "page")));
        } else {
            // a book: its title stops before "(Place: Publisher" or ", 2nd edn"
            Matcher stop = RX_BOOK_TITLE_STOP.matcher(t).region(ts, te);
            int titleEnd = stop.find() ? stop.start() : te;
            out.add(new Span(ts, titleEnd, "title", Map.of("level", "m")));
            placePublisher(t, titleEnd, out);
        }
        return out;
    }

    private static void placePublisher(String t, int from, List<Span> out) {
        Matcher pp = PLACE_PUBLISHER.matcher(t).region(Math.min(from, t.length()), t.length());
        if (pp.find()) {
            out.add(new Span(pp.start("place"), pp.end("place"), "pubPlace", Map.of()));
            int pe = pp.end("pub");
            while (pe > pp.start("pub") && Character.isWhitespace(t.charAt(pe - 1))) pe--;
            out.add(new Span(pp.start("pub"), pe, "publisher", Map.of()));
        }
    }

    /** The end of the sentence starting at {@code from}: a full stop, ? or ! before a space and a capital or digit. */
    private static int sentenceEnd(String t, int from) {
        for (int i = from + 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                boolean initial = c == '.' && i >= 1 && Character.isUpperCase(t.charAt(i - 1)) && (i < 2 || !Character.isLetter(t.charAt(i - 2)));
                if (!initial) return c == '.' ? i : i + 1;
            }
        }
        return t.length();
    }

    /** The people in a list of names, or null when it holds anything but names. */
    private static List<int[]> people(String names) {
        String s = names.strip();
        if (s.equals("---") || s.equals("—") || s.equals("–––")) return List.of();
        if (RX_NOT_NAMES.matcher(s).matches()) return null;
        for (String word : RX_NAME_SEPS.split(s)) {
            if (word.isEmpty() || word.equals("and") || word.equals("und") || word.equals("et") || word.equals("al.")) continue;
            if (PARTICLE.matcher(word).matches()) continue;
            if (!NAME_WORD.matcher(word).matches()) return null;
        }
        // a full stop after a whole word ends a sentence: "Burgess, Anthony. A Clockwork Orange"
        if (RX_SENTENCE_END.matcher(s).find()) return null;
        return split(names, 0);
    }

    /** Splits a name list into people: "Robins, A., Rountree, J." pairs a surname with its initials. */
    private static List<int[]> split(String names, int offset) {
        List<int[]> out = new ArrayList<>();
        Matcher sep = PERSON_SPLIT.matcher(names);
        int start = 0;
        List<int[]> chunks = new ArrayList<>();
        while (sep.find()) {
            chunks.add(new int[] {start, sep.start()});
            start = sep.end();
        }
        chunks.add(new int[] {start, names.length()});
        for (int[] c : chunks) {
            String chunk = names.substring(c[0], c[1]);
            // "Adams, C.J., Korsch, R.J." → pairs of surname and initials
            List<int[]> parts = NameShapes.commaParts(chunk);
            for (int i = 0; i < parts.size(); i++) {
                int[] p = parts.get(i);
                if (p[1] <= p[0]) continue;
                int ps = p[0];
                int pe = p[1];
                String next = i + 1 < parts.size() ? chunk.substring(parts.get(i + 1)[0], parts.get(i + 1)[1]) : "";
                boolean firstInverted = out.isEmpty() && i == 0 && RX_SURNAME_INITIALS.matcher(next.strip()).matches();
                if (i + 1 < parts.size() && (isGiven(next) || firstInverted)) {
                    pe = parts.get(i + 1)[1];
                    i++;
                }
                String person = chunk.substring(ps, pe).strip();
                if (person.isEmpty() || person.equals("et al.")) continue;
                while (pe > ps && (chunk.charAt(pe - 1) == ' ')) pe--;
                out.add(new int[] {offset + c[0] + ps, offset + c[0] + pe});
            }
        }
        return out;
    }

    /** Initials or a given name following a surname after a comma ("A.", "J. E.", "Galileo"). */
    private static boolean isGiven(String s) {
        String t = s.strip();
        if (t.isEmpty()) return false;
        if (INITIALS.matcher(t).matches()) return true;
        String[] words = RX_SPACES.split(t);
        return words.length <= 3 && Character.isUpperCase(t.charAt(0)) && RX_GIVEN_CHARS.matcher(t).matches() && t.contains(".");
    }
}

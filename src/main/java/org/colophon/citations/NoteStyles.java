package org.colophon.citations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-renders an annotated reference-list entry as the footnotes that cite it: the same real
 * field values (authors, titles, places, publishers, years, pages) in the note forms of the
 * Chicago Manual ("Author, Title (Place: Publisher, Year), 45.") and of German humanities
 * ("Author: Title, in: Journal 12 (1990), S. 45."). Reference-list training data is plentiful
 * and footnote data is not; the tagger learns both forms from one annotation.
 */
final class NoteStyles {

    private static final Pattern FIRST_PAGE = Pattern.compile("\\d+");
    private static final Pattern EDGE = Pattern.compile("^[\\s,.;:(\\[“”\"„«»]+|[\\s,.;:)\\]“”\"„«»]+$");

    private NoteStyles() {
    }

    /** A piece of a rendered citation and its label. */
    private record Piece(String text, String label) {
    }

    /** Note forms of one annotated citation; none when it lacks an author or a title. */
    static List<TrainingData.Labelled> variants(TrainingData.Labelled ref, int seed) {
        Map<String, String> f = fields(ref);
        String author = f.get("author");
        String title = f.get("title");
        if (author == null || title == null || f.containsKey("translator")) return List.of();
        String year = f.get("date") == null ? null : year(f.get("date"));
        String page = citedPage(f.get("pages"), seed);
        List<List<Piece>> forms = new ArrayList<>();
        if (f.containsKey("journal")) {
            String vol = f.get("volume");
            forms.add(seq(p(author + ",", "author"), p("“" + title + ",”", "title"), p(f.get("journal"), "journal"),
                    vol == null ? null : p(vol, "volume"), year == null ? null : p("(" + year + "):", "date"),
                    p(f.getOrDefault("pages", page) + ".", "pages")));
            forms.add(seq(p(author + ":", "author"), p(title + ",", "title"), p("in: " + f.get("journal"), "journal"),
                    vol == null ? null : p(vol, "volume"), year == null ? null : p("(" + year + "),", "date"),
                    p("S. " + page + ".", "pages")));
        } else if (f.containsKey("container")) {
            String ed = f.get("editor");
            forms.add(seq(p(author + ",", "author"), p("“" + title + ",”", "title"), p("in " + f.get("container") + ",", "container"),
                    ed == null ? null : p("ed. " + ed, "editor"), pub(f, year, true), p(page + ".", "pages")));
            forms.add(seq(p(author + ":", "author"), p(title + ",", "title"),
                    ed == null ? p("in:", "container") : p("in: " + ed + " (Hrsg.):", "editor"),
                    p(f.get("container") + ",", "container"), pub(f, year, false), p("S. " + page + ".", "pages")));
        } else {
            forms.add(seq(p(author + ",", "author"), p(title, "title"), pub(f, year, true), p(page + ".", "pages")));
            forms.add(seq(p(author + ":", "author"), p(title + ",", "title"), pub(f, year, false), p("S. " + page + ".", "pages")));
        }
        List<TrainingData.Labelled> out = new ArrayList<>();
        out.add(labelled(forms.get(Math.floorMod(seed, forms.size()))));
        // the short form of later notes: "Davies, Soviet Military Expenditure, 580." or the title alone
        String shortTitle = shortTitle(title);
        String surname = surname(author);
        if (shortTitle != null && surname != null) {
            String t = f.containsKey("journal") || f.containsKey("container") ? "“" + shortTitle + ",”" : shortTitle + ",";
            out.add(labelled(Math.floorMod(seed, 4) == 3
                    ? seq(p(t, "title"), p(page + ".", "pages"))
                    : seq(p(surname + ",", "author"), p(t, "title"), p(page + ".", "pages"))));
        }
        return out;
    }

    private static TrainingData.Labelled labelled(List<Piece> pieces) {
        return TrainingData.labelled(pieces.stream().map(Piece::text).toList(), pieces.stream().map(Piece::label).toList());
    }

    /** The title up to its colon, at most five words; null if that leaves nothing shorter. */
    private static String shortTitle(String title) {
        String t = title.split("[:.?!]", 2)[0].strip();
        String[] w = t.split("\\s+");
        if (w.length > 5) t = String.join(" ", java.util.Arrays.copyOf(w, 5));
        t = EDGE.matcher(t).replaceAll("");
        return t.isEmpty() ? null : t;
    }

    /** The first author's surname: "Adams" of "Adams, C.J., Korsch, R.J." or of "C. J. Adams and ...". */
    private static String surname(String authors) {
        String first = authors.split("\\s*(?:;|\\s&\\s|\\s+and\\s+|\\s+und\\s+)\\s*")[0];
        String s;
        if (first.contains(",")) {
            s = first.substring(0, first.indexOf(',')).strip();
        } else {
            String[] w = first.strip().split("\\s+");
            s = w[w.length - 1];
            if (w.length >= 2 && w[w.length - 1].matches("\\p{Lu}{1,3}\\.?")) s = w[0];   // "Lindholm ML"
        }
        s = EDGE.matcher(s).replaceAll("");
        return s.isEmpty() || !Character.isUpperCase(s.charAt(0)) ? null : s;
    }

    /** "(Place: Publisher, Year)," (Chicago) or "Place: Publisher Year," (German); absent parts left out. */
    private static Piece[] pub(Map<String, String> f, String year, boolean chicago) {
        String place = f.get("place");
        String publisher = f.get("publisher");
        List<Piece> ps = new ArrayList<>();
        if (chicago) {
            String open = "(";
            if (place != null) {
                ps.add(p(open + place + (publisher != null ? ":" : year != null ? "," : "),"), "place"));
                open = "";
            }
            if (publisher != null) {
                ps.add(p(open + publisher + (year != null ? "," : "),"), "publisher"));
                open = "";
            }
            if (year != null) ps.add(p(open + year + "),", "date"));
        } else {
            if (place != null) ps.add(p(place + (publisher != null ? ":" : ""), "place"));
            if (publisher != null) ps.add(p(publisher + (year != null ? "" : ","), "publisher"));
            if (year != null) ps.add(p(year + ",", "date"));
        }
        return ps.toArray(Piece[]::new);
    }

    private static Piece p(String text, String label) {
        return new Piece(text, label);
    }

    private static List<Piece> seq(Object... parts) {
        List<Piece> out = new ArrayList<>();
        for (Object o : parts) {
            if (o instanceof Piece pc) out.add(pc);
            else if (o instanceof Piece[] arr) out.addAll(List.of(arr));
        }
        return out;
    }

    /** The first value of each label, stripped of its edge punctuation and lead-in words. */
    private static Map<String, String> fields(TrainingData.Labelled ref) {
        Map<String, String> out = new LinkedHashMap<>();
        List<CiteToken> toks = ref.tokens();
        int i = 0;
        while (i < toks.size()) {
            int j = i;
            while (j + 1 < toks.size() && ref.labels()[j + 1].equals(ref.labels()[i])) j++;
            String label = ref.labels()[i];
            String value = ref.text().substring(toks.get(i).start(), toks.get(j).end());
            value = EDGE.matcher(value).replaceAll("");
            if (label.equals("container") || label.equals("journal")) value = value.replaceFirst("^(?:[Ii]n|[Dd]ans)\\s*:?\\s+", "");
            if (label.equals("editor")) value = value.replaceAll("\\(?\\b(?:[Ee]ds?|[Ee]ditors?|[Ee]dited by|Hrsg|Hg)\\b\\.?\\)?", "").strip();
            if (label.equals("pages")) value = value.replaceFirst("^(?:pp?\\.|S\\.|pages)\\s*", "");
            value = EDGE.matcher(value).replaceAll("");
            if (!value.isEmpty()) out.putIfAbsent(label, value);
            i = j + 1;
        }
        return out;
    }

    private static String year(String date) {
        Matcher m = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20[0-3]\\d)(?!\\d)").matcher(date);
        return m.find() ? m.group(1) : null;
    }

    private static String citedPage(String pages, int seed) {
        if (pages != null) {
            Matcher m = FIRST_PAGE.matcher(pages);
            if (m.find()) return m.group();
        }
        return Integer.toString(3 + Math.floorMod(seed * 7919, 400));
    }
}

package org.colophon.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSL-JSON (the Citation Style Language's data format, read by Zotero, pandoc and citeproc) for
 * the citations of a run of notes: one entry per citation, in order, its id the {@code xml:id} of
 * its bibl in the TEI that {@code colophon cite} writes ("c3-b1"). The pages a citation cites are
 * its {@code locator}; {@code page} is the page range of an article or chapter.
 *
 * <p>CSL-JSON has no ibid.: a cross-reference ("Ibid., 580", "Ebd., S. 14", "Davies, op. cit.,
 * 45", a short title) is an entry of its own that repeats the fields of the entry it refers to
 * (so each entry stands for its citation, as a citation processor wants it), with the pages it
 * cites as {@code locator}, its own words as {@code note}, and the entry it repeats in
 * {@code custom}: {@code {"cross-reference": "ibid", "repeats": "c1-b1"}}.
 */
public final class CslJson {

    /** A note: its id ("c3"), its text, and its citations as linked spans (bibl with xml:id, ref with type and target). */
    public record Note(String id, String text, List<Span> spans) {}

    /**
     * An entry: its id, its fields as JSON values by key, the id of the entry it repeats (or null),
     * the pages it cites (or null) and their CSL label ("page", "paragraph" for "Rn. 443", "note" for "Fn. 3").
     */
    private record Entry(String id, Map<String, String> fields, String repeats, String locator, String label) {}

    /** The full citation an entry stands for: its own id, or the one it repeats. */
    private static String original(Entry e) {
        return e.repeats() != null ? e.repeats() : e.id();
    }

    private CslJson() {
    }

    /** A JSON array with one entry per citation of every note. */
    public static String write(List<Note> notes) {
        Map<String, Entry> byId = new HashMap<>();
        Entry last = null;
        StringBuilder sb = new StringBuilder("[\n");
        for (Note note : notes) {
            for (Span sp : note.spans()) {
                Entry e = entry(note, sp, byId, last);
                if (e == null) continue;
                byId.put(e.id(), e);
                if (last != null) sb.append(",\n");
                last = e;
                sb.append("  {\"id\": ").append(str(e.id()));
                e.fields().forEach((key, value) -> sb.append(", ").append(str(key)).append(": ").append(value));
                sb.append('}');
            }
        }
        return sb.append("\n]\n").toString();
    }

    /**
     * The entry of a bibl, or of a cross-reference standing alone ("Ibid., 580."); null for any
     * other span. A bare "Ibid." cites the same pages as the citation before it, when that was of
     * the same work.
     */
    private static Entry entry(Note note, Span sp, Map<String, Entry> earlier, Entry last) {
        String t = note.text();
        if (sp.isBibl()) {
            List<Span> fields = within(note.spans(), sp);
            String id = sp.attributes().get("xml:id");
            Span ref = fields.stream().filter(CslJson::isCrossReference).findFirst().orElse(null);
            Entry target = ref == null ? null : earlier.get(targetOf(ref));
            Span citedSpan = firstCited(fields);
            String cited = citedSpan == null ? null : text(t, citedSpan);
            String label = citedSpan == null ? null : Locators.label(t, citedSpan.start());
            return target != null ? repeat(id, target, ref, cited, label, text(t, sp))
                    : new Entry(id, item(t, sp, fields), null, cited, label);
        }
        if (!isCrossReference(sp) || note.spans().stream().anyMatch(b -> b.isBibl() && b.contains(sp))) return null;
        Entry target = earlier.get(targetOf(sp));
        if (target == null) return null;
        int end = t.indexOf(';', sp.end());
        if (end < 0) end = t.length();
        Span pages = Locators.pagesAfter(t, sp.end(), end);
        boolean sameAsLast = "ibid".equals(sp.attributes().get("type")) && last != null && original(last).equals(original(target));
        String locator = pages != null ? text(t, pages) : sameAsLast ? last.locator() : null;
        String label = pages != null ? Locators.label(t, pages.start()) : sameAsLast ? last.label() : null;
        return repeat(note.id() + "-" + sp.attributes().get("type"), target, sp, locator, label, t.substring(sp.start(), end).strip());
    }

    private static boolean isCrossReference(Span sp) {
        return sp.element().equals("ref") && sp.attributes().getOrDefault("target", "").startsWith("#");
    }

    private static String targetOf(Span ref) {
        return ref.attributes().get("target").substring(1);
    }

    /** An entry for a cross-reference: the fields of the entry it refers to, its own pages and words, and what it repeats. */
    private static Entry repeat(String id, Entry target, Span ref, String locator, String label, String words) {
        String original = original(target);
        Map<String, String> fields = new LinkedHashMap<>(target.fields());
        fields.keySet().removeAll(List.of("locator", "label", "note", "custom"));
        if (locator != null) {
            fields.put("locator", str(locator));
            fields.put("label", str(label == null ? "page" : label));
        }
        fields.put("note", str(words));
        fields.put("custom", "{\"cross-reference\": " + str(ref.attributes().getOrDefault("type", "ref"))
                + ", \"repeats\": " + str(original) + "}");
        return new Entry(id, fields, original, locator, label);
    }

    private static List<Span> within(List<Span> spans, Span bibl) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) if (s != bibl && bibl.contains(s)) out.add(s);
        return out;
    }

    /** The CSL fields of a full citation, as JSON values by key. */
    private static Map<String, String> item(String t, Span bibl, List<Span> fields) {
        Map<String, String> f = new LinkedHashMap<>();
        String articleTitle = first(t, fields, "title", "a");
        String journal = first(t, fields, "title", "j");
        String book = first(t, fields, "title", "m");
        if (book == null) book = first(t, fields, "title", "");
        boolean archival = "archival".equals(bibl.attributes().get("type"));
        Span court = fields.stream().filter(s -> s.element().equals("orgName") && "court".equals(s.attributes().get("type")))
                .findFirst().orElse(null);
        boolean legalCase = "case".equals(bibl.attributes().get("type"));   // a court is named only in a case
        boolean legislation = "legislation".equals(bibl.attributes().get("type"));
        f.put("type", str(archival ? "manuscript" : legalCase ? "legal_case" : legislation ? "legislation" : journal != null ? "article-journal"
                : articleTitle != null ? "chapter" : "book"));
        if (court != null) f.put("authority", str(text(t, court)));
        if (legalCase) {
            for (Span s : fields) {
                if (s.element().equals("idno") && "docket".equals(s.attributes().get("type"))) f.put("number", str(text(t, s)));
            }
        }
        names(f, "author", t, fields, "author");
        names(f, "editor", t, fields, "editor");
        if (articleTitle != null) {
            f.put("title", str(articleTitle));
            String container = journal != null ? journal : book;
            if (container != null) f.put("container-title", str(container));
        } else if (book != null) {
            f.put("title", str(book));
            if (journal != null) f.put("container-title", str(journal));
        } else if (journal != null) {
            f.put("container-title", str(journal));
        }
        field(f, "collection-title", first(t, fields, "title", "s"));
        for (Span s : fields) {
            if (s.element().equals("date")) {
                String when = s.attributes().getOrDefault("when", "");
                f.put("issued", when.matches("\\d{4}.*")
                        ? "{\"date-parts\": [[" + String.join(", ", when.split("-")).replaceAll("\\b0+(\\d)", "$1") + "]]}"
                        : "{\"literal\": " + str(text(t, s)) + "}");
                break;
            }
        }
        field(f, "volume", first(t, fields, "biblScope", "volume"));
        field(f, "issue", first(t, fields, "biblScope", "issue"));
        field(f, "page", first(t, fields, "biblScope", "page"));
        Span cited = firstCited(fields);
        if (cited == null && archival) cited = firstSpan(fields, "citedRange", "folio");   // "fol. 3r", "Bl. 5"
        if (cited != null) {
            f.put("locator", str(text(t, cited)));
            String label = Locators.label(t, cited.start());
            f.put("label", str(legislation && label.equals("page") ? "section" : label));   // "Human Rights Act 1998, s 3(1)"
        }
        field(f, "publisher", first(t, fields, "publisher", null));
        field(f, "publisher-place", places(t, fields));
        field(f, "edition", first(t, fields, "edition", null));
        if (archival) field(f, "archive", first(t, fields, "orgName", null));
        for (Span s : fields) {
            if (s.element().equals("idno") && "DOI".equalsIgnoreCase(s.attributes().get("type"))) {
                f.put("DOI", str(text(t, s)));
            } else if (s.element().equals("idno") && "URL".equalsIgnoreCase(s.attributes().get("type"))) {
                f.put("URL", str(text(t, s)));
            } else if (s.element().equals("idno") && "shelfmark".equals(s.attributes().get("type"))) {
                f.put("archive_location", str(text(t, s)));
            }
        }
        f.put("note", str(text(t, bibl)));
        return f;
    }

    private static void names(Map<String, String> f, String key, String t, List<Span> fields, String element) {
        List<String> people = new ArrayList<>();
        for (Span s : fields) if (s.element().equals(element)) people.add(name(text(t, s)));
        if (!people.isEmpty()) f.put(key, "[" + String.join(", ", people) + "]");
    }

    /** "Galilei, Galileo" and "R. W. Davies" → family and given; one word → literal. */
    static String name(String n) {
        String s = n.strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            return "{\"family\": " + str(s.substring(0, comma).strip()) + ", \"given\": " + str(s.substring(comma + 1).strip()) + "}";
        }
        int space = s.lastIndexOf(' ');
        if (space > 0) {
            return "{\"family\": " + str(s.substring(space + 1)) + ", \"given\": " + str(s.substring(0, space).strip()) + "}";
        }
        return "{\"literal\": " + str(s) + "}";
    }

    private static void field(Map<String, String> f, String key, String value) {
        if (value != null) f.put(key, str(value));
    }

    /** The places of publication as printed, from the first to the last of one imprint ("München/Wien"). */
    private static String places(String t, List<Span> fields) {
        Span first = null;
        Span last = null;
        for (Span s : fields) {
            if (!s.element().equals("pubPlace")) continue;
            if (first == null) first = s;
            else if (t.substring(last.end(), s.start()).strip().length() > 1) break;   // a second imprint
            last = s;
        }
        return first == null ? null : text(t, new Span(first.start(), last.end(), "pubPlace", java.util.Map.of()));
    }

    private static String first(String t, List<Span> fields, String element, String level) {
        for (Span s : fields) {
            if (!s.element().equals(element)) continue;
            // level "" is a title of no level
            if (element.equals("title") && level != null && !level.equals(s.attributes().getOrDefault("level", ""))) continue;
            if (element.equals("biblScope") && level != null && !level.equals(s.attributes().get("unit"))) continue;
            return text(t, s);
        }
        return null;
    }

    /** The pages or the margin numbers cited ("S. 12", "Rn. 11"), whichever comes first. */
    private static Span firstCited(List<Span> fields) {
        for (Span s : fields) {
            String u = s.attributes().get("unit");
            if (s.element().equals("citedRange") && ("page".equals(u) || "para".equals(u))) return s;
        }
        return null;
    }

    private static Span firstSpan(List<Span> fields, String element, String unit) {
        for (Span s : fields) {
            if (s.element().equals(element) && unit.equals(s.attributes().get("unit"))) return s;
        }
        return null;
    }

    private static String text(String t, Span s) {
        return t.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }

    /** A JSON string literal. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}

package org.colophon.citations;

import java.util.ArrayList;
import java.util.List;

/**
 * CSL-JSON (the Citation Style Language's data format, read by Zotero, pandoc and citeproc)
 * for the citations the parser finds: one item per bibl.
 */
public final class CslJson {
    private final CitationParser parser;

    public CslJson(CitationParser parser) {
        this.parser = parser;
    }

    /** A JSON array with one item per citation of every text, ids "c{line}-{k}". */
    public String write(List<Integer> lineNumbers, List<String> texts) {
        StringBuilder sb = new StringBuilder("[\n");
        boolean first = true;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            List<Span> spans = parser.parse(t);
            int k = 0;
            for (Span bibl : spans) {
                if (!bibl.element().equals("bibl")) continue;
                if (!first) sb.append(",\n");
                first = false;
                item(sb, "c" + lineNumbers.get(i) + "-" + (++k), t, bibl, within(spans, bibl));
            }
        }
        return sb.append("\n]\n").toString();
    }

    private static List<Span> within(List<Span> spans, Span bibl) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) if (s != bibl && s.start() >= bibl.start() && s.end() <= bibl.end()) out.add(s);
        return out;
    }

    private static void item(StringBuilder sb, String id, String t, Span bibl, List<Span> fields) {
        String articleTitle = first(t, fields, "title", "a");
        String journal = first(t, fields, "title", "j");
        String book = first(t, fields, "title", "m");
        if (book == null) book = first(t, fields, "title", null);
        boolean archival = "archival".equals(bibl.attributes().get("type"));
        String type = archival ? "manuscript" : journal != null ? "article-journal" : articleTitle != null ? "chapter" : "book";
        sb.append("  {\"id\": ").append(str(id)).append(", \"type\": ").append(str(type));
        names(sb, "author", t, fields, "author");
        names(sb, "editor", t, fields, "editor");
        if (articleTitle != null) {
            sb.append(", \"title\": ").append(str(articleTitle));
            String container = journal != null ? journal : book;
            if (container != null) sb.append(", \"container-title\": ").append(str(container));
        } else if (book != null) {
            sb.append(", \"title\": ").append(str(book));
            if (journal != null) sb.append(", \"container-title\": ").append(str(journal));
        } else if (journal != null) {
            sb.append(", \"container-title\": ").append(str(journal));
        }
        for (Span s : fields) {
            if (s.element().equals("date")) {
                String when = s.attributes().getOrDefault("when", "");
                if (when.matches("\\d{4}.*")) {
                    sb.append(", \"issued\": {\"date-parts\": [[").append(String.join(", ", when.split("-"))
                            .replaceAll("\\b0+(\\d)", "$1")).append("]]}");
                } else {
                    sb.append(", \"issued\": {\"literal\": ").append(str(text(t, s))).append('}');
                }
                break;
            }
        }
        field(sb, "volume", t, fields, "biblScope", "volume");
        field(sb, "issue", t, fields, "biblScope", "issue");
        String page = first(t, fields, "biblScope", "page");
        if (page == null) page = firstUnit(t, fields, "citedRange", "page");
        if (page != null) sb.append(", \"page\": ").append(str(page));
        field(sb, "publisher", t, fields, "publisher", null);
        field(sb, "publisher-place", t, fields, "pubPlace", null);
        field(sb, "edition", t, fields, "edition", null);
        if (archival) field(sb, "archive", t, fields, "orgName", null);
        for (Span s : fields) {
            if (s.element().equals("idno") && "DOI".equalsIgnoreCase(s.attributes().get("type"))) {
                sb.append(", \"DOI\": ").append(str(text(t, s)));
            } else if (s.element().equals("idno") && "URL".equalsIgnoreCase(s.attributes().get("type"))) {
                sb.append(", \"URL\": ").append(str(text(t, s)));
            }
        }
        sb.append(", \"note\": ").append(str(text(t, bibl))).append('}');
    }

    private static void names(StringBuilder sb, String key, String t, List<Span> fields, String element) {
        List<String> people = new ArrayList<>();
        for (Span s : fields) if (s.element().equals(element)) people.add(text(t, s));
        if (people.isEmpty()) return;
        sb.append(", ").append(str(key)).append(": [");
        for (int i = 0; i < people.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(name(people.get(i)));
        }
        sb.append(']');
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

    private static void field(StringBuilder sb, String key, String t, List<Span> fields, String element, String unit) {
        String v = unit == null ? first(t, fields, element, null) : firstUnit(t, fields, element, unit);
        if (v != null) sb.append(", ").append(str(key)).append(": ").append(str(v));
    }

    private static String first(String t, List<Span> fields, String element, String level) {
        for (Span s : fields) {
            if (!s.element().equals(element)) continue;
            if (element.equals("title") && level != null && !level.equals(s.attributes().get("level"))) continue;
            if (element.equals("biblScope") && level != null && !level.equals(s.attributes().get("unit"))) continue;
            return text(t, s);
        }
        return null;
    }

    private static String firstUnit(String t, List<Span> fields, String element, String unit) {
        for (Span s : fields) {
            if (s.element().equals(element) && unit.equals(s.attributes().get("unit"))) return text(t, s);
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

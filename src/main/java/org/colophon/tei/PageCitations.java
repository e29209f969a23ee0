package org.colophon.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.citations.CitationParser;
import org.colophon.citations.Span;
import org.colophon.page.PageModel;
import org.colophon.text.Inlines;

/**
 * The citations of one page's notes, worked out before the page is written: each bibl gets an
 * id (NOTEID-bK); a note opening with "Ibid." ("Ebd.", "Id.") gets a ref to the last citation
 * of the note before it; each distinct work is listed once ("Works cited") and its citations
 * point to it with @corresp. A work is its authors and titles (or, in an archive, its holding
 * and fond); the pages cited are not part of it.
 */
final class PageCitations {
    private static final Pattern IBID = Pattern.compile(
            "^\\s*(?:(?:See|Cf\\.|Vgl\\.)\\s+)?(Ibid\\.?|Ibidem\\.?|Ebd\\.|Ebenda\\.?|Id\\.)(?=\\W|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start).thenComparing(sp -> -sp.end());

    /** A work cited on the page: its id, its text as first cited, and that citation's fields within the text. */
    record Work(String id, String text, List<Span> fields) {}

    private final Map<String, List<Span>> byNote = new HashMap<>();
    private final LinkedHashMap<String, Work> works = new LinkedHashMap<>();

    PageCitations(PageModel page, CitationParser parser) {
        String lastBibl = null;
        for (PageModel.FootNote n : page.notes()) {
            String reading = Inlines.reading(n.content());
            List<Span> spans = withIds(n.id(), parser.parse(reading));
            String lastHere = lastBiblId(spans);
            Matcher ibid = IBID.matcher(reading);
            if (ibid.find() && lastBibl != null) {
                // "Ebd., S. 7." is no work of its own: a bibl the parser made of the ibid goes
                Span made = spans.stream()
                        .filter(sp -> sp.element().equals("bibl") && sp.start() <= ibid.start(1) && sp.end() >= ibid.end(1))
                        .findFirst().orElse(null);
                if (made != null) {
                    spans.removeIf(sp -> sp.start() >= made.start() && sp.end() <= made.end());
                    lastHere = lastBiblId(spans);
                }
                if (spans.stream().noneMatch(sp -> sp.start() < ibid.end(1) && sp.end() > ibid.start(1))) {
                    spans.add(new Span(ibid.start(1), ibid.end(1), "ref", Map.of("type", "ibid", "target", "#" + lastBibl)));
                    spans.sort(ORDER);
                }
            }
            if (lastHere != null) lastBibl = lastHere;
            pointAtWorks(page, reading, spans);
            byNote.put(n.id(), spans);
        }
    }

    /** The spans of a note, or null when the note was not on the page. */
    List<Span> of(String noteId) {
        return byNote.get(noteId);
    }

    Iterable<Work> works() {
        return works.values();
    }

    boolean hasWorks() {
        return !works.isEmpty();
    }

    private static List<Span> withIds(String noteId, List<Span> parsed) {
        List<Span> spans = new ArrayList<>();
        int k = 0;
        for (Span sp : parsed) {
            if (sp.element().equals("bibl")) sp = with(sp, "xml:id", noteId + "-b" + (++k));
            spans.add(sp);
        }
        return spans;
    }

    private static String lastBiblId(List<Span> spans) {
        String last = null;
        for (Span sp : spans) if (sp.element().equals("bibl")) last = sp.attributes().get("xml:id");
        return last;
    }

    private static Span with(Span sp, String attribute, String value) {
        Map<String, String> attrs = new TreeMap<>(sp.attributes());
        attrs.put(attribute, value);
        return new Span(sp.start(), sp.end(), sp.element(), attrs);
    }

    private void pointAtWorks(PageModel page, String reading, List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            Span b = spans.get(i);
            if (!b.element().equals("bibl")) continue;
            String key = workKey(reading, b, spans);
            if (key.isEmpty()) continue;
            Work work = works.get(key);
            if (work == null) {
                work = newWork(page.idPrefix().replaceFirst("^n", "w") + "-" + (works.size() + 1), reading, b, spans);
                works.put(key, work);
            }
            spans.set(i, with(b, "corresp", "#" + work.id()));
        }
    }

    private static Work newWork(String id, String reading, Span b, List<Span> spans) {
        int end = b.end();
        for (Span sp : spans) {   // the pages cited are not part of the work
            if (sp.element().equals("citedRange") && "page".equals(sp.attributes().get("unit"))
                    && sp.start() >= b.start() && sp.end() <= b.end()) end = Math.min(end, sp.start());
        }
        String text = reading.substring(b.start(), end).replaceFirst("(?:[,:;]?\\s*(?:pp?\\.|S\\.|at)?\\s*)$", "");
        List<Span> fields = new ArrayList<>();
        for (Span sp : spans) {
            if (sp == b || sp.element().equals("bibl") || sp.element().equals("ref")) continue;
            if (sp.start() >= b.start() && sp.end() <= b.start() + text.length()) {
                fields.add(new Span(sp.start() - b.start(), sp.end() - b.start(), sp.element(), sp.attributes()));
            }
        }
        return new Work(id, text, fields);
    }

    private static String workKey(String reading, Span bibl, List<Span> spans) {
        StringBuilder key = new StringBuilder();
        for (Span sp : spans) {
            if (sp.start() < bibl.start() || sp.end() > bibl.end() || sp == bibl) continue;
            String el = sp.element();
            boolean part = el.equals("author") || el.equals("editor") || el.equals("title") || el.equals("orgName")
                    || el.equals("citedRange") && List.of("fond", "opis", "delo").contains(sp.attributes().get("unit"));
            if (part) key.append(reading, sp.start(), sp.end()).append('|');
        }
        return key.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}|]+", "");
    }
}

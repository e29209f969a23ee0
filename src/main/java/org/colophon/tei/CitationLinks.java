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
import org.colophon.citations.Locators;
import org.colophon.citations.Span;
import org.colophon.page.PageModel;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * The citations of a run of notes (a page's, or the lines given to {@code colophon cite}), worked
 * out before they are written: each bibl gets an id (NOTEID-bK); cross-references point at the full
 * citation earlier in the run — "Ibid." ("Ebd.", "Id.") at the citation just before, "op. cit.",
 * "loc. cit.", "a.a.O.", "supra n. 8" at the work of that author or of that note, a short title
 * ("Davies, Soviet Military Expenditure, 580") at the full citation whose title it shortens; each
 * distinct work is listed once ("Works cited") and its citations point to it with @corresp. A work
 * is its authors and titles (or, in an archive, its holding and fond); the pages cited are not
 * part of it.
 */
final class CitationLinks {
    private static final Pattern IBID = Pattern.compile(
            "^\\s*(?:(?:See|Cf\\.|Vgl\\.)\\s+)?(Ibid\\.?|Ibidem\\.?|Ebd\\.|Ebenda\\.?|Id\\.)(?=\\W|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "op. cit.", "loc. cit.", "art. cit.", "art. cité", "a.a.O.", "supra", "above", "(as in n. 5)", "(note 3)", with an optional note number ("n. 8", "Anm. 8"); OSCOLA's "(n 8)". */
    private static final Pattern OP_CIT = Pattern.compile(
            "(?<![\\p{L}])(?:op\\.\\s*cit(?:é|\\.)?|loc\\.\\s*cit\\.?|art\\.\\s*cit(?:é|\\.)?|ouvr\\.\\s*cit(?:é|\\.)?|a\\.\\s*a\\.\\s*O\\.?|supra|oben)(?![\\p{L}\\p{M}])"
            + "(?:,?\\s*(?:n\\.|nn\\.|note|notes|Anm\\.|Fn\\.|Fußnote)\\s*(\\d+))?"
            + "|(?<![\\p{L}])(?:n\\.|note|Anm\\.|Fn\\.)\\s*(\\d+)\\s*(?:above|supra|oben)"
            + "|\\((?:n|fn|Fn)\\.?\\s*(\\d+)\\)"
            + "|\\((?:wie\\s+|s\\.\\s+|vgl\\.\\s+|as\\s+in\\s+|see\\s+|cf\\.\\s+|above,?\\s+)?(?:Anm\\.|Fn\\.|Anmerkung|Fußnote|n\\.|note)\\s*(\\d+)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Initials before a surname: "R. ", "Ph. ", "J.-L. " (not a signal: "Cf. ", "S. "). */
    private static final String INITIALS = "(?:(?!(?:Cf|S|Vgl|See|Siehe|Voir)\\.)\\p{Lu}\\p{Ll}?\\.(?:\\s*-?\\s*\\p{Lu}\\p{Ll}?\\.)*\\s*)?";
    private static final Pattern SURNAME_BEFORE = Pattern.compile(
            "(?<name>" + INITIALS + "(?<surname>\\p{Lu}[\\p{L}\\p{M}'’-]+))(?:\\s+(?:et\\s+al\\.|u\\.\\s*a\\.))?\\s*,?\\s*$");
    /**
     * A surname (its initials before it), a comma and a short title of words (no comma, no digits; in
     * quotation marks or not: "Charle, « Les élites de la République », art. cit.") right before the cross-reference.
     */
    private static final Pattern NAME_THEN_SHORT_TITLE = Pattern.compile(
            "(?:^|(?<=[\\s;]))(?<name>" + INITIALS + "(?<surname>\\p{Lu}[\\p{L}\\p{M}'’-]+))\\s*,\\s*[«“‘\"„]?\\s*"
            + "(?<short>\\p{Lu}[\\p{L}\\p{M}'’ -]*?)\\s*[»”’\"“]?\\s*,?\\s*$");
    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start).thenComparing(sp -> -sp.end());

    /** One note's reading text, with its id and number. */
    record NoteText(String id, String n, String reading) {}

    /** A work cited: its id, its text as first cited, and that citation's fields within the text. */
    record Work(String id, String text, List<Span> fields) {}

    /** A full citation seen earlier in the run: what a later cross-reference may point to. */
    private record Cited(String biblId, String noteN, String workId, List<String> surnames, String title) {}

    private final Map<String, List<Span>> byNote = new HashMap<>();
    private final LinkedHashMap<String, Work> works = new LinkedHashMap<>();
    private final List<Cited> cited = new ArrayList<>();
    /**
     * The works cited, by their note's number, by each of their surnames and by their title, sorted
     * (indices into {@link #cited}, in order): a cross-reference or a short title looks only among
     * the works it can name, not through all cited before it (a book-length run of notes was
     * quadratic).
     */
    private final Map<String, List<Integer>> citedByNote = new HashMap<>();
    private final Map<String, List<Integer>> citedBySurname = new HashMap<>();
    private final TreeMap<String, List<Integer>> citedByTitle = new TreeMap<>();
    /** The work of each bibl seen that points at one (full citations, short titles, op. cit.), by the bibl's id. */
    private final Map<String, String> workOfBibl = new HashMap<>();

    private void addCited(Cited c) {
        int i = cited.size();
        cited.add(c);
        citedByNote.computeIfAbsent(c.noteN(), k -> new ArrayList<>()).add(i);
        for (String s : new java.util.LinkedHashSet<>(c.surnames())) citedBySurname.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
        if (c.title() != null) citedByTitle.computeIfAbsent(c.title(), k -> new ArrayList<>()).add(i);
    }

    static CitationLinks of(PageModel page, CitationParser parser) {
        List<NoteText> notes = new ArrayList<>();
        for (PageModel.FootNote n : page.notes()) notes.add(new NoteText(n.id(), n.n(), Inlines.reading(n.content())));
        return new CitationLinks(notes, page.idPrefix().replaceFirst("^n", "w"), parser);
    }

    CitationLinks(List<NoteText> notes, String workPrefix, CitationParser parser) {
        String lastBibl = null;
        for (NoteText n : notes) {
            String reading = n.reading();
            List<Span> spans = withIds(n.id(), adoptOrphans(parser.parse(reading)));
            String lastHere = lastBiblId(spans);
            Matcher ibid = IBID.matcher(reading);
            if (ibid.find() && lastBibl != null) {
                // "Ebd., S. 7." is no work of its own: a bibl the parser made of the ibid goes
                Span made = spans.stream()
                        .filter(sp -> sp.element().equals("bibl") && sp.start() <= ibid.start(1) && sp.end() >= ibid.end(1))
                        .findFirst().orElse(null);
                if (made != null) {
                    spans.removeIf(made::contains);
                    lastHere = lastBiblId(spans);
                }
                if (spans.stream().noneMatch(sp -> sp.start() < ibid.end(1) && sp.end() > ibid.start(1))) {
                    spans.add(new Span(ibid.start(1), ibid.end(1), "ref", Map.of("type", "ibid", "target", "#" + lastBibl)));
                    spans.addAll(ibidWithItsPages(n.id(), reading, ibid.start(1), ibid.end(1), lastBibl, spans));
                    spans.sort(ORDER);
                }
            }
            String opCitTarget = opCit(n, reading, spans);
            shortTitles(reading, spans);
            pointAtWorks(workPrefix, reading, spans);
            remember(n, reading, spans);
            for (Span sp : spans) {   // what an ibid after this note repeats: the work of each bibl, short titles' and op. cit.'s too
                String id = sp.attributes().get("xml:id");
                String corresp = sp.attributes().get("corresp");
                if (sp.isBibl() && id != null && corresp != null && corresp.startsWith("#")) workOfBibl.put(id, corresp.substring(1));
            }
            // an op. cit. replaces the bibl the parser made of it: an ibid. after it points at its own
            if (opCitTarget != null) lastHere = lastBiblId(spans);
            if (lastHere != null) lastBibl = lastHere;
            dropOrphans(spans);
            byNote.put(n.id(), spans);
        }
    }

    /**
     * Fields the parser left outside every bibl (authors divided by ";", which also divides
     * citations, or volume and pages after a bibl that ended early) find their citation: names
     * before a bibl that has none are its authors, details after a bibl that are no names or
     * titles are its details, and any other run of such fields is a citation of its own.
     */
    static List<Span> adoptOrphans(List<Span> parsed) {
        List<Span> spans = new ArrayList<>(parsed);
        List<List<Span>> runs = new ArrayList<>();
        List<Span> run = null;
        for (Span sp : spans) {     // in document order: runs of orphans between bibls
            if (sp.isBibl()) {
                run = null;
            } else if (isOrphan(spans, sp)) {
                if (run == null) runs.add(run = new ArrayList<>());
                run.add(sp);
            }
        }
        for (List<Span> r : runs) {
            Span orphans = new Span(r.get(0).start(), r.stream().mapToInt(Span::end).max().orElseThrow(), "bibl", Map.of());
            boolean names = r.stream().anyMatch(sp -> sp.element().equals("author") || sp.element().equals("editor"));
            boolean titles = r.stream().anyMatch(sp -> sp.element().equals("title"));
            Span next = null;
            Span before = null;
            for (Span b : spans) {
                if (!b.isBibl()) continue;
                if (b.start() >= orphans.end() && (next == null || b.start() < next.start())) next = b;
                if (b.end() <= orphans.start() && (before == null || b.end() > before.end())) before = b;
            }
            Span old = null;
            Span grown = orphans;
            if (names && !titles && next != null && !holds(spans, next, "author", "editor")) {
                old = next;
                grown = new Span(orphans.start(), next.end(), "bibl", next.attributes());
            } else if (!names && !titles && before != null) {
                old = before;
                grown = new Span(before.start(), orphans.end(), "bibl", before.attributes());
            }
            if (crossesAnother(spans, grown, old)) continue;   // its fields are dropped at the end
            if (old != null) spans.remove(old);
            spans.add(grown);
            spans.sort(ORDER);
        }
        return spans;
    }

    /** Whether {@code sp} would cross a span other than {@code except}: share characters, neither holding the other. */
    private static boolean crossesAnother(List<Span> spans, Span sp, Span except) {
        return spans.stream().anyMatch(o -> o != except && o.overlaps(sp) && !o.contains(sp) && !sp.contains(o));
    }

    /** A field that no bibl holds (a ref may stand alone). */
    private static boolean isOrphan(List<Span> spans, Span sp) {
        return !sp.isBibl() && !sp.element().equals("ref") && spans.stream().noneMatch(b -> b.isBibl() && b.contains(sp));
    }

    private static boolean holds(List<Span> spans, Span bibl, String... elements) {
        List<String> wanted = List.of(elements);
        return spans.stream().anyMatch(sp -> wanted.contains(sp.element()) && bibl.contains(sp));
    }

    /**
     * A field outside every bibl — left by a cross-reference that replaced a citation's bibl, or
     * by a run {@link #adoptOrphans} could not place — would be invalid TEI where it stands; it
     * goes, and its words stay as plain text of the note.
     */
    static void dropOrphans(List<Span> spans) {
        List<Span> orphans = spans.stream().filter(sp -> isOrphan(spans, sp)).toList();
        spans.removeAll(orphans);
    }

    /** The spans of a note, or null when the note was not in the run. */
    List<Span> of(String noteId) {
        return byNote.get(noteId);
    }

    Iterable<Work> works() {
        return works.values();
    }

    boolean hasWorks() {
        return !works.isEmpty();
    }

    /** Writes {@code back/listBibl}, "Works cited", when any work was cited. */
    void writeBack(StringBuilder sb) {
        writeBack(sb, "en");
    }

    /** The list's head in the document's language, as the editions label it. */
    static String worksCited(String lang) {
        return switch (lang == null ? "en" : lang) {
            case "de" -> "Literatur";
            case "fr" -> "Ouvrages cités";
            default -> "Works cited";
        };
    }

    /** As {@link #writeBack(StringBuilder)}, the head in the language {@code lang} (xml:lang). */
    void writeBack(StringBuilder sb, String lang) {
        if (works.isEmpty()) return;
        sb.append("    <back>\n      <listBibl type=\"works-cited\">\n        <head>").append(worksCited(lang)).append("</head>\n");
        for (Work w : works.values()) {
            sb.append("        <bibl xml:id=\"").append(Xml.attr(w.id())).append("\">");
            SpanMarkup.write(sb, SpanMarkup.lay(List.of(new Inline.Text(w.text())), w.fields()),
                    item -> Xml.appendText(sb, item.reading()));
            sb.append("</bibl>\n");
        }
        sb.append("      </listBibl>\n    </back>\n");
    }

    // ------------------------------------------------------------------ op. cit., supra n.
    /**
     * Marks "Thomas, op. cit., n. 8, 45" as a bibl holding the surname, a ref to the work cited
     * before (that author's, or note 8's) and the pages; returns the target, or null.
     */
    private String opCit(NoteText n, String reading, List<Span> spans) {
        Matcher m = OP_CIT.matcher(reading);
        String target = null;
        while (m.find()) {
            String noteNo = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            int segStart = Math.max(reading.lastIndexOf(';', m.start()) + 1, 0);
            int segEnd = reading.indexOf(';', m.end());
            if (segEnd < 0) segEnd = reading.length();
            // "Raphael, Verwissenschaftlichung (wie Anm. 12)": the name before the short title's comma
            Matcher sur = NAME_THEN_SHORT_TITLE.matcher(reading);
            sur.region(segStart, m.start());
            boolean found = sur.find();
            if (!found) {
                sur = SURNAME_BEFORE.matcher(reading);
                sur.region(segStart, m.start());
                found = sur.find();
            }
            String surname = found ? sur.group("surname") : null;
            if (surname != null && surname.matches("(?i)see|vgl|cf|so|and|und")) surname = null;
            Cited c = resolve(noteNo, surname);
            if (c == null) continue;
            target = c.biblId();
            int bs = surname != null ? sur.start("name") : m.start();
            int be = m.end();
            List<Span> made = new ArrayList<>();
            if (surname != null) made.add(new Span(sur.start("name"), sur.end("name"), "author", Map.of()));
            // "Raphael, Verwissenschaftlichung (wie Anm. 12)": the short title between the name and the reference
            if (surname != null && sur.pattern() == NAME_THEN_SHORT_TITLE && !sur.group("short").isBlank()) {
                made.add(new Span(sur.start("short"), sur.end("short"), "title", Map.of("type", "short")));
            }
            made.add(new Span(m.start(), m.end(), "ref", Map.of("type", "op-cit", "target", "#" + c.biblId())));
            Span pages = Locators.pagesAfter(reading, m.end(), segEnd);
            if (pages != null) {
                made.add(pages);
                be = pages.end();
            }
            final int from = bs;
            final int to = be;
            // what overlaps the cross-reference goes; fields of a bibl that went follow in dropOrphans
            spans.removeIf(sp -> sp.start() < to && sp.end() > from);
            spans.add(new Span(bs, be, "bibl", Map.of("xml:id", n.id() + "-o" + (m.start()), "corresp", "#" + c.workId())));
            spans.addAll(made);
            spans.sort(ORDER);
        }
        return target;
    }

    private Cited resolve(String noteNo, String surname) {
        if (noteNo == null && surname == null) return cited.isEmpty() ? null : cited.get(cited.size() - 1);   // "loc. cit." alone: the last work
        List<Integer> among = noteNo != null ? citedByNote.get(noteNo) : citedBySurname.get(surname.toLowerCase(Locale.ROOT));
        return among == null || among.isEmpty() ? null : cited.get(among.get(among.size() - 1));
    }

    // ------------------------------------------------------------------ short titles
    /**
     * A citation with no publication details whose title begins an earlier citation's title (and
     * whose author, if named, is that citation's) is a short title: its title becomes a ref to it.
     */
    private void shortTitles(String reading, List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            Span b = spans.get(i);
            if (!b.element().equals("bibl") || b.attributes().containsKey("corresp")) continue;
            Span title = null;
            List<String> surnames = new ArrayList<>();
            boolean details = false;
            for (Span k : spans) {
                if (k == b || !b.contains(k)) continue;
                switch (k.element()) {
                    case "title" -> {
                        if (title == null) title = k;
                    }
                    case "author", "editor" -> surnames.add(surname(reading.substring(k.start(), k.end())));
                    case "date", "publisher", "pubPlace", "idno" -> details = true;
                    case "biblScope" -> details |= !"page".equals(k.attributes().get("unit"));
                    default -> { }
                }
            }
            if (title == null || details) continue;
            String shortT = norm(reading.substring(title.start(), title.end()));
            if (shortT.length() < 4) continue;
            // the titles it begins and is shorter than: the sorted titles after it, up to it and the last character
            List<Integer> among = new ArrayList<>();
            for (List<Integer> same : citedByTitle.subMap(shortT, false, shortT + Character.MAX_VALUE, true).values()) among.addAll(same);
            among.sort(null);
            for (int a = among.size() - 1; a >= 0; a--) {   // the latest first
                Cited full = cited.get(among.get(a));
                if (!surnames.isEmpty() && !full.surnames().containsAll(surnames)) continue;
                spans.add(new Span(title.start(), title.end(), "ref", Map.of("type", "short", "target", "#" + full.biblId())));
                spans.set(i, with(b, "corresp", "#" + full.workId()));
                spans.sort(ORDER);
                break;
            }
        }
    }

    /** Remembers the full citations of a note for later cross-references. */
    private void remember(NoteText n, String reading, List<Span> spans) {
        for (Span b : spans) {
            if (!b.element().equals("bibl") || b.attributes().get("corresp") == null) continue;
            boolean ref = false;
            String title = null;
            List<String> surnames = new ArrayList<>();
            for (Span k : spans) {
                if (k == b || !b.contains(k)) continue;
                switch (k.element()) {
                    case "ref" -> ref = true;
                    case "title" -> {
                        if (title == null) title = norm(reading.substring(k.start(), k.end()));
                    }
                    case "author", "editor" -> surnames.add(surname(reading.substring(k.start(), k.end())));
                    default -> { }
                }
            }
            if (ref) continue;   // a cross-reference is no full citation
            String workId = b.attributes().get("corresp").substring(1);
            addCited(new Cited(b.attributes().get("xml:id"), n.n(), workId, surnames, title));
        }
    }

    /** The surname of "R. W. Davies" or "Davies, R. W.", lower-cased. */
    private static String surname(String name) {
        String s = name.strip();
        int comma = s.indexOf(',');
        if (comma > 0) s = s.substring(0, comma);
        else {
            String[] w = s.split("\\s+");
            s = w[w.length - 1];
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // ------------------------------------------------------------------ ids and works
    private static List<Span> withIds(String noteId, List<Span> parsed) {
        List<Span> spans = new ArrayList<>();
        int k = 0;
        for (Span sp : parsed) {
            if (sp.element().equals("bibl")) sp = with(sp, "xml:id", noteId + "-b" + (++k));
            spans.add(sp);
        }
        return spans;
    }

    /**
     * "Ibid., 64.", "Ebd., S. 215 f.", "Id. at 1105", "Ebd., Rn. 12", "Ibid., t. II, p. 543": the
     * cross-reference and the pages (or margin numbers) it cites, and the volume, as a bibl of their own, {@code <bibl><ref>Ibid.</ref>,
     * <citedRange unit="page">64</citedRange></bibl>}, pointing at the work it repeats; nothing for
     * a bare "Ibid." or where other spans already lie over the pages.
     */
    private List<Span> ibidWithItsPages(String noteId, String reading, int from, int to, String target, List<Span> spans) {
        int end = reading.indexOf(';', to);
        if (end < 0) end = reading.length();
        Matcher volume = VOLUME_AFTER_IBID.matcher(reading).region(to, end);
        boolean hasVolume = volume.lookingAt();
        Span pages = Locators.pagesAfter(reading, hasVolume ? volume.end() : to, end);
        if (pages == null || NO_PAGE_AFTER.matcher(reading).region(pages.end(), end).lookingAt()) return List.of();
        String label = Locators.label(reading, pages.start());
        String unit = label.equals("page") ? "page" : label.equals("paragraph") ? "para" : null;
        if (unit == null || spans.stream().anyMatch(sp -> sp.start() < pages.end() && sp.end() > to)) return List.of();
        // "-b" and one more than the highest number of the note's bibls (a bibl made of the ibid left a gap)
        int k = 0;
        String prefix = noteId + "-b";
        for (Span sp : spans) {
            String id = sp.attributes().get("xml:id");
            if (sp.element().equals("bibl") && id != null && id.startsWith(prefix) && id.length() > prefix.length()
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                k = Math.max(k, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        Map<String, String> attrs = new TreeMap<>();
        attrs.put("xml:id", prefix + (k + 1));
        String work = workOfBibl.get(target);
        if (work != null) attrs.put("corresp", "#" + work);
        Span cited = new Span(pages.start(), pages.end(), "citedRange", Map.of("unit", unit));
        return hasVolume ? List.of(new Span(from, pages.end(), "bibl", attrs),
                new Span(volume.start(1), volume.end(1), "biblScope", Map.of("unit", "volume")), cited)
                : List.of(new Span(from, pages.end(), "bibl", attrs), cited);
    }

    /** What makes a number after an ibid no page: an edition ("3. Aufl.", "4th ed.") or a day ("12 May 1990"). */
    private static final Pattern NO_PAGE_AFTER = Pattern.compile(
            "\\.?\\s*(?:\\p{L}+\\.?\\s+)?(?:Aufl|Auflage|ed\\.|edn|edition|éd\\.|édition)"
            + "|\\.?\\s*\\p{L}{3,}\\.?\\s+(?:1[4-9]|20)\\d\\d(?!\\d)");

    /** The volume an ibid names before its pages: "Ibid., t. II, p. 543", "Ebd., Bd. 2, S. 5", "Ibid., vol. 3, 12" (group 1). */
    private static final Pattern VOLUME_AFTER_IBID =
            Pattern.compile("\\s*,?\\s*(?:t\\.|vol\\.|Vol\\.|Bd\\.)\\s*([IVXLCivxlc]{1,6}|\\d{1,3})(?=\\s*,)");

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

    private void pointAtWorks(String workPrefix, String reading, List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            Span b = spans.get(i);
            if (!b.element().equals("bibl") || b.attributes().containsKey("corresp")) continue;
            String key = workKey(reading, b, spans);
            if (key.isEmpty()) continue;
            Work work = works.get(key);
            if (work == null) {
                work = newWork(workPrefix + "-" + (works.size() + 1), reading, b, spans);
                works.put(key, work);
            }
            spans.set(i, with(b, "corresp", "#" + work.id()));
        }
    }

    /**
     * What stands between a work and the pages (or leaves, or sections) cited in it: ", p. ", ", S. ",
     * ", hier S. ", ", esp. ",
     * " at ", " (" ("NZG 1999, 797 (800)"), "Rn. ", ", § 76 Rn. " (the section cited with it), ", fol. ", ", Bl. ",
     * ", s " ("Human Rights Act 1998, s 3").
     */
    private static final Pattern CUE_BEFORE_PAGES =
            Pattern.compile("(?:[,:;]?\\s*[(\\[]?\\s*(?:(?:hier|here|esp\\.|especially|insbes\\.|bes\\.)\\s+)?(?:(?:§§?|Art\\.)\\s*\\d+[a-z]?(?:\\s+(?:Abs\\.\\s*\\d+|[IVX]+))?\\s+(?=Rn\\.|Rdnr\\.))?"
                    + "(?:pp?\\.|S\\.|at|Rn\\.|Rdnr\\.|paras?\\.?|¶|ss?|§§?|sch|fols?\\.|fos\\.|Bl\\.)?\\s*)$");

    private static Work newWork(String id, String reading, Span b, List<Span> spans) {
        int end = b.end();
        for (Span sp : spans) {   // the pages cited are not part of the work
            String unit = sp.attributes().get("unit");
            if (sp.element().equals("citedRange") && ("page".equals(unit) || "para".equals(unit) || "folio".equals(unit))
                    && sp.start() >= b.start() && sp.end() <= b.end()) end = Math.min(end, sp.start());
        }
        String text = CUE_BEFORE_PAGES.matcher(reading.substring(b.start(), end)).replaceFirst("");
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
        // a court's decisions are many works: each is known by its day, docket and report too
        boolean court = spans.stream().anyMatch(sp -> sp != bibl && bibl.contains(sp) && sp.element().equals("orgName")
                && "court".equals(sp.attributes().get("type")));
        for (Span sp : spans) {
            if (sp == bibl || !bibl.contains(sp)) continue;
            String el = sp.element();
            boolean part = el.equals("author") || el.equals("editor") || el.equals("title") || el.equals("orgName")
                    || el.equals("citedRange") && List.of("fond", "opis", "delo").contains(sp.attributes().get("unit"))
                    || court && (el.equals("date") || el.equals("idno") || el.equals("biblScope"));
            if (part) key.append(reading, sp.start(), sp.end()).append('|');
        }
        return key.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}|]+", "");
    }
}

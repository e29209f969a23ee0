package org.colophon.citations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;

/**
 * Reads the fields of one citation with the learned tagger: every token gets a label (author,
 * title, journal, date, pages, ...), runs of one label become fields, and each field is trimmed
 * and given its TEI form: one {@code author}/{@code editor} per person, title levels from what
 * else the citation holds, volume and issue apart, the item's pages and the pages cited apart.
 * The model is trained from annotated real citations ({@link CitationTraining}) and loaded once.
 * Between the tagger and the TEI forms, {@link FieldRules} reads the fields again; before the
 * tagger, a short cite ("Birk, Steuerrecht, S. 231") and a case of a court ({@link CaseCitations})
 * are read whole by their patterns.
 */
final class FieldTagger {

    // patterns of single uses, compiled once (String.matches/split/replace would compile them on every call)
    private static final Pattern RX_DOI_START = Pattern.compile("(?i)(?:doi:|10\\.|https?://(?:dx\\.)?doi\\.org/).*");
    private static final Pattern RX_HAS_RANGE = Pattern.compile(".*\\d\\s*[–—-]\\s*\\d.*");
    /** A surname that opens with its particle: "De Vries", "Van Dyke", "Von Arnim", "Le Goff", "Mac Neill". */
    private static final Pattern RX_PARTICLE_SURNAME = Pattern.compile("(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Dd]es|[Vv]an|[Vv]on|[Ll]e|[Ll]a|Mac|Mc|St\\.|[Tt]en|[Tt]er)\\s");
    /** "Janie P. Vu", "Gary L Kinsland": given name, middle initial, surname — a whole person, never given names alone. */
    private static final String GIVEN_INITIAL_SURNAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.?)+\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
    /** A name in its own order: initials then the surname ("R. Drach", "J.H. Neyrey"), or three words ("Ling Tony Chen"). */
    private static final Pattern RX_DIRECT_NAME = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?-?){1,3}\\s?\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){2}"
            + "|" + GIVEN_INITIAL_SURNAME);
    private static final Pattern RX_WHOLE_PERSON = Pattern.compile(GIVEN_INITIAL_SURNAME);
    /** One surname and nothing else: "Rountree", "Cameron-Jones", "O'Brien" (no initial, no given name). */
    private static final Pattern RX_ONE_SURNAME = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?\\.?");
    static final Pattern RX_SUFFIX = Pattern.compile("(?:Jr|Sr|Jun|Sen)\\.?|I{1,3}|IV");
    private static final Pattern RX_HAS_ALNUM = Pattern.compile(".*[\\p{L}\\d].*");
    private static final Pattern RX_LIST_GAP = Pattern.compile("\\s*[,&]\\s*|\\s+and\\s+|\\s+und\\s+");

    private static final String MODEL = "/org/colophon/citations/tagger.model.gz";
    /** {@code -Dcolophon.citations.trace=true}: print the fields the tagger and its rules found, for the developer. */
    static final boolean TRACE = Boolean.getBoolean("colophon.citations.trace");

    /** For the developer: "  WHO: [label: words] …", the fields of {@code text} on one line of standard error. */
    static void trace(String who, String text, List<Field> fields) {
        StringBuilder b = new StringBuilder("  ").append(who).append(':');
        for (Field f : fields) b.append(" [").append(f.label()).append(": ").append(text, f.start(), f.end()).append(']');
        System.err.println(b);
    }

    private static final class Holder {
        static final SequenceModel MODEL_INSTANCE = load();
    }

    private static SequenceModel load() {
        String override = System.getProperty("colophon.citations.model");   // for retraining experiments
        try (InputStream in = override != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(override))
                : FieldTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("missing resource " + MODEL);
            return SequenceModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FieldTagger() {
    }

    /** Labels of the tokens of {@code text[from, to)}. */
    static String[] labels(List<CiteToken> toks, List<Span> hints) {
        SequenceModel m = Holder.MODEL_INSTANCE;
        int[] path = m.decode(toks, hints);
        String[] out = new String[path.length];
        for (int i = 0; i < path.length; i++) out[i] = m.label(path[i]);
        return out;
    }

    /** A run of tokens with one label. */
    record Field(String label, int start, int end) {
    }

    static List<Field> fields(String text, int from, int to, List<Span> hints) {
        List<CiteToken> toks = CiteToken.of(text, from, to);
        List<Field> out = new ArrayList<>();
        if (toks.isEmpty()) return out;
        String[] labels = labels(toks, hints);
        int i = 0;
        while (i < toks.size()) {
            int j = i;
            while (j + 1 < toks.size() && labels[j + 1].equals(labels[i])) j++;
            out.add(new Field(labels[i], toks.get(i).start(), toks.get(j).end()));
            i = j + 1;
        }
        return out;
    }

    // ------------------------------------------------------------------ fields to TEI spans
    /** A name of abbreviated words alone, each with its full stop: "Harv. L. Rev.", "Am. J. Int'l L.", "N.Y.U. L. Rev.". */
    private static final Pattern ABBREVIATED_WORDS = Pattern.compile("(?:[\\p{Lu}][\\p{L}'’]{0,5}\\.\\s?)+");

    /** Surnames joined by slashes: "Ulmer/Habersack/Löbbe", "Baumbach/Hueck". */
    private static final Pattern SLASHED_NAMES = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’-]+)+");
    /** Punctuation that opens no field ({@code \\s} is the ASCII white space of a regular expression). */
    private static final String LEADING_PUNCT = " \t\n\u000B\f\r,.;:&([“”\"„«»‘’'/–—-";
    /** Punctuation that closes no field: a run of it alone is no field at all. */
    private static final String TRAILING_PUNCT = " \t\n\u000B\f\r,;:)]“”\"„«»‘’'/–—-";
    // what leads into a field without being part of it: "In:", "(eds.)", "(1998)."
    private static final String IN_WORD = "(?:[Ii]n|[Dd]ans|[Ii]m)";
    private static final String LEAD_ROLE_OR_YEAR = "\\(?(?:[Ee]ds?|[Ee]dd|[Hh]rsgg?|[Hh]gg?)\\.?\\)?[\\s.,:]+"
            + "|\\(?(?:1[4-9]\\d\\d|20[0-3]\\d)[a-z]?\\)?[\\s.,:]+";
    private static final Pattern LEAD_IN = Pattern.compile("^(?:" + IN_WORD + "\\s*:?\\s+|" + LEAD_ROLE_OR_YEAR + ")+");
    /** The lead-ins a title may itself begin with: the role and the year, not "In" ("In the Wake of Chaos"). */
    private static final Pattern LEAD_IN_NO_IN = Pattern.compile("^(?:" + LEAD_ROLE_OR_YEAR + ")+");
    static final Pattern LEAD_IN_COLON = Pattern.compile("^" + IN_WORD + "\\s*:");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "\\(?\\b(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Ee]dited(?:\\s+by)?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgegeben(?:\\s+von)?|[Bb]earb(?:eitet)?|[Bb]esorgt"
            + "|[Tt]rans(?:l)?|[Tt]ranslated(?:\\s+by)?|[Tt]r|[Üü]bers(?:etzt)?(?:\\s+von)?|[Cc]omps?|[Dd]ir|[ÉéEe]ds?|a\\s+cura\\s+di|sous\\s+la\\s+direction\\s+de)"
            + "\\b\\.?\\)?(?:\\s+(?:by|von|v\\.))?");
    /** A thesis named after its title, in brackets or by "Diss.": "(PhD diss., ", "(unpublished doctoral thesis, ", ", Diss. ", "(thèse de doctorat". */
    private static final Pattern THESIS_AFTER = Pattern.compile(
            "[\\s,.”’\"»]*(?:\\((?:[\\p{L}.]+\\s+){0,3}(?:[Dd]iss\\.|[Dd]issertation|[Tt]hesis|[Tt]hèse|[Mm]émoire|Habil)(?![\\p{L}])"
            + "|(?:phil\\.\\s+|jur\\.\\s+)?Diss\\.)");
    static final Pattern PERSON_SEP = Pattern.compile(
            "\\s*(?:;|\\s&\\s|,?\\s+(?:and|und|et|y|e|i|u\\.(?!\\s*a\\.))\\s+|,\\s*&\\s*|\\s/\\s|(?<=\\p{L})/(?=\\p{Lu})|(?<=\\p{L}\\.?)\\s[‒–—-]\\s(?=\\p{Lu}))\\s*");
    /** "et al.", "u. a." (often with a narrow or no-break space) or "and others" closing a list of names. */
    private static final Pattern ETAL = Pattern.compile(
            "[\\s\\u00a0\\u202f]*,?[\\s\\u00a0\\u202f]*(?:et[\\s\\u00a0\\u202f]*al\\.?|u\\.[\\s\\u00a0\\u202f]*a\\.?|and\\s+others)\\s*$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?\\s*-?\\s*){1,4}");
    private static final Pattern GIVEN = Pattern.compile("(?:(?:\\p{Lu}\\.?|\\p{Lu}[\\p{Ll}\\p{M}'’-]+)\\s*){1,3}");
    static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20[0-3]\\d)(?!\\d)");
    /** A volume's or issue's number: "27", "3a", "1–2", "IV", "iv", and a part of a volume in roman numerals ("I.2", "II/2", "III/1"; not "V.2", the mark). */
    private static final Pattern NUMBER = Pattern.compile("\\d+[a-zA-Z]?(?:\\s*[–—-]\\s*\\d+[a-zA-Z]?)?|\\b(?:I|[IVXLC]{2,})[./]\\d{1,2}\\b|\\b[IVXLCivxlc]+\\b");
    private static final Pattern ISSUE_MARK = Pattern.compile(
            "(?:\\b(?:[Nn]o|[Nn]os|[Nn]r|[Nn]um|[Nn]umber|[Ii]ssue|[Hh]eft|H|[Nn]|fasc|[Hh]ft)\\.?\\s*|\\b[Nn][°ºᵒo]\\s*|\\(\\s*)$");
    /** A number marked as the volume, wherever it stands ("n° 54, vol. 1"). */
    private static final Pattern VOLUME_MARK = Pattern.compile(
            "\\b(?:[Vv]ol|[Vv]ols|[Vv]olume|[Bb]d|[Bb]and|[Jj]g|[Jj]ahrgang|[Tt]ome?|[Vv])\\.?\\s*$");
    private static final Pattern PAGES = Pattern.compile(
            "(?:(?<![\\p{L}])[A-Z]-?)?\\d+[a-z]?(?:\\s*[–—‐‑-]\\s*(?:[A-Z]-?)?\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff|f(?![\\p{L}])|sqq?\\.?(?![\\p{L}])|et\\s+seq\\.?(?![\\p{L}])|et\\s+suiv\\.?(?![\\p{L}])))?"
            + "|\\b[ivxlc]+(?:\\s*[–—‐‑-]\\s*[ivxlc]+)?\\b|\\b[IVXLC]{2,7}(?:\\s*[–—‐‑-]\\s*[IVXLC]{1,7})?\\b");

    /**
     * The spans of one citation in {@code text[from, to)}: a {@code bibl} and its fields, or nothing
     * when the tagger finds no author, title or journal.
     */
    static List<Span> spans(String text, int from, int to, List<Span> hints) {
        List<Span> shortCite = shortCite(text, from, to);
        if (shortCite != null) return shortCite;
        List<Span> caseCited = CaseCitations.read(text, from, to, hints);
        if (caseCited != null) return caseCited;
        String biblType = null;
        List<Field> fields = fields(text, from, to, hints);
        if (TRACE) trace("tagger", text, fields);
        fields = FieldRules.afterTheTagger(text, from, to, fields);
        if (TRACE) for (Field f : fields) System.err.println("  [" + f.label() + ": " + text.substring(f.start(), f.end()) + "]");
        // what the citation holds, counting the fields with words (a ":" the tagger gave the journal is none)
        boolean container = false;
        boolean journal = false;
        int titles = 0;
        for (Field f : fields) {
            if (!hasAlnum(text, f.start(), f.end())) continue;
            container |= f.label().equals("container");
            journal |= f.label().equals("journal");
            if (f.label().equals("title")) titles++;
        }
        List<Span> kids = new ArrayList<>();
        boolean[] numbering = new boolean[2];   // volume found, issue found: over all the volume fields
        boolean anchor = false;
        int titleNo = 0;
        int pagesSeen = 0;
        for (Field f : fields) {
            int[] r = trim(text, f.start(), f.end());
            if (r == null) continue;
            int s = r[0];
            int e = r[1];
            switch (f.label()) {
                case "author" -> anchor |= persons(text, s, e, "author", null, kids);
                case "editor" -> {
                    // editors are marked as such ("ed.", "(Hrsg.)", "edited by", "tr."), or joined by slashes as a
                    // commentary's ("in: Ulmer/Habersack/Löbbe, GmbHG"); unmarked, the words are the book's title
                    Matcher role = ROLE_WORDS.matcher(text);
                    role.region(Math.max(from, f.start() - 25), Math.min(to, f.end() + 25));
                    if (!role.find() && !SLASHED_NAMES.matcher(text).region(s, e).matches() && !commentatorAfterIn(text, from, s, e)) {
                        int[] c = stripLeadIn(text, s, e);
                        if (c != null) kids.add(new Span(c[0], c[1], "title", Map.of("level", "m")));
                        continue;
                    }
                    persons(text, s, e, "editor",
                        TRANSLATOR_BEFORE.matcher(text.substring(Math.max(from, f.start() - 14), f.start())).find()
                        || TRANSLATOR_START.matcher(text.substring(f.start(), f.end())).find() ? "translator" : null, kids);
                }
                case "translator" -> persons(text, s, e, "editor", "translator", kids);
                case "title" -> {
                    // "In" opens a title ("In the Wake of Chaos") unless it leads in ("In:") or a title came before
                    int[] c = titleNo > 0 || LEAD_IN_COLON.matcher(text).region(s, e).lookingAt()
                            ? stripLeadIn(text, s, e) : stripLeadIn(text, s, e, LEAD_IN_NO_IN);
                    if (c == null) continue;
                    s = c[0];
                    // "White Noise: Text and Criticism. Edited by Mark Osteen": the title ends before the next sentence's role
                    Matcher roleNext = ROLE_SENTENCE.matcher(text);
                    roleNext.region(s, e);
                    if (roleNext.find()) {
                        // the names after the role, to the sentence's end, are the editors (translators)
                        Matcher by = ROLE_BY.matcher(text);
                        by.region(roleNext.end(), e);
                        int ns = by.lookingAt() ? by.end() : roleNext.end();
                        Matcher stop = SENTENCE_STOP.matcher(text);
                        stop.region(ns, e);
                        int ne = stop.find() ? stop.start() : e;
                        boolean tr = TRANSLATOR_ROLE.matcher(roleNext.group()).find();
                        int[] names = trim(text, ns, ne);
                        if (names != null && LOWER_IN_NAME.matcher(text).region(names[0], names[1]).find()
                                && !roleNext.group().contains("With") && !roleNext.group().contains("Introduction")) {
                            persons(text, names[0], names[1], "editor", tr ? "translator" : null, kids);
                        }
                        int[] cut = trim(text, s, roleNext.start() + 1);
                        if (cut == null) continue;
                        e = cut[1];
                    }
                    titleNo++;
                    // a thesis's title is quoted in Chicago and MHRA, but it is a book's: "“Title” (PhD diss., …)"
                    boolean quoted = quotedAt(text, f.start(), f.end())
                            && !THESIS_AFTER.matcher(text).region(f.end(), Math.min(to, f.end() + 60)).lookingAt();
                    String level = container || journal || quoted || (titles > 1 && titleNo < titles && laterTitleIsIn(text, fields, f)) ? "a" : "m";
                    kids.add(new Span(s, e, "title", Map.of("level", level)));
                    anchor = true;
                }
                case "container" -> {
                    int[] c = stripLeadIn(text, s, e);
                    if (c != null) kids.add(new Span(c[0], c[1], "title", Map.of("level", "m")));
                }
                case "journal" -> {
                    int[] c = stripLeadIn(text, s, e);
                    // "Harv. L. Rev.": the full stop after an abbreviated journal's last word is the abbreviation's
                    if (c != null && c[1] < to && text.charAt(c[1]) == '.' && ABBREVIATED_WORDS.matcher(text).region(c[0], c[1] + 1).matches()) c[1]++;
                    if (c != null) kids.add(new Span(c[0], c[1], "title", Map.of("level", "j")));
                    anchor = true;
                }
                case "series" -> kids.add(new Span(s, e, "title", Map.of("level", "s")));
                case "date" -> {
                    // "accessed 20 March 2012", "Retrieved January 15, 2010": the day a web page was read is no date of the work
                    if (ACCESS_CUE.matcher(text.substring(Math.max(from, s - 16), s)).find()) continue;
                    // "Wired, 7 March": a day and month without a year, when the citation has a year elsewhere
                    if (!YEAR.matcher(text).region(s, e).find() && yearElsewhere(text, fields, f)) continue;
                    date(text, s, e, kids);
                }
                case "volume" -> {
                    // "2 vols": how many volumes the work has, not which one is cited
                    if (VOLUMES_COUNT.matcher(text).region(s, e).matches()) continue;
                    // "7 March", "20 June": a day before a month is no volume
                    if (MONTH_AFTER.matcher(text).region(e, Math.min(to, e + 12)).lookingAt() && BARE_NUMBER.matcher(text).region(s, e).matches()) continue;
                    // "2014 44(4)": the year, then the volume
                    Matcher yv = YEAR_THEN_VOLUME.matcher(text).region(s, e);
                    if (yv.matches()) {
                        date(text, yv.start(1), yv.end(1), kids);
                        s = yv.start(2);
                    }
                    volume(text, s, e, from, numbering, kids);
                }
                case "pages" -> {
                    // "200 p.", "248p", "151 pp.": the number of pages a book has, its extent, is no page cited
                    if (EXTENT.matcher(text).region(s, e).matches() || EXTENT.matcher(text).region(s, Math.min(to, e + 1)).matches()) continue;
                    pagesSeen++;
                    // a part of a journal or a book: a journal or a book the part is in, or a part's title then its book's
                    boolean inPart = (container || journal || titles >= 2) && pagesSeen == 1;
                    pages(text, s, withFollowing(text, e, to), to, inPart && isRange(text, s, e), inPart, kids);
                }
                case "publisher" -> kids.add(new Span(s, e, "publisher", Map.of()));
                case "place" -> kids.add(new Span(s, e, "pubPlace", Map.of()));
                case "edition" -> kids.add(new Span(s, e, "edition", Map.of()));
                case "url", "doi" -> {
                    // "URL: http://…", "abrufbar unter: …", "<http://…>": the label and brackets are not the address
                    Matcher label = URL_LABEL.matcher(text).region(s, e);
                    if (label.lookingAt()) s = label.end();
                    if (s < e && text.charAt(e - 1) == '>' && (s > 0 && text.charAt(s - 1) == '<' || text.charAt(s) == '<')) {
                        if (text.charAt(s) == '<') s++;
                        e--;
                    }
                    if (s >= e) continue;
                    // an identifier is one unbroken string that looks like one, whatever the tagger thought
                    if (IDENTIFIER.matcher(text.substring(s, e)).matches()) {
                        kids.add(new Span(s, e, "idno", Map.of("type", RX_DOI_START.matcher(text.substring(s, e)).matches() ? "DOI" : "URL")));
                    }
                }
                default -> { }
            }
        }
        if (!anchor || kids.isEmpty() || !(evidence(text, kids) || crossReference(text, from, to, kids))) return List.of();
        int bs = Integer.MAX_VALUE;
        int be = 0;
        for (Span k : kids) {
            bs = Math.min(bs, k.start());
            be = Math.max(be, k.end());
        }
        // a closing quotation mark or bracket right after the last field belongs to the citation
        while (be < to && "”\"’»)]".indexOf(text.charAt(be)) >= 0 && balancedAfter(text, bs, be)) be++;
        if (bs > from && "“\"‘„«".indexOf(text.charAt(bs - 1)) >= 0) bs--;
        // the full stop that ends the citation is the citation's
        if (be < to && text.charAt(be) == '.' && text.substring(be + 1, to).isBlank()) be++;
        List<Span> out = new ArrayList<>(kids.size() + 1);
        out.add(new Span(bs, be, "bibl", biblType == null ? Map.of() : Map.of("type", biblType)));
        out.addAll(kids);
        return out;
    }

    private static final Pattern ACCESS_CUE = Pattern.compile(
            "(?i)(?:accessed|retrieved|consulté(?:\\s+le)?|abgerufen(?:\\s+am)?|zugriff(?:\\s+am)?|last\\s+visited|viewed|visited)[\\s:,]*(?:on\\s+)?$");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Janv|Févr|Mars|Avr|Mai|Juin|Juil|Août|Sept|Déc|Jän|Mär|Okt|Dez)[\\p{L}]*\\.?");
    private static final Pattern YEAR_THEN_VOLUME = Pattern.compile("\\s*(1[5-9]\\d\\d|20[0-3]\\d)\\s+(\\d{1,4}.*)", Pattern.DOTALL);

    /** Whether a field other than {@code self} holds a year. */
    private static boolean yearElsewhere(String t, List<Field> fields, Field self) {
        for (Field g : fields) {
            if (g != self && g.label().equals("date") && YEAR.matcher(t).region(g.start(), g.end()).find()) return true;
        }
        return false;
    }

    private static final Pattern VOLUME_MARK_THEN_NUMBER = Pattern.compile("\\.?\\s*\\d");
    private static final Pattern EXTENT = Pattern.compile("\\d{1,4}\\s*(?:p|pp|S|pages|Seiten|Bl)\\.?");
    private static final Pattern ROLE_SENTENCE = Pattern.compile(
            "\\.\\s+(?:Edited|Ed\\.|Eds\\.|Trans\\.|Translated|Traduction|Traduit|Übersetzt|Übers\\.|Hrsg\\.|Herausgegeben"
            + "|With\\s+an?\\s+(?:introduction|preface|foreword)|Introduction\\s+by)\\b"
            + "|,\\s+(?:trans\\.|translated\\s+by|ed\\.\\s+by|edited\\s+by|übers\\.\\s+von|hrsg\\.\\s+von)(?=\\s+\\p{Lu})");
    /** One surname right after "in:", as a commentary's editor is named ("Grüneberg, in: Grüneberg, BGB"). */
    private static boolean commentatorAfterIn(String text, int from, int s, int e) {
        int b = s;
        while (b > from && Character.isWhitespace(text.charAt(b - 1))) b--;
        return b - 3 >= from && text.startsWith("in:", b - 3) && ONE_SURNAME.matcher(text).region(s, e).matches();
    }

    private static final Pattern ONE_SURNAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+");

    private static final Pattern TRANSLATOR_ROLE = Pattern.compile("(?i)trans|tradu|übers");
    private static final Pattern ROLE_BY = Pattern.compile("\\.?\\s*(?:by|de|par|von|v\\.)\\s+");
    private static final Pattern LOWER_IN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}");
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<![\\s.]\\p{Lu})\\.(?=\\s+\\p{Lu})");
    private static final Pattern PARTICLE_THEN_NAME = Pattern.compile(
            "(?:(?:von|van|der|den|de|del|della|di|da|du|la|le|ter|ten|zu|bin|ibn|al|d')\\s*)+\\p{Lu}");
    private static final Pattern TRANSLATOR_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:[Tt]r|[Tt]rans|[Tt]ransl|[Tt]ranslated|[Üü]bers|[Üü]bersetzt)\\b\\.?(?:\\s+(?:by|von|v\\.))?\\s*$");
    private static final Pattern TRANSLATOR_START = Pattern.compile(
            "^\\s*(?:[Tt]r|[Tt]rans|[Tt]ransl|[Tt]ranslated|[Üü]bers|[Üü]bersetzt)\\b");
    /** Words of prose, not of a title: "is", "argued", "which", "wird" (whole words, lower case). */
    private static final Set<String> COMMENTARY = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "may", "can", "could", "should", "must", "will", "would", "we", "our", "this", "that", "here", "there",
            "which", "whose", "not", "see", "defined", "discussed", "described", "argue", "argues", "argued", "suggest",
            "suggests", "ist", "sind", "wird", "hat");
    /** A whole word of the letters a to z alone (a word of {@link #COMMENTARY} is one). */
    private static final Pattern LOWER_ASCII_WORD = Pattern.compile("\\b[a-z]+\\b");

    /** Whether {@code words} holds a word of prose ({@link #COMMENTARY}). */
    static boolean commentary(String words) {
        Matcher m = LOWER_ASCII_WORD.matcher(words);
        while (m.find()) if (COMMENTARY.contains(m.group())) return true;
        return false;
    }
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)(?:https?://|www\\.|doi:|10\\.\\d{4,}/)\\S+");

    /** Whether {@code t[from, to)} holds any of {@code parts}: a cheap test before a pattern is tried. */
    static boolean mayHold(String t, int from, int to, String... parts) {
        for (String p : parts) {
            int at = t.indexOf(p, from);
            if (at >= 0 && at + p.length() <= to) return true;
        }
        return false;
    }

    static int skipSpaces(String t, int s, int e) {
        while (s < e && Character.isWhitespace(t.charAt(s))) s++;
        return s;
    }

    /**
     * Whether a title after {@code f} is the whole the part {@code f} is in: it is led in by "In"
     * ("In The Social World of Luke-Acts") or follows a quoted title. A second title that is neither
     * ("Anti-Oedipus. Translated by …, and Mark Seem"; "White Noise. … Viking critical edition") does
     * not make the first the title of a part.
     */
    private static boolean laterTitleIsIn(String t, List<Field> fields, Field f) {
        boolean after = false;
        for (Field g : fields) {
            if (g == f) {
                after = true;
                continue;
            }
            if (!after || !g.label().equals("title") || !hasAlnum(t, g.start(), g.end())) continue;
            int s = skipSpaces(t, g.start(), g.end());
            if (LEAD_IN.matcher(t).region(s, g.end()).lookingAt() && t.regionMatches(true, s, "in", 0, 2)) return true;
            int b = s - 1;
            while (b > f.end() && " ,.:;”’\"'".indexOf(t.charAt(b)) >= 0) b--;
            if (b >= 1 && t.regionMatches(true, b - 1, "in", 0, 2) && (b < 2 || !Character.isLetter(t.charAt(b - 2)))) return true;
            return false;
        }
        return false;
    }
    static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,4}[\\s,]*");

    static boolean has(List<Field> fields, String label) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).label().equals(label)) return true;
        return false;
    }

    static int words(String t, int[] r) {
        Matcher w = WORD.matcher(t).region(r[0], r[1]);
        int n = 0;
        while (w.find()) n++;
        return n;
    }

    /**
     * "Ders., Kritik und Krise, S. 12": the word that stands for the author named before is the
     * author, whatever the tagger made of it; what follows its comma keeps the tagger's label.
     */
    /** Words in lower case, then a capital ("especially Carlo Ginzburg"): the match ends where the name begins. */
    private static final Pattern LOWER_WORDS_THEN_NAME = Pattern.compile("(?:(?!(?:et|al|and|und|u|a)(?![\\p{L}]))\\p{Ll}+[.,]?\\s+){1,3}(?=\\p{Lu}\\p{Ll})");   // never "et al. Lanham"

    private static final Set<String> SAME_AUTHOR_WORDS = Set.of("ders", "dies", "dens", "dems", "eadem", "ead", "idem", "id");

    /** "2 vols", "3 Bde.": how many volumes a work has. */
    private static final Pattern VOLUMES_COUNT = Pattern.compile("\\d{1,2}\\s+(?:vols?|volumes|Bde?|Bände|tomes)\\.?");

    /** A day written in numbers after its year: "2002/04/12", "2003-08-28" (group 1 the month, 2 the day). */
    private static final Pattern NUMERIC_DAY_AFTER_YEAR = Pattern.compile("[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");

    /** A day and month before the year, German and French fashion: "22.10." (day group 1, month group 2). */
    static final Pattern DAY_MONTH_BEFORE_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?$");

    private static boolean validDay(String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    /** The words that introduce an address: "URL:", "online:", "available at", "abrufbar unter:". */
    private static final Pattern URL_LABEL = Pattern.compile(
            "(?:URL|Url|url|[Oo]nline|[Aa]vailable\\s+(?:at|from)|[Aa]bruf|[Aa]brufbar\\s+unter|[Vv]erfügbar\\s+unter|[Ee]n\\s+ligne)\\s*:?\\s*<?");

    /** The month and day in numbers right after a year ending at {@code yearEnd} ("2002/04/12"), or null. */
    static Matcher numericDay(String t, int yearEnd, int limit) {
        Matcher d = NUMERIC_DAY_AFTER_YEAR.matcher(t).region(yearEnd, limit);
        if (!d.lookingAt()) return null;
        return validDay(d.group(1), d.group(2)) ? d : null;
    }
    private static final Pattern RX_HAS_DIGIT = Pattern.compile("\\d");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("jän", 1), Map.entry("feb", 2), Map.entry("fév", 2), Map.entry("févr", 2),
            Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("mars", 3), Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("may", 5),
            Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("aug", 8),
            Map.entry("aoû", 8), Map.entry("août", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("déc", 12));

    /**
     * "-05-03" for "3 May " before a year ("May 3, ", "3. Mai "), "-05" for "May ", "" when no
     * month's name ends the text (read by hand from its end: every date field passes here).
     */
    private static String monthAndDay(String before) {
        int k = before.length();
        while (k > 0 && (Character.isWhitespace(before.charAt(k - 1)) || before.charAt(k - 1) == ',')) k--;
        String dayAfter = null;   // "May 3, "
        int digitsEnd = k;
        while (k > 0 && Character.isDigit(before.charAt(k - 1))) k--;
        if (digitsEnd > k) {
            if (digitsEnd - k > 2) return "";
            dayAfter = before.substring(k, digitsEnd);
            while (k > 0 && Character.isWhitespace(before.charAt(k - 1))) k--;
        }
        if (k > 0 && before.charAt(k - 1) == '.') k--;
        int nameEnd = k;
        while (k > 0 && Character.isLetter(before.charAt(k - 1))) k--;
        if (nameEnd - k < 3 || nameEnd - k > 10) return "";
        String name = before.substring(k, nameEnd).toLowerCase(Locale.ROOT);
        Integer month = monthNumber(name);
        if (month == null) return "";
        String day = dayAfter;
        if (day == null) {   // "3 May ", "3. Mai "
            while (k > 0 && Character.isWhitespace(before.charAt(k - 1))) k--;
            if (k > 0 && before.charAt(k - 1) == '.') k--;
            int de = k;
            while (k > 0 && Character.isDigit(before.charAt(k - 1))) k--;
            if (de > k && de - k <= 2) day = before.substring(k, de);
        }
        if (day == null) return String.format("-%02d", month);
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31 ? String.format("-%02d-%02d", month, d) : String.format("-%02d", month);
    }

    /**
     * The number of the month a word names, in lower case, or null: "may", "march", "sept", "märz",
     * "jan" (the whole word is the month's name or its abbreviation: not "marseille").
     */
    static Integer monthNumber(String lower) {
        for (int n = Math.min(5, lower.length()); n >= 3; n--) {
            Integer m = MONTH_NUMBERS.get(lower.substring(0, n));
            if (m != null && (n == lower.length() || MONTH_WORD.matcher(lower).matches())) return m;
        }
        return null;
    }

    /** Whole names of months, English, German and French (abbreviations are matched by their letters alone). */
    private static final Pattern MONTH_WORD = Pattern.compile(
            "january|february|march|april|may|june|july|august|september|sept|october|november|december|januar|jänner|februar|märz|juni|juli"
            + "|oktober|dezember|janvier|février|avril|juillet|août|septembre|octobre|novembre|décembre");

    /** Whether {@code t[s, e)} opens with a month's name ("May 2010", "June 2015"). */
    static boolean startsWithMonth(String t, int s, int e) {
        int a = skipSpaces(t, s, e);
        return MONTH_NAME.matcher(t).region(a, e).lookingAt();
    }

    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mär|mai|juni|juli|okt|dez|spring|summer|autumn|fall|winter)");

    /**
     * Whether the fields make a citation rather than a sentence of commentary: a title needs a
     * second kind of field, and an unquoted title of running prose needs publication details.
     */
    private static boolean evidence(String t, List<Span> kids) {
        boolean names = false;
        boolean pub = false;
        boolean pages = false;
        boolean journal = false;
        Span title = null;
        for (Span k : kids) {
            switch (k.element()) {
                case "author", "editor" -> names = true;
                case "date", "publisher", "pubPlace", "idno", "edition" -> pub = true;
                case "biblScope", "citedRange" -> pages = true;
                case "title" -> {
                    if ("j".equals(k.attributes().get("level"))) journal = true;
                    else if (title == null) title = k;
                }
                default -> { }
            }
        }
        if (title == null) return journal && (pub || pages) || names && hasDate(kids);
        String words = t.substring(title.start(), title.end());
        boolean prose = commentary(words) && !quotedAt(t, title.start(), title.end());
        if (prose) return pub;
        return pub || journal || names || pages;
    }

    /** "op. cit.", "loc. cit.", "art. cit.", "a.a.O.", "aaO", "supra", OSCOLA's "(n 8)", "above n 8": the work is one cited before. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "(?<![\\p{L}])(?:op\\.\\s*cit(?:é)?|loc\\.\\s*cit|art\\.\\s*cit(?:é)?|ouvr\\.\\s*cit(?:é)?|a\\.\\s*a\\.\\s*O|aaO|supra|\\((?:n|fn|Fn)\\.?\\s*\\d+\\)|above\\s+n\\.?\\s*\\d+"
            + "|\\((?:wie\\s+|s\\.\\s+|vgl\\.\\s+|as\\s+in\\s+|see\\s+|cf\\.\\s+|above,?\\s+)?(?:Anm\\.|Fn\\.|Anmerkung|Fußnote|n\\.|note)\\s*\\d+\\))(?![\\p{L}])");

    /** "Schmidt, a.a.O., Rn. 443": names and a cross-reference to their work cited before make a citation. */
    private static boolean crossReference(String t, int from, int to, List<Span> kids) {
        boolean names = false;
        for (Span k : kids) names |= k.element().equals("author") || k.element().equals("editor");
        return names && CROSS_REFERENCE.matcher(t).region(from, to).find();
    }

    /** Whether a year is among the fields: "Wilson 2005, p. 391", an author-date citation in a note. */
    private static boolean hasDate(List<Span> kids) {
        return kids.stream().anyMatch(k -> k.element().equals("date") && k.attributes().containsKey("when"));
    }

    private static boolean balancedAfter(String t, int s, int e) {
        char c = t.charAt(e);
        char open = switch (c) {
            case '”' -> '“';
            case '’' -> '‘';
            case '»' -> '«';
            case ')' -> '(';
            case ']' -> '[';
            default -> '"';
        };
        int opens = 0;
        int closes = 0;
        for (int i = s; i < e; i++) {
            if (t.charAt(i) == open) opens++;
            else if (t.charAt(i) == c) closes++;
        }
        return open == '"' ? opens % 2 == 1 : opens > closes;
    }

    /**
     * Where a field from {@code s} starts once the punctuation before it is skipped: a run of
     * {@link #LEADING_PUNCT}, or, where none stands at {@code s}, the whole stretch to {@code e}
     * if it holds {@link #TRAILING_PUNCT} alone.
     */
    static int edgePunctuationEnd(String t, int s, int e) {
        int i = s;
        while (i < e && LEADING_PUNCT.indexOf(t.charAt(i)) >= 0) i++;
        if (i > s) return i;
        while (i < e && TRAILING_PUNCT.indexOf(t.charAt(i)) >= 0) i++;
        return i == e ? e : s;
    }

    static int[] trim(String t, int s, int e) {
        s = edgePunctuationEnd(t, s, e);
        while (e > s) {
            char c = t.charAt(e - 1);
            if (Character.isWhitespace(c) || ",;:)]”“\"„«»’‘'/–—-([".indexOf(c) >= 0) {
                // keep a closing bracket whose opening bracket is inside
                if ((c == ')' && t.lastIndexOf('(', e - 1) >= s) || (c == ']' && t.lastIndexOf('[', e - 1) >= s)) break;
                e--;
            } else if (c == '.') {
                // keep the full stop of an abbreviation or initial ("Jr.", "R. W.", "eds."); drop a sentence's
                int w = e - 1;
                while (w > s && Character.isLetter(t.charAt(w - 1))) w--;
                if (e - 1 - w <= 2 && e - 1 - w >= 1 && Character.isUpperCase(t.charAt(w))) break;
                e--;
            } else if (e - s > 4 && t.regionMatches(e - 3, " In", 0, 3) || e - s > 4 && t.regionMatches(e - 3, " in", 0, 3)) {
                e -= 3;   // "… discourse” In" — the lead-in of what follows
            } else {
                break;
            }
        }
        // unbalanced opening bracket at the start
        while (s < e && (t.charAt(s) == '(' || t.charAt(s) == '[')) s++;
        return e > s ? new int[] {s, e} : null;
    }

    static boolean quotedAt(String t, int s, int e) {
        String v = t.substring(s, e).strip();
        if (v.isEmpty()) return false;
        char c = v.charAt(0);
        if ("“\"‘„«".indexOf(c) >= 0) return true;
        int b = s - 1;
        while (b >= 0 && t.charAt(b) == ' ') b--;
        // a straight double quote before the field opens it only with nothing but a space or bracket before it:
        // after a word or a comma it closes the title before ("Ruth." Jerome Biblical Commentary)
        if (b >= 0 && "“‘„«".indexOf(t.charAt(b)) >= 0) return true;
        if (b >= 0 && t.charAt(b) == '"' && (b == 0 || Character.isWhitespace(t.charAt(b - 1)) || "([".indexOf(t.charAt(b - 1)) >= 0)) return true;
        return straightQuoted(t, s, e);
    }

    /**
     * A field between straight single quotes, as typed ("'Hard Cases' (1975) 88 Harvard Law
     * Review"): an opening mark with no letter before it and a closing one with no letter after
     * it (an apostrophe has a letter on one side or both).
     */
    private static boolean straightQuoted(String t, int s, int e) {
        int a = s;
        while (a < e && t.charAt(a) == ' ') a++;
        if (a >= e || t.charAt(a) != '\'') {
            a = s - 1;
            while (a >= 0 && t.charAt(a) == ' ') a--;
            if (a < 0 || t.charAt(a) != '\'') return false;
        }
        if (a > 0 && Character.isLetterOrDigit(t.charAt(a - 1))) return false;
        int z = e - 1;
        while (z > a && " ,.;:".indexOf(t.charAt(z)) >= 0) z--;
        if (z <= a || t.charAt(z) != '\'') {
            z = e;
            while (z < t.length() && t.charAt(z) == ' ') z++;
            if (z >= t.length() || t.charAt(z) != '\'') return false;
        }
        return z + 1 >= t.length() || !Character.isLetter(t.charAt(z + 1));
    }

    private static int[] stripLeadIn(String t, int s, int e) {
        return stripLeadIn(t, s, e, LEAD_IN);
    }

    private static int[] stripLeadIn(String t, int s, int e, Pattern leadIn) {
        Matcher m = leadIn.matcher(t);
        m.region(s, e);
        if (m.lookingAt()) s = m.end();
        return trim(t, s, e);
    }

    /** How many letters {@code t[s, e)} holds. */
    static int letters(String t, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) if (Character.isLetter(t.charAt(i))) n++;
        return n;
    }

    static boolean hasAlnum(String t, int s, int e) {
        for (int i = s; i < e; i++) if (Character.isLetterOrDigit(t.charAt(i))) return true;
        return false;
    }

    private static boolean isRange(String t, int s, int e) {
        return RX_HAS_RANGE.matcher(t.substring(s, e)).matches();
    }

    // ------------------------------------------------------------------ persons
    /** Splits a run of names into persons; true if at least one was found. */
    private static boolean persons(String t, int s, int e, String element, String role, List<Span> out) {
        // role words ("eds.", "(Hrsg.)", "edited by") stay outside the person elements
        List<int[]> pieces = new ArrayList<>();
        Matcher rw = ROLE_WORDS.matcher(t);
        rw.region(s, e);
        int p = s;
        while (rw.find()) {
            if (rw.start() > p) pieces.add(new int[] {p, rw.start()});
            p = rw.end();
        }
        if (p < e) pieces.add(new int[] {p, e});
        boolean any = false;
        for (int[] piece : pieces) {
            int[] r = stripLeadIn(t, piece[0], piece[1]);
            if (r == null) continue;
            String names = t.substring(r[0], r[1]);
            int ne = etAlStart(names);
            for (int[] person : split(names.substring(0, ne))) {
                int[] q = trim(t, r[0] + person[0], r[0] + person[1]);
                if (q == null || !Character.isLetter(t.charAt(q[0]))) continue;
                // a person's name starts with a capital, or with a particle before one ("van Gogh"); never "the"
                if (!Character.isUpperCase(t.charAt(q[0])) && !PARTICLE_THEN_NAME.matcher(t).region(q[0], q[1]).lookingAt()
                        && !SAME_AUTHOR_WORDS.contains(t.substring(q[0], q[1]).replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
                    // "especially Carlo Ginzburg": words in lower case before the name are the note's, not the name's
                    Matcher cap = LOWER_WORDS_THEN_NAME.matcher(t).region(q[0], q[1]);
                    if (!cap.lookingAt()) continue;
                    q[0] = cap.end();
                }
                out.add(new Span(q[0], q[1], element, role == null ? Map.of() : Map.of("role", role)));
                any = true;
            }
        }
        return any;
    }

    /** Where "et al." ({@link #ETAL}) ends a run of names; its length where it does not. */
    private static int etAlStart(String names) {
        // each form of it holds "al", "u." or "others": most runs of names hold none of these
        if (names.indexOf("al") < 0 && names.indexOf("u.") < 0 && names.indexOf("others") < 0) return names.length();
        Matcher etal = ETAL.matcher(names);
        return etal.find() ? etal.start() : names.length();
    }

    /** Persons in a list of names: "Adams, C.J., Korsch, R.J. and Griffin, W.L." → three. */
    static List<int[]> split(String names) {
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        if (NameShapes.mayHoldAPersonSeparator(names)) {
            Matcher sep = PERSON_SEP.matcher(names);
            while (sep.find()) {
                chunks.add(new int[] {start, sep.start()});
                start = sep.end();
            }
        }
        chunks.add(new int[] {start, names.length()});
        List<int[]> out = new ArrayList<>();
        boolean inverted = false;
        // "Robins, Rountree and Rountree": a list that ends in a bare surname is of surnames alone,
        // so a word after a comma is the next surname, not a given name
        int[] last = chunks.get(chunks.size() - 1);
        boolean surnamesAlone = chunks.size() > 1 && RX_ONE_SURNAME.matcher(names.substring(last[0], last[1]).strip()).matches();
        // a list whose last person, after "and", is a whole name in its own order ("… and John Cartwright")
        String lastChunk = names.substring(last[0], last[1]).strip();
        boolean lastWhole = chunks.size() > 1 && lastChunk.indexOf(',') < 0 && NameShapes.words(lastChunk) >= 2;
        // "Ling Tony Chen, R. Drach, …", "J. H. Neyrey, M. Keating": a list that opens with a name in
        // its own order (initials first, or three words) goes on in it: no part after a comma is a given name
        String first = names.substring(chunks.get(0)[0], chunks.get(0)[1]);
        int comma0 = first.indexOf(',');
        boolean direct = comma0 > 0 && RX_DIRECT_NAME.matcher(first.substring(0, comma0).strip()).matches();
        for (int[] c : chunks) {
            String chunk = names.substring(c[0], c[1]);
            List<int[]> parts = NameShapes.commaParts(chunk);
            // "Baum, Ma, Payea": three bare words or more are surnames, not a surname and its given name
            boolean bare = parts.size() >= 3;
            for (int[] part : parts) bare &= RX_ONE_SURNAME.matcher(chunk.substring(part[0], part[1]).strip()).matches();
            for (int i = 0; i < parts.size(); i++) {
                int[] part = parts.get(i);
                if (part[1] <= part[0]) continue;
                int pe = part[1];
                String head = chunk.substring(part[0], part[1]).strip();
                String next = i + 1 < parts.size() ? chunk.substring(parts.get(i + 1)[0], parts.get(i + 1)[1]).strip() : "";
                // "Surname, Given" — a one- or two-word surname followed by given names or initials
                boolean surnameOnly = NameShapes.words(head) <= 3 && !NameShapes.hasInitial(head)
                        && !NameShapes.endsWithInitials(head) && !NameShapes.startsWithInitials(head);
                // "Jack Beatson, Andrew Burrows and John Cartwright": whole names in their own order, the last after
                // "and" too, no surname and its given names (but "King Charles, Melvin Neil": one person)
                boolean twoWhole = lastWhole && NameShapes.words(head) >= 2 && NameShapes.words(next) >= 2 && !NameShapes.hasInitial(next)
                        && !NameShapes.hasInitial(head) && !RX_PARTICLE_SURNAME.matcher(head).lookingAt();   // never "De Vries, Jan Willem"
                boolean givenNext = !next.isEmpty() && !direct && !bare && !twoWhole && !RX_WHOLE_PERSON.matcher(next).matches()
                        && (INITIALS.matcher(next).matches()
                        || (!surnamesAlone && GIVEN.matcher(next).matches() && (inverted || out.isEmpty() || parts.size() % 2 == 0)));
                if (surnameOnly && givenNext && !isSuffix(next)) {
                    pe = parts.get(i + 1)[1];
                    i++;
                    inverted = true;
                } else if (i + 1 < parts.size() && isSuffix(next)) {
                    pe = parts.get(i + 1)[1];
                    i++;
                }
                out.add(new int[] {c[0] + part[0], c[0] + pe});
            }
        }
        return out;
    }

    private static boolean isSuffix(String s) {
        return RX_SUFFIX.matcher(s).matches();
    }

    // ------------------------------------------------------------------ numbers
    private static void date(String t, int s, int e, List<Span> out) {
        Matcher y = YEAR.matcher(t);
        y.region(s, e);
        if (y.find()) {
            int end = y.end();
            if (end < e && Character.isLowerCase(t.charAt(end)) && (end + 1 == e || !Character.isLetter(t.charAt(end + 1)))) end++;
            String before = t.substring(s, y.start());
            int start = RX_HAS_ALNUM.matcher(before).matches() ? s : y.start();
            String when = y.group(1);
            Matcher d = numericDay(t, y.end(), e);
            Matcher dayFirst = DAY_MONTH_BEFORE_YEAR.matcher(before);
            if (d != null) {
                when += String.format("-%02d-%02d", Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
                end = d.end();
            } else if (dayFirst.find() && validDay(dayFirst.group(2), dayFirst.group(1))) {   // "22.10.2012"
                when += String.format("-%02d-%02d", Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
            } else {
                when += monthAndDay(before);   // "3 May 2010", "Jan. 5, 2015", "12. März 2019", "June 2015"
            }
            out.add(new Span(start, end, "date", Map.of("when", when)));
        } else if (RX_HAS_DIGIT.matcher(t).region(s, e).find() || MONTH_NAME.matcher(t).region(s, e).find()) {
            out.add(new Span(s, e, "date", Map.of()));   // "n.d." and words alone ("tr.") are no date
        }
    }

    /**
     * Volume and issue in a field the tagger called the volume: "45, no. 4", "101(1)", "vol. 21, no
     * 12", "H. 1–2", "n° 54, vol. 1". {@code done} holds whether the citation's volume and issue are
     * found (the tagger may give "Vol. XIV" and "nᵒ 4" as two fields); the marks before a number are
     * read back to {@code from}, the citation's start, as the tagger may leave "nᵒ" outside.
     */
    private static void volume(String t, int s, int e, int from, boolean[] done, List<Span> out) {
        Matcher n = NUMBER.matcher(t);
        n.region(s, e);
        while (n.find()) {
            // "v. 27": the volume's mark, not the roman five
            if (n.end() - n.start() == 1 && (t.charAt(n.start()) == 'v' || t.charAt(n.start()) == 'V')
                    && VOLUME_MARK_THEN_NUMBER.matcher(t).region(n.end(), e).lookingAt()) continue;
            String before = t.substring(Math.max(from, n.start() - 12), n.start());
            boolean issueMarked = ISSUE_MARK.matcher(before).find();
            if (issueMarked && !done[1]) {
                out.add(new Span(n.start(), n.end(), "biblScope", Map.of("unit", "issue")));
                done[1] = true;
            } else if (!done[0] && (!done[1] || VOLUME_MARK.matcher(before).find())) {
                out.add(new Span(n.start(), n.end(), "biblScope", Map.of("unit", "volume")));
                done[0] = true;
            } else if (done[0] && !done[1]) {
                out.add(new Span(n.start(), n.end(), "biblScope", Map.of("unit", "issue")));
                done[1] = true;
            }
        }
    }

    /** "sq.", "sqq.", "et suiv.", "et seq.", "ff.", "f." after a page: the pages following it, which the tagger may leave out. */
    private static final Pattern FOLLOWING = Pattern.compile("\\s*(?:sqq?\\.?|et\\s+suiv\\.?|et\\s+seq\\.?|ff?\\.)(?![\\p{L}])");

    /** {@code e}, or the end of the "sq." (or "ff.") right after it. */
    private static int withFollowing(String t, int e, int to) {
        if (e >= to || e > 0 && !Character.isDigit(t.charAt(e - 1))) return e;
        Matcher m = FOLLOWING.matcher(t).region(e, to);
        return m.lookingAt() ? m.end() : e;
    }

    /**
     * The pages of a field: the item's ({@code scope}: a range in a journal or book) and the pages
     * cited. {@code inPart}: the first pages of a citation of a part of a journal or book, where
     * "161, 165" is the first page and the page cited.
     */
    private static void pages(String t, int s, int e, int to, boolean scope, boolean inPart, List<Span> out) {
        Matcher m = PAGES.matcher(t);
        m.region(s, e);
        if (!m.find()) return;
        int ps = m.start();
        int pe = m.end();
        // "pp. 3-5, 9" — a list of pages stays one citedRange
        // (the item's page range in its journal or book is one range: a number after it is the pinpoint)
        while (m.find()) {
            String gap = t.substring(pe, m.start());
            if (!RX_LIST_GAP.matcher(gap).matches()) break;
            if ((scope || inPart && firstPageThenLater(t, ps, pe, m.start(), m.end())) && gap.strip().equals(",")) {
                out.add(new Span(ps, pe, "biblScope", Map.of("unit", "page")));
                out.add(new Span(m.start(), m.end(), "citedRange", Map.of("unit", "page")));
                return;
            }
            pe = m.end();
        }
        // "S. 29–41, hier S. 31", "155, at 162", "17 (para. 28ff.)", "797 (800)", "S. 6691, S. 6698": the item's pages, then the pages
        // cited (also when the tagger left the pinpoint outside the field)
        Matcher cue = PINPOINT_CUE.matcher(t);
        cue.region(pe, to);
        if (cue.lookingAt()) {
            Matcher q = PAGES.matcher(t);
            q.region(cue.end(), to);
            if (q.lookingAt() && (cue.group(1) != null || cue.group(2) != null || cue.group(3) != null || cue.group(4) != null)) {
                int qe = q.end();
                if (cue.group(1) != null) {   // "(800)", "(para. 28ff.)": only with its closing bracket, never "(1995)"
                    if (cue.end() - cue.start(1) <= 2 && YEAR.matcher(t.substring(q.start(), qe)).matches()) qe = -1;
                    int close = Math.max(qe, 0);
                    while (close < to && t.charAt(close) == ' ') close++;
                    if (qe < 0 || close >= to || t.charAt(close) != ')') qe = -1;
                }
                if (qe > 0) {
                    // "Kap. 1 Rn. 12": a chapter, then the margin number in it, both cited
                    boolean chapter = cue.group(4) != null && unit(t, ps, false).equals("chapter");
                    out.add(chapter ? new Span(ps, pe, "citedRange", Map.of("unit", "chapter")) : new Span(ps, pe, "biblScope", Map.of("unit", "page")));
                    out.add(new Span(q.start(), qe, "citedRange", Map.of("unit", unit(t, q.start(), false))));
                    return;
                }
            }
        }
        out.add(new Span(ps, pe, scope ? "biblScope" : "citedRange", Map.of("unit", unit(t, ps, scope))));
    }

    /** "161, 165", "1601, 1601": one page, then it or a later one (not "161, 12", nor a range first). */
    private static boolean firstPageThenLater(String t, int s, int e, int s2, int e2) {
        String a = t.substring(s, e);
        String b = t.substring(s2, e2);
        if (!RX_DIGITS.matcher(a).matches()) return false;
        Matcher lead = RX_DIGITS.matcher(b);
        if (!lead.lookingAt() || a.length() > 9 || lead.end() > 9) return false;
        return Long.parseLong(b.substring(0, lead.end())) >= Long.parseLong(a);   // "1601, 1601": the first page cited
    }

    private static final Pattern RX_DIGITS = Pattern.compile("\\d+");

    /**
     * "chapter 37" cites a chapter, "Rn. 11", "para. 4", "¶ 3" a margin number or paragraph ({@code para});
     * every other pinpoint (S., p., at) a page.
     */
    private static String unit(String t, int at, boolean scope) {
        if (scope) return "page";
        return switch (Locators.label(t, at)) {
            case "chapter" -> "chapter";
            case "paragraph" -> "para";
            default -> "page";
        };
    }

    /** Between the item's pages and the pages cited: a bracket (group 1) or a cue word (group 2), then maybe "S.", "p.", "para.". */
    private static final Pattern PINPOINT_CUE = Pattern.compile(
            "\\s*[,;]?\\s*(?:(\\()\\s*|(hier|here|at|esp\\.|especially|insb\\.|bes\\.|bei|ici|surtout)\\s+|(,)\\s*(?=(?:S|pp?)\\.)|()(?=(?:Rn|Rz|Tz|Rdnr)\\.))"
            + "(?:(?:S\\.|pp?\\.|paras?\\.|Rn\\.|Rdnr\\.|¶)\\s*)?");

    // ------------------------------------------------------------------ short cites
    private static final String SURNAME = "(?:(?:von|van|de|zu|von\\s+der)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}[\\p{L}\\p{M}'’]+)?";
    /**
     * A short cite in a note: surname(s), a short title, a pinpoint with its cue ("Birk, Steuerrecht,
     * S. 231"; "Hübner, Allgemeiner Teil, Rn. 443"; "Smith, Wealth of Nations, p. 5").
     */
    private static final Pattern SHORT_CITE = Pattern.compile(
            "(?<names>[Dd](?:ers|ies)\\.|[Ii]dem|[Ee]adem|" + SURNAME + "(?:\\s*/\\s*" + SURNAME + ")*)\\s*,\\s*"
            + "(?<title>\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+[\\p{L}\\p{M}'’&.-]+){0,8})\\s*,\\s*"
            + "(?<cue>(?:S\\.|[Pp]p?\\.|Rn\\.|Rdnr\\.|Rz\\.|§+|at|ch\\.?|chap\\.|Kap\\.|paras?\\.|Abs\\.|Sp\\.|cols?\\.)\\s*)?"
            + "(?<pin>\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff))?)\\s*\\.?\\s*");
    /** The shortest cite, a surname and the page with its cue: "Ashworth, p. 425", "Medicus, S. 12". */
    private static final Pattern SHORT_CITE_NAME_ONLY = Pattern.compile(
            "(?<names>" + SURNAME + "(?:\\s*/\\s*" + SURNAME + ")*)\\s*,\\s*"
            + "(?<cue>(?:S\\.|[Pp]p?\\.|at)\\s*)"
            + "(?<pin>\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff))?)\\s*\\.?\\s*");
    /** The short cite of a part, its title quoted: "Smith, “Short Title,” 45"; "Hart, ‘Positivism’ 601". */
    private static final Pattern SHORT_CITE_QUOTED = Pattern.compile(
            "(?<names>" + SURNAME + "(?:\\s*/\\s*" + SURNAME + ")*)\\s*,\\s*"
            + "(?<open>[“‘\"])(?<title>\\p{Lu}[^”’\"]{1,150}?)[,.]?(?<close>[”’\"])\\s*,?\\s*"
            + "(?<cue>(?:S\\.|[Pp]p?\\.|at|ch\\.?|chap\\.|Kap\\.|paras?\\.|Sp\\.|cols?\\.)\\s*)?"
            + "(?<pin>\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff))?)\\s*\\.?\\s*");

    /** The spans of a short cite filling {@code text[from, to)}, or null when it is none. */
    static List<Span> shortCite(String text, int from, int to) {
        if (!endsInAPinpoint(text, from, to)) return null;
        Matcher m = SHORT_CITE.matcher(text);
        m.region(from, to);
        boolean quoted = false;
        if (!m.matches()) {
            Matcher bare = SHORT_CITE_NAME_ONLY.matcher(text).region(from, to);
            if (bare.matches()) return surnameAndPage(text, bare, to);
            if (!hasQuote(text, from, to)) return null;
            m = SHORT_CITE_QUOTED.matcher(text).region(from, to);
            if (!m.matches()) return null;
            quoted = true;
        }
        String title = m.group("title");
        // "Smith, John, p. 5" names a person, not a title
        if (!quoted && title.indexOf(' ') < 0 && Lexicon.english().isProperName(title)) return null;
        // with no cue before the number: "Wrightson, English Society, 52", never an imprint ("London, Verso, 1998")
        if (m.group("cue") == null && (isYearLike(m.group("pin")) || isPlaceName(m.group("names")))) return null;
        List<Span> out = biblAndAuthors(text, m, to);
        out.add(new Span(m.start("title"), m.end("title"), "title", Map.of("level", quoted ? "a" : "m")));
        out.add(new Span(m.start("pin"), m.end("pin"), "citedRange", Map.of("unit", unit(text, m.start("pin"), false))));
        return out;
    }

    private static final Pattern SHORT_CITE_NAME_SEP = Pattern.compile("\\s*/\\s*");

    /**
     * Whether {@code text[from, to)} can be a short cite: it ends in a number, or in "f."/"ff" after
     * one, with at most a full stop after it (a cheap test before the patterns, which try every line).
     */
    private static boolean endsInAPinpoint(String text, int from, int to) {
        int e = to;
        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) e--;
        while (e > from && text.charAt(e - 1) == 'f') e--;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > from && (Character.isDigit(text.charAt(e - 1)) || Character.isLetter(text.charAt(e - 1)) && e - 1 > from
                && Character.isDigit(text.charAt(e - 2)));   // "12a"
    }

    private static boolean hasQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '‘' || c == '"') return true;
        }
        return false;
    }

    /** Words that point to another note or page, never a surname before one ("Supra, p. 4", "Ebd., S. 5"). */
    private static final java.util.Set<String> CROSS_REFERENCE_WORDS = java.util.Set.of("ibid", "ibidem", "idem", "id", "ebd", "ebenda",
            "supra", "infra", "above", "below", "oben", "unten", "op", "loc", "aao", "ders", "dies", "eadem", "ead", "dens", "see", "cf", "vgl",
            "siehe", "voir", "cit", "art", "ouvr");

    /** "Ashworth, p. 425": the author and the page cited; null for a word that is no surname ("Ibid", "Ebd"). */
    private static List<Span> surnameAndPage(String text, Matcher m, int to) {
        String names = m.group("names").toLowerCase(java.util.Locale.ROOT);
        if (CROSS_REFERENCE_WORDS.contains(names)) return null;   // "Ibid", "Supra", "Ebd.": no surname
        List<Span> out = biblAndAuthors(text, m, to);
        out.add(new Span(m.start("pin"), m.end("pin"), "citedRange", Map.of("unit", unit(text, m.start("pin"), false))));
        return out;
    }

    /** A short cite's bibl (to its pinpoint and full stop) and its authors, parted by slashes ("Larenz/Wolf"). */
    private static List<Span> biblAndAuthors(String text, Matcher m, int to) {
        List<Span> out = new ArrayList<>();
        int end = m.end("pin");
        if (end < to && text.charAt(end) == '.' && text.substring(end + 1, to).isBlank()) end++;
        out.add(new Span(m.start("names"), end, "bibl", Map.of()));
        Matcher sep = SHORT_CITE_NAME_SEP.matcher(text);
        sep.region(m.start("names"), m.end("names"));
        int p = m.start("names");
        while (sep.find()) {
            out.add(new Span(p, sep.start(), "author", Map.of()));
            p = sep.end();
        }
        out.add(new Span(p, m.end("names"), "author", Map.of()));
        return out;
    }

    /** A number that may be a year of publication: four digits from 1450 to 2039. */
    private static boolean isYearLike(String pin) {
        if (pin.length() < 4 || !Character.isDigit(pin.charAt(0))) return false;
        int n = 0;
        int k = 0;
        while (k < pin.length() && Character.isDigit(pin.charAt(k))) n = n * 10 + (pin.charAt(k++) - '0');
        return k == 4 && n >= 1450 && n <= 2039;
    }

    /** Whether the "names" of a short cite are a place of publication ("London, Verso, 1998"). */
    private static boolean isPlaceName(String names) {
        return CitationFeatures.isPlaceWord(names.strip().toLowerCase(java.util.Locale.ROOT));
    }
}

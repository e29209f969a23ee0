package org.colophon.citations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;

/**
 * Reads the fields of one citation with the learned tagger: every token gets a label (author,
 * title, journal, date, pages, ...), runs of one label become fields, and each field is trimmed
 * and given its TEI form: one {@code author}/{@code editor} per person, title levels from what
 * else the citation holds, volume and issue apart, the item's pages and the pages cited apart.
 * The model is trained from annotated real citations ({@link CitationTraining}) and loaded once.
 */
final class FieldTagger {

    // patterns of single uses, compiled once (String.matches/split/replace would compile them on every call)
    private static final Pattern RX_DOI_START = Pattern.compile("(?i)(?:doi:|10\\.|https?://(?:dx\\.)?doi\\.org/).*");
    private static final Pattern RX_HAS_RANGE = Pattern.compile(".*\\d\\s*[–—-]\\s*\\d.*");
    private static final Pattern RX_COMMA = Pattern.compile("\\s*,\\s*");
    /** "Janie P. Vu", "Gary L Kinsland": given name, middle initial, surname — a whole person, never given names alone. */
    private static final String GIVEN_INITIAL_SURNAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.?)+\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
    /** A name in its own order: initials then the surname ("R. Drach", "J.H. Neyrey"), or three words ("Ling Tony Chen"). */
    private static final Pattern RX_DIRECT_NAME = Pattern.compile(
            "(?:\\p{Lu}\\.\\s?-?){1,3}\\s?\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){2}"
            + "|" + GIVEN_INITIAL_SURNAME);
    private static final Pattern RX_WHOLE_PERSON = Pattern.compile(GIVEN_INITIAL_SURNAME);
    /** One surname and nothing else: "Rountree", "Cameron-Jones", "O'Brien" (no initial, no given name). */
    private static final Pattern RX_ONE_SURNAME = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?\\.?");
    private static final Pattern RX_SPACES = Pattern.compile("\\s+");
    private static final Pattern RX_HAS_INITIAL = Pattern.compile(".*\\p{Lu}\\..*");
    private static final Pattern RX_ENDS_INITIALS = Pattern.compile(".*\\s\\p{Lu}{1,3}");
    private static final Pattern RX_STARTS_INITIALS = Pattern.compile("\\p{Lu}{1,3}\\s.*");
    private static final Pattern RX_SUFFIX = Pattern.compile("(?:Jr|Sr|Jun|Sen)\\.?|I{1,3}|IV");
    private static final Pattern RX_HAS_ALNUM = Pattern.compile(".*[\\p{L}\\d].*");
    private static final Pattern RX_LIST_GAP = Pattern.compile("\\s*[,&]\\s*|\\s+and\\s+|\\s+und\\s+");

    private static final String MODEL = "/org/colophon/citations/tagger.model.gz";
    /** {@code -Dcolophon.citations.trace=true}: print the fields the tagger and its rules found, for the developer. */
    private static final boolean TRACE = Boolean.getBoolean("colophon.citations.trace");

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
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,.;:&(\\[“”\"„«»‘’'/–—-]+|[\\s,;:)\\]“”\"„«»‘’'/–—-]+$");
    // what leads into a field without being part of it: "In:", "(eds.)", "(1998)."
    private static final String IN_WORD = "(?:[Ii]n|[Dd]ans|[Ii]m)";
    private static final String LEAD_ROLE_OR_YEAR = "\\(?(?:[Ee]ds?|[Ee]dd|[Hh]rsgg?|[Hh]gg?)\\.?\\)?[\\s.,:]+"
            + "|\\(?(?:1[4-9]\\d\\d|20[0-3]\\d)[a-z]?\\)?[\\s.,:]+";
    private static final Pattern LEAD_IN = Pattern.compile("^(?:" + IN_WORD + "\\s*:?\\s+|" + LEAD_ROLE_OR_YEAR + ")+");
    /** The lead-ins a title may itself begin with: the role and the year, not "In" ("In the Wake of Chaos"). */
    private static final Pattern LEAD_IN_NO_IN = Pattern.compile("^(?:" + LEAD_ROLE_OR_YEAR + ")+");
    private static final Pattern LEAD_IN_COLON = Pattern.compile("^" + IN_WORD + "\\s*:");
    private static final Pattern ROLE_WORDS = Pattern.compile(
            "\\(?\\b(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Ee]dited(?:\\s+by)?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgegeben(?:\\s+von)?"
            + "|[Tt]rans(?:l)?|[Tt]ranslated(?:\\s+by)?|[Tt]r|[Üü]bers(?:etzt)?(?:\\s+von)?|[Cc]omps?|[Dd]ir|[ÉéEe]ds?)"
            + "\\b\\.?\\)?(?:\\s+(?:by|von|v\\.))?");
    private static final Pattern PERSON_SEP = Pattern.compile(
            "\\s*(?:;|\\s&\\s|,?\\s+(?:and|und|et|y|e|i)\\s+|,\\s*&\\s*|\\s/\\s|(?<=\\p{L})/(?=\\p{Lu})|(?<=\\p{L}\\.?)\\s[‒–—-]\\s(?=\\p{Lu}))\\s*");
    /** "et al.", "u. a." (often with a narrow or no-break space) or "and others" closing a list of names. */
    private static final Pattern ETAL = Pattern.compile(
            "[\\s\\u00a0\\u202f]*,?[\\s\\u00a0\\u202f]*(?:et[\\s\\u00a0\\u202f]*al\\.?|u\\.[\\s\\u00a0\\u202f]*a\\.?|and\\s+others)\\s*$");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?\\s*-?\\s*){1,4}");
    private static final Pattern GIVEN = Pattern.compile("(?:(?:\\p{Lu}\\.?|\\p{Lu}[\\p{Ll}\\p{M}'’-]+)\\s*){1,3}");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[4-9]\\d\\d|20[0-3]\\d)(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d+[a-zA-Z]?(?:\\s*[–—-]\\s*\\d+[a-zA-Z]?)?|\\b[IVXLCivxlc]+\\b");
    private static final Pattern ISSUE_MARK = Pattern.compile(
            "(?:\\b(?:[Nn]o|[Nn]os|[Nn]r|[Nn]um|[Nn]umber|[Ii]ssue|[Hh]eft|H|[Nn]|fasc|[Hh]ft)\\.?\\s*|\\b[Nn][°ºᵒo]\\s*|\\(\\s*)$");
    /** A number marked as the volume, wherever it stands ("n° 54, vol. 1"). */
    private static final Pattern VOLUME_MARK = Pattern.compile(
            "\\b(?:[Vv]ol|[Vv]ols|[Vv]olume|[Bb]d|[Bb]and|[Jj]g|[Jj]ahrgang|[Tt]ome?|[Vv])\\.?\\s*$");
    private static final Pattern PAGES = Pattern.compile(
            "(?:(?<![\\p{L}])[A-Z]-?)?\\d+[a-z]?(?:\\s*[–—‐‑-]\\s*(?:[A-Z]-?)?\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff|f(?![\\p{L}])|sqq?\\.|et\\s+seq\\.|et\\s+suiv\\.))?"
            + "|\\b[ivxlc]+(?:\\s*[–—‐‑-]\\s*[ivxlc]+)?\\b");

    /**
     * The spans of one citation in {@code text[from, to)}: a {@code bibl} and its fields, or nothing
     * when the tagger finds no author, title or journal.
     */
    static List<Span> spans(String text, int from, int to, List<Span> hints) {
        List<Span> shortCite = shortCite(text, from, to);
        if (shortCite != null) return shortCite;
        List<Span> decision = courtDecision(text, from, to, hints);
        if (decision != null) return decision;
        List<Span> reported = reportedCase(text, from, to);
        if (reported != null) return reported;
        List<Span> european = europeanCase(text, from, to);
        if (european != null) return european;
        String biblType = null;
        List<Field> fields = fields(text, from, to, hints);
        fields = sameAuthorAsBefore(text, fields);
        fields = bookOfTheSameAuthor(text, fields);
        fields = numericDateRunsOn(text, fields);
        fields = pagesAfterAJournalsYear(text, fields);
        fields = editorsByRole(text, fields);
        fields = bookBeforeItsEditors(text, fields);
        fields = loneJournalIsABook(text, fields);
        fields = quotedTitleThenAnother(text, fields);
        fields = journalBrokenBeforeALowerCaseWord(text, fields);
        fields = quotedJournalBeforeAJournal(text, fields);
        fields = volumeDotIssue(text, fields);
        fields = loneTitleByYearIsAJournal(text, fields);
        fields = secondTitleBeforeAVolumeIsAJournal(text, fields);
        fields = imprintsByPlace(text, fields);
        fields = titleRunIntoNames(text, fields);
        fields = titleAmongNamesBeforeAnImprint(text, fields);
        fields = titleBeganAmongTheNames(text, fields);
        fields = journalWithAnImprintIsABook(text, fields);
        fields = bluebookJournal(text, from, to, fields);
        fields = lastNameOfAList(text, fields);
        fields = titleAfterTheRole(text, fields);
        fields = stateAndPublisherAfterAPlace(text, fields);
        fields = titleEndsInASeriesOrPublisher(text, fields);
        fields = namesEndAtAFullStop(text, fields);
        fields = namesAfterARoleAreEditors(text, fields);
        fields = imprintBoundaries(text, fields);
        fields = editionsByTheirWords(text, from, to, fields);
        fields = publisherBeforeTheYearInParentheses(text, fields);
        fields = caseNameIsATitle(text, fields);
        fields = numberAfterAJournalIsAPage(text, fields);
        fields = oneWordAfterADirectNameBeginsTheTitle(text, fields);
        fields = anArticleBeginsATitle(text, fields);
        fields = wordsBetweenYearAndPageAreAJournal(text, fields);
        fields = numberThenYearMakeAJournal(text, fields);
        fields = journalsOwnWords(text, fields);
        fields = publisherThenPlaceInOneField(text, fields);
        fields = imprintAtTheTitlesEnd(text, fields);
        fields = placesFirstWordBeforeThePublisher(text, fields);
        fields = markedIssueIsNoPage(text, fields);
        fields = hyphenatedSurnameEnd(text, fields);
        fields = statuteAbbreviationAfterTheNames(text, fields);
        fields = quotedTitleAfterProse(text, fields);
        fields = placeBeforeTheColonAfterAPlace(text, fields);
        fields = titleAfterTheNamesAndYear(text, fields);
        fields = proseBeforeTheCitedNames(text, fields);
        fields = numberOfVolumesEndsTheTitle(text, fields);
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
                    // editors are marked as such ("ed.", "(Hrsg.)", "edited by", "tr."); unmarked, the words are the book's title
                    Matcher role = ROLE_WORDS.matcher(text);
                    role.region(Math.max(from, f.start() - 25), Math.min(to, f.end() + 25));
                    if (!role.find()) {
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
                    boolean quoted = quotedAt(text, f.start(), f.end());
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
                    boolean inPart = (container || journal) && pagesSeen == 1;
                    pages(text, s, e, to, inPart && isRange(text, s, e), inPart, kids);
                }
                case "publisher" -> kids.add(new Span(s, e, "publisher", Map.of()));
                case "place" -> kids.add(new Span(s, e, "pubPlace", Map.of()));
                case "edition" -> kids.add(new Span(s, e, "edition", Map.of()));
                case "url", "doi" -> {
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
    private static boolean commentary(String words) {
        Matcher m = LOWER_ASCII_WORD.matcher(words);
        while (m.find()) if (COMMENTARY.contains(m.group())) return true;
        return false;
    }
    private static final Pattern JOURNAL_ABBREVIATION = Pattern.compile("(?=\\S*\\p{Lu}\\S*\\p{Lu})\\p{Lu}[\\p{L}&]{1,7}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)(?:https?://|www\\.|doi:|10\\.\\d{4,}/)\\S+");
    private static final Pattern ROLE_ONLY = Pattern.compile(
            "[\\s,.(]*(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgeber|[ÉéEe]ds?|[Cc]omps?)\\.?[\\s.,)]*");
    /** A role word right after a list of names, whatever field the tagger gave it ("Bell, eds. 2013", "Elmagarmid, editor."). */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "[\\s,(]*(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgeber|[Éé]ds?|[Cc]omps?|dir|coord|orgs?)\\.?\\)?(?![\\p{L}])");
    private static final Pattern ENDS_WITH_ROLE = Pattern.compile(
            ".*[\\s,(](?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgeber|[ÉéEe]ds?|[Cc]omps?)\\.?\\)?[\\s.,:]*");

 /**
     * A "journal" with no article title and no volume is the title of a book, unless it is a
     * journal's abbreviation ("Mustermann, NZG 1999, 797": German law cites journals by year).
     */
    private static List<Field> loneJournalIsABook(String t, List<Field> fields) {
        boolean title = false;
        boolean volume = false;
        for (Field f : fields) {
            title |= f.label().equals("title");
            volume |= f.label().equals("volume");
        }
        if (title || volume) return fields;
        boolean imprint = has(fields, "place") || has(fields, "publisher");
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            boolean abbreviation = JOURNAL_ABBREVIATION.matcher(t.substring(f.start(), f.end()).strip()).matches();
            boolean byYear = !imprint && i + 1 < fields.size() && journalThenYear(t, f, fields.get(i + 1));
            out.add(f.label().equals("journal") && !abbreviation && !byYear ? new Field("title", f.start(), f.end()) : f);
        }
        return out;
    }

    /** A bare year right after the title, with nothing but a space between. */
    private static final Pattern SPACE_THEN_YEAR = Pattern.compile("\\s+(?:1[5-9]\\d\\d|20[0-3]\\d)(?!\\d)");

    /**
     * "Transactions of the North American Wildlife Conference 1993, S. 573", "Mufti, Government and
     * Opposition 2015": a journal cited by its year, as German law cites journals, has the year right
     * after its name, where a book has a comma, a place or an edition first.
     */
    private static boolean journalThenYear(String t, Field journal, Field next) {
        if (!next.label().equals("date")) return false;
        int e = journal.end();
        while (e > journal.start() && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e == journal.start() || !Character.isLetter(t.charAt(e - 1))) return false;
        return SPACE_THEN_YEAR.matcher(t).region(e, next.end()).lookingAt();
    }

    /**
     * The one title of a citation with no imprint, followed by a bare year with only a space between
     * ("Mufti, Government and Opposition 2015"), is a journal cited by its year.
     */
    private static List<Field> loneTitleByYearIsAJournal(String t, List<Field> fields) {
        int title = -1;
        for (int i = 0; i < fields.size(); i++) {
            String label = fields.get(i).label();
            if (label.equals("journal") || label.equals("container") || label.equals("place") || label.equals("publisher")) return fields;
            if (!label.equals("title") || !hasAlnum(t, fields.get(i).start(), fields.get(i).end())) continue;
            if (title >= 0) return fields;
            title = i;
        }
        if (title < 0 || title + 1 >= fields.size() || quotedAt(t, fields.get(title).start(), fields.get(title).end())
                || !journalThenYear(t, fields.get(title), fields.get(title + 1))) return fields;
        return relabel(fields, title, "journal");
    }

    // a list of names in one form: every name in it has the form of the first
    private static final String NAME_PARTICLES = "(?:(?:von|van|der|den|de|del|della|di|da|du|la|le|ter|ten|zu)\\s+)*";
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?";
    /** "M. von Bulow", "R.C. Anderson", "J.-P. Sartre": initials, then the surname. */
    private static final String INITIALS_SURNAME = "(?:\\p{Lu}\\.\\s?-?){1,3}\\s?" + NAME_PARTICLES + NAME_WORD;
    /** "Kamenetz A", "Bruns CJ": the surname, then initials without full stops (Vancouver). */
    private static final String SURNAME_INITIALS = NAME_WORD + "\\s\\p{Lu}{1,3}\\.?(?![\\p{L}.])";
    /** A name in either of the forms with initials: after a list of names, another name, not a title. */
    private static final Pattern NAME_WITH_INITIALS = Pattern.compile(
            "\\s*,\\s*(?:" + INITIALS_SURNAME + "|" + SURNAME_INITIALS + ")(?![\\p{L}\\p{M}'’-])");
    private static final String LIST_SEP = "(?:\\s*[,;]\\s*(?:and\\s+|und\\s+|&\\s*)?|\\s+(?:and|und|et|&)\\s+|\\s*/\\s*)";
    private static final Pattern NAME_LISTS = Pattern.compile(
            "(?>" + INITIALS_SURNAME + "(?:" + LIST_SEP + INITIALS_SURNAME + ")*"
            + "|" + SURNAME_INITIALS + "(?:" + LIST_SEP + SURNAME_INITIALS + ")*"
            + "|" + NAME_WORD + "(?:\\s*(?:&|and|und|/)\\s*" + NAME_WORD + ")+)"
            + "(?=\\s*,\\s*\\p{Lu})");   // atomic: the whole list, never a shorter one that a comma follows
    /** What may follow a list of names in its own form without ending it: more initials, a role, "et al.". */
    private static final Pattern NAME_GOES_ON = Pattern.compile(
            "\\s*,\\s*(?:\\p{Lu}\\.|\\p{Lu}{1,3}(?![\\p{L}])|(?:Jr|Sr|Jun|Sen)\\b|[Ee]ds?\\b|[Hh]rsg|[Hh]g\\b|et al|u\\. ?a\\.)");

    /**
     * An author field that runs on into the title: "M. von Bulow, West Germany, | Cold War Europe",
     * "Kamenetz A, Edupunks, Edupreneurs, | and the Coming Transformation", "Sokol & Sokol,
     * Shakespeare, | Law, and Marriage". A list of names keeps the form of its first name (initials
     * then surname, surname then initials, bare surnames joined by "&"); the words after a comma
     * that are no longer in that form begin the title the tagger found next.
     */
    private static List<Field> titleRunIntoNames(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author")) continue;
            int s = f.start();
            while (s < f.end() && Character.isWhitespace(t.charAt(s))) s++;
            Matcher names = NAME_LISTS.matcher(t).region(s, f.end());
            if (!names.lookingAt() || NAME_GOES_ON.matcher(t).region(names.end(), f.end()).lookingAt()
                    || NAME_WITH_INITIALS.matcher(t).region(names.end(), f.end()).lookingAt()) return fields;
            int cut = names.end();
            int title = cut;
            while (title < f.end() && (t.charAt(title) == ',' || Character.isWhitespace(t.charAt(title)))) title++;
            if (title >= f.end()) return fields;
            // the title the tagger found goes on from where the names end
            // the title the tagger found goes on from where the names end; with none, the title is the rest
            int next = i + 1;
            boolean titled = has(fields, "title") || has(fields, "journal") || has(fields, "container");
            boolean runsOn = next < fields.size() && fields.get(next).label().equals("title");
            if (!runsOn && titled) return fields;
            return splice(fields, i, runsOn ? next + 1 : next,
                    new Field("author", f.start(), cut),
                    new Field("other", cut, title),
                    new Field("title", title, runsOn ? fields.get(next).end() : f.end()));
        }
        return fields;
    }

    /**
     * A journal the tagger began at a lower-case word, the words before it taken for a title with
     * only a space between ("Seminars | in Ophthalmology"): one journal. A journal's name never
     * begins with a lower-case word; a title before it ends with punctuation.
     */
    private static List<Field> journalBrokenBeforeALowerCaseWord(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("title") || !b.label().equals("journal") || quotedAt(t, a.start(), a.end())) continue;
            int ae = a.end();
            while (ae > a.start() && Character.isWhitespace(t.charAt(ae - 1))) ae--;
            if (ae == a.start() || !Character.isLetter(t.charAt(ae - 1))) continue;
            int bs = b.start();
            while (bs < b.end() && Character.isWhitespace(t.charAt(bs))) bs++;
            if (bs == ae || bs >= b.end() || !Character.isLowerCase(t.charAt(bs))) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field("journal", a.start(), b.end()));
            out.remove(i + 1);
            return out;
        }
        return fields;
    }

    private static final Pattern ONLY_INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?-?){1,4}|\\p{Lu}{1,3}");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]+");

    /**
     * A citation with a place, publisher or edition but no title has its title among the names the
     * tagger found before them ("Habermas, Faktizität und Geltung, Frankfurt a. M. 1992": a book
     * is never cited without its title); so has one of a part "in:" a journal or book ("Leo Strauss,
     * Anmerkungen, in: Archiv für Sozialwissenschaft"). The first person is the first name before a comma, with
     * the initials or the one given name after it when more follows ("Habermas, Jürgen,
     * Faktizität und Geltung"); the rest, to the imprint, is the title.
     */
    private static List<Field> titleAmongNamesBeforeAnImprint(String t, List<Field> fields) {
        int first = -1;
        int stop = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String label = f.label();
            boolean words = hasAlnum(t, f.start(), f.end());
            boolean part = (label.equals("journal") || label.equals("container"))
                    && LEAD_IN_COLON.matcher(t).region(skipSpaces(t, f.start(), f.end()), f.end()).lookingAt();
            if (label.equals("title") && words || (label.equals("journal") || label.equals("container")) && (stop >= 0 || !part)) return fields;
            if (first < 0 && label.equals("author")) first = i;
            if (first >= 0 && stop < 0 && !label.equals("author") && !label.equals("editor")
                    && !(label.equals("other") || label.equals("title")) ) stop = i;
        }
        if (first < 0 || stop < 0) return fields;
        String at = fields.get(stop).label();
        // an imprint, or the journal or book a part is "in:", has a title before it
        boolean placeLater = has(fields.subList(stop + 1, fields.size()), "place");
        if (!at.equals("place") && !at.equals("publisher") && !at.equals("edition") && !at.equals("journal") && !at.equals("container")
                && !(at.equals("volume") && placeLater)) {
            return fields;
        }
        int s = fields.get(first).start();
        int e = fields.get(stop).start();
        List<int[]> chunks = commaParts(t, s, e);
        if (chunks.size() < 2) return fields;
        String second = t.substring(chunks.get(1)[0], chunks.get(1)[1]);
        int person = ONLY_INITIALS.matcher(second).matches() || chunks.size() >= 3 && ONE_WORD.matcher(second).matches() ? 1 : 0;
        if (person + 1 >= chunks.size()) return fields;
        int titleStart = chunks.get(person + 1)[0];
        int titleEnd = chunks.get(chunks.size() - 1)[1];
        if (letters(t, titleStart, titleEnd) < 3) return fields;
        return splice(fields, first, stop,
                new Field("author", s, chunks.get(person)[1]),
                new Field("other", chunks.get(person)[1], titleStart),
                new Field("title", titleStart, titleEnd),
                new Field("other", titleEnd, e));
    }

    /** Of two journals, a quoted one before the other is the article's title ("'Hard Cases' (1975) 88 Harvard Law Review"). */
    private static List<Field> quotedJournalBeforeAJournal(String t, List<Field> fields) {
        int first = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("journal") || !hasAlnum(t, f.start(), f.end())) continue;
            if (first < 0) {
                if (!quotedAt(t, f.start(), f.end())) return fields;
                first = i;
            } else {
                return relabel(fields, first, "title");
            }
        }
        return fields;
    }

    /** The last word of an author field after a comma: "Koselleck, Kritik" → "Kritik". */
    private static final Pattern LAST_WORD_AFTER_COMMA = Pattern.compile(",\\s*(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)\\s*$");
    /** A title's first word that no title begins with: "und Krise", "and Danger", "et la". */
    private static final Pattern CONNECTIVE_START = Pattern.compile("\\s*(?:und|and|et|y|e|oder|or|of|der|des|la|le)\\s");

    /**
     * A title the tagger began at a connective, its first word left among the names before it
     * ("Reinhart Koselleck, Kritik | und Krise"; "Karl Kroeschell, Haus | und Herrschaft"): the word
     * after the names' last comma begins the title.
     */
    private static List<Field> titleBeganAmongTheNames(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("author") || !b.label().equals("title")) continue;
            if (!CONNECTIVE_START.matcher(t).region(b.start(), b.end()).lookingAt()) continue;
            Matcher w = LAST_WORD_AFTER_COMMA.matcher(t).region(a.start(), a.end());
            if (!w.find()) continue;
            int[] names = trim(t, a.start(), w.start());
            if (names == null) continue;
            return splice(fields, i, i + 2,
                    new Field("author", a.start(), names[1]),
                    new Field("other", names[1], w.start(1)),
                    new Field("title", w.start(1), b.end()));
        }
        return fields;
    }

    /**
     * A "journal" with a place of publication after it, before any pages, is a book ("in:
     * Säkularisation und Utopie, Stuttgart 1967, S. 75"): journals are cited without their place.
     */
    private static List<Field> journalWithAnImprintIsABook(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).label().equals("journal")) continue;
            for (int k = i + 1; k < fields.size(); k++) {
                String label = fields.get(k).label();
                if (label.equals("pages") || label.equals("journal")) break;
                if (label.equals("place") && hasAlnum(t, fields.get(k).start(), fields.get(k).end())) {
                    List<Field> out = new ArrayList<>(fields);
                    out.set(i, new Field("container", fields.get(i).start(), fields.get(i).end()));
                    // a number in the book's title ("zum 65. Geburtstag") is no volume
                    for (int v = i + 1; v < k; v++) {
                        Field f = out.get(v);
                        if (f.label().equals("volume") || f.label().equals("publisher")) {
                            out.set(v, new Field("container", f.start(), f.end()));
                        }
                    }
                    return mergeRuns(out, "container");
                }
            }
        }
        return fields;
    }

    /** Adjacent fields of one label become one (what lies between them joins them). */
    private static List<Field> mergeRuns(List<Field> fields, String label) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            int last = out.size() - 1;
            // "Utopie" "65." "Geburtstag": a label, then only punctuation or nothing, then the same label
            if (f.label().equals(label) && last >= 0 && out.get(last).label().equals(label)) {
                out.set(last, new Field(label, out.get(last).start(), f.end()));
            } else if (f.label().equals(label) && last >= 1 && out.get(last - 1).label().equals(label)
                    && out.get(last).label().equals("other") && out.get(last).end() - out.get(last).start() <= 3) {
                Field a = out.remove(last - 1);
                out.set(last - 1, new Field(label, a.start(), f.end()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The Bluebook's article citation, "Title, 108 Harv. L. Rev. 1733, 1735 (1995)": after the
     * title's comma the volume, the journal's (abbreviated) name, the first page, the page cited,
     * the year in parentheses, whatever the tagger made of them.
     */
    private static final Pattern BLUEBOOK = Pattern.compile(
            ",\\s+(?<vol>\\d{1,4})\\s+(?<j>\\p{Lu}[\\p{L}.&'’ ]*?[\\p{L}.])\\s+(?<page>\\d{1,5})"
            + "(?:,\\s*(?:at\\s+)?(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?))?\\s*\\((?:[^()]*\\s)?(?<year>1[5-9]\\d\\d|20[0-3]\\d)\\)");

    private static List<Field> bluebookJournal(String t, int from, int to, List<Field> fields) {
        if (!mayHold(t, from, to, ")")) return fields;
        Matcher m = BLUEBOOK.matcher(t).region(from, to);
        if (!m.find()) return fields;
        // the title: the field that holds the comma's start or ends at it
        int title = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.start() < m.start() && f.end() >= m.start() && (f.label().equals("title") || f.label().equals("journal"))) title = i;
            if (f.start() < m.start() && f.end() <= m.start() && f.label().equals("title")) title = i;
        }
        if (title < 0) return fields;
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < title; i++) out.add(fields.get(i));
        out.add(new Field("title", fields.get(title).start(), m.start()));
        out.add(new Field("other", m.start(), m.start("vol")));
        out.add(new Field("volume", m.start("vol"), m.end("vol")));
        out.add(new Field("journal", m.start("j"), m.end("j")));
        // one field, read as the first page and the page cited ("1733, 1735")
        out.add(new Field("pages", m.start("page"), m.group("pin") != null ? m.end("pin") : m.end("page")));
        out.add(new Field("date", m.start("year"), m.end("year")));
        for (Field f : fields) if (f.start() >= m.end()) out.add(f);
        return out;
    }

    /**
     * {@code fields} with {@code fields[from, to)} replaced by {@code with}, in order; a replacement
     * of no width (nothing between two fields) is left out.
     */
    private static List<Field> splice(List<Field> fields, int from, int to, Field... with) {
        List<Field> out = new ArrayList<>(fields.size() + with.length);
        out.addAll(fields.subList(0, from));
        for (Field f : with) if (f.end() > f.start()) out.add(f);
        out.addAll(fields.subList(to, fields.size()));
        return out;
    }

    /** The parts of {@code t[s, e)} between commas, each trimmed; empty parts left out. */
    private static List<int[]> commaParts(String t, int s, int e) {
        List<int[]> parts = new ArrayList<>();
        int p = s;
        for (int k = s; k <= e; k++) {
            if (k == e || t.charAt(k) == ',') {
                int[] q = trim(t, p, k);
                if (q != null) parts.add(q);
                p = k + 1;
            }
        }
        return parts;
    }

    /** {@code fields} with field {@code i} given {@code label}. */
    private static List<Field> relabel(List<Field> fields, int i, String label) {
        List<Field> out = new ArrayList<>(fields);
        Field f = out.get(i);
        out.set(i, new Field(label, f.start(), f.end()));
        return out;
    }

    /** The first field from {@code k} on that holds a letter or digit, or {@code fields.size()}. */
    private static int nextWithWords(String t, List<Field> fields, int k) {
        while (k < fields.size() && !hasAlnum(t, fields.get(k).start(), fields.get(k).end())) k++;
        return k;
    }

    /** The last field from {@code k} back (to the first) that holds a letter or digit. */
    private static int previousWithWords(String t, List<Field> fields, int k) {
        while (k > 0 && !hasAlnum(t, fields.get(k).start(), fields.get(k).end())) k--;
        return k;
    }

    /** Whether {@code t[from, to)} holds any of {@code parts}: a cheap test before a pattern is tried. */
    private static boolean mayHold(String t, int from, int to, String... parts) {
        for (String p : parts) {
            int at = t.indexOf(p, from);
            if (at >= 0 && at + p.length() <= to) return true;
        }
        return false;
    }

    private static int skipSpaces(String t, int s, int e) {
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

    private static final Pattern AND_NAME = Pattern.compile("\\s*(?:and|und|&)\\s+\\p{Lu}[\\p{L}.'’ -]*[\\s.,]*");

    /**
     * "Translated by Robert Hurley, Helen R. Lane, | and Mark Seem.": the last name of a list the
     * tagger gave another field joins the list.
     */
    private static List<Field> lastNameOfAList(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!(a.label().equals("author") || a.label().equals("editor") || a.label().equals("translator"))) continue;
            if (b.label().equals(a.label()) || !AND_NAME.matcher(t).region(b.start(), b.end()).matches()) continue;
            int ae = a.end();
            while (ae > a.start() && Character.isWhitespace(t.charAt(ae - 1))) ae--;
            if (ae == a.start() || t.charAt(ae - 1) != ',') continue;
            String words = t.substring(b.start(), b.end()).strip();
            if (words.split("\\s+").length > 5) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field(a.label(), a.start(), b.end()));
            out.remove(i + 1);
            return out;
        }
        return fields;
    }

    /** A role word that closes a list of names, and words after it: "…, eds. No". */
    private static final Pattern ROLE_THEN_WORDS = Pattern.compile(
            ",?\\s*\\(?(?:eds?|edd|Hrsg|Hg|Hgg|comps?|trans)\\.?\\)?[.,:]?\\s+(?=\\p{Lu}[\\p{L}’'-]*[\\s.,:]*$)");

    /**
     * "Clem, Ralph S., …, and Joseph D. Olander, eds. No | Room for Man": the words after the role
     * word that closes the names begin the title the tagger found next.
     */
    private static List<Field> titleAfterTheRole(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!(a.label().equals("author") || a.label().equals("editor")) || !b.label().equals("title")) continue;
            Matcher m = ROLE_THEN_WORDS.matcher(t).region(a.start(), a.end());
            if (!m.find()) continue;
            return splice(fields, i, i + 2,
                    new Field(a.label(), a.start(), m.end()),
                    new Field("title", m.end(), b.end()));
        }
        return fields;
    }

    /**
     * After a place: a state the tagger gave another field is the place's ("Totowa, | N.J.:"), and
     * a title after "Place:" is the publisher ("N.J.: | Rowman and Littlefield").
     */
    private static List<Field> stateAndPublisherAfterAPlace(String t, List<Field> fields) {
        List<Field> out = new ArrayList<>(fields);
        boolean changed = false;
        for (int i = 0; i + 1 < out.size(); i++) {
            Field a = out.get(i);
            if (!a.label().equals("place")) continue;
            Field b = out.get(i + 1);
            int[] r = trim(t, b.start(), b.end());
            if (!b.label().equals("place") && !b.label().equals("publisher") && r != null && isRegion(t, r)) {
                out.set(i, new Field("place", a.start(), b.end()));
                out.remove(i + 1);
                changed = true;
                if (i + 1 >= out.size()) break;
                a = out.get(i);
                b = out.get(i + 1);
            }
            int ae = a.end();
            while (ae > a.start() && Character.isWhitespace(t.charAt(ae - 1))) ae--;
            boolean colon = ae > a.start() && t.charAt(ae - 1) == ':';
            if (colon && b.label().equals("title") && !quotedAt(t, b.start(), b.end())) {
                out.set(i + 1, new Field("publisher", b.start(), b.end()));
                changed = true;
            }
        }
        return changed ? out : fields;
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{Ll}{2}|\\p{Ll}\\))\\.\\s+(?=\\p{Lu})");
    private static final Pattern SERIES_WORD = Pattern.compile("\\b(?:Series|Reihe|Schriftenreihe|Collection)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /**
     * The last sentence of a book's title that names a series ("Numerical Methods …. Prentice-Hall
     * Series in Computational Mathematics") or, before the place, a publisher ("The estimation of
     * animal abundance. Charles Griffin, London" when a publisher's word is in it) is that.
     */
    private static List<Field> titleEndsInASeriesOrPublisher(String t, List<Field> fields) {
        int title = -1;
        boolean publisher = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.label().equals("journal") || f.label().equals("container") || f.label().equals("series")) return fields;
            if (f.label().equals("publisher")) publisher = true;
            if (f.label().equals("title") && hasAlnum(t, f.start(), f.end())) title = i;
        }
        if (title < 0) return fields;
        Field f = fields.get(title);
        if (!mayHold(t, f.start(), f.end(), ". ")) return fields;
        Matcher b = SENTENCE_BREAK.matcher(t).region(f.start(), f.end());
        int cut = -1;
        int tail = -1;
        while (b.find()) {
            cut = b.start();
            tail = b.end();
        }
        if (cut < 0) return fields;
        int[] r = trim(t, tail, f.end());
        if (r == null) return fields;
        String label = null;
        if (SERIES_WORD.matcher(t).region(r[0], r[1]).find()) {
            label = "series";
        } else if (!publisher && title + 1 < fields.size() && fields.get(title + 1).label().equals("place")) {
            Matcher w = WORD.matcher(t).region(r[0], r[1]);
            int words = 0;
            boolean pubWord = false;
            while (w.find()) {
                words++;
                pubWord |= CitationFeatures.isPublisherWord(w.group().toLowerCase(java.util.Locale.ROOT));
            }
            if (pubWord && words <= 5) label = "publisher";
        }
        if (label == null) return fields;
        return splice(fields, title, title + 1,
                new Field("title", f.start(), cut),
                new Field("other", cut, r[0]),
                new Field(label, r[0], f.end()));
    }

    /**
     * The full stop after a word (not an initial, not "al.", "Jr.") ends a list of names: what the
     * tagger ran on after it begins the title ("Tavo, Felise. | Woman, Mother and Bride",
     * "Alexander Vrchoticky. | Modula/R language definition").
     */
    private static final Pattern NAMES_STOP = Pattern.compile(
            "\\.(?<![\\s.,](?:al|Jr|Sr|jun|sen|Jun|Sen|ed|eds|Hrsg|Hg|Ch|St)\\.)(?<=\\p{Ll}{2}\\.)\\s+(?=[\\p{Lu}“\"‘«])");   // the stop first: tried only at one

    private static List<Field> namesEndAtAFullStop(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field a = fields.get(i);
            if (!a.label().equals("author")) continue;
            Matcher m = NAMES_STOP.matcher(t).region(a.start(), a.end());
            if (!m.find()) return fields;
            int rest = m.end();
            int[] r = trim(t, rest, a.end());
            if (r == null || letters(t, r[0], r[1]) < 2) return fields;
            // the rest runs on into the next title, over a date or punctuation between
            int k = i + 1;
            while (k < fields.size() && (fields.get(k).label().equals("date") || !hasAlnum(t, fields.get(k).start(), fields.get(k).end()))
                    && k + 1 < fields.size()) {
                k++;
            }
            boolean titleNext = k < fields.size() && fields.get(k).label().equals("title");
            boolean titled = false;
            for (Field g : fields) titled |= g.label().equals("title") && hasAlnum(t, g.start(), g.end());
            if (!titleNext && titled) return fields;
            return splice(fields, i, titleNext ? k + 1 : i + 1,
                    new Field("author", a.start(), m.start() + 1),
                    new Field("other", m.start() + 1, rest),
                    new Field("title", rest, titleNext ? fields.get(k).end() : a.end()));
        }
        return fields;
    }

    /** A role phrase just before names: "Translated by", "Edited by", "trans.", "ed. by", "hrsg. von". */
    private static final Pattern ROLE_BEFORE_NAMES = Pattern.compile(
            "(?<![\\p{L}])(?:(?<tr>[Tt]ranslated|[Tt]rans|[Tt]r|[Üü]bersetzt|[Üü]bers)|[Ee]dited|[Ee]ds?|[Hh]rsg|[Hh]erausgegeben)"
            + "\\.?(?:\\s+(?:by|von|v\\.))?\\s*$");

    /** Names right after "Translated by", "Edited by" are translators and editors, whatever the tagger said. */
    private static List<Field> namesAfterARoleAreEditors(String t, List<Field> fields) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author") || i == 0) continue;
            Field before = fields.get(i - 1);
            if (!before.label().equals("other")) continue;
            Matcher m = ROLE_BEFORE_NAMES.matcher(t).region(before.start(), before.end());
            if (!m.find()) continue;
            if (out == null) out = new ArrayList<>(fields);
            out.set(i, new Field(m.group("tr") != null ? "translator" : "editor", f.start(), f.end()));
        }
        return out == null ? fields : out;
    }

    private static final Pattern PUBLISHER_THEN_PLACE_WORDS = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+)?)\\s*$");

    /**
     * Where place and publisher meet: a colon inside a place ends it ("New York: New | York University
     * Press" is "New York" and "New York University Press"); a state the tagger took for a publisher
     * after a place is the place's ("Malden, | Mass.: Wiley-Blackwell"); the words after a
     * publisher's full stop that begin the place after it are the place's ("University of North
     * Carolina Press. Chapel | Hill, NC").
     */
    private static List<Field> imprintBoundaries(String t, List<Field> fields) {
        List<Field> out = new ArrayList<>(fields);
        for (int i = 0; i < out.size(); i++) {
            Field f = out.get(i);
            if (f.label().equals("place")) {
                int colon = t.indexOf(':', f.start());
                if (colon >= 0 && colon < f.end()) {
                    int[] after = trim(t, colon + 1, f.end());
                    int[] before = trim(t, f.start(), colon);
                    if (after != null && before != null && letters(t, after[0], after[1]) >= 2) {
                        out.set(i, new Field("place", f.start(), colon));
                        if (i + 1 < out.size() && out.get(i + 1).label().equals("publisher")) {
                            out.set(i + 1, new Field("publisher", after[0], out.get(i + 1).end()));
                        } else {
                            out.add(i + 1, new Field("publisher", after[0], f.end()));
                        }
                        out.add(i + 1, new Field("other", colon, after[0]));
                        continue;
                    }
                }
                // a state after the place, given to the publisher, before the publisher
                int k = nextWithWords(t, out, i + 1);
                if (k < out.size() && out.get(k).label().equals("publisher")) {
                    int[] r = trim(t, out.get(k).start(), out.get(k).end());
                    if (r != null && r[1] < t.length() && t.charAt(r[1]) == '.') r = new int[] {r[0], r[1] + 1};   // "Mass."
                    int publishers = 0;
                    for (Field g : out) if (g.label().equals("publisher") && hasAlnum(t, g.start(), g.end())) publishers++;
                    if (r != null && isRegion(t, r) && publishers >= 2) {
                        Field merged = new Field("place", f.start(), out.get(k).end());
                        for (int d = k; d > i; d--) out.remove(d);
                        out.set(i, merged);
                    }
                }
            } else if (f.label().equals("publisher") && i + 1 < out.size() && out.get(i + 1).label().equals("place")) {
                Matcher m = PUBLISHER_THEN_PLACE_WORDS.matcher(t).region(f.start(), f.end());
                int[] r = trim(t, f.start(), f.end());
                if (r != null && m.region(r[0], r[1]).find()) {
                    out.set(i, new Field("publisher", f.start(), m.start() + 1));
                    out.set(i + 1, new Field("place", m.start(1), out.get(i + 1).end()));
                    out.add(i + 1, new Field("other", m.start() + 1, m.start(1)));
                }
            }
        }
        return out;
    }

    /**
     * {@code fields} with {@code [s, e)} given to one new field {@code label}: the fields it overlaps
     * are cut back to what lies outside it.
     */
    private static List<Field> overlay(List<Field> fields, int s, int e, String label) {
        List<Field> out = new ArrayList<>(fields.size() + 2);
        boolean placed = false;
        for (Field f : fields) {
            if (f.end() <= s || f.start() >= e) {
                if (!placed && f.start() >= e) {
                    out.add(new Field(label, s, e));
                    placed = true;
                }
                out.add(f);
                continue;
            }
            if (f.start() < s) out.add(new Field(f.label(), f.start(), s));
            if (!placed) {
                out.add(new Field(label, s, e));
                placed = true;
            }
            if (f.end() > e) out.add(new Field(f.label(), e, f.end()));
        }
        if (!placed) out.add(new Field(label, s, e));
        return out;
    }

    /** "2nd edn", "3rd ed.", "4. Aufl.", "5e éd.": an edition, whatever the tagger made of its number. */
    private static final Pattern EDITION = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|\\.?ª|\\.?º|\\.|e|ème|a)?\\s*(?:edn|ed\\.|edition|Aufl\\.|Auflage|éd\\.|édition)(?![\\p{L}])");

    private static List<Field> editionsByTheirWords(String t, int from, int to, List<Field> fields) {
        if (!mayHold(t, from, to, "ed", "Aufl", "éd")) return fields;
        Matcher m = EDITION.matcher(t).region(from, to);
        List<Field> out = fields;
        while (m.find()) {
            boolean done = false;
            for (Field f : out) done |= f.label().equals("edition") && f.start() <= m.start() && f.end() >= m.end();
            if (!done) out = overlay(out, m.start(), m.end(), "edition");
        }
        return out;
    }

    private static final Pattern YEAR_CLOSE = Pattern.compile("(?:1[5-9]\\d\\d|20[0-3]\\d)\\s*\\)");

    /**
     * OSCOLA's imprint, "(Allen Lane 2010)", "(2nd edn, OUP 2011)", "(Hart Publishing 2005)": in
     * parentheses with no colon, the words before the year, after the last comma, are the
     * publisher, unless they are a place ("(Frankfurt a. M. 1992)").
     */
    private static List<Field> publisherBeforeTheYearInParentheses(String t, List<Field> fields) {
        Matcher y = YEAR_CLOSE.matcher(t);
        for (Field f : fields) {
            if (!f.label().equals("date")) continue;
            y.region(skipSpaces(t, f.start(), f.end()), t.length());
            if (!y.lookingAt()) continue;
            int open = t.lastIndexOf('(', f.start());
            if (open < 0 || t.indexOf(')', open) < f.start() || t.indexOf(':', open) >= 0 && t.indexOf(':', open) < f.start()) continue;
            int comma = t.lastIndexOf(',', f.start());
            int ws = Math.max(open, comma) + 1;
            int[] r = trim(t, ws, f.start());
            if (r == null || letters(t, r[0], r[1]) < 2 || isPlace(t, r) || EDITION.matcher(t).region(r[0], r[1]).find()) continue;
            boolean free = true;   // only words the tagger gave no field of substance (or a "journal" with no volume: "(8th edn, Sweet & Maxwell 2016)")
            boolean volume = has(fields, "volume");
            for (Field g : fields) {
                if (g.end() <= r[0] || g.start() >= r[1]) continue;
                free &= g.label().equals("other") || g.label().equals("place") || g.label().equals("publisher")
                        || g.label().equals("journal") && !volume && g.start() >= open;
            }
            if (!free) continue;
            return overlay(fields, r[0], r[1], "publisher");
        }
        return fields;
    }

    private static final Pattern CASE_NAME = Pattern.compile("\\s*\\p{Lu}[^,;]*\\s(?:v|vs|v\\.|vs\\.)\\s+\\p{Lu}[^,;]*");

    /** "Entick v Carrington": a case's name is its title, never two authors. */
    private static List<Field> caseNameIsATitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author")) continue;
            if (!mayHold(t, f.start(), f.end(), " v")) continue;
            int[] r = trim(t, f.start(), f.end());
            if (r == null || !CASE_NAME.matcher(t).region(r[0], r[1]).matches()) continue;
            return relabel(fields, i, "title");
        }
        return fields;
    }

    private static final Pattern BARE_PAGE = Pattern.compile("\\s*\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?[\\s.,;]*");

    /** "St Tr 1029.": a number right after a journal's name, the tagger left outside every field, is the page. */
    private static List<Field> numberAfterAJournalIsAPage(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("other") || !fields.get(i - 1).label().equals("journal")) continue;
            if (!BARE_PAGE.matcher(t).region(f.start(), f.end()).matches()) continue;
            return relabel(fields, i, "pages");
        }
        return fields;
    }

    /** A name in its own order: given name(s), then the surname ("Claus Roxin", "Hans Peter Bull"). */
    private static final Pattern DIRECT_FULL_NAME = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2}\\s+" + NAME_PARTICLES + "\\p{Lu}[\\p{Ll}\\p{M}'’-]+\\s*,\\s*");
    private static final Pattern ONE_TITLE_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]{2,}[.:]?\\s*");

    /** A capitalised word, then words in lower case ("Surveiller et punir."): the words of a title, if one is no name's. */
    private static final Pattern CAPITAL_THEN_LOWER_WORDS = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}'’-]{2,}((?:\\s+\\p{Ll}[\\p{Ll}\\p{M}'’-]*){1,4})[.:]?\\s*");
    /** Words in lower case that stand in names and lists of names: particles and "and", "et al.". */
    private static final Set<String> NAME_LOWER_WORDS = Set.of("and", "und", "et", "y", "e", "i", "al", "von", "van", "de", "der",
            "den", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "ter", "ten", "zu", "bin", "ibn", "d");

    /** Whether {@code t[s, e)} is a capitalised word and words in lower case, one of them no word of names. */
    private static boolean wordsOfATitle(String t, int s, int e) {
        Matcher m = CAPITAL_THEN_LOWER_WORDS.matcher(t).region(s, e);
        if (!m.matches()) return false;
        for (String w : m.group(1).strip().split("\\s+")) if (!NAME_LOWER_WORDS.contains(w)) return true;
        return false;
    }

    /**
     * "Claus Roxin, Strafrecht. | Allgemeiner Teil": after a whole name in its own order, one word
     * before the title the tagger found is no further name (a second person needs a given name
     * and a surname): it begins the title.
     */
    private static List<Field> oneWordAfterADirectNameBeginsTheTitle(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            if (!a.label().equals("author")) continue;
            int k = nextWithWords(t, fields, i + 1);
            if (k >= fields.size() || !fields.get(k).label().equals("title")) return fields;
            Matcher n = DIRECT_FULL_NAME.matcher(t).region(a.start(), a.end());
            if (!n.lookingAt()) return fields;
            if (!ONE_TITLE_WORD.matcher(t).region(n.end(), a.end()).matches() && !wordsOfATitle(t, n.end(), a.end())) return fields;
            if (RX_SUFFIX.matcher(t.substring(n.end(), a.end()).strip()).matches()) return fields;
            int[] names = trim(t, a.start(), n.end());
            if (names == null) return fields;
            return splice(fields, i, k + 1,
                    new Field("author", a.start(), names[1]),
                    new Field("other", names[1], n.end()),
                    new Field("title", n.end(), fields.get(k).end()));
        }
        return fields;
    }

    /** Words that begin titles and never names: articles and prepositions ("Die Grenzen der Auslegung", "On Liberty"). */
    private static final Pattern TITLE_OPENER = Pattern.compile(
            "[\\s,]*(?:(?:Die|Der|Das|Des|Dem|Den|Ein|Eine|Einer|Zur|Zum|Über|Vom|The|An|On|Towards|Toward|Against)\\s+[\\p{L}\\d]"
            + "|(?:Le|La|Les|L[’']|Il|Lo|El|Los|Un|Une)\\s*\\p{Ll})");

    /**
     * A second "author" after a comma that begins with an article or preposition is the title
     * ("Schmidt, | Die Grenzen der Auslegung, JZ 2005, 123"), when the citation has none.
     */
    private static List<Field> anArticleBeginsATitle(String t, List<Field> fields) {
        int authors = 0;
        for (Field f : fields) {
            if (f.label().equals("title") && hasAlnum(t, f.start(), f.end())) return fields;
        }
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author")) continue;
            if (authors++ > 0 && TITLE_OPENER.matcher(t).region(f.start(), f.end()).lookingAt()) {
                return relabel(fields, i, "title");
            }
            // within the field: "Schmidt, Die Grenzen der Auslegung,"
            Matcher opener = TITLE_OPENER.matcher(t);
            for (int c = t.indexOf(',', f.start()); c >= 0 && c < f.end(); c = t.indexOf(',', c + 1)) {
                if (!opener.region(c, f.end()).lookingAt() || c == f.start()) continue;
                int ts = skipSpaces(t, c + 1, f.end());
                return splice(fields, i, i + 1,
                        new Field("author", f.start(), c),
                        new Field("other", c, ts),
                        new Field("title", ts, f.end()));
            }
        }
        return fields;
    }

    private static final Pattern YEAR_IN_PARENS = Pattern.compile("\\s*[(\\[](?:1[5-9]\\d\\d|20[0-3]\\d)[)\\]]\\s*");

    /**
     * OSCOLA's journal without a volume: "“Title” (1935) München med wochenschr 1232": the words
     * between the year in parentheses and the page, whatever the tagger gave them, are the journal
     * (when the citation has no journal).
     */
    private static List<Field> wordsBetweenYearAndPageAreAJournal(String t, List<Field> fields) {
        if (has(fields, "journal") || has(fields, "container")) return fields;
        for (int i = 0; i + 2 < fields.size(); i++) {
            if (!fields.get(i).label().equals("date") || !YEAR_IN_PARENS.matcher(t).region(fields.get(i).start(), fields.get(i).end()).matches()) continue;
            int k = i + 1;
            while (k < fields.size() && (fields.get(k).label().equals("other") || fields.get(k).label().equals("place")
                    || fields.get(k).label().equals("publisher")) && !hasDigit(t, fields.get(k).start(), fields.get(k).end())) k++;
            if (k == i + 1 || k >= fields.size() || !fields.get(k).label().equals("pages")) continue;
            if (letters(t, fields.get(i + 1).start(), fields.get(k - 1).end()) < 2) continue;
            return splice(fields, i + 1, k,
                    new Field("journal", fields.get(i + 1).start(), fields.get(k - 1).end()));
        }
        return fields;
    }

    private static boolean hasDigit(String t, int s, int e) {
        for (int i = s; i < e; i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*\\d{1,4}[\\s,]*");

    /**
     * "in: Proceedings of IEEE, 81 (1993), S. 730", "Miscellaneous Publications, …, 1175 (1972), pp.
     * 1–642": a name, then a bare number, the year in parentheses and pages, is a journal with its
     * volume, whatever the tagger called the name and the number.
     */
    private static List<Field> numberThenYearMakeAJournal(String t, List<Field> fields) {
        if (has(fields, "journal")) return fields;
        for (int i = 0; i + 3 < fields.size(); i++) {
            Field name = fields.get(i);
            String l = name.label();
            if (!(l.equals("container") || l.equals("publisher") || l.equals("title") && i > 0 && quotedBefore(t, fields, i))) continue;
            Field num = fields.get(i + 1);
            Field year = fields.get(i + 2);
            Field pages = fields.get(i + 3);
            if (!num.label().equals("pages") && !num.label().equals("volume") && !num.label().equals("other")) continue;
            if (!BARE_NUMBER.matcher(t).region(num.start(), num.end()).matches()) continue;
            if (!year.label().equals("date") || !YEAR_IN_PARENS.matcher(t).region(year.start(), skipTrailing(t, year)).matches()) continue;
            if (!pages.label().equals("pages")) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field("journal", name.start(), name.end()));
            out.set(i + 1, new Field("volume", num.start(), num.end()));
            return out;
        }
        return fields;
    }

    /** The end of a field without the comma or full stop after it. */
    private static int skipTrailing(String t, Field f) {
        int e = f.end();
        while (e > f.start() && " ,.;:".indexOf(t.charAt(e - 1)) >= 0) e--;
        return e;
    }

    /** Whether a title field before field {@code i} is quoted: then a title at {@code i} is the whole. */
    private static boolean quotedBefore(String t, List<Field> fields, int i) {
        for (int k = 0; k < i; k++) {
            Field f = fields.get(k);
            if (f.label().equals("title") && quotedAt(t, f.start(), f.end())) return true;
        }
        return false;
    }

    private static final Pattern LOWER_WORDS = Pattern.compile("\\s*\\p{Ll}[\\p{L}\\s]*");
    private static final Pattern MARK_AT_END = Pattern.compile(",\\s*\\p{Lu}\\.?\\s*$");

    /**
     * A journal's name the tagger broke before a lower-case word ("Critique | internationale, C. 1") is
     * whole again; a volume mark after its comma ("Annals of Mathematical Statistics, C. 23": cilt,
     * Turkish for volume) is no part of it.
     */
    private static List<Field> journalsOwnWords(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("journal")) continue;
            int end = f.end();
            int k = i + 1;
            // the journal's name runs on only over a space, into a word ("Critique | internationale"), not "Nature, | v."
            if (k < fields.size() && fields.get(k).label().equals("other") && t.substring(skipTrailing(t, f), f.end()).isBlank()) {
                Field o = fields.get(k);
                int comma = t.indexOf(',', o.start());
                int we = comma >= 0 && comma < o.end() ? comma : o.end();
                if (we > o.start() && letters(t, o.start(), we) >= 3 && LOWER_WORDS.matcher(t).region(o.start(), we).matches()) end = we;
            }
            Matcher mark = MARK_AT_END.matcher(t).region(f.start(), end);
            int cut = mark.find() ? mark.start() : end;
            if (cut == f.end()) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field("journal", f.start(), cut));
            if (end > f.end()) {
                out.set(k, new Field("other", Math.max(cut, end), fields.get(k).end()));
            } else {
                out.add(i + 1, new Field("other", cut, f.end()));
            }
            return out;
        }
        return fields;
    }

    private static boolean has(List<Field> fields, String label) {
        for (Field f : fields) if (f.label().equals(label)) return true;
        return false;
    }

    /**
     * "Baker, Grand Rapids, 2010", "PUR, Rennes, 2009": a place field of two parts before the year,
     * with no publisher in the citation, is the publisher and then the place (the place stands next
     * to the year), unless the second part is a state or country ("Cambridge, MA") or the first a
     * known place ("London, New York").
     */
    private static List<Field> publisherThenPlaceInOneField(String t, List<Field> fields) {
        if (has(fields, "publisher")) return fields;
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place") || !fields.get(i + 1).label().equals("date")) continue;
            int[] r = trim(t, f.start(), f.end());
            if (r == null) return fields;
            int comma = t.indexOf(',', r[0]);
            if (comma < 0 || comma >= r[1] || t.indexOf(',', comma + 1) >= 0 && t.indexOf(',', comma + 1) < r[1]) return fields;
            int[] a = trim(t, r[0], comma);
            int[] b = trim(t, comma + 1, r[1]);
            if (a == null || b == null || isPlace(t, a) || isRegion(t, b) || isRegion(t, a)) return fields;
            return splice(fields, i, i + 1,
                    new Field("publisher", f.start(), comma),
                    new Field("place", comma, f.end()));
        }
        return fields;
    }

    /**
     * The imprint the tagger left at the end of the title: "Andrei Tarkovski, Paris, Edilig, 1988" (a
     * known place, then the publisher, with no imprint elsewhere), or "…, Edizioni dell’Orso,
     * Alessandria 2003" (a part with a publisher's word before the place).
     */
    private static List<Field> imprintAtTheTitlesEnd(String t, List<Field> fields) {
        boolean place = has(fields, "place");
        if (has(fields, "publisher")) return fields;
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") || quotedAt(t, f.start(), f.end())) continue;
            int[] r = trim(t, f.start(), f.end());
            if (r == null) return fields;
            List<int[]> parts = commaParts(t, r[0], r[1]);
            if (parts.size() < 2) return fields;
            int[] last = parts.get(parts.size() - 1);
            if (!place && parts.size() >= 3 && isPlace(t, parts.get(parts.size() - 2)) && words(t, last) <= 4) {
                int[] pl = parts.get(parts.size() - 2);
                int[] titleEnd = parts.get(parts.size() - 3);
                return splice(fields, i, i + 1,
                        new Field("title", f.start(), titleEnd[1]),
                        new Field("other", titleEnd[1], pl[0]),
                        new Field("place", pl[0], pl[1]),
                        new Field("other", pl[1], last[0]),
                        new Field("publisher", last[0], f.end()));
            }
            if (place && fields.get(i + 1).label().equals("place") && words(t, last) <= 4 && publisherWord(t, last)) {
                int[] titleEnd = parts.get(parts.size() - 2);
                return splice(fields, i, i + 1,
                        new Field("title", f.start(), titleEnd[1]),
                        new Field("other", titleEnd[1], last[0]),
                        new Field("publisher", last[0], f.end()));
            }
            return fields;
        }
        return fields;
    }

    private static int words(String t, int[] r) {
        Matcher w = WORD.matcher(t).region(r[0], r[1]);
        int n = 0;
        while (w.find()) n++;
        return n;
    }

    private static boolean publisherWord(String t, int[] r) {
        Matcher w = WORD.matcher(t).region(r[0], r[1]);
        while (w.find()) if (CitationFeatures.isPublisherWord(w.group().toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static final Pattern PLACE_PREFIX = Pattern.compile("[\\s(]*(?:New|San|Santa|Los|Las|Saint|St\\.|Sankt|Le|La|Fort|Port|Bad)\\s*");

    /** "(New | York University Press, 2003)": a place that is only a place's first word runs on into the publisher. */
    private static List<Field> placesFirstWordBeforeThePublisher(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place") || !fields.get(i + 1).label().equals("publisher")) continue;
            if (!PLACE_PREFIX.matcher(t).region(f.start(), f.end()).matches()) continue;
            int s = skipSpaces(t, f.start(), f.end());
            if (s < f.end() && t.charAt(s) == '(') s++;
            return splice(fields, i, i + 2,
                    new Field("other", f.start(), s),
                    new Field("publisher", s, fields.get(i + 1).end()));
        }
        return fields;
    }

    private static final Pattern ISSUE_FIELD = Pattern.compile(
            "\\s*(?:[Nn]o|[Nn]r|[Nn]|[Nn]°|[Nn]º|[Hh]eft|H|[Ii]ssue|[Nn]um)\\.?\\s*\\d{1,4}(?:\\s*[–/-]\\s*\\d{1,4})?[\\s,.;]*");

    /**
     * "Franco-Italica, n. 29-30 (2006), p. 234": a number marked as the issue, after the journal or
     * its volume, is the issue, not pages.
     */
    private static List<Field> markedIssueIsNoPage(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("pages") || !ISSUE_FIELD.matcher(t).region(f.start(), f.end()).matches()) continue;
            int prev = previousWithWords(t, fields, i - 1);
            String before = fields.get(prev).label();
            if (!before.equals("journal") && !before.equals("volume")) continue;
            if (!has(fields.subList(i + 1, fields.size()), "pages")) continue;
            return relabel(fields, i, "volume");
        }
        return fields;
    }

    /** "Ders.", "Dies.", "Dens.", "Eadem", "Idem", "Id." before a comma: the author named in the note before. */
    private static final Pattern SAME_AUTHOR = Pattern.compile("\\s*(?:[Dd](?:ers|ies|ens|ems)\\.|[Ee]ad(?:em)?\\.?|[Ii]dem|[Ii]d\\.)(?=\\s*,)");

    /**
     * "Ders., Kritik und Krise, S. 12": the word that stands for the author named before is the
     * author, whatever the tagger made of it; what follows its comma keeps the tagger's label.
     */
    /** Words in lower case, then a capital ("especially Carlo Ginzburg"): the match ends where the name begins. */
    private static final Pattern LOWER_WORDS_THEN_NAME = Pattern.compile("(?:\\p{Ll}+[.,]?\\s+){1,3}(?=\\p{Lu}\\p{Ll})");
    /** "in: ders., Vergangene Zukunft, …": the same author's book (group 2) after "in", the word for the author (group 1). */
    private static final Pattern IN_SAME_AUTHORS_BOOK = Pattern.compile(
            "(?<![\\p{L}])[Ii]n:?\\s+([Dd](?:ers|ies|ens)\\.|[Ee]ad(?:em)?\\.?|[Ii]dem)\\s*,\\s*(\\p{Lu}[^,;()]*?)\\s*[,(]");

    /**
     * "Koselleck, „…“, in: ders., Vergangene Zukunft, Frankfurt a. M. 1979": the essay is in a book
     * of its author's own; the words after "ders.," are that book's title.
     */
    private static List<Field> bookOfTheSameAuthor(String t, List<Field> fields) {
        if (fields.isEmpty()) return fields;
        int from = fields.get(0).start();
        int to = fields.get(fields.size() - 1).end();
        if (!mayHold(t, from, to, "ders.", "dies.", "dens.", "Ders.", "Dies.", "ead", "Ead", "idem", "Idem")) return fields;
        Matcher m = IN_SAME_AUTHORS_BOOK.matcher(t).region(from, to);
        if (!m.find()) return fields;
        return overlay(overlay(fields, m.start(), m.start(2), "other"), m.start(2), m.end(2), "container");
    }

    private static final Set<String> SAME_AUTHOR_WORDS = Set.of("ders", "dies", "dens", "dems", "eadem", "ead", "idem", "id");

    private static List<Field> sameAuthorAsBefore(String t, List<Field> fields) {
        int i = nextWithWords(t, fields, 0);
        if (i == fields.size()) return fields;
        Field f = fields.get(i);
        Matcher m = SAME_AUTHOR.matcher(t).region(f.start(), f.end());
        if (!m.lookingAt()) return fields;
        if (f.label().equals("author") && m.end() >= trimmedEnd(t, f)) return fields;
        // no name follows the word that stands for the names: what follows is the title's
        String rest = f.label().equals("author") ? "title" : f.label();
        return splice(fields, i, i + 1, new Field("author", f.start(), m.end()), new Field(rest, m.end(), f.end()));
    }

    private static int trimmedEnd(String t, Field f) {
        int[] r = trim(t, f.start(), f.end());
        return r == null ? f.start() : r[1];
    }

    /** "2 vols", "3 Bde.": how many volumes a work has. */
    private static final Pattern VOLUMES_COUNT = Pattern.compile("\\d{1,2}\\s+(?:vols?|volumes|Bde?|Bände|tomes)\\.?");
    /** ", 2 vols.", ", 3 Bde.": how many volumes the work has, after its title. */
    private static final Pattern NUMBER_OF_VOLUMES = Pattern.compile(
            "[,.]?\\s+\\d{1,2}\\s+(?:vols?|volumes|Bde?|Bände|tomes?|t)\\.?[\\s,.;]*$");

    /** "Robert of Chester’s … Version, 2 vols., (Basel …)": the number of volumes is not the title's. */
    private static List<Field> numberOfVolumesEndsTheTitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") || !mayHold(t, f.start(), f.end(), "vol", "Bd", "Bände", "tom", "t.")) continue;
            Matcher m = NUMBER_OF_VOLUMES.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 4) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), f.end()));
        }
        return fields;
    }

    /**
     * "Gerhard Brey used EDMAC in the production of Hubert L. L. Busard and Menso Folkerts, Robert of
     * Chester’s …": a "title" in lower case between two lists of names, with a title after the
     * second, is the note's prose; the citation begins with the second names.
     */
    private static List<Field> proseBeforeTheCitedNames(String t, List<Field> fields) {
        int a = nextWithWords(t, fields, 0);
        if (a >= fields.size() || !fields.get(a).label().equals("author")) return fields;
        int p = nextWithWords(t, fields, a + 1);
        if (p >= fields.size() || !fields.get(p).label().equals("title")) return fields;
        int[] r = trim(t, fields.get(p).start(), fields.get(p).end());
        if (r == null || !Character.isLowerCase(t.charAt(r[0])) || !PROSE.matcher(t.substring(r[0], r[1])).matches()) return fields;
        int b = nextWithWords(t, fields, p + 1);
        if (b >= fields.size() || !fields.get(b).label().equals("author")) return fields;
        int title = nextWithWords(t, fields, b + 1);
        if (title >= fields.size() || !fields.get(title).label().equals("title")) return fields;
        return splice(fields, a, p + 1, new Field("other", fields.get(a).start(), fields.get(p).end()));
    }

    /** Capitalised words without a digit: a title the tagger left outside every field ("Biographia literaria."). */
    private static final Pattern WORDS_OF_A_TITLE = Pattern.compile("\\s*\\p{Lu}[^\\d()\\[\\]]*?[\\s.,;]*");

    /**
     * "Coleridge, 1983, Biographia literaria.": names, a year, and words the tagger left outside
     * every field at the end, in a citation without a title: the words are its title.
     */
    private static List<Field> titleAfterTheNamesAndYear(String t, List<Field> fields) {
        for (String l : List.of("title", "journal", "container", "publisher", "place", "volume", "pages")) {
            if (has(fields, l)) return fields;
        }
        if (!has(fields, "author") || !has(fields, "date")) return fields;
        int last = previousWithWords(t, fields, fields.size() - 1);
        Field f = fields.get(last);
        if (!f.label().equals("other") || last == 0 || !fields.get(previousWithWords(t, fields, last - 1)).label().equals("date")) {
            return fields;
        }
        if (!WORDS_OF_A_TITLE.matcher(t).region(f.start(), f.end()).matches() || letters(t, f.start(), f.end()) < 4) return fields;
        return relabel(fields, last, "title");
    }

    /** "Atlanta: Rodopi": a place of one to three capitalised words (group 1), a colon, the publisher. */
    private static final Pattern PLACE_COLON_PUBLISHER = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2})\\s*:\\s*(?=\\p{L})");

    /**
     * "(Amsterdam, Atlanta: Rodopi, 1993)": after a place and a comma, the capitalised words before
     * the colon of what the tagger called the publisher are one more place.
     */
    private static List<Field> placeBeforeTheColonAfterAPlace(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("publisher")) continue;
            int p = previousWithWords(t, fields, i - 1);
            Field place = fields.get(p);
            if (!place.label().equals("place") || !onlyACommaBetween(t, trimmedEnd(t, place), skipSpaces(t, f.start(), f.end()))) continue;
            Matcher m = PLACE_COLON_PUBLISHER.matcher(t).region(f.start(), f.end());
            if (!m.lookingAt()) continue;
            return splice(fields, p, i + 1, new Field("place", place.start(), m.end(1)), new Field("other", m.end(1), m.end()),
                    new Field("publisher", m.end(), f.end()));
        }
        return fields;
    }

    /**
     * A case as the Bluebook cites it: its name, the reporter's volume, name and first page, the page
     * cited, the court and year in brackets ("Roe v. Wade, 410 U.S. 113, 153 (1973)", "Marbury v.
     * Madison, 5 U.S. (1 Cranch) 137 (1803)", "United States v. Carroll Towing Co., 159 F.2d 169,
     * 173 (2d Cir. 1947)"). A reporter's name is abbreviations and series ("U.S.", "S. Ct.", "F. Supp. 2d").
     */
    private static final Pattern REPORTED_CASE = Pattern.compile(
            "\\s*(?<name>\\p{Lu}[^,;()]{0,80}?\\s+v\\.?\\s+\\p{Lu}[^;()]{0,80}?),\\s+(?<vol>\\d{1,4})\\s+"
            + "(?<rep>\\p{Lu}[\\p{L}.']*(?:\\s?(?:\\p{Lu}[\\p{L}.']*|\\d[a-z]{1,2}))*)(?:\\s+\\([^()]{1,20}\\))?\\s+(?<page>\\d{1,5})"
            + "(?:,\\s*(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?))?\\s*\\((?<court>[^()]*?)\\s*(?<year>1[6-9]\\d\\d|20[0-3]\\d)\\)\\s*[.,;]?\\s*");

    /**
     * A case of the European courts: its number, its name, the year and page of the reports or its
     * ECLI, the paragraph cited ("Case C-26/62 Van Gend en Loos [1963] ECR 1", "Rs. C-131/12 Google
     * Spain, EU:C:2014:317, Rn. 80").
     */
    private static final Pattern EUROPEAN_CASE = Pattern.compile(
            "\\s*(?:Case|Cases|Joined\\s+Cases|Rs\\.|Rechtssache|verb\\.\\s+Rs\\.|Aff\\.|Affaire|aff\\.)\\s+"
            + "(?<docket>[CT]-\\d{1,4}/\\d{2}(?:\\s*(?:and|und|et|&|,)\\s*[CT]-\\d{1,4}/\\d{2})*|\\d{1,4}/\\d{2})\\s+"
            + "(?<name>\\p{Lu}[^\\[\\](),;]{0,80}?)\\s*,?\\s*(?:\\[(?<year>(?:19|20)\\d\\d)\\]\\s+(?<rep>ECR|Slg\\.|Rec\\.)\\s+(?:I+-)?(?<page>\\d{1,5})"
            + "|(?<ecli>(?:ECLI:)?EU:[CT]:(?:19|20)\\d\\d:\\d{1,5}))"
            + "(?:\\s*,\\s*(?:paras?\\.?\\s*|paragraphs?\\s+|Rn\\.\\s*|Rz\\.\\s*|point\\s+|pt\\s+)?(?<pin>\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?))?\\s*[.;]?\\s*");

    /** The spans of a European case ({@link #EUROPEAN_CASE}) filling {@code text[from, to)}; else null. */
    private static List<Span> europeanCase(String text, int from, int to) {
        if (!mayHold(text, from, to, "/")) return null;
        Matcher m = EUROPEAN_CASE.matcher(text).region(from, to);
        if (!m.matches()) return null;
        int[] whole = trim(text, m.start(), m.end());
        int end = whole == null ? m.end() : whole[1];
        if (end < to && text.charAt(end) == '.') end++;
        List<Span> out = new ArrayList<>();
        out.add(new Span(skipSpaces(text, m.start(), to), end, "bibl", Map.of("type", "case")));
        out.add(new Span(m.start("docket"), m.end("docket"), "idno", Map.of("type", "docket")));
        out.add(new Span(m.start("name"), m.end("name"), "title", Map.of("level", "a")));
        if (m.group("ecli") != null) {
            out.add(new Span(m.start("ecli"), m.end("ecli"), "idno", Map.of("type", "ECLI")));   // its year stays inside it
        } else {
            out.add(new Span(m.start("year"), m.end("year"), "date", Map.of("when", m.group("year"))));
            out.add(new Span(m.start("rep"), m.end("rep"), "title", Map.of("level", "j")));
            out.add(new Span(m.start("page"), m.end("page"), "biblScope", Map.of("unit", "page")));
        }
        if (m.group("pin") != null) out.add(new Span(m.start("pin"), m.end("pin"), "citedRange", Map.of("unit", "page")));
        return out;
    }

    /** The spans of a case cited as {@link #REPORTED_CASE} reads it, filling {@code text[from, to)}; else null. */
    private static List<Span> reportedCase(String text, int from, int to) {
        if (!mayHold(text, from, to, " v. ", " v ", " vs. ") || !mayHold(text, from, to, "(")) return null;
        Matcher m = REPORTED_CASE.matcher(text).region(from, to);
        if (!m.matches()) return null;
        List<Span> out = new ArrayList<>();
        int end = m.end("year") + 1;
        if (end < to && text.charAt(end) == '.' && text.substring(end + 1, to).isBlank()) end++;
        out.add(new Span(m.start("name"), end, "bibl", Map.of("type", "case")));
        out.add(new Span(m.start("name"), m.end("name"), "title", Map.of("level", "a")));
        out.add(new Span(m.start("vol"), m.end("vol"), "biblScope", Map.of("unit", "volume")));
        out.add(new Span(m.start("rep"), m.end("rep"), "title", Map.of("level", "j")));
        out.add(new Span(m.start("page"), m.end("page"), "biblScope", Map.of("unit", "page")));   // the case's first page
        if (m.group("pin") != null) out.add(new Span(m.start("pin"), m.end("pin"), "citedRange", Map.of("unit", "page")));
        int[] court = m.group("court").isBlank() ? null : trim(text, m.start("court"), m.end("court"));
        if (court != null) out.add(new Span(court[0], court[1], "orgName", Map.of("type", "court")));
        out.add(new Span(m.start("year"), m.end("year"), "date", Map.of("when", m.group("year"))));
        return out;
    }

    /**
     * A court that decides cases (German, Austrian, Swiss, European): "BGH", "BVerfG", "OLG München",
     * "LG Frankfurt a. M.", "EuGH".
     */
    private static final String COURT = "(?:BVerfG|BGH|BAG|BFH|BSG|BVerwG|BPatG|RG|RAG|RFH|BayObLG|KG|EuGH|EuG|EGMR|OGH|VfGH|VwGH|BGer"
            + "|(?:OLG|OVG|VGH|LAG|LSG|FG|LG|AG|VG|SG|ArbG)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:a\\.\\s?M\\.|i\\.\\s?Br\\.|\\p{Lu}[\\p{L}-]*))?)";
    /**
     * A decision cited by its court: "BGH, Urt. v. 12.3.2002 – XI ZR 123/01, " (the court, the decision's
     * day, its docket number) or "BGH, " alone before the report it is printed in.
     */
    private static final Pattern COURT_DECISION = Pattern.compile(
            "\\s*(?<court>" + COURT + ")\\s*,\\s*(?:(?:Urt|Beschl|Urteil|Beschluss|Entsch|Entscheidung|Vorlagebeschl)\\.?\\s+v(?:om|\\.)\\s+"
            + "(?<day>(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>(?:19|20)\\d\\d))(?:\\s*[–—-]\\s*(?<docket>[^,;()]+?))?\\s*(?:,\\s*|\\.?\\s*$))?");

    /**
     * The spans of a court's decision in {@code text[from, to)}: the court ({@code orgName type="court"}),
     * the day it decided and its docket number, then the report it is printed in as the tagger reads
     * it ("NJW 2002, 1950, 1951"); null when the citation does not open with a court.
     */
    private static List<Span> courtDecision(String text, int from, int to, List<Span> hints) {
        if (from >= to || !Character.isUpperCase(text.charAt(skipSpaces(text, from, to)))) return null;
        Matcher m = COURT_DECISION.matcher(text).region(from, to);
        if (!m.lookingAt()) return null;
        List<Span> out = new ArrayList<>();
        out.add(new Span(m.start("court"), m.end("court"), "orgName", Map.of("type", "court")));
        if (m.group("day") != null) {
            String when = String.format("%s-%02d-%02d", m.group("y"), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            out.add(new Span(m.start("day"), m.end("day"), "date", Map.of("when", when)));
            if (m.group("docket") != null) out.add(new Span(m.start("docket"), m.end("docket"), "idno", Map.of("type", "docket")));
        }
        int end = m.end();
        List<Span> report = m.end() < to ? spans(text, m.end(), to, hints) : List.of();
        for (Span sp : report) {
            if (sp.element().equals("bibl")) end = Math.max(end, sp.end());
            else out.add(sp);
        }
        if (report.isEmpty() && m.group("day") == null) return null;   // "BGH, …" and no report read: not a citation of a decision
        if (report.isEmpty()) {
            int[] r = trim(text, m.start("court"), m.end());
            end = r == null ? m.end() : r[1];
            if (end < to && text.charAt(end) == '.' && text.substring(end + 1, to).isBlank()) end++;
        }
        out.add(0, new Span(m.start("court"), end, "bibl", Map.of("type", "case")));
        return out;
    }

    /** Whether {@code t[s, e)} is one comma, with spaces or none around it. */
    private static boolean onlyACommaBetween(String t, int s, int e) {
        int commas = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == ',') commas++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return commas == 1;
    }

    /** "in Vestigia Mathematica, ed. M. Folkerts": the book (group 1), then its editors after the role word. */
    private static final Pattern IN_BOOK_THEN_ROLE = Pattern.compile(
            "\\s*(?:[Ii]n|[Dd]ans|[Ii]m)\\s*:?\\s+(\\p{Lu}[^,;()]*?)\\s*,\\s*(?:eds?\\.|edited\\s+by|ed\\.\\s+by|hrsg\\.\\s+v(?:on|\\.)|hg\\.\\s+v(?:on|\\.)|éd\\.)\\s+(?=\\p{Lu})");

    /**
     * "in Vestigia Mathematica, ed. M. Folkerts and J. P. Hogendijk": a field of editors that opens
     * with "in" and a title holds the book first; only the names after "ed." are its editors.
     */
    private static List<Field> bookBeforeItsEditors(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("editor")) continue;
            Matcher m = IN_BOOK_THEN_ROLE.matcher(t).region(f.start(), f.end());
            if (!m.lookingAt()) continue;
            return splice(fields, i, i + 1, new Field("other", f.start(), m.start(1)), new Field("container", m.start(1), m.end(1)),
                    new Field("editor", m.end(1), f.end()));
        }
        return fields;
    }

    /** A quotation in double marks: “…”, „…“, «…», "…" (the marks included). */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("“[^”“]+”|„[^“”]+[“”]|«[^»]+»|\"[^\"]+\"");
    /** Prose before a quoted title: at least two words, one of them in lower case ("Reported by … in the thread"). */
    private static final Pattern PROSE = Pattern.compile("(?s).*(?<![\\p{L}])\\p{Ll}{2,}(?![\\p{L}]).*\\s.*");
    /** A capitalised name, maybe hyphenated: "Dekker", "Dirk-Jan", "Ould-Mohamed". */
    private static final String NAME_PART = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*";
    /** "by Dirk-Jan Dekker": the person who wrote what the prose reports (group 1). */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?<![\\p{L}])by\\s+(" + NAME_PART + "(?:\\s+(?:\\p{Lu}\\.|" + NAME_PART + ")){1,3})(?![\\p{L}])");

    /**
     * "Reported by Dirk-Jan Dekker in the CTT thread “Incompatibility of ‘color’ package” on 2003/08/28":
     * where the tagger began a title with prose before a quotation, the quotation is the title, the
     * prose is none of it (a name after "by" in it is the author's).
     */
    private static List<Field> quotedTitleAfterProse(String t, List<Field> fields) {
        if (fields.isEmpty()) return fields;
        int from = fields.get(0).start();
        int to = fields.get(fields.size() - 1).end();
        if (!mayHold(t, from, to, "“") && !mayHold(t, from, to, "„") && !mayHold(t, from, to, "«") && !mayHold(t, from, to, "\"")) return fields;
        Matcher q = DOUBLE_QUOTED.matcher(t).region(from, to);
        if (!q.find()) return fields;
        int q0 = q.start();
        int q1 = q.end();
        int i = -1;
        for (int k = 0; k < fields.size(); k++) {
            Field f = fields.get(k);
            if (f.label().equals("title") && f.start() < q0 && f.end() > q0) i = k;
        }
        if (i < 0 || has(fields, "author") || has(fields, "editor")) return fields;
        Field title = fields.get(i);
        String before = t.substring(title.start(), q0);
        if (!PROSE.matcher(before).matches()) return fields;
        List<Field> out = new ArrayList<>(fields.subList(0, i));
        Matcher by = BY_NAME.matcher(t).region(title.start(), q0);
        if (by.find()) {
            out.add(new Field("other", title.start(), by.start(1)));
            out.add(new Field("author", by.start(1), by.end(1)));
            out.add(new Field("other", by.end(1), q0));
        } else {
            out.add(new Field("other", title.start(), q0));
        }
        out.add(new Field("title", q0, q1));
        for (Field g : fields.subList(i + 1, fields.size())) {
            if (g.end() <= q1) continue;
            boolean cut = g.start() < q1;
            String label = cut && (g.label().equals("title") || g.label().equals("journal")) ? "other" : g.label();
            out.add(cut ? new Field(label, q1, g.end()) : g);
        }
        return out;
    }

    /** "2002, 1950, 1951.": a year, then pages (group 1), as a journal cited by its year has them. */
    private static final Pattern YEAR_THEN_PAGES = Pattern.compile(
            "\\s*(?:1[5-9]\\d\\d|20[0-3]\\d)\\s*,\\s*(\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*(?:,|\\()\\s*\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*f{1,2}\\.)?\\)?)?)[\\s.,;]*");

    /**
     * "NJW 2002, 1950, 1951": after a journal cited by its year, the numbers the tagger took into
     * the date are the first page and the page cited.
     */
    private static List<Field> pagesAfterAJournalsYear(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("date") || !fields.get(previousWithWords(t, fields, i - 1)).label().equals("journal")) continue;
            Matcher m = YEAR_THEN_PAGES.matcher(t).region(f.start(), f.end());
            if (!m.matches()) continue;
            return splice(fields, i, i + 1, new Field("date", f.start(), m.start(1)), new Field("pages", m.start(1), f.end()));
        }
        return fields;
    }

    /** A day written in numbers after its year: "2002/04/12", "2003-08-28" (group 1 the month, 2 the day). */
    private static final Pattern NUMERIC_DAY_AFTER_YEAR = Pattern.compile("[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");

    /** Where the year found in {@code t[s, e)} goes on as a numeric day ("2002/04/12"), the day's end; else -1. */
    private static int numericDayEnd(String t, int yearEnd, int limit) {
        Matcher d = NUMERIC_DAY_AFTER_YEAR.matcher(t).region(yearEnd, limit);
        if (!d.lookingAt()) return -1;
        int month = Integer.parseInt(d.group(1));
        int day = Integer.parseInt(d.group(2));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d.end() : -1;
    }

    /**
     * "CTT, Fancy Headings, 2002/04/12": a date in numbers, year first, is one date; the tagger may
     * take its month and day for a volume and an issue.
     */
    private static List<Field> numericDateRunsOn(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("date")) continue;
            Matcher y = YEAR.matcher(t).region(f.start(), f.end());
            if (!y.find()) continue;
            int end = numericDayEnd(t, y.end(), fields.get(fields.size() - 1).end());
            if (end <= f.end()) continue;
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field("date", f.start(), end));
            for (Field g : fields.subList(i + 1, fields.size())) {
                if (g.end() <= end) continue;
                out.add(g.start() < end ? new Field(g.label(), end, g.end()) : g);
            }
            return out;
        }
        return fields;
    }

    private static final Pattern HYPHEN_TAIL = Pattern.compile("-\\p{Ll}[\\p{Ll}'’]*\\.?");

    /** "T. Moto | -oka. Application of hash …": a surname's lower-case part after its hyphen stays with the name. */
    private static List<Field> hyphenatedSurnameEnd(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("author") || !b.label().equals("title") || a.end() == a.start()) continue;
            if (!Character.isLetter(t.charAt(a.end() - 1))) continue;
            Matcher m = HYPHEN_TAIL.matcher(t).region(b.start(), b.end());
            if (!m.lookingAt()) continue;
            int ts = skipSpaces(t, m.end(), b.end());
            if (ts >= b.end()) continue;
            return splice(fields, i, i + 2,
                    new Field("author", a.start(), m.end()),
                    new Field("other", m.end(), ts),
                    new Field("title", ts, b.end()));
        }
        return fields;
    }

    /** A code's or statute's abbreviation: "BGB", "StGB", "VwGO", "AktG" (capitals, with small letters among them or three and more). */
    private static final Pattern NAMES_THEN_ABBREVIATION = Pattern.compile(
            ",\\s*((?=[\\p{L}]*\\p{Lu}[\\p{L}]*\\p{Lu})(?:\\p{Lu}{3,6}|\\p{Lu}[\\p{L}]{2,6}))\\s*,?\\s*$");

    /** As {@link #NAMES_THEN_ABBREVIATION}, or two capitals ("GG"). */
    private static final Pattern NAMES_THEN_CODE = Pattern.compile(
            ",\\s*((?=[\\p{L}]*\\p{Lu}[\\p{L}]*\\p{Lu})(?:\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]{2,6}))\\s*,?\\s*$");
    /** What cites a provision of a code: "Art. 1", "§ 134", "Vor § 1", "Einl.", "Rn. 5". */
    private static final Pattern PROVISION_CUE = Pattern.compile("\\s*(?:Art\\.|Artt\\.|§|Vor\\s*§|Vorb\\.|Einl\\.|Rn\\.)");

    /**
     * A commentary cited by its editors and author and the code it explains: "Palandt/Ellenberger,
     * BGB, 75. Aufl. 2016", "Maunz/Dürig/Herdegen, GG, Art. 1 Rn. 33": the abbreviation after the
     * names, before the edition, the year or the provision cited, is the title.
     */
    private static List<Field> statuteAbbreviationAfterTheNames(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            if (!a.label().equals("author")) continue;
            int k = nextWithWords(t, fields, i + 1);
            if (k >= fields.size()) return fields;
            boolean imprint = fields.get(k).label().equals("edition") || fields.get(k).label().equals("date");
            if (!imprint && !PROVISION_CUE.matcher(t).region(a.end(), fields.get(fields.size() - 1).end()).lookingAt()) return fields;
            // a code of two capitals ("GG", "VV") only before the provision cited
            Matcher m = (imprint ? NAMES_THEN_ABBREVIATION : NAMES_THEN_CODE).matcher(t).region(a.start(), a.end());
            if (!m.find() || m.start() == a.start()) return fields;
            String abbr = m.group(1);
            boolean lower = !abbr.equals(abbr.toUpperCase(java.util.Locale.ROOT));
            // all capitals, it may be a surname in capitals ("ANQUETIN, FREYERMUTH"): only when the names are in small letters
            if (!lower && !Character.isLowerCase(t.charAt(a.start() + 1 < m.start() ? a.start() + 1 : a.start()))) return fields;
            return splice(fields, i, i + 1,
                    new Field("author", a.start(), m.start()),
                    new Field("other", m.start(), m.start(1)),
                    new Field("title", m.start(1), m.end(1)),
                    new Field("other", m.end(1), a.end()));
        }
        return fields;
    }

    /** "25.5–6": a volume and its issue parted by a full stop (MHRA), which the tagger may take for pages. */
    private static final Pattern VOLUME_DOT_ISSUE = Pattern.compile("\\d{1,4}\\.\\d{1,3}(?:\\s*[–-]\\s*\\d{1,3})?[\\s,]*");

    /**
     * Pages of the form volume.issue right after the journal ("Seminars in Ophthalmology, 25.5–6 (2010),
     * pp. 265–70") are the volume and issue: pages are never written with a full stop inside.
     */
    private static List<Field> volumeDotIssue(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("pages") || !VOLUME_DOT_ISSUE.matcher(t).region(f.start(), f.end()).matches()) continue;
            int prev = previousWithWords(t, fields, i - 1);
            String before = fields.get(prev).label();
            if (!before.equals("journal") && !before.equals("title")) continue;
            return relabel(fields, i, "volume");
        }
        return fields;
    }

    /**
     * A quoted title and the title after it, run into one field by the tagger ("‘Glaucoma Drainage
     * Devices’, Seminars in Ophthalmology"): two titles, parted after the mark that closes the
     * opening one and the comma or full stop after it (a quotation inside the title, "The Ethics of
     * ‘Place’: Reflections", is closed by another mark or followed by a colon).
     */
    private static List<Field> quotedTitleThenAnother(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            int s = f.start();
            while (s < f.end() && Character.isWhitespace(t.charAt(s))) s++;
            if (s >= f.end()) continue;
            // the opening mark: the field's first character, or the one before it
            int open = OPENING_QUOTES.indexOf(t.charAt(s));
            if (open < 0 && s > 0) open = OPENING_QUOTES.indexOf(t.charAt(s - 1));
            if (open < 0) continue;
            char closing = CLOSING_QUOTES.charAt(open);
            for (int c = s + 1; c + 2 < f.end(); c++) {
                if (t.charAt(c) != closing) continue;
                // British style closes the mark before the comma ("’, Seminars"), American style after it (",” Consumer")
                boolean british = t.charAt(c + 1) == ',' || t.charAt(c + 1) == '.';
                boolean american = (t.charAt(c - 1) == ',' || t.charAt(c - 1) == '.') && t.charAt(c + 1) == ' ';
                if (!british && !american) continue;
                int next = british ? c + 2 : c + 1;
                while (next < f.end() && t.charAt(next) == ' ') next++;
                if (next == (british ? c + 2 : c + 1) || next >= f.end() || !Character.isUpperCase(t.charAt(next))) continue;
                return splice(fields, i, i + 1,
                        new Field("title", f.start(), c + 1),
                        new Field("title", next, f.end()));
            }
        }
        return fields;
    }

    /** Opening quotation marks and, at the same place, the mark that closes each. */
    private static final String OPENING_QUOTES = "“‘«„\"";
    private static final String CLOSING_QUOTES = "”’»“\"";

    /**
     * A journal the tagger read as a title: with no journal or book in the citation, the last title
     * is the journal when a volume follows it, if another title stands before it, in its own field
     * or in the same one after a full stop or comma ("Three factors in language design, Linguistic
     * Inquiry, v. 36, p. 1–22": a style the tagger has not seen may run both titles together).
     */
    private static List<Field> secondTitleBeforeAVolumeIsAJournal(String t, List<Field> fields) {
        int titles = 0;
        int last = -1;
        for (int i = 0; i < fields.size(); i++) {
            String label = fields.get(i).label();
            if (label.equals("journal") || label.equals("container")) return fields;
            if (label.equals("title") && hasAlnum(t, fields.get(i).start(), fields.get(i).end())) {
                titles++;
                last = i;
            }
        }
        if (last < 0) return fields;
        int next = last + 1;
        while (next < fields.size() && (!hasAlnum(t, fields.get(next).start(), fields.get(next).end())
                || fields.get(next).label().equals("other") && letters(t, fields.get(next).start(), fields.get(next).end()) <= 3
                || fields.get(next).label().equals("date") && next + 1 < fields.size() && fields.get(next + 1).label().equals("volume"))) {
            next++;   // punctuation, "v." or "Bd." the tagger left outside the volume, "[s. l.]", the year before the volume
        }
        if (next >= fields.size() || !fields.get(next).label().equals("volume")) return fields;
        List<Field> out = new ArrayList<>(fields);
        Field f = out.get(last);
        if (titles >= 2) {
            out.set(last, new Field("journal", f.start(), f.end()));
            return out;
        }
        Matcher cut = TITLE_THEN_JOURNAL.matcher(t);
        cut.region(f.start(), f.end());
        int at = -1;
        while (cut.find()) at = cut.end();
        if (at < 0) return fields;
        out.set(last, new Field("title", f.start(), at));
        out.add(last + 1, new Field("journal", at, f.end()));
        return out;
    }

    /** Where a title ends and a capitalised one begins: "… hormones. Trends", "… design, Linguistic". */
    private static final Pattern TITLE_THEN_JOURNAL = Pattern.compile("(?<=\\p{Ll}{3}|\\p{Ll}\\))[.,]{1,2}\\s+(?=\\p{Lu}\\p{Ll})");

    /**
     * A place or publisher field that holds both, parted by commas or a colon ("New York, Avon", "Dordrecht,
     * D. Reidel", "Rennes, PUR" the other way round): the part that opens with a known place of
     * publication, with the states and countries after it ("Peabody, MA", "Geneva, Switzerland"),
     * is the place, the parts on one side of it the publisher, unless they too are places.
     */
    private static List<Field> imprintsByPlace(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place") && !f.label().equals("publisher")) continue;
            List<int[]> parts = new ArrayList<>();
            Matcher comma = RX_IMPRINT_SEP.matcher(t);
            comma.region(f.start(), f.end());
            int s = f.start();
            while (comma.find()) {
                int[] r = trim(t, s, comma.start());
                if (r != null) parts.add(r);
                s = comma.end();
            }
            int[] r = trim(t, s, f.end());
            if (r != null) parts.add(r);
            if (parts.size() < 2) continue;
            int city = -1;
            for (int k = 0; k < parts.size() && city < 0; k++) if (isPlace(t, parts.get(k))) city = k;
            if (city < 0) continue;
            int end = city + 1;
            // its states and countries, and more places ("Basel, Boston, Berlin: Birkhäuser")
            while (end < parts.size() && (isRegion(t, parts.get(end)) || city == 0 && isPlace(t, parts.get(end)))) end++;
            List<int[]> rest = city > 0 && end == parts.size() ? parts.subList(0, city)
                    : city == 0 && end < parts.size() ? parts.subList(end, parts.size()) : List.of();
            if (rest.isEmpty()) continue;
            boolean placeToo = false;
            for (int[] p : rest) placeToo |= isPlace(t, p) || isRegion(t, p) || letters(t, p[0], p[1]) == 0;
            if (placeToo) continue;
            Field place = new Field("place", parts.get(city)[0], parts.get(end - 1)[1]);
            Field publisher = new Field("publisher", rest.get(0)[0], rest.get(rest.size() - 1)[1]);
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(city == 0 ? place : publisher);
            out.add(city == 0 ? publisher : place);
            out.addAll(fields.subList(i + 1, fields.size()));
            return out;
        }
        return fields;
    }

    /** A part that opens with a frequent place of publication ("New York", "Dordrecht"). */
    private static boolean isPlace(String t, int[] part) {
        Matcher w = RX_FIRST_WORD.matcher(t).region(part[0], part[1]);
        return w.lookingAt() && CitationFeatures.isPlaceWord(w.group().toLowerCase(java.util.Locale.ROOT));
    }

    /** A state or country after a place: "MA", "Mass.", "N.J.", "USA", "New Jersey", "Switzerland". */
    private static boolean isRegion(String t, int[] part) {
        return RX_STATE.matcher(t).region(part[0], part[1]).matches() || Places.isRegion(t.substring(part[0], part[1]));
    }

    private static final Pattern RX_FIRST_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]+");
    private static final Pattern RX_STATE = Pattern.compile("\\p{Lu}\\.?(?:\\s?\\p{Lu}\\.?){0,2}|\\p{Lu}\\p{Ll}\\.?|\\p{Lu}\\p{Ll}{1,4}\\.");
    private static final Pattern RX_HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mär|mai|juni|juli|okt|dez|spring|summer|autumn|fall|winter)");
    private static final Pattern RX_IMPRINT_SEP = Pattern.compile("\\s*[,:]\\s*");

    /** Names marked "eds." ("(Hrsg.)", "(Ed.)") are the editors, whatever the tagger called them. */
    private static List<Field> editorsByRole(String t, List<Field> fields) {
        List<Field> out = new ArrayList<>(fields);
        for (int i = 0; i < out.size(); i++) {
            Field f = out.get(i);
            if (!f.label().equals("author")) continue;
            boolean roleNext = i + 1 < out.size() && (out.get(i + 1).label().equals("editor") || out.get(i + 1).label().equals("other"))
                    && ROLE_ONLY.matcher(t.substring(out.get(i + 1).start(), out.get(i + 1).end())).matches();
            Field next = i + 1 < out.size() ? out.get(i + 1) : null;
            boolean roleAfter = ROLE_AFTER.matcher(t).region(f.end(), Math.min(t.length(), f.end() + 24)).lookingAt();
            if (roleNext || roleAfter || ENDS_WITH_ROLE.matcher(t.substring(f.start(), f.end())).matches()) {
                out.set(i, new Field("editor", f.start(), f.end()));
            } else if (next != null && next.label().equals("editor") && t.substring(f.end(), next.start()).isBlank()
                    && ENDS_WITH_ROLE.matcher(t.substring(next.start(), next.end())).matches()) {
                // "Comaroff, J. and J. L. | Comaroff, eds.": one list of names that the role closes
                out.set(i, new Field("editor", f.start(), next.end()));
                out.remove(i + 1);
            }
        }
        return out;
    }

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

    /** "op. cit.", "loc. cit.", "a.a.O.", "aaO", "supra", OSCOLA's "(n 8)", "above n 8": the work is one cited before. */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "(?<![\\p{L}])(?:op\\.\\s*cit|loc\\.\\s*cit|a\\.\\s*a\\.\\s*O|aaO|supra|\\((?:n|fn|Fn)\\.?\\s*\\d+\\)|above\\s+n\\.?\\s*\\d+"
            + "|\\((?:wie\\s+|s\\.\\s+|vgl\\.\\s+)?(?:Anm\\.|Fn\\.|Anmerkung|Fußnote)\\s*\\d+\\))(?![\\p{L}])");

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

    private static int[] trim(String t, int s, int e) {
        Matcher m = EDGE_PUNCT.matcher(t);
        m.region(s, e);
        if (m.lookingAt()) s = m.end();
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

    private static boolean quotedAt(String t, int s, int e) {
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

    private static boolean hasAlnum(String t, int s, int e) {
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
            Matcher etal = ETAL.matcher(names);
            int ne = etal.find() ? etal.start() : names.length();
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

    /** Persons in a list of names: "Adams, C.J., Korsch, R.J. and Griffin, W.L." → three. */
    static List<int[]> split(String names) {
        List<int[]> chunks = new ArrayList<>();
        Matcher sep = PERSON_SEP.matcher(names);
        int start = 0;
        while (sep.find()) {
            chunks.add(new int[] {start, sep.start()});
            start = sep.end();
        }
        chunks.add(new int[] {start, names.length()});
        List<int[]> out = new ArrayList<>();
        boolean inverted = false;
        // "Robins, Rountree and Rountree": a list that ends in a bare surname is of surnames alone,
        // so a word after a comma is the next surname, not a given name
        int[] last = chunks.get(chunks.size() - 1);
        boolean surnamesAlone = chunks.size() > 1 && RX_ONE_SURNAME.matcher(names.substring(last[0], last[1]).strip()).matches();
        // "Ling Tony Chen, R. Drach, …", "J. H. Neyrey, M. Keating": a list that opens with a name in
        // its own order (initials first, or three words) goes on in it: no part after a comma is a given name
        String first = names.substring(chunks.get(0)[0], chunks.get(0)[1]);
        int comma0 = first.indexOf(',');
        boolean direct = comma0 > 0 && RX_DIRECT_NAME.matcher(first.substring(0, comma0).strip()).matches();
        for (int[] c : chunks) {
            String chunk = names.substring(c[0], c[1]);
            List<int[]> parts = new ArrayList<>();
            Matcher comma = RX_COMMA.matcher(chunk);
            int s = 0;
            while (comma.find()) {
                parts.add(new int[] {s, comma.start()});
                s = comma.end();
            }
            parts.add(new int[] {s, chunk.length()});
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
                boolean surnameOnly = RX_SPACES.split(head).length <= 3 && !RX_HAS_INITIAL.matcher(head).matches()
                        && !RX_ENDS_INITIALS.matcher(head).matches() && !RX_STARTS_INITIALS.matcher(head).matches();
                boolean givenNext = !next.isEmpty() && !direct && !bare && !RX_WHOLE_PERSON.matcher(next).matches()
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
            int dayEnd = numericDayEnd(t, y.end(), e);
            if (dayEnd > 0) {
                Matcher d = NUMERIC_DAY_AFTER_YEAR.matcher(t).region(y.end(), e);
                d.lookingAt();
                when += String.format("-%02d-%02d", Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
                end = dayEnd;
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
            if (q.lookingAt() && (cue.group(1) != null || cue.group(2) != null || cue.group(3) != null)) {
                int qe = q.end();
                if (cue.group(1) != null) {   // "(800)", "(para. 28ff.)": only with its closing bracket, never "(1995)"
                    if (cue.end() - cue.start(1) <= 2 && YEAR.matcher(t.substring(q.start(), qe)).matches()) qe = -1;
                    int close = Math.max(qe, 0);
                    while (close < to && t.charAt(close) == ' ') close++;
                    if (qe < 0 || close >= to || t.charAt(close) != ')') qe = -1;
                }
                if (qe > 0) {
                    out.add(new Span(ps, pe, "biblScope", Map.of("unit", "page")));
                    out.add(new Span(q.start(), qe, "citedRange", Map.of("unit", unit(t, q.start(), false))));
                    return;
                }
            }
        }
        out.add(new Span(ps, pe, scope ? "biblScope" : "citedRange", Map.of("unit", unit(t, ps, scope))));
    }

    /** "161, 165": one page, then a later one (not "161, 12", nor a range first). */
    private static boolean firstPageThenLater(String t, int s, int e, int s2, int e2) {
        String a = t.substring(s, e);
        String b = t.substring(s2, e2);
        if (!RX_DIGITS.matcher(a).matches()) return false;
        Matcher lead = RX_DIGITS.matcher(b);
        if (!lead.lookingAt() || a.length() > 9 || lead.end() > 9) return false;
        return Long.parseLong(b.substring(0, lead.end())) > Long.parseLong(a);
    }

    private static final Pattern RX_DIGITS = Pattern.compile("\\d+");

    /** "chapter 37" cites a chapter; every other pinpoint (S., p., Rn., at) stays a page for TEI. */
    private static String unit(String t, int at, boolean scope) {
        return !scope && Locators.label(t, at).equals("chapter") ? "chapter" : "page";
    }

    /** Between the item's pages and the pages cited: a bracket (group 1) or a cue word (group 2), then maybe "S.", "p.", "para.". */
    private static final Pattern PINPOINT_CUE = Pattern.compile(
            "\\s*[,;]?\\s*(?:(\\()\\s*|(hier|here|at|esp\\.|especially|insb\\.|bes\\.|bei|ici|surtout)\\s+|(,)\\s*(?=(?:S|pp?)\\.))"
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
            + "(?:S\\.|[Pp]p?\\.|Rn\\.|Rdnr\\.|Rz\\.|§+|at|ch\\.?|chap\\.|Kap\\.|paras?\\.|Abs\\.|Sp\\.|cols?\\.)\\s*"
            + "(?<pin>\\d+[a-z]?(?:\\s*[–—-]\\s*\\d+[a-z]?)?(?:\\s*(?:f{1,2}\\.|ff))?)\\s*\\.?\\s*");

    /** The spans of a short cite filling {@code text[from, to)}, or null when it is none. */
    static List<Span> shortCite(String text, int from, int to) {
        Matcher m = SHORT_CITE.matcher(text);
        m.region(from, to);
        if (!m.matches()) return null;
        String title = m.group("title");
        // "Smith, John, p. 5" names a person, not a title
        if (title.indexOf(' ') < 0 && Lexicon.english().isProperName(title)) return null;
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
        out.add(new Span(m.start("title"), m.end("title"), "title", Map.of("level", "m")));
        String unit = Locators.label(text, m.start("pin")).equals("chapter") ? "chapter" : "page";
        out.add(new Span(m.start("pin"), m.end("pin"), "citedRange", Map.of("unit", unit)));
        return out;
    }

    private static final Pattern SHORT_CITE_NAME_SEP = Pattern.compile("\\s*/\\s*");
}

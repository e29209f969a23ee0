package org.colophon.citations;

import static org.colophon.citations.FieldTagger.mayHold;
import static org.colophon.citations.FieldTagger.skipSpaces;
import static org.colophon.citations.FieldTagger.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cases of courts, read whole by their patterns before the tagger: a German or European court's
 * decision by its court, day and docket ("BGH, Urt. v. 12.3.2002 – XI ZR 123/01, NJW 2002, 1950"),
 * a case as the Bluebook cites it ("Roe v. Wade, 410 U.S. 113 (1973)") and a case of the European
 * courts ("Case C-26/62 Van Gend en Loos [1963] ECR 1"). Each is a {@code bibl type="case"}.
 */
final class CaseCitations {

    private CaseCitations() {
    }

    /** The spans of a case filling {@code text[from, to)}, or null when the citation is none. */
    static List<Span> read(String text, int from, int to, List<Span> hints) {
        List<Span> decision = courtDecision(text, from, to, hints);
        if (decision != null) return decision;
        List<Span> reported = reportedCase(text, from, to);
        if (reported != null) return reported;
        List<Span> statute = statute(text, from, to);
        if (statute != null) return statute;
        List<Span> european = europeanCase(text, from, to);   // "Case C-6/64 Costa v ENEL [1964] ECR 585": its number first, then the name
        if (european != null) return european;
        return englishCase(text, from, to);
    }

    /**
     * A case as the Bluebook cites it: its name, the reporter's volume, name and first page, the page
     * cited, the court and year in brackets ("Roe v. Wade, 410 U.S. 113, 153 (1973)", "Marbury v.
     * Madison, 5 U.S. (1 Cranch) 137 (1803)", "United States v. Carroll Towing Co., 159 F.2d 169,
     * 173 (2d Cir. 1947)", a footnote of the page cited: "304 U.S. 144, 152 n.4 (1938)"). A reporter's name is abbreviations and series ("U.S.", "S. Ct.", "F. Supp. 2d").
     */
    private static final Pattern REPORTED_CASE = Pattern.compile(
            "\\s*(?<name>\\p{Lu}[^,;()]{0,80}?\\s+v\\.?\\s+\\p{Lu}[^;()]{0,80}?),\\s+(?<vol>\\d{1,4})\\s+"
            + "(?<rep>\\p{Lu}[\\p{L}.']*(?:\\s?(?:\\p{Lu}[\\p{L}.']*|\\d[a-z]{1,2}))*)(?:\\s+\\([^()]{1,20}\\))?\\s+(?<page>\\d{1,5})"
            + "(?:,\\s*(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?)(?:\\s*nn?\\.\\s*\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)?)?\\s*\\((?<court>[^()]*?)\\s*(?<year>1[6-9]\\d\\d|20[0-3]\\d)\\)"
            + "(?:\\s*\\([^()]{1,80}\\))?\\s*[.,;]?\\s*");   // a parenthetical after it, the note's words: "(plurality opinion)"

    /**
     * A case as English, Commonwealth and Irish law cite it (OSCOLA): its name, the year in square
     * brackets (or round, for reports numbered by volume alone), the volume, the report's
     * abbreviation and first page, the court in brackets and the page or paragraph cited:
     * "Donoghue v Stevenson [1932] AC 562 (HL) 580", "R v Brown [1994] 1 AC 212", "Re Ellenborough
     * Park [1956] Ch 131, 140", "Smith v Jones (1878) 4 QBD 79 at 82", "R (Miller) v Secretary of
     * State [2017] UKSC 5, [2018] AC 61 [44]" (a neutral citation first). The judge named after it
     * ("(Lord Atkin)") is the note's own words.
     */
    private static final String ENGLISH_REPORT = "(?:\\[(?<year>(?:1[6-9]|20)\\d\\d)\\]|\\((?<year2>(?:1[6-9]|20)\\d\\d)\\))\\s+"
            + "(?:(?<vol>\\d{1,3})\\s+)?(?<rep>\\p{Lu}[\\p{L}.&]*(?:\\s+(?:\\p{Lu}[\\p{L}.&]*|Civ|Crim|Admin|Comm|Fam|Pat|Ch|\\d[a-z]{1,2}))*?)"
            + "\\s+(?<page>\\d{1,5})";
    private static final Pattern ENGLISH_CASE = Pattern.compile(
            "\\s*(?<name>(?:Re\\s+)?\\p{Lu}[^,;\\[\\]]{0,80}?\\s+v\\.?\\s+\\p{Lu}[^;\\[\\]]{0,80}?|Re\\s+\\p{Lu}[^,;()\\[\\]]{0,60}?)\\s*,?\\s*"
            + "(?:\\[(?:1[6-9]|20)\\d\\d\\]\\s+\\p{Lu}{2,8}(?:\\s+(?:Civ|Crim|Admin|Comm|Fam|Ch|QB|KB))?\\s+\\d{1,5}\\s*,\\s*)?"   // a neutral citation before the report
            + ENGLISH_REPORT
            + "(?:\\s*\\((?<court>[A-Z][A-Za-z .]{0,18})\\))?"
            + "(?:\\s*,?\\s*(?:at\\s+)?(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?|\\[\\d{1,4}\\](?:\\s*[–-]\\s*\\[\\d{1,4}\\])?))?"
            + "(?<after>\\s*\\([^()]{1,60}\\))?\\s*[.;]?\\s*");

    /** The spans of an English case ({@link #ENGLISH_CASE}) filling {@code text[from, to)}; else null. */
    private static List<Span> englishCase(String text, int from, int to) {
        if (!mayHold(text, from, to, " v ", " v. ", "Re ") || !mayHold(text, from, to, "[", "(")) return null;
        Matcher m = ENGLISH_CASE.matcher(text).region(from, to);
        if (!m.matches()) return null;
        int end = m.group("after") != null ? m.start("after") : m.end();
        int[] whole = trim(text, m.start("name"), end);
        if (whole == null) return null;
        end = whole[1];
        if (m.group("after") == null && end < to && text.charAt(end) == '.') end++;
        boolean square = m.group("year") != null;
        String year = square ? "year" : "year2";
        List<Span> out = new ArrayList<>();
        out.add(new Span(m.start("name"), end, "bibl", Map.of("type", "case")));
        int[] name = trim(text, m.start("name"), m.end("name"));
        if (name != null) out.add(new Span(name[0], name[1], "title", Map.of("level", "a")));
        out.add(new Span(m.start(year), m.end(year), "date", Map.of("when", m.group(year))));
        if (m.group("vol") != null) out.add(new Span(m.start("vol"), m.end("vol"), "biblScope", Map.of("unit", "volume")));
        out.add(new Span(m.start("rep"), m.end("rep"), "title", Map.of("level", "j")));
        out.add(new Span(m.start("page"), m.end("page"), "biblScope", Map.of("unit", "page")));
        if (m.group("court") != null) out.add(new Span(m.start("court"), m.end("court"), "orgName", Map.of("type", "court")));
        // a paragraph cited ("[44]") is a page for TEI, as every pinpoint but a chapter (Locators)
        if (m.group("pin") != null) out.add(pinpoint(text, m.start("pin"), m.end("pin")));
        return out;
    }

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

    /**
     * A European case as German notes cite it: its number, the year and page of the reports (or its
     * ECLI), the paragraph cited in brackets, then its name ("Rs. 6/64, Slg. 1964, 1251 (1269) –
     * Costa/ENEL", "Rs. C-131/12, EU:C:2014:317, Rn. 80 – Google Spain").
     */
    private static final Pattern EUROPEAN_CASE_NAME_LAST = Pattern.compile(
            "\\s*(?:Rs\\.|verb\\.\\s+Rs\\.|Rechtssache)\\s+"
            + "(?<docket>[CT]-\\d{1,4}/\\d{2}(?:\\s*(?:und|u\\.|,)\\s*[CT]-\\d{1,4}/\\d{2})*|\\d{1,4}/\\d{2})\\s*,\\s*"
            + "(?:(?<rep>Slg\\.)\\s+(?<year>(?:19|20)\\d\\d)\\s*,\\s*(?:I+-)?(?<page>\\d{1,5})|(?<ecli>(?:ECLI:)?EU:[CT]:(?:19|20)\\d\\d:\\d{1,5}))"
            + "(?:\\s*(?:,\\s*|\\()(?:Rn\\.\\s*|Rz\\.\\s*|Tz\\.\\s*)?(?<pin>\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?)\\)?)?"
            + "(?:\\s*[–—-]\\s*(?<name>\\p{Lu}[^;()]{0,80}?))?\\s*[.;]?\\s*");

    /** The spans of a European case ({@link #EUROPEAN_CASE}) filling {@code text[from, to)}; else null. */
    private static List<Span> europeanCase(String text, int from, int to) {
        if (!mayHold(text, from, to, "/")) return null;
        Matcher m = EUROPEAN_CASE.matcher(text).region(from, to);
        if (!m.matches()) {
            m = EUROPEAN_CASE_NAME_LAST.matcher(text).region(from, to);
            if (!m.matches()) return null;
        }
        int[] whole = trim(text, m.start(), m.end());
        int end = whole == null ? m.end() : whole[1];
        if (end < to && text.charAt(end) == '.') end++;
        List<Span> out = new ArrayList<>();
        out.add(new Span(skipSpaces(text, m.start(), to), end, "bibl", Map.of("type", "case")));
        out.add(new Span(m.start("docket"), m.end("docket"), "idno", Map.of("type", "docket")));
        if (m.group("name") != null) {
            int[] name = trim(text, m.start("name"), m.end("name"));
            if (name != null) out.add(new Span(name[0], name[1], "title", Map.of("level", "a")));
        }
        if (m.group("ecli") != null) {
            out.add(new Span(m.start("ecli"), m.end("ecli"), "idno", Map.of("type", "ECLI")));   // its year stays inside it
        } else {
            out.add(new Span(m.start("year"), m.end("year"), "date", Map.of("when", m.group("year"))));
            out.add(new Span(m.start("rep"), m.end("rep"), "title", Map.of("level", "j")));
            out.add(new Span(m.start("page"), m.end("page"), "biblScope", Map.of("unit", "page")));
        }
        if (m.group("pin") != null) out.add(pinpoint(text, m.start("pin"), m.end("pin")));
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
        if (m.group("pin") != null) out.add(pinpoint(text, m.start("pin"), m.end("pin")));
        int[] court = m.group("court").isBlank() ? null : trim(text, m.start("court"), m.end("court"));
        if (court != null) out.add(new Span(court[0], court[1], "orgName", Map.of("type", "court")));
        out.add(new Span(m.start("year"), m.end("year"), "date", Map.of("when", m.group("year"))));
        return out;
    }

    /**
     * An Act as English and Commonwealth law cite it, its year after its name, then maybe the
     * section cited: "Human Rights Act 1998, s 3(1)", "Equality Act 2010, ss 13–14", "Companies Act
     * 2006, sch 1, para 2".
     */
    private static final Pattern ACT = Pattern.compile(
            "\\s*(?:[Tt]he\\s+)?(?<name>\\p{Lu}[\\p{L}'’()-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’()-]*|of|and|for|the|on|to|in|\\(\\p{Lu}[\\p{L}.]*\\))){0,10}\\s+Act)"
            + "\\s+(?<year>1[2-9]\\d\\d|20[0-3]\\d)"
            + "(?:\\s*,?\\s*(?:ss?|sch|schs|art|arts|para|paras|pt|reg|r)\\.?\\s*(?<pin>\\d+[A-Za-z]?(?:\\s?\\(\\w{1,4}\\))*(?:\\s*[–-]\\s*\\d+[A-Za-z]?)?)"
            + "(?:\\s*,\\s*(?:para|paras|sch)\\.?\\s*\\d+[A-Za-z]?)?)?\\s*[.;]?\\s*");

    /** The United States Code and Code of Federal Regulations: "42 U.S.C. § 1983 (2018)", "17 U.S.C. §§ 101–102". */
    private static final Pattern US_CODE = Pattern.compile(
            "\\s*(?<vol>\\d{1,3})\\s+(?<name>U\\.\\s?S\\.\\s?C\\.(?:\\s?A\\.)?|C\\.\\s?F\\.\\s?R\\.)\\s+§§?\\s*"
            + "(?<pin>\\d+[a-z]?(?:\\([\\w]{1,4}\\))*(?:\\s*[–-]\\s*\\d+[a-z]?)?)(?:\\s*\\((?<year>1[89]\\d\\d|20[0-3]\\d)\\))?\\s*[.;]?\\s*");

    /**
     * The European Union's legislation as OSCOLA cites it, the Official Journal last: "Council
     * Directive 93/13/EEC of 5 April 1993 on unfair terms in consumer contracts [1993] OJ L95/29",
     * "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 …
     * [2016] OJ L119/1".
     */
    private static final Pattern EU_LEGISLATION = Pattern.compile(
            "\\s*(?<name>(?:(?:Council|Commission)(?:\\s+Implementing|\\s+Delegated)?\\s+)?(?:Directive|Regulation|Decision)"
            + "\\s*(?:\\((?:EU|EC|EEC|Euratom)\\)\\s*(?:No\\s*)?)?\\d{1,4}/\\d{1,4}(?:/(?:EU|EC|EEC|Euratom))?(?:\\s+of\\s+[^\\[\\]]{1,240}?)?)"
            + "\\s*\\[(?<year>(?:19|20)\\d\\d)\\]\\s+(?<oj>OJ)\\s+(?<pin>[LC]\\s?\\d{1,4}/\\d{1,5})"
            + "(?:\\s*,\\s*(?:art|arts|recital)\\.?\\s*\\d+[a-z]?(?:\\(\\w{1,4}\\))*)?\\s*[.;]?\\s*");

    /**
     * The spans of a statute filling {@code text[from, to)} — a {@code bibl type="legislation"} with
     * the Act's or Code's name as its title (no level: a statute is no book, article or journal), its
     * year and the section cited — or null.
     */
    private static List<Span> statute(String text, int from, int to) {
        if (from >= to) return null;
        Matcher m = null;
        if (mayHold(text, from, to, " Act ")) {
            m = ACT.matcher(text).region(from, to);
            if (!m.matches()) m = null;
        }
        if (m == null && mayHold(text, from, to, "U.S.C", "U. S. C", "C.F.R")) {
            m = US_CODE.matcher(text).region(from, to);
            if (!m.matches()) m = null;
        }
        if (m == null && mayHold(text, from, to, " OJ ")) {
            m = EU_LEGISLATION.matcher(text).region(from, to);
            if (!m.matches()) m = null;
        }
        if (m == null) return null;
        int[] whole = trim(text, m.start("name"), m.end());
        if (whole == null) return null;
        int end = whole[1];
        if (end < to && text.charAt(end) == '.') end++;
        List<Span> out = new ArrayList<>();
        int start = m.pattern() == US_CODE ? m.start("vol") : m.start("name");
        out.add(new Span(start, end, "bibl", Map.of("type", "legislation")));
        if (m.pattern() == US_CODE) out.add(new Span(m.start("vol"), m.end("vol"), "biblScope", Map.of("unit", "volume")));
        out.add(new Span(m.start("name"), m.end("name"), "title", Map.of()));
        if (m.pattern() == EU_LEGISLATION) out.add(new Span(m.start("oj"), m.end("oj"), "title", Map.of("level", "j")));
        if (m.group("year") != null) out.add(new Span(m.start("year"), m.end("year"), "date", Map.of("when", m.group("year"))));
        if (m.group("pin") != null) out.add(pinpoint(text, m.start("pin"), m.end("pin")));
        return out;
    }

    /**
     * A court that decides cases (German, Austrian, Swiss, European): "BGH", "BVerfG", "OLG München",
     * "LG Frankfurt a. M.", "EuGH".
     */
    private static final List<String> HIGH_COURTS = List.of("BVerfG", "BGH", "BAG", "BFH", "BSG", "BVerwG", "BPatG", "RG", "RAG", "RFH",
            "BayObLG", "KG", "EuGH", "EuG", "EGMR", "OGH", "VfGH", "VwGH", "BGer");
    /** Courts named with their seat: "OLG München", "LG Frankfurt a. M.". */
    private static final List<String> COURTS_BY_SEAT = List.of("OLG", "OVG", "VGH", "LAG", "LSG", "FG", "LG", "AG", "VG", "SG", "ArbG");
    private static final String COURT = "(?:" + String.join("|", HIGH_COURTS)
            + "|(?:" + String.join("|", COURTS_BY_SEAT) + ")\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:a\\.\\s?M\\.|i\\.\\s?Br\\.|\\p{Lu}[\\p{L}-]*))?)";
    /** A German law report's or journal's abbreviation: "NJW", "NJW-RR", "BGHZ", "BVerfGE", "Slg.", "ZIP". */
    private static final String REPORT_ABBREVIATION = "\\p{Lu}[\\p{L}]*(?:-\\p{Lu}+)?\\.?";
    /** A signal word before a court inside the note's own sentence ("vgl. nur BGH", "siehe etwa OLG München"), or a comma or bracket. */
    private static final Pattern SIGNAL_THEN_COURT = Pattern.compile(
            "(?:(?<![\\p{L}])(?:[Vv]gl\\.|[Ss]iehe|[Ss]\\.|[Ss]ee|[Cc]f\\.)(?:\\s+(?:nur|etwa|auch|dazu|aber|zuletzt|also|e\\.\\s?g\\.,?))*\\s+"
            // or a comma or bracket after the note's own sentence: "… ausdrücklich bejaht, BGH, Urt. v. …", "(BGH NJW-RR 2015, 1137)"
            + "|(?<=[,(])\\s*)(?=" + COURT + "(?:\\s*,|\\s+" + REPORT_ABBREVIATION + "\\s+\\d))");


    /**
     * The report a decision is printed in, as German notes cite it: the abbreviation, the year or the
     * volume, the first page, the page or margin number cited, then maybe the case's name ("NJW
     * 2014, 2720 Rn. 12", "NJW-RR 2010, 1234, 1235", "BVerfGE 116, 24 (37)", "Slg. 1999, I-1459 Rn. 27
     * – Centros").
     */
    private static final Pattern GERMAN_REPORT = Pattern.compile(
            "\\s*(?<rep>" + REPORT_ABBREVIATION + ")\\s+(?:(?<year>(?:19|20)\\d\\d)|(?<vol>\\d{1,4}))\\s*,\\s*(?<page>(?:I+-)?\\d{1,5})"
            + "(?:\\s*(?:,\\s*|\\(\\s*|\\s(?=Rn|Rz|Tz))(?:(?:Rn|Rz|Tz|Rdnr)\\.\\s*)?(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*f{1,2}\\.?)?)\\)?)?"
            + "(?:\\s*[–—-]\\s*(?<name>\\p{Lu}[^;()]{0,60}?))?\\s*[.;]?\\s*");

    /**
     * A decision cited by its court: "BGH, Urt. v. 12.3.2002 – XI ZR 123/01, " (the court, the decision's
     * day, its docket number; the European court's case number and parties: "EuGH, Urt. v. 15.7.1964,
     * Rs. 6/64 (Costa/E.N.E.L.), ") or "BGH, " alone before the report it is printed in.
     */
    private static final Pattern COURT_DECISION = Pattern.compile(
            "\\s*(?<court>" + COURT + ")(?:\\s*,\\s*|\\s+(?=" + REPORT_ABBREVIATION + "\\s+\\d))(?:(?:Urt|Beschl|Urteil|Beschluss|Entsch|Entscheidung|Vorlagebeschl)\\.?\\s+v(?:om|\\.)\\s+"
            + "(?<day>(?<d>\\d{1,2})\\.\\s?(?:(?<m>\\d{1,2})\\.|(?<mn>Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))\\s?(?<y>(?:19|20)\\d\\d))(?:\\s*[–—-]\\s*(?<docket>[^,;()]+?)"
            // the European court's case number and the parties' names: ", Rs. 6/64 (Costa/E.N.E.L.)"
            + "|\\s*,\\s*(?:verb\\.\\s+)?(?:Rs\\.|Rechtssache)\\s+(?<rs>(?:[CT]-)?\\d{1,4}/\\d{2})(?:\\s*\\((?<parties>[^()]{1,60})\\))?)?"
            + "\\s*(?:,\\s*|\\.?\\s*$))?");

    /** The first word of each court of {@link #COURT}. */
    private static final java.util.Set<String> COURT_WORDS = java.util.Set.copyOf(
            java.util.stream.Stream.concat(HIGH_COURTS.stream(), COURTS_BY_SEAT.stream()).toList());

    /** False where no court of {@link #COURT} is named: no word of {@link #COURT_WORDS} stands in {@code text[from, to)}. */
    private static boolean mayNameACourt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || i > from && Character.isLetter(text.charAt(i - 1))) continue;
            int e = i;
            while (e < to && Character.isLetter(text.charAt(e))) e++;
            if (e - i >= 2 && e - i <= 7 && COURT_WORDS.contains(text.substring(i, e))) return true;
            i = e;
        }
        return false;
    }

    /**
     * The spans of a court's decision in {@code text[from, to)}: the court ({@code orgName type="court"}),
     * the day it decided and its docket number, then the report it is printed in as the tagger reads
     * it ("NJW 2002, 1950, 1951"); null when the citation does not open with a court.
     */
    private static List<Span> courtDecision(String text, int from, int to, List<Span> hints) {
        if (from >= to) return null;
        Matcher m = COURT_DECISION.matcher(text).region(from, to);
        if (!Character.isUpperCase(text.charAt(skipSpaces(text, from, to))) || !m.lookingAt()) {
            // "So auch die h.M., vgl. nur BGH NJW 2010, 1234": the note's words, a signal, then the decision
            if (!mayNameACourt(text, from, to)) return null;
            Matcher signal = SIGNAL_THEN_COURT.matcher(text).region(from, to);
            if (!signal.find()) return null;
            m = COURT_DECISION.matcher(text).region(signal.end(), to);
            if (!m.lookingAt()) return null;
        }
        List<Span> out = new ArrayList<>();
        out.add(new Span(m.start("court"), m.end("court"), "orgName", Map.of("type", "court")));
        if (m.group("day") != null) {
            int month = m.group("m") != null ? Integer.parseInt(m.group("m")) : FieldTagger.monthNumber(m.group("mn").toLowerCase(Locale.ROOT));
            String when = String.format("%s-%02d-%02d", m.group("y"), month, Integer.parseInt(m.group("d")));
            out.add(new Span(m.start("day"), m.end("day"), "date", Map.of("when", when)));
            if (m.group("docket") != null) out.add(new Span(m.start("docket"), m.end("docket"), "idno", Map.of("type", "docket")));
            if (m.group("rs") != null) out.add(new Span(m.start("rs"), m.end("rs"), "idno", Map.of("type", "docket")));
            if (m.group("parties") != null) out.add(new Span(m.start("parties"), m.end("parties"), "title", Map.of("level", "a")));
        }
        int end = m.end();
        Matcher rep = GERMAN_REPORT.matcher(text).region(m.end(), to);
        if (m.end() < to && rep.matches()) {
            out.add(new Span(rep.start("rep"), rep.end("rep"), "title", Map.of("level", "j")));
            if (rep.group("year") != null) out.add(new Span(rep.start("year"), rep.end("year"), "date", Map.of("when", rep.group("year"))));
            else out.add(new Span(rep.start("vol"), rep.end("vol"), "biblScope", Map.of("unit", "volume")));
            out.add(new Span(rep.start("page"), rep.end("page"), "biblScope", Map.of("unit", "page")));
            if (rep.group("pin") != null) out.add(pinpoint(text, rep.start("pin"), rep.end("pin")));
            int last = rep.group("pin") != null ? rep.end("pin") : rep.end("page");
            if (last < to && text.charAt(last) == ')') last++;
            if (rep.group("name") != null) {
                int[] name = trim(text, rep.start("name"), rep.end("name"));
                if (name != null) {
                    out.add(new Span(name[0], name[1], "title", Map.of("level", "a")));
                    last = name[1];
                }
            }
            if (last < to && text.charAt(last) == '.' && text.substring(last + 1, to).isBlank()) last++;
            out.add(0, new Span(m.start("court"), last, "bibl", Map.of("type", "case")));
            return out;
        }
        List<Span> report = m.end() < to ? FieldTagger.spans(text, m.end(), to, hints) : List.of();
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

    /** The page or margin number cited ("Rn. 15" is {@code unit="para"}, as the other readers mark it). */
    private static Span pinpoint(String t, int s, int e) {
        return new Span(s, e, "citedRange", Map.of("unit", Locators.label(t, s).equals("paragraph") ? "para" : "page"));
    }
}

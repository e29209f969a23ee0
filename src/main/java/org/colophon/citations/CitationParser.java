package org.colophon.citations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;

/**
 * Rule-based parser for citations in footnotes.
 *
 * <p>A note is split into segments (at top-level {@code ;} and at connectors such as
 * "quoted by", "cited in"); in each segment leading commentary is skipped, then the citation
 * is read left to right: archival references (RGASPI, f. 558, op. 11, ...), or author/editor
 * names, a quoted (article) or unquoted title, an optional container ("In ... eds. Book",
 * journal), and the publication part (place, publisher, date, volume, issue, pages, edition,
 * DOI/URL). Uncertain fields are left unmarked. Instances are immutable and thread-safe.
 */
public final class CitationParser {

    // patterns of single uses, compiled once (String.matches/split/replace would compile them on every call)
    private static final Pattern RX_ONLY_CLOSERS = Pattern.compile("[\\s.,)\\]]*");
    private static final Pattern RX_OPENER_OR_DIGIT = Pattern.compile("(?s).*[(“\"‘„«\\d].*");
    private static final Pattern RX_ENDS_ED = Pattern.compile("(?s).*,\\s*[Ee]d\\.");
    private static final Pattern RX_FINAL_STOP = Pattern.compile("[.,]$");
    private static final Pattern RX_RANGE = Pattern.compile("\\d+[a-z]?\\s*[–—-]\\s*\\d+[a-z]?");

    // ------------------------------------------------------------------ lexical building blocks
    /**
     * A capitalised word with a lower-case letter in it ("Smith", "McDonald", "O’Brien-Kelly"). The
     * letters before the first lower-case one exclude lower case, so that there is one way only to
     * find it: {@code \p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*} matches the same, but tries every
     * lower-case letter of the word as that one on every backtrack.
     */
    private static final String NAMEWORD =
            "\\p{Lu}[\\p{L}\\p{M}'’&&[^\\p{Ll}]]*\\p{Ll}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
    private static final String INITIAL = "\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\p{Ll}?\\.)*";
    /** OSCOLA's initials, without full stops: "J Raz", "HLA Hart", "TRS Allan". */
    private static final String DOTLESS_INITIALS = "\\p{Lu}{1,3}";
    private static final String PARTICLE =
            "(?:von|van|der|den|de|del|della|degli|di|da|das|dos|du|la|le|ter|ten|zu|bin|ibn|al)";
    private static final Pattern RX_PARTICLE_FIRST = Pattern.compile(PARTICLE + "\\b.*");
    private static final String FORE = "(?:" + INITIAL + "|" + NAMEWORD + "|" + PARTICLE + ")";
    private static final String FORE_FIRST = "(?:" + INITIAL + "|" + NAMEWORD + ")";
    private static final String SURNAME =
            "(?:(?:[Vv][ao]n|[Dd]e[rl]?|[Dd][iau]|[Ll][ae]|St\\.|Mc|Ten|Ter)\\s+){0,2}" + NAMEWORD;
    private static final String NAME_SEP = "(?:\\s+|(?<=\\.)(?=\\p{Lu}))";
    private static final String NAME_TERM =
            "(?:(?<=\\.)(?=\\s)|(?=\\s*(?:[,.:;(\\[]|and\\s|&|eds?\\.|et\\s+al|$)))";
    private static final String YEAR = "(?:1[4-9]\\d\\d|20\\d\\d)";
    private static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            + "|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)";
    /**
     * A place of publication ("London", "Frankfurt am Main", "Ann Arbor, MI"). Its words are taken
     * whole ({@code *+}): every pattern that uses it goes on with a space, a colon, a comma or a full
     * stop, or with nothing, never with a letter, so giving letters back could never lead to a match.
     */
    private static final String PLACE =
            "(?:\\p{Lu}\\p{Ll}{0,2}\\.\\s*)?\\p{Lu}[\\p{L}\\p{M}'’\\-]*+(?:\\s+(?:(?:am|an|upon|on|sur|de|im|in|bei)\\s+)?"
            + "\\p{Lu}[\\p{L}\\p{M}'’\\-]*+){0,2}(?:,\\s*\\p{Lu}{2}\\.?)?";
    /** Words of publishers' names, as patterns ("Publishers?" is "Publisher" or "Publishers"). */
    private static final List<String> PUBKW_WORDS = List.of("Press", "Verlag", "Verlags\\p{L}*", "Publishers?", "Publishing",
            "Presses", "Editions", "Éditions", "Books", "Company", "Co\\.", "Inc\\.", "Ltd\\.?", "Universitaires", "Buchhandlung",
            "Izdatel'stvo", "Nauka");
    private static final String PUBKW = "(?:" + String.join("|", PUBKW_WORDS) + ")";

    private static final Pattern INVERTED = Pattern.compile(
            "(" + SURNAME + "),\\s+" + FORE_FIRST + "(?:" + NAME_SEP + FORE + "){0,3}" + NAME_TERM);
    private static final Pattern INVERTED_STRICT = Pattern.compile(
            "(" + NAMEWORD + "),\\s+" + FORE_FIRST + "(?:" + NAME_SEP + FORE_FIRST + ")?"
            + "(?=\\s*(?:[,.:;]|and\\s|&|eds?\\.|$))");
    private static final Pattern DIRECT = Pattern.compile(
            "(?:" + DOTLESS_INITIALS + "\\s+(?:" + INITIAL + "\\s*|" + NAMEWORD + "\\s+|" + PARTICLE + "\\s+){0,3}"
            + "|(?:" + INITIAL + "\\s*|" + NAMEWORD + "\\s+|" + PARTICLE + "\\s+){1,4})" + NAMEWORD
            + "(?![\\p{L}\\p{M}])");
    /** A generation after a name: " Jr.", ", Jr.", " Sr.", " III". */
    private static final Pattern NAME_SUFFIX = Pattern.compile(",?\\s+(?:Jr|Sr|jr|sr)\\.?(?![\\p{L}])|\\s+(?:II|III|IV)(?![\\p{L}])");
    private static final Pattern SINGLE = Pattern.compile(NAMEWORD + "(?![\\p{L}\\p{M}])");
    private static final Pattern AND = Pattern.compile("\\s*,?\\s*(?:and|&|und|et|i|y)\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s+");
    private static final Pattern ETAL = Pattern.compile("\\s*,?\\s*(?:et\\s+al\\.?|u\\.\\s?a\\.)");
    private static final Pattern ROLE_SUFFIX = Pattern.compile(
            "\\s*,?\\s*(\\(?(?:eds?\\.|Eds?\\.|editors?|Hrsg\\.|Hg\\.|hrsg\\.|comp\\.|comps\\.|dir\\.|éd\\.|éds\\.)\\)?"
            + "|\\((?:ed|eds|Hrsg|Hg)\\))");
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "\\s*[,.]?\\s*([Ee]ds?\\.|[Ee]dited\\s+by|[Tt]rans\\.|[Tt]r\\.|[Tt]ransl\\.|[Tt]ranslated\\s+by"
            + "|[Hh]rsg\\.\\s+v(?:on|\\.)|[Hh]erausgegeben\\s+von|[Hh]g\\.\\s+v(?:on|\\.)|[Üü]bers\\.\\s+v(?:on|\\.)"
            + "|[Ww]ith\\s+contributions\\s+by|[Ww]ith\\s+an\\s+introduction\\s+by|[Ii]ntrod(?:uction|\\.)\\s+by"
            + "|[Ee]ditors)\\s+");

    /**
     * The patterns of names, sought at many places and again at some: they match only from a letter,
     * and {@link Run#at} tries them nowhere else, and once a position.
     */
    private static final Set<Pattern> NAME_PATTERNS = Set.of(INVERTED, INVERTED_STRICT, DIRECT, SINGLE);

    private static final Set<String> NOT_NAME = Set.of(
            "The", "A", "An", "Der", "Die", "Das", "Des", "Dem", "Den", "Ein", "Eine", "Le", "La", "Les",
            "Il", "Lo", "Gli", "El", "Los", "Las", "In", "On", "See", "Cf", "For", "From", "Letter",
            "Examples", "Example", "Reference", "Extract", "Note", "Also", "Compare", "Quoted", "Cited",
            "Ibid", "Vol", "No", "And", "Of", "To", "At", "By", "With", "This", "That", "These", "Thus",
            "But", "As", "Both", "Some", "Many", "Most", "Published", "Edited", "Translated", "Available",
            "Accessed", "Chapter", "Part", "Book", "Volume", "Section", "Preface", "Introduction",
            "Intercepted", "Report", "Minutes", "Protocol", "Memorandum", "Speech", "Interview", "Diary",
            "Stenographic", "Telegram", "Cable");
    private static final Pattern NOT_NAME_WORD = Pattern.compile(
            "\\b(?:Studies|Review|Journal|Quarterly|History|Press|University|Institute|Society|Bulletin"
            + "|Archives?|Library|Museum|Proceedings|Transactions|Gazette|Times|Magazine|Verlag|Zeitschrift"
            + "|Jahrbuch|Revue|Rivista|Annals|Annales|Encyclopedia|Dictionary|Handbook|Collected|Works|Papers"
            + "|Letters|Documents|Selected|Complete|Poems|Essays|Tales|Stories|Novels|Series|Edition)\\b");

    // ------------------------------------------------------------------ segmentation, lead-ins
    private static final Pattern CONNECTOR = Pattern.compile(
            ",?\\s+(?:quoted|cited|reproduced|reprinted|as\\s+cited)\\s+(?:by|in|from)\\s+");
    /**
     * The Bluebook's subsequent history of a case, and the "with" of "Compare A, with B": ", overruled by
     * Dobbs v. …", ", aff'd, 5 F.4th …", ", cert. denied, …" (the cut: the words).
     */
    /** The Bluebook's "Compare … with …" signal. */
    private static final Pattern COMPARE = Pattern.compile("(?<![\\p{L}])[Cc]ompare\\s");
    private static final Pattern CASE_HISTORY = Pattern.compile(
            ",\\s+(?:overruled\\s+by|abrogated\\s+by|superseded\\s+by(?:\\s+statute)?|aff['’]d(?:\\s+by)?|rev['’]d(?:\\s+by)?|vacated(?:\\s+by)?"
            + "|cert\\.\\s+denied|with)(?:,)?\\s+(?=[\\p{Lu}\\d])");
    /**
     * The full stop that ends a citation (after a page, a year or a bracket) before a sentence that
     * leads to the next one by a signal: "… [1974] AC 765 (HL) 782. For criticism, see TRS Allan, …";
     * "… S. 45. Anders aber vgl. Canaris, …". The cut: the full stop.
     */
    private static final Pattern SENTENCE_THEN_SIGNAL = Pattern.compile(
            "(?<=[\\d)\\]])\\.\\s+(?=\\p{Lu}[^.;()]{0,60}?(?<![\\p{L}])(?:see|See|cf\\.|Cf\\.|vgl\\.|Vgl\\.|siehe|Siehe|voir|Voir|auch|Ebenso|ebenso|Anders|anders)\\s+\\p{Lu})");

    /** The words {@link #PINPOINT_AND_NAME} joins citations by, with their spaces. */
    private static final String[] CITATIONS_JOINED_BY = {" and ", " und ", " sowie "};
    /**
     * One citation ended by its page cited, "and" or "und", then the next, by a surname and its comma
     * or note reference: "Larenz, Methodenlehre, S. 12, und Canaris, Systemdenken", "Hart (n 2) 94
     * and Raz (n 5) 12" (the cut: the connector); tried where a digit or "f." ends the text before it.
     */
    private static final Pattern PINPOINT_AND_NAME = Pattern.compile(
            "\\s*,?\\s+(?:and|und|sowie)\\s+(?:(?:more\\s+recently|most\\s+recently|also|further|generally|ferner|auch|zuletzt|jüngst)\\s*,?\\s+)?"
            + "(?:(?:see|cf\\.|vgl\\.|siehe)\\s+)?"
            + "(?=(?:\\p{Lu}\\.?\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+)){0,3}\\s*(?:,|\\((?:n|Fn|Anm)\\.?\\s*\\d))");
    /** After "Idem": a comma and a capitalised word of three letters or more (group 1). */
    private static final Pattern SAME_AUTHOR_WORK = Pattern.compile("\\s*,\\s*[“\"‘„«]?(\\p{Lu}\\p{L}{2,})");
    /** Words that open a pinpoint, not a work: "Idem, Page 4", "Id., Chapter 2". */
    private static final Pattern LOCATOR_WORD = Pattern.compile("(?i)pages?|pp|chap(?:ter)?s?|vol(?:ume)?s?|note|para(?:graph)?s?|ibid(?:em)?|supra|infra");
    private static final Pattern IBID = Pattern.compile(
            "(?:Ibid|Ibidem|Idem|Id\\.|Op\\.\\s*cit|Loc\\.\\s*cit|ibid)\\b");
    private static final Pattern LEADIN = Pattern.compile(
            "(?:(?:[Ss]ee|Cf\\.|cf\\.|Compare|Also|Quoted\\s+in|Cited\\s+in|As\\s+cited\\s+in|Reprinted\\s+in"
            + "|Repr\\.\\s+in|But\\s+see|Contra|Accord|[Vv]gl\\.|[Ss]iehe|[Ss]o\\s+auch|S\\.\\s+auch|[Zz]um\\s+Ganzen|[Ss]tatt\\s+aller"
            + "|[Aa]\\.\\s?A\\.|[Gg]rundlegend|[Aa]usführlich|[Nn]äher|[Kk]ritisch|[Zz]ustimmend|[Ee]benso|[Ww]eiterführend|[Dd]azu|Voir|Comp\\."
            + "|[Zz]it\\.\\s+(?:nach|n\\.)|[Zz]itiert\\s+nach|[Cc]ité\\s+(?:dans|par|d'après))"
            + "(?:\\s+(?:also|auch|etwa|ferner|nur|dazu|ausführlich|kritisch|aussi|notamment|generally))?[,:]?\\s+"
            + "(?:(?:for\\s+example|for\\s+instance|e\\.\\s?g\\.|in\\s+particular|z\\.\\s?B\\.|etwa|insbesondere|par\\s+exemple)[,:]?\\s+)?"
            + "|(?:and|und|sowie|et)\\s+(?=\\p{Lu})"
            + "|(?:For|On)\\s[^,:;()“\"]{1,80}?,\\s+see(?:\\s+also)?[,:]?\\s+)");
    /** A surname (group 1), then a reference to the note that cited its work: "Lepsius (Fn. 12)", "Smith (n 3)", "Müller, a.a.O.". */
    private static final Pattern SURNAME_NOTE_REFERENCE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*(?:\\((?:wie\\s+|s\\.\\s+|vgl\\.\\s+|as\\s+in\\s+|see\\s+|cf\\.\\s+|above,?\\s+)?"
            + "(?:Anm\\.|Fn\\.|Anmerkung|Fußnote|n\\.?|nn\\.?|note)\\s*\\d+\\)|,\\s*(?:a\\.\\s?a\\.\\s?O\\.|aaO|op\\.\\s*cit\\.|above\\s+n\\.?\\s*\\d+|supra))");
    /** The space after a sentence, then a lead-in: " See ", " Vgl. ", " Cf. " (the names follow). */
    private static final Pattern SENTENCE_THEN_LEADIN = Pattern.compile(
            "\\s+(?:See|Cf\\.|Compare|Vgl\\.|Siehe|S\\.\\s+auch|Voir)(?:\\s+(?:also|auch|etwa|ferner|nur|dazu|generally|further))?[,:]?\\s+");
    /** A name (its first word group 1), a comma, then a work's first word or mark: "Louis Althusser, Für Marx", "Max Weber, \"Politics". */
    private static final Pattern NAME_THEN_WORK = Pattern.compile(
            "(\\p{Lu}[\\p{L}.'’-]*)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*,\\s*[„“\"‘«']?\\p{Lu}");
    /** A surname alone (group 1), a comma, then a capitalised word: "Leibniz, Sämtliche Schriften", "Koselleck, „Kritik“". */
    private static final Pattern SURNAME_THEN_TITLE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*,\\s*[„“\"‘«]?\\p{Lu}\\p{Ll}");
    /** Words that open a sentence, not a citation, before a comma: "However, Smith …", "Zudem, …". */
    private static final Set<String> DISCOURSE_WORDS = Set.of("However", "Thus", "Also", "Hence", "Indeed", "Moreover", "Similarly",
            "Here", "There", "Again", "Finally", "Furthermore", "Nevertheless", "Instead", "Accordingly", "Therefore", "Yet", "Still",
            "Zudem", "Ferner", "Außerdem", "Allerdings", "Insbesondere", "Jedoch", "Daher", "Hier", "Dort", "Dagegen", "Demgegenüber",
            "Ebenso", "Ähnlich", "Anders", "Freilich", "Schließlich", "Cependant", "Ainsi", "Enfin", "Toutefois", "Voir", "See", "Vgl",
            "Cf", "Siehe", "Yes", "No", "Note", "Notably", "Interestingly", "Unfortunately");
    /** A capitalised word and the space after it: "Zutreffend ". */
    private static final Pattern ONE_WORD_THEN_SPACE = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+");
    /** A German report by its volume and page: "BVerwGE 115, 373", "BGHZ 12, 34". */
    private static final Pattern REPORT_VOLUME_PAGE = Pattern.compile("\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*\\s+\\d{1,4}\\s*,\\s*\\d");
    /** A surname, a comma, then a journal's abbreviation and its volume or year: "Mülbert, ZHR 172", "Canaris, JZ 1987". */
    private static final Pattern SURNAME_THEN_JOURNAL = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+\\s*,\\s*\\p{Lu}[\\p{L}-]*\\.?\\s+\\d");
    /**
     * German articles and prepositions: the capitalised word after one is a noun of the note's phrase
     * ("zur Vertragsnetzdogmatik"); not "von", which leads to a person as often ("die Rezension von Hartmut Lehmann").
     */
    /** Articles that open titles: "The", "A", "Die", "Les", "Un". */
    private static final Set<String> TITLE_ARTICLES = Set.of("The", "A", "An", "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les",
            "Un", "Une", "Il", "Lo", "El", "Los", "Las");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen");
    private static final Set<String> GERMAN_ARTICLES_AND_PREPOSITIONS = union(ARTICLES, Set.of("zur", "zum", "zu", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach",
            "vom", "über", "unter", "für", "gegen", "um", "durch", "ohne", "seit", "bis", "wegen", "hinsichtlich"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
    /** Surnames joined by slashes, a comma, then a capital: "Brox/Walker, Allgemeines Schuldrecht", "Larenz/Canaris, Methodenlehre". */
    private static final Pattern SLASHED_SURNAMES_THEN_A_WORK = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’-]+)+\\s*,\\s*\\p{Lu}");

    /** A name, a comma, then the words that open a review: "Frank Kermode, review of", "Anna Schmidt, Rezension zu:". */
    private static final Pattern NAME_THEN_REVIEW = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}?,\\s+(?:[Rr]eview\\s+of|[Rr]ev\\.\\s+of|Rezension\\s+(?:zu|von)|[Cc]ompte\\s+rendu\\s+de)(?![\\p{L}])");
    /** A surname (or names joined by slashes), a comma, then "in:" and a capital: "Ulmer, in: Hachenburg, …". */
    private static final Pattern SURNAME_THEN_IN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’-]+)*\\s*,\\s*in:\\s+\\p{Lu}");
    /** Words in small letters that come inside a citation, before names: roles, "in", "and" ({@code afterProse}). */
    private static final Set<String> INSIDE_WORDS = Set.of("in", "and", "und", "et", "by", "von", "ed", "eds", "trans", "hg", "hrsg",
            "hgg", "übers", "de", "van", "der", "den", "du", "des", "la", "le", "zu", "dir", "par", "with", "mit", "al", "u", "a");
    private static final Pattern BREAKWORD = Pattern.compile(
            "(?<![\\p{L}])(?:from|in|by|von|de|of|see|cf\\.|vgl\\.(?:\\s+(?:etwa|nur|auch|dazu))?|siehe(?:\\s+(?:etwa|nur|auch|dazu))?"
            + "|voir(?:\\s+(?:aussi|déjà|notamment|surtout|également|par\\s+exemple|en\\s+particulier))?|zit\\.\\s+(?:nach|n\\.|bei)|zitiert\\s+(?:nach|bei)"
            + "|bei|chez|cit[ée]e?s?\\s+par|(?:quoted|cited)\\s+in)\\s+|:\\s+");
    private static final Pattern COMMENTARY = Pattern.compile(
            "\\b(?:is|are|was|were|be|been|has|have|had|may|can|could|should|must|will|would|see|we|our"
            + "|here|there|which|whose|not|defined|discussed|described|argues?|argued|suggests?)\\b");

    // ------------------------------------------------------------------ archival
    private static final Pattern ARCH_UNIT = Pattern.compile(
            "\\s*,?\\s*(f\\.|fond|op\\.|opis['’]?|d\\.|delo|ed\\.\\s*khr\\.|ll\\.|l\\.|listy|list|spr\\.|ark\\.)\\s*"
            + "((?:[A-ZР]-?)?\\d+[a-zа-я]?(?:\\s*(?:ob\\.?|v\\.?))?(?:\\s*[–—-]\\s*\\d+[a-z]?(?:\\s*ob\\.?)?)?"
            + "(?:\\s*,\\s*\\d+(?:\\s*ob\\.?)?(?:\\s*[–—-]\\s*\\d+(?:\\s*ob\\.?)?)?(?=\\s*(?:[,;.]|$)))*)");
    private static final Pattern ARCH_F = Pattern.compile(
            "(?<![\\p{L}])(?:f\\.|fond)\\s*(?:[A-ZР]-?)?\\d");
    private static final Pattern ARCH_ORG = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\-]*\\p{Lu}[\\p{L}\\-]*(?:\\s\\p{Lu}{1,3})?)\\s*,?\\s*$");

    // ------------------------------------------------------------------ titles
    private static final Pattern QUOTED = Pattern.compile(
            "“([^”“]+)”|\"([^\"]+)\"|„([^“”]+)[“”]|«\\s*([^»]+?)\\s*»|‘(.+?)’(?=[\\s,.;:)]|$)");
    private static final Pattern PAREN_STOP = Pattern.compile(
            "[(\\[]\\s*(?:[^()\\[\\]]*?(?:" + YEAR + "|n\\.\\s?d\\.)[^()\\[\\]]*|eds?\\.|Hrsg\\.|trans\\.|[^()\\[\\]]*:[^()\\[\\]]*"
            + "|[^()\\[\\]]*(?:[Ee]dition|ed\\.|Aufl\\.?|Auflage))[)\\]]");
    private static final Pattern TITLE_STOP = Pattern.compile(
            "(?:\\d|[(\\[]"
            + "|(?:pp?\\.|S\\.|[Vv]ols?\\.|[Vv]ol\\b|Bd\\.|Jg\\.|[Nn]o\\.|[Cc]h(?:ap)?\\.|[Cc]hap\\b|[Cc]hapter\\b|[Ss]ection\\b"
            + "|[Ff]ol\\.|[Ee]ds?\\.|[Ee]dited\\b|[Tt]r(?:ansl?)?\\.|[Tt]ranslated\\b|[Hh]rsg\\.|[Hh]g\\.|[Hh]erausgegeben\\b"
            + "|[Ii]n\\s|[Aa]vailable\\b|[Aa]ccessed\\b|[Rr]etrieved\\b|doi\\b|DOI\\b|https?:|www\\.|[Ww]ith\\s+(?:an?\\s+)?"
            + "(?:contributions|introduction|preface|notes|foreword)|[Rr]eprint|[Rr]epr\\.|[Oo]pening\\b"
            + "|[Ee]pilogue\\b|[Pp]rologue\\b|[Pp]assim\\b|[Ss]ee\\b|[Ee]ditors?\\b|[Ee]ditor\\b|[Ii]bid)"
            + "|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Revised|Rev\\.|New|Enlarged|\\d+(?:st|nd|rd|th))\\s+"
            + "(?:[Ee]d(?:ition|n)?\\b|Auflage)"
            + "|" + PLACE + "(?:\\s*:\\s*(?:\\p{Lu}|de\\s|d'|van\\s)"   // one place, tried once, for three ends
            + "|\\s+(?:and|&)\\s+" + PLACE + "\\s*:\\s*\\p{Lu}[^:;()]{0,80}?[,\\s(]+" + YEAR + "\\b"
            + "|[.,]?\\s+\\(?\\s*" + YEAR + "\\b)"
            + "|" + MONTH + "\\.?\\s+\\d"
            + ")");   // or a publisher's name: {@link Run#titleStopAt} tries PUBKW_CHUNK too
    private static final Pattern SPACE_STOP = Pattern.compile(
            "\\s+\\d+\\s*(?:\\(\\d|:\\s*\\d|,\\s*(?:no\\.|[Nn]o\\b|[Ii]ssue|Heft|pp?\\.)|\\(\\s*" + YEAR + "\\s*\\))");
    private static final Pattern COLON_NUM = Pattern.compile(":\\s*\\d");
    private static final Pattern AFTER_AUTHOR = Pattern.compile(
            "\\s*(?:[,.:(]|$|[“\"‘„«])|(?<=\\.)\\s+(?=\\p{Lu})");
    private static final Pattern JOURNAL_NEXT = Pattern.compile(
            "\\s*[,.]?\\s*(?:(?:[Vv]ol\\.?|Bd\\.|Jg\\.)\\s*\\d|\\d+\\s*(?:[,.:(;]|$|no\\.|\\s+\\()|\\(" + YEAR + "\\)"
            + "|[Nn]o\\.\\s*\\d|" + MONTH + "\\.?\\s+\\d|\\d{1,2}\\s+" + MONTH + "|Series\\b|[Ss]er\\.|n\\.s\\.)");
    private static final Pattern JOURNAL_VOL = Pattern.compile(
            "\\s*[,.]?\\s*(?:(?:[Vv]ol\\.?|Bd\\.|Jg\\.)\\s*\\d|\\d+\\s*(?:[,.:(;]|no\\.|\\s+\\()|[Nn]o\\.\\s*\\d|Series\\b|[Ss]er\\.)");
    private static final Pattern IN_CONTAINER = Pattern.compile("[\\s,.:]*(?:In|in|Dans|dans)[:]?\\s+");

    // ------------------------------------------------------------------ publication part
    private static final String DATEPAT =
            "(?:(\\d{1,2})\\.?\\s+(" + MONTH + ")\\.?,?\\s+(" + YEAR + ")|(" + MONTH + ")\\.?\\s+(\\d{1,2}),?\\s+("
            + YEAR + ")|(" + MONTH + ")\\.?,?\\s+(" + YEAR + ")|(" + YEAR + "))(?:[a-z]|[–-]\\d{2,4})?(?!\\d)";
    private static final Pattern DATE = Pattern.compile(DATEPAT);
    private static final Pattern DATE_AT_END = Pattern.compile("(?:^|,\\s*|\\s+)(" + DATEPAT + ")\\s*$");
    private static final Pattern PLACE_ONLY = Pattern.compile(PLACE);
    private static final Pattern PLACE_YEAR = Pattern.compile("[,.]?\\s*\\(?" + YEAR + "\\b");
    /** Frequent places of publication: a lone capitalised word before a year is marked pubPlace only if listed. */
    private static final Set<String> CITIES = Set.of(
            "London", "New York", "Paris", "Berlin", "Oxford", "Cambridge", "Moscow", "Moskva", "Leningrad",
            "St. Petersburg", "Sankt-Peterburg", "Petrograd", "Tokyo", "Kyoto", "Leipzig", "Munich", "München",
            "Vienna", "Wien", "Frankfurt", "Hamburg", "Stuttgart", "Göttingen", "Heidelberg", "Tübingen", "Bonn",
            "Zürich", "Zurich", "Basel", "Bern", "Rome", "Roma", "Milan", "Milano", "Florence", "Firenze",
            "Venice", "Venezia", "Madrid", "Barcelona", "Lisbon", "Amsterdam", "Leiden", "Brussels", "Bruxelles",
            "Warsaw", "Warszawa", "Kraków", "Prague", "Praha", "Budapest", "Kiev", "Kyiv", "Tbilisi", "Baku",
            "Yerevan", "Istanbul", "Ankara", "Beijing", "Shanghai", "Seoul", "Delhi", "New Delhi", "Chicago",
            "Boston", "Philadelphia", "Princeton", "New Haven", "Berkeley", "Stanford", "Baltimore", "Washington",
            "Toronto", "Montreal", "Edinburgh", "Glasgow", "Dublin", "Manchester", "Stockholm", "Oslo",
            "Copenhagen", "København", "Helsinki", "Reykjavík", "Athens", "Wittenberg", "Lyon", "Geneva",
            "Genève", "Ithaca", "Bloomington", "Columbus", "Austin", "Los Angeles", "San Francisco", "Sydney",
            "Melbourne", "Harbin", "Dairen", "Osaka", "Jerusalem", "Tel Aviv", "Cairo", "Tehran");
    /** A publisher's name: a capital, then up to 60 characters and a publisher's word ("Oxford University Press"). */
    private static final Pattern PUBKW_CHUNK = Pattern.compile(
            "\\p{Lu}[^.,;:()]{0,60}?\\b" + PUBKW + "(?=[\\s.,;(]|$)");
    /** What each of {@link #PUBKW_WORDS} begins with, in letters ("Publishers?" → "Publisher"). */
    private static final List<String> PUBKW_STARTS = PUBKW_WORDS.stream().map(CitationParser::literalStart).toList();

    /** The letters a pattern of {@link #PUBKW_WORDS} must begin with: up to its first class, group or optional character. */
    private static String literalStart(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean optional = i + 1 < pattern.length() && "?*".indexOf(pattern.charAt(i + 1)) >= 0;
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '.') {
                if (i + 2 < pattern.length() && "?*".indexOf(pattern.charAt(i + 2)) >= 0) break;
                b.append('.');
                i++;
            } else if (c == '\\' || "[(|+{?*".indexOf(c) >= 0 || optional) {
                break;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
    /** The publisher's word that {@link #PUBKW_CHUNK} ends with. */
    private static final Pattern PUBKW_WORD = Pattern.compile("\\b" + PUBKW + "(?=[\\s.,;(]|$)");
    private static final Pattern PLACE_PUB = Pattern.compile(
            "(" + PLACE + "(?:\\s+(?:and|&)\\s+" + PLACE + ")?)\\s*:\\s*((?:de\\s|d'|van\\s|von\\s|\\p{Lu})[^;:()]*?)"
            + "(?=(?:,\\s*|\\s+|\\.\\s*|\\s*\\()\\(?\\s*(?:" + DATEPAT + ")|\\s*[.;,]?\\s*$|(?<![.\\s]\\p{Lu})\\s*[.;]\\s)");
    private static final Pattern EDITION = Pattern.compile(
            "(?:\\d+(?:st|nd|rd|th|\\.)?,?\\s*(?:(?:\\p{Ll}+\\s+){0,4})(?:ed\\.|edn\\.?|edition|Aufl\\.|Auflage|éd\\.|édition)"
            + "|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Revised|Rev\\.|New|Enlarged|Expanded)\\s+(?:[Ee]d\\.|[Ee]dn\\.?|[Ee]dition))");
    private static final Pattern VOLUME = Pattern.compile(
            "(?:[Vv]ols?\\.?|Bd\\.|Band|Jg\\.|[Tt]\\.|[Tt]om)\\s*(\\d+|[IVXLC]+\\b)");
    private static final Pattern ISSUE = Pattern.compile(
            "(?:[Nn]o\\.|[Nn]os\\.|[Nn]r\\.|n°|[Ii]ssue|Heft|H\\.|[Nn]o\\b)\\s*(\\d+(?:\\s*[–/-]\\s*\\d+)?)");
    private static final String PAGENUM = "[0-9]+[a-z]?(?:\\s*[–—-]\\s*[0-9]+[a-z]?)?(?:\\s*f{1,2}\\.)?";
    private static final Pattern PAGES = Pattern.compile(
            "(?:pp?\\.|S\\.|Seite|pages?|at|fol\\.|ff\\.)\\s*(" + PAGENUM + "(?:\\s*,\\s*" + PAGENUM
            + "(?=\\s*(?:[,;.)]|$)))*)(?=\\s*(?:[,;.)(]|$)|\\s+\\p{Ll})");
    private static final Pattern BARE_NUM = Pattern.compile(
            "(" + PAGENUM + ")(?=\\s*(?:[,;)]|\\.\\s|\\.?\\s*$|\\s\\())");
    private static final Pattern VOL_ISSUE = Pattern.compile(
            "(\\d+)(?:\\s*[:.]\\s*(\\d+)(?!\\d)|\\s*\\((\\d+(?:[–/-]\\d+)?)\\))?(?=[\\s,.:;(]|$)");
    private static final Pattern CHAPTER = Pattern.compile(
            "(?:[Cc]hapter|[Cc]hap\\.?|[Cc]h\\.)\\s*(\\d+|[IVXLC]+\\b)");
    private static final Pattern DOI = Pattern.compile(
            "(?:doi:\\s*|DOI:?\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+?)(?=[.,;)]?(?:\\s|$))");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+?(?=[.,;)]?(?:\\s|$))");
    private static final Pattern SEPS = Pattern.compile("[\\s,.;:]+");
    private static final Pattern TOKEN = Pattern.compile("[^\\s,;:()\\[\\]]+|.");
    private static final Pattern NUMERIC = Pattern.compile("[\\d\\s,.;:–—-]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’\\-]+");

    /**
     * What the patterns tried at (nearly) every position of the publication part, and after each
     * comma or full stop of a title, can start with:
     * {@link Run#at} tries them nowhere else, as most positions start none of them.
     */
    private static final Map<Pattern, IntPredicate> STARTS = Map.ofEntries(
            Map.entry(VOL_ISSUE, CitationParser::isDigit),
            Map.entry(DOI, c -> "dDh1".indexOf(c) >= 0),
            Map.entry(URL, c -> c == 'h' || c == 'w'),
            Map.entry(EDITION, c -> isDigit(c) || "FSTRNE".indexOf(c) >= 0),
            Map.entry(PLACE_PUB, CitationParser::isUpper),
            Map.entry(VOLUME, c -> "VvBJTt".indexOf(c) >= 0),
            Map.entry(ISSUE, c -> "NnIiH".indexOf(c) >= 0),
            Map.entry(PAGES, c -> "pSaf".indexOf(c) >= 0),
            Map.entry(CHAPTER, c -> c == 'C' || c == 'c'),
            Map.entry(DATE, c -> isDigit(c) || "JFMASOND".indexOf(c) >= 0),
            Map.entry(BARE_NUM, CitationParser::isDigit),
            Map.entry(PUBKW_CHUNK, CitationParser::isUpper),
            Map.entry(PLACE_ONLY, CitationParser::isUpper),
            Map.entry(TITLE_STOP, c -> isDigit(c) || c == '(' || c == '[' || isUpper(c) || "pvncsfethiardwo".indexOf(c) >= 0));

    /** {@code [0-9]}, the regular expressions' {@code \d}. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [ \t\n\x0B\f\r]}, the regular expressions' {@code \s}. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code \p{Lu}}. */
    private static boolean isUpper(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static final Map<String, String> MONTHS = new HashMap<>();
    static {
        String[][] m = {{"jan", "01"}, {"feb", "02"}, {"mar", "03"}, {"mär", "03"}, {"apr", "04"}, {"may", "05"},
            {"mai", "05"}, {"jun", "06"}, {"jul", "07"}, {"aug", "08"}, {"sep", "09"}, {"oct", "10"},
            {"okt", "10"}, {"nov", "11"}, {"dec", "12"}, {"dez", "12"}};
        for (String[] p : m) MONTHS.put(p[0], p[1]);
    }

    private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    /** Creates a parser. Cheap; instances are immutable, thread-safe and reusable. */
    // patterns used at one place each, compiled once
    /** An archive's or library's name: words around one that says what it is ("The National Archives", "Bundesarchiv Berlin"). */
    private static final String ARCHIVE_NAME = "(?:The\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}"
            + "(?:Archives?|[\\p{L}]*[Aa]rchiv|Library|[\\p{L}]*[Bb]ibliothek|Bibliothèque|Biblioteca|Record\\s+Office|Archivio|Archivo|Archief)"
            + "(?:\\s+(?:of|de|des|du|di|für|der)?\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /** "British Library, Add. MS 12345, fol. 3r", "The National Archives, Kew (TNA), PRO 30/22/4": the holder (its place, its acronym), the shelfmark, the leaf or page. */
    private static final Pattern ARCHIVE = Pattern.compile(
            "\\s*(?<org>" + ARCHIVE_NAME + ")(?:\\s*,\\s*(?<place>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?=\\s*[,(]))?"
            + "(?:\\s*\\(\\p{Lu}{2,8}\\))?\\s*,\\s*"
            + "(?<mark>(?:[\\p{Lu}][\\p{L}.]*\\s*){0,3}\\d[\\w./-]*(?:\\s+(?:[\\dIVXLC]+[\\w./-]*|[a-z]{1,3}\\.?))*?"
            + "(?:\\s*,\\s*\\d+(?:/[\\w.-]+)+)?)"   // a file's number after the series: "A1838, 3103/10/1"
            + "(?:\\s*,\\s*(?<cue>fols?|fos|ff?|Bl|pp?|S)\\.?\\s*(?<n>\\d+[rv]?(?:\\s*[–-]\\s*\\d+[rv]?)?))?\\s*[.;]?\\s*");
    /**
     * An archive or library named by its acronym, as notes name it after the first time: "TNA, SP
     * 12/45/67, fol. 3", "BL, Add. MS 4567, fol. 3v", "BArch, R 43 II/1234, Bl. 5" — the shelfmark
     * holds a slash or "MS", or a leaf is cited.
     */
    private static final Pattern ARCHIVE_BY_ACRONYM = Pattern.compile(
            "\\s*(?<org>\\p{Lu}\\p{Ll}{0,3}\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}(?:\\s+\\p{Lu}{1,3})?)\\s*,\\s*(?<place>)"
            + "(?<mark>(?:[\\p{Lu}][\\p{L}.]*\\s*){0,3}\\d[\\w./-]*(?:\\s+(?:[\\dIVXLC]+[\\w./-]*|[a-z]{1,3}\\.?))*?)"
            + "(?:\\s*,\\s*(?<cue>fols?|fos|ff?|Bl)\\.?\\s*(?<n>\\d+[rv]?(?:\\s*[–-]\\s*\\d+[rv]?)?))?\\s*[.;]?\\s*");

    private static final Pattern INLINE_1 = Pattern.compile("\\s*(?:(?<=\\.)\\s+(?=[“\"‘„«\\p{Lu}])|,\\s*(?=[“\"‘„«'\\p{Lu}])|\\.\\s+(?=[“\"‘„«\\p{Lu}])|:\\s+(?=\\p{Lu})|\\s*\\()");
    private static final Pattern INLINE_2 = Pattern.compile("\\s+");
    private static final Pattern INLINE_3 = Pattern.compile("\\s*[.,]");
    private static final Pattern INLINE_4 = Pattern.compile("[^.]*?\\beds?\\.");
    private static final Pattern INLINE_5 = Pattern.compile("\\p{Lu}[^.,;:()]{0,40}?(?:[.,]\\s*|\\s+)\\(?" + YEAR + "\\)?(?!\\d)");
    private static final Pattern INLINE_6 = Pattern.compile("\\s*,|\\s*$");
    private static final Pattern INLINE_7 = Pattern.compile("\\s*,\\s*(?=\\p{Lu}|[“\"])");
    private static final Pattern INLINE_8 = Pattern.compile("\\s*[,.]?\\s*\\d+\\s*[,.]?\\s*$");
    private static final Pattern INLINE_9 = Pattern.compile("\\d{4}(?:[a-z]|[–-]\\d{2,4})?(?=[\\s,.;:)]|$)");
    private static final Pattern INLINE_10 = Pattern.compile("\\s*" + PLACE + "\\s*:");

    private final boolean tagger;

    /** The parser Colophon uses: segments and cross-references by rules, fields by the learned tagger. */
    public CitationParser() {
        this(true);
    }

    private CitationParser(boolean tagger) {
        this.tagger = tagger;
    }

    /** The hand-written rules alone, without the tagger (for tests of the rules and for comparison). */
    static CitationParser rulesOnly() {
        return new CitationParser(false);
    }

    /**
     * Parses the reading text of one note.
     *
     * @return spans sorted by start, then longer first; properly nested; empty if no citation, or
     *     if the text defeats the rules (the parser never throws)
     */
    public List<Span> parse(String noteText) {
        if (noteText == null || noteText.isBlank()) return List.of();
        try {
            return parseOrFail(noteText);
        } catch (RuntimeException e) {
            return List.of();   // a note the rules cannot read stays plain text, never lost and never fatal
        }
    }


    /**
     * {@code -Dcolophon.citations.strict=true}: the rules' reading lets a failure through instead of
     * leaving the note without its rules' fields (for fuzzing and tests; never set in use).
     */
    static final boolean STRICT = Boolean.getBoolean("colophon.citations.strict");

    private List<Span> parseOrFail(String noteText) {
        if (!tagger) return byRules(noteText);
        Reading rules = read(noteText);
        return rules.segments == null ? parse(noteText, rules.spans) : tag(noteText, rules);
    }

    /**
     * The hand-written rules' reading of a note. The tagger weighs it as one observation among
     * many (a token the rules call a title is likely one), so the two readers' strengths combine.
     */
    static List<Span> byRules(String noteText) {
        return read(noteText).spans;
    }

    /**
     * The rules' spans, and what the rules found of each segment (where its citation starts, or
     * that it is an ibid or an archival reference), so that the tagger's pass need not find it again;
     * {@code segments} is null where the note was read as an author-date reference list entry.
     */
    private record Reading(List<Span> spans, List<Segment> segments) {
    }

    /** A segment as the rules' pass left it: its bounds, the citation's start, the archival spans it emitted. */
    private record Segment(int start, int end, int citation, List<Span> archival) {
    }

    private static Reading read(String noteText) {
        try {
            List<Span> authorDate = AuthorDate.parse(noteText);
            if (authorDate != null && authorDate.stream().anyMatch(sp -> sp.element().equals("title") || sp.element().equals("citedRange"))) {
                List<Span> sorted = new ArrayList<>(authorDate);
                sorted.sort(ORDER);
                return new Reading(List.copyOf(sorted), null);
            }
            List<Span> out = new ArrayList<>();
            List<Segment> segs = new ArrayList<>();
            for (int[] seg : segments(noteText)) {
                Run run = new Run(noteText, seg[0], seg[1], out, null);
                int before = out.size();
                run.parseSegment();
                List<Span> archival = run.wasArchival ? List.copyOf(out.subList(before, out.size())) : null;
                segs.add(new Segment(run.segStart, run.segEnd, run.citationStart, archival));
            }
            relabelArchivalUnits(noteText, out);
            out.sort(ORDER);
            return new Reading(List.copyOf(out), segs);
        } catch (RuntimeException e) {
            if (STRICT) throw e;
            return new Reading(List.of(), null);
        }
    }

    /** The tagger's pass over the segments the rules' pass found. */
    private static List<Span> tag(String noteText, Reading rules) {
        List<Span> out = new ArrayList<>();
        for (Segment seg : rules.segments) {
            if (seg.archival != null) {
                out.addAll(seg.archival);
            } else if (seg.citation >= 0) {
                new Run(noteText, seg.start, seg.end, out, rules.spans).tag(seg.citation);
            }
        }
        relabelArchivalUnits(noteText, out);
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** Segments, lead-ins, ibid and archival references by rules; fields by the tagger when {@code hints} is given. */
    private static List<Span> parse(String noteText, List<Span> hints) {
        List<Span> out = new ArrayList<>();
        for (int[] seg : segments(noteText)) {
            new Run(noteText, seg[0], seg[1], out, hints).parseSegment();
        }
        relabelArchivalUnits(noteText, out);
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static final Pattern ARCHIVAL_UNIT_BEFORE = Pattern.compile("(?:^|[\\s,;(])(f|op|d|ll?|spr|ark)\\.\\s*$");

    /**
     * A number after "f.", "op.", "d." or "l." is a fond, opis, delo or list, whatever the
     * parser first took it for (an archival reference may follow a document title instead of
     * an archive's acronym). The bibl holding them becomes archival.
     */
    private static void relabelArchivalUnits(String t, List<Span> out) {
        int relabelled = 0;
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            if (!s.element().equals("citedRange") && !s.element().equals("biblScope")) continue;
            if (!List.of("page", "volume", "issue").contains(s.attributes().get("unit"))) continue;
            Matcher m = ARCHIVAL_UNIT_BEFORE.matcher(t.substring(Math.max(0, s.start() - 8), s.start()));
            if (!m.find()) continue;
            String unit = switch (m.group(1)) {
                case "f" -> "fond";
                case "op" -> "opis";
                case "d" -> "delo";
                case "spr" -> "delo";
                case "ark" -> "list";
                default -> "list";
            };
            out.set(i, new Span(s.start(), s.end(), "citedRange", Map.of("unit", unit)));
            relabelled++;
        }
        if (relabelled >= 2) {
            for (int i = 0; i < out.size(); i++) {
                Span s = out.get(i);
                if (s.element().equals("bibl") && !s.attributes().containsKey("type")) {
                    boolean holds = false;
                    for (Span u : out) {
                        holds |= u.element().equals("citedRange") && u.start() >= s.start() && u.end() <= s.end()
                                && List.of("fond", "opis", "delo", "list").contains(u.attributes().get("unit"));
                    }
                    if (holds) out.set(i, new Span(s.start(), s.end(), "bibl", Map.of("type", "archival")));
                }
            }
        }
    }

    // ------------------------------------------------------------------ segmentation
    /** "2001;95(3):233-41": in Vancouver style the semicolon parts the year from the volume, not two citations. */
    private static final Pattern VANCOUVER_VOLUME = Pattern.compile("\\s?\\d+[A-Za-z]?(?:\\s?\\([^()]{1,12}\\))?\\s?:\\s?[A-Za-z]?\\d");

    private static List<int[]> segments(String t) {
        int n = t.length();
        boolean[] top = new boolean[n];
        int depth = 0;
        boolean inQuote = false;
        boolean german = false;   // „…“: the German pair closes with the English opening mark
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == '„') {
                inQuote = true;
                german = true;
            } else if (c == '“') {
                inQuote = !german;
                german = false;
            } else if (c == '”') {
                inQuote = false;
                german = false;
            }
            top[i] = depth == 0 && !inQuote;
        }
        List<int[]> cuts = new ArrayList<>(); // [segEnd, nextStart]
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) == ';' && top[i] && !VANCOUVER_VOLUME.matcher(t).region(i + 1, n).lookingAt()) {
                cuts.add(new int[] {i, i + 1});
            }
        }
        if (mentionsConnector(t)) {
            Matcher m = CONNECTOR.matcher(t);
            while (m.find()) {
                if (top[m.start()]) cuts.add(new int[] {m.start(), m.end()});
            }
        }
        if (t.indexOf(" v. ") >= 0 || t.indexOf(" v ") >= 0) {
            Matcher m = CASE_HISTORY.matcher(t);
            while (m.find()) {
                // "with" only after "Compare": "Compare A, with B"
                if (m.group().contains("with") && !COMPARE.matcher(t).find()) continue;
                if (top[m.start()]) cuts.add(new int[] {m.start(), m.end()});
            }
        }
        // tried only at a full stop after a digit or a bracket, with a space after it
        Matcher sentence = null;
        for (int i = t.indexOf('.', 1); i >= 0 && i + 1 < n; i = t.indexOf('.', i + 1)) {
            char b = t.charAt(i - 1);
            if (!(isDigit(b) || b == ')' || b == ']') || !isSpace(t.charAt(i + 1)) || !top[i]) continue;
            if (sentence == null) sentence = SENTENCE_THEN_SIGNAL.matcher(t).useTransparentBounds(true);
            if (sentence.region(i, n).lookingAt()) cuts.add(new int[] {i + 1, sentence.end()});
        }
        for (String word : CITATIONS_JOINED_BY) {
            for (int w = t.indexOf(word); w >= 0; w = t.indexOf(word, w + 1)) {
                // the connector after the page cited: a digit, or "f." / "ff.", before it (and maybe a comma)
                int b = w;
                if (b > 0 && t.charAt(b - 1) == ',') b--;
                while (b > 0 && t.charAt(b - 1) == ' ') b--;
                if (b == 0 || !Character.isDigit(t.charAt(b - 1)) && !(t.charAt(b - 1) == '.' && b >= 2 && t.charAt(b - 2) == 'f')) continue;
                Matcher m = PINPOINT_AND_NAME.matcher(t).region(b, n);
                if (m.lookingAt() && top[b]) cuts.add(new int[] {b, m.end()});
            }
        }
        cuts.sort(Comparator.comparingInt(a -> a[0]));
        List<int[]> segs = new ArrayList<>();
        int s = 0;
        for (int[] c : cuts) {
            if (c[0] < s) continue;
            segs.add(new int[] {s, c[0]});
            s = c[1];
        }
        segs.add(new int[] {s, n});
        return segs;
    }

    /** Whether the note holds a word {@code CONNECTOR} needs ("quoted", "cited", "reproduced", "reprinted"; few notes do). */
    private static boolean mentionsConnector(String t) {
        return t.contains("quoted") || t.contains("cited") || t.contains("reproduced") || t.contains("reprinted");
    }

    private static boolean isYear(String s) {
        if (s.length() != 4) return false;
        for (int i = 0; i < 4; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        int y = Integer.parseInt(s);
        return y >= 1400 && y <= 2099;
    }

    private static String iso(Matcher m, int base) {
        // groups: base+1 day, +2 month, +3 year | +4 month, +5 day, +6 year | +7 month, +8 year | +9 year
        if (m.group(base + 3) != null) return ymd(m.group(base + 3), m.group(base + 2), m.group(base + 1));
        if (m.group(base + 6) != null) return ymd(m.group(base + 6), m.group(base + 4), m.group(base + 5));
        if (m.group(base + 8) != null) return ymd(m.group(base + 8), m.group(base + 7), null);
        return m.group(base + 9);
    }

    private static String ymd(String y, String month, String day) {
        String mm = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        if (mm == null) return y;
        if (day == null) return y + "-" + mm;
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) return y + "-" + mm;
        return y + "-" + mm + "-" + (d < 10 ? "0" : "") + d;
    }

    /** Names found at a position. */
    private static final class Names {
        final List<int[]> names = new ArrayList<>();
        int end;
        String role; // null = authors, "editor", "translator", "contributor"
    }

    /** One segment's parse state. */
    private static final class Run {
        final String t;
        final int segStart;
        final int segEnd;
        final List<Span> out;
        final List<Span> kids = new ArrayList<>();
        boolean hasAuthor;
        boolean hasTitle;
        boolean titleQuoted;
        boolean article;
        boolean journal;
        boolean hasDate;
        boolean evidence;
        boolean hasPageRangeScope;
        boolean hasMono;
        int lastEnd;

        final List<Span> hints;

        Run(String t, int s, int e, List<Span> out, List<Span> hints) {
            this.t = t;
            this.out = out;
            this.hints = hints;
            while (s < e && Character.isWhitespace(t.charAt(s))) s++;
            while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == ',')) e--;
            this.segStart = s;
            this.segEnd = e;
        }

        // matchers that found nothing are kept for the next try of their pattern; a matcher that
        // matched is handed to the caller and never reused (nor changed: callers only read it)
        private final java.util.IdentityHashMap<Pattern, Matcher> spare = new java.util.IdentityHashMap<>();

        /**
         * The outcome of each name pattern at each position of the segment tried so far (a matcher,
         * or {@link #NO_MATCH}): names are sought again where they were sought before (findStart and
         * citation try one start, names and citation check the inverted form again).
         */
        private final java.util.IdentityHashMap<Pattern, Object[]> namesTried = new java.util.IdentityHashMap<>();
        private static final Object NO_MATCH = new Object();

        /** The match of {@code p} from {@code pos} to at most the segment's end, or null. */
        Matcher at(Pattern p, int pos) {
            if (!NAME_PATTERNS.contains(p)) {
                IntPredicate start = STARTS.get(p);
                if (start != null && pos < segEnd && !start.test(t.codePointAt(pos))) return null;
                if (p == PUBKW_CHUNK && !publisherWordNear(pos)) return null;
                if (p == PLACE_PUB && !colonAfterAPlace(pos)) return null;
                return lookingAt(p, pos);
            }
            if (pos < segEnd && !mayBeName(p, pos)) return null;
            if (pos < segStart || pos > segEnd) return lookingAt(p, pos);
            Object[] tried = namesTried.computeIfAbsent(p, k -> new Object[segEnd - segStart + 1]);
            Object o = tried[pos - segStart];
            if (o == null) {
                Matcher m = lookingAt(p, pos);
                tried[pos - segStart] = o = m == null ? NO_MATCH : m;
            }
            return o == NO_MATCH ? null : (Matcher) o;
        }

        /** Where a title ends: a locator, an imprint, a role, a date or a publisher's name starts at {@code q}. */
        boolean titleStopAt(int q) {
            return at(TITLE_STOP, q) != null || at(PUBKW_CHUNK, q) != null;
        }

        /**
         * False where {@link #PLACE_PUB} cannot match from {@code pos}: its places hold letters, marks,
         * apostrophes, hyphens, full stops, commas, spaces and "&" only, and a colon follows them.
         */
        private boolean colonAfterAPlace(int pos) {
            for (int i = pos; i < segEnd; ) {
                int c = t.codePointAt(i);
                if (c == ':') return true;
                if (!isNameChar(c) && !isSpace(c) && c != '.' && c != ',' && c != '&') return false;
                i += Character.charCount(c);
            }
            return false;
        }

        /**
         * Where in the segment a publisher's word starts: each of {@link #PUBKW_WORD}'s words begins
         * with one of {@link #PUBKW_STARTS}, so it is tried only where one of these stands.
         */
        private int[] publisherWords() {
            int[] found = new int[4];
            int n = 0;
            Matcher m = null;
            for (String start : PUBKW_STARTS) {
                for (int k = t.indexOf(start, segStart); k >= 0 && k < segEnd; k = t.indexOf(start, k + 1)) {
                    if (m == null) m = PUBKW_WORD.matcher(t).useTransparentBounds(true);
                    if (!m.region(k, segEnd).lookingAt()) continue;
                    if (n == found.length) found = Arrays.copyOf(found, 2 * n);
                    found[n++] = k;
                }
            }
            found = Arrays.copyOf(found, n);
            Arrays.sort(found);
            return found;
        }

        /** Where in the segment a publisher's word ({@link #PUBKW_WORD}) starts, found once a segment; null until asked. */
        private int[] publisherWords;

        /**
         * False where {@link #PUBKW_CHUNK} cannot match from {@code pos}: no publisher's word starts
         * within the 61 characters after it with none of {@code .,;:()} between.
         */
        private boolean publisherWordNear(int pos) {
            if (pos < segStart || pos >= segEnd) return true;
            if (publisherWords == null) publisherWords = publisherWords();
            for (int k : publisherWords) {
                if (k <= pos) continue;
                if (k > pos + 61) return false;
                for (int i = pos + 1; i < k; i++) if (".,;:()".indexOf(t.charAt(i)) >= 0) return false;
                return true;
            }
            return false;
        }

        /**
         * False where the name pattern {@code p} cannot match from {@code pos < segEnd}, by what it
         * needs at least: a letter first; a comma right after the surname (inverted: every character
         * of a surname is a letter, mark, apostrophe, hyphen, full stop or space, and a comma is none
         * of these); a full stop or a space between two of the words (direct: two or more words).
         */
        private boolean mayBeName(Pattern p, int pos) {
            if (!Character.isLetter(t.codePointAt(pos))) return false;
            if (p == SINGLE) return true;
            boolean gap = false;
            int e = pos;
            while (e < segEnd) {
                int c = t.codePointAt(e);
                boolean space = isSpace(c);
                if (!space && c != '.' && !isNameChar(c)) break;
                gap |= space || c == '.';
                e += Character.charCount(c);
            }
            return p == DIRECT ? gap : e < segEnd && t.charAt(e) == ',';
        }

        /** A letter, a mark, an apostrophe or a hyphen ({@code [\p{L}\p{M}'’-]}). */
        private static boolean isNameChar(int c) {
            if (Character.isLetter(c) || c == '\'' || c == '’' || c == '-') return true;
            int type = Character.getType(c);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        private Matcher lookingAt(Pattern p, int pos) {
            Matcher m = spare.remove(p);
            if (m == null) {
                m = p.matcher(t);
                m.useTransparentBounds(true);
            }
            m.region(pos, segEnd);
            if (m.lookingAt()) return m;
            spare.put(p, m);
            return null;
        }

        void add(int s, int e, String el, String... kv) {
            // trim whitespace and edge punctuation that never belongs to a field
            while (s < e && Character.isWhitespace(t.charAt(s))) s++;
            while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || ",;:".indexOf(t.charAt(e - 1)) >= 0)) e--;
            if (e <= s) return;
            Map<String, String> a = new HashMap<>();
            for (int i = 0; i + 1 < kv.length; i += 2) a.put(kv[i], kv[i + 1]);
            kids.add(new Span(s, e, el, a));
            lastEnd = Math.max(lastEnd, e);
        }

        /** Where the rules' pass found the segment's citation to start; -1 for none (empty, ibid, archival). */
        int citationStart = -1;
        /** Whether the segment was read as an archival reference. */
        boolean wasArchival;

        void parseSegment() {
            if (segEnd <= segStart) return;
            Matcher ibid = at(IBID, segStart);
            if (ibid != null && !sameAuthorThenAWork(ibid)) return;
            if (archival()) {
                wasArchival = true;
                return;
            }
            int start = findStart();
            if (start >= segEnd) return;
            citationStart = start;
            if (hints == null) {
                citation(start);
                return;
            }
            tag(start);
        }

        /**
         * "Idem, The Wealth of Nations (London, 1776)": "Idem" or "Id." before a comma and a capitalised
         * word is the author of the note before, and a work follows; not "Id. at 5", "Idem, p. 4".
         */
        private boolean sameAuthorThenAWork(Matcher ibid) {
            String word = ibid.group();
            if (!word.equals("Idem") && !word.equals("Id.")) return false;
            Matcher m = SAME_AUTHOR_WORK.matcher(t).region(ibid.end(), segEnd);
            return m.lookingAt() && !LOCATOR_WORD.matcher(m.group(1)).matches();
        }

        /**
         * The tagger's reading (it weighs the rules' as one observation), with the fields of the
         * rules' reading that fall where it left words outside every field ("(Tokyo: Fuyō shobō,
         * 1974)": the publisher); the rules' alone where the tagger finds no citation. Preferring
         * the rules where they covered >= 90 % of the words lost fields on every evaluation set
         * once the tagger learnt from generated footnotes.
         */
        void tag(int start) {
            List<Span> byRules = new ArrayList<>();
            for (Span h : hints) if (h.start() >= start && h.end() <= segEnd) byRules.add(h);
            List<Span> tagged = FieldTagger.spans(t, start, segEnd, hints);
            if (!tagged.isEmpty()) {
                out.addAll(archivalUnits(withGapsFilled(tagged, byRules)));
                return;
            }
            out.addAll(byRules);
        }

        /** The tagger's spans, and each rules' field inside its citation that overlaps none of its fields. */
        private List<Span> withGapsFilled(List<Span> tagged, List<Span> byRules) {
            Span bibl = null;
            for (Span sp : tagged) if (sp.element().equals("bibl")) bibl = sp;
            if (bibl == null) return tagged;
            List<Span> out = new ArrayList<>(tagged);
            for (Span r : byRules) {
                if (r.element().equals("bibl") || r.start() < bibl.start() || r.end() > bibl.end()) continue;
                // a title of fewer than three letters is a cue the rules misread ("S. 231", "p. 5")
                if (r.element().equals("title") && FieldTagger.letters(t, r.start(), r.end()) < 3) continue;
                boolean free = !FieldRules.inAReprint(t, bibl.start(), bibl.end(), r.start());   // "(ND Graz 1954)": the note's words
                for (Span sp : tagged) {
                    if (!free) break;
                    if (!sp.element().equals("bibl") && sp.start() < r.end() && r.start() < sp.end()) free = false;
                }
                if (free) out.add(r);
            }
            return out;
        }

        /** Share of the words and numbers from {@code from} to the segment's end inside a field. */
        double cover(List<Span> spans, int from) {
            int words = 0;
            int inside = 0;
            for (CiteToken tok : CiteToken.of(t, from, segEnd)) {
                if (!tok.isWord() && !tok.isNumber()) continue;
                words++;
                for (Span sp : spans) {
                    if (!sp.element().equals("bibl") && sp.start() <= tok.start() && sp.end() >= tok.end()) {
                        inside++;
                        break;
                    }
                }
            }
            return words == 0 ? 0 : (double) inside / words;
        }

        /** "f. 3, op. 2, d. 17, l. 45" after a title: the units are fond, opis, delo, list, whatever the tagger said. */
        List<Span> archivalUnits(List<Span> tagged) {
            if (!mentionsFond()) return tagged;
            Matcher f = ARCH_F.matcher(t);
            f.region(segStart, segEnd);
            f.useTransparentBounds(true);
            if (tagged.isEmpty() || !f.find()) return tagged;
            List<Span> units = new ArrayList<>();
            int p = f.start();
            while (true) {
                Matcher u = at(ARCH_UNIT, p);
                if (u == null) break;
                units.add(new Span(u.start(2), u.end(2), "citedRange", Map.of("unit", unitName(u.group(1)))));
                p = u.end();
            }
            if (units.size() < 2) return tagged;
            int from = units.get(0).start();
            int to = units.get(units.size() - 1).end();
            List<Span> out = new ArrayList<>();
            for (Span sp : tagged) {
                if (sp.element().equals("bibl")) {
                    out.add(new Span(Math.min(sp.start(), from), Math.max(sp.end(), to), "bibl", Map.of("type", "archival")));
                } else if (sp.end() <= from || sp.start() >= to) {
                    out.add(sp);
                }
            }
            out.addAll(units);
            return out;
        }

        // -------------------------------------------------------------- archival
        /**
         * A document in an archive or library cited by its shelfmark: "British Library, Add. MS 12345,
         * fol. 3r", "The National Archives, Kew, FO 371/12345", "Bundesarchiv Berlin, R 43 II/1234,
         * Bl. 5": the holding institution ({@code orgName}), its shelfmark ({@code idno
         * type="shelfmark"}) and the leaf or page cited.
         */
        private boolean archive() {
            Matcher m = null;
            if (FieldTagger.mayHold(t, segStart, segEnd, "rchiv", "rchie", "ibrar", "ibliot", "Record")) {   // ARCHIVE_NAME needs one
                m = ARCHIVE.matcher(t).region(segStart, segEnd);
                if (!m.matches()) m = null;
            }
            if (m == null) {
                m = ARCHIVE_BY_ACRONYM.matcher(t).region(segStart, segEnd);
                if (!m.matches()) return false;
                String mark = m.group("mark");
                // an acronym is no archive's unless its shelfmark looks like one or a leaf is cited ("BGH, NJW 2005." is a court's)
                if (mark.indexOf('/') < 0 && !mark.contains("MS") && m.group("cue") == null) return false;
            }
            int orgEnd = m.group("place") != null && !m.group("place").isEmpty() ? m.end("place") : m.end("org");
            add(m.start("org"), orgEnd, "orgName");
            int markEnd = m.end("mark");
            if (t.charAt(markEnd - 1) == '.') markEnd--;   // the sentence's full stop, not the shelfmark's
            add(m.start("mark"), markEnd, "idno", "type", "shelfmark");
            int end = markEnd;
            if (m.group("n") != null) {
                String cue = m.group("cue").toLowerCase(Locale.ROOT);
                add(m.start("n"), m.end("n"), "citedRange", "unit", cue.startsWith("p") || cue.startsWith("s") ? "page" : "folio");
                end = m.end("n");
            }
            if (end < segEnd && t.charAt(end) == '.') end++;
            emit(m.start("org"), end, "archival");
            return true;
        }

        /** Whether "f." or "fond" is in the segment, as {@code ARCH_F} needs (few segments hold either). */
        private boolean mentionsFond() {
            int f = t.indexOf("f.", segStart);
            int fond = t.indexOf("fond", segStart);
            return f >= 0 && f + 2 <= segEnd || fond >= 0 && fond + 4 <= segEnd;
        }

        boolean archival() {
            if (archive()) return true;
            if (!mentionsFond()) return false;
            Matcher f = ARCH_F.matcher(t);
            f.region(segStart, segEnd);
            f.useTransparentBounds(true);
            while (f.find()) {
                Matcher org = ARCH_ORG.matcher(t);
                org.region(segStart, f.start());
                org.useTransparentBounds(true);
                if (!org.find()) continue;
                int orgS = org.start(1);
                int orgE = org.end(1);
                List<int[]> units = new ArrayList<>();
                List<String> names = new ArrayList<>();
                int p = orgE;
                while (true) {
                    Matcher u = at(ARCH_UNIT, p);
                    if (u == null) break;
                    units.add(new int[] {u.start(2), u.end(2)});
                    names.add(unitName(u.group(1)));
                    p = u.end();
                }
                if (units.size() < 2 || !"fond".equals(names.get(0))) continue;
                add(orgS, orgE, "orgName");
                for (int i = 0; i < units.size(); i++) {
                    int[] u = units.get(i);
                    add(u[0], u[1], "citedRange", "unit", names.get(i));
                }
                int end = p;
                String rest = t.substring(p, segEnd);
                if (RX_ONLY_CLOSERS.matcher(rest).matches()) end = segEnd;
                emit(orgS, end, "archival");
                return true;
            }
            return false;
        }

        static String unitName(String abbr) {
            String a = abbr.toLowerCase(Locale.ROOT);
            if (a.startsWith("f")) return "fond";
            if (a.startsWith("op")) return "opis";
            if (a.startsWith("d") || a.startsWith("ed") || a.startsWith("spr")) return "delo";
            return "list";
        }

        void emit(int s, int e, String type) {
            List<Span> ok = new ArrayList<>();
            kids.sort(ORDER);
            int prevEnd = s;
            for (Span k : kids) {
                if (k.start() < s || k.end() > e) continue;
                if (k.start() < prevEnd && !ok.isEmpty()) {
                    Span last = ok.get(ok.size() - 1);
                    if (k.end() <= last.end()) { // nested inside the previous one: only if allowed
                        continue;
                    }
                    continue;
                }
                ok.add(k);
                prevEnd = k.end();
            }
            out.add(new Span(s, e, "bibl", type == null ? Map.of() : Map.of("type", type)));
            out.addAll(ok);
        }

        // -------------------------------------------------------------- start of citation
        int findStart() {
            int bracketed = citationInTheClosingBrackets();
            if (bracketed >= 0) return bracketed;
            int s = segStart;
            Matcher lead = at(LEADIN, s);
            if (lead != null) s = lead.end();
            int afterLeadIn = germanLeadInEnd(s);   // "Überzeugend Mülbert, ZHR 172": the adverb is no given name
            if (afterLeadIn > s) return afterLeadIn;
            if (authorAt(s, true)) return s;
            if (at(NAME_THEN_REVIEW, s) != null) return s;   // "Natalie Zemon Davis, review of …, by …": the reviewer's
            if (at(SURNAME_THEN_IN, s) != null) return s;   // "Ulmer, in: Hachenburg, GmbHG": the author of a part, then its book
            Matcher word = at(ONE_WORD_THEN_SPACE, s);   // "Zutreffend Habersack, in: MüKoAktG": a word of the note's, then the author of a part
            if (word != null && at(SURNAME_THEN_IN, word.end()) != null) return word.end();
            Matcher sc = at(SURNAME_THEN_TITLE, s);
            if (sc != null && !DISCOURSE_WORDS.contains(sc.group(1))) return s;   // "Leibniz, Sämtliche Schriften …, being edited by …"
            if (sc != null) {   // "However, Smith argues …": the sentence's first word and its comma are the note's
                s = FieldTagger.skipSpaces(t, t.indexOf(',', s) + 1, segEnd);
                if (authorAt(s, true)) return s;
            }
            Matcher b = BREAKWORD.matcher(t);
            b.region(s, segEnd);
            b.useTransparentBounds(true);
            while (b.find()) {
                int q = b.end();
                String before = t.substring(s, b.start());
                String cue = b.group();
                if (cue.startsWith("of") && opensWithAnArticle(s)) continue;   // "The Memoirs of John Smith": a title's
                if (cue.startsWith("of")) {
                    // "the argument of | Alexandra Walsham, Providence …": "of" after a word in small letters of the
                    // note's sentence and before a whole name; never a title's "Letters of John Keats"
                    int w = b.start() - 1;
                    if (w < s) continue;   // "of" opens the segment: no word of the note's before it
                    while (w > s && t.charAt(w) == ' ') w--;
                    int ws = w;
                    while (ws > s && Character.isLetter(t.charAt(ws - 1))) ws--;
                    if (ws <= w && Character.isLowerCase(t.charAt(ws)) && before.length() <= 160 && capitalisedWordsBeforeAComma(q) >= 2
                            && authorAt(q, false)) return q;
                    continue;
                }
                // "findet sich bei", "Anders bei"; not a title's "Die Rolle der Frau bei Martin Luther"
                if (cue.startsWith("bei") && !afterASmallWordOrFirst(s, b.start())) continue;
                boolean beforeAName = cue.startsWith("von") || cue.startsWith("de") || cue.startsWith("bei") || cue.startsWith("chez");
                if (beforeAName && opensWithAnArticle(s) && !cue.startsWith("bei")) continue;   // "Les mémoires de Jean Dupont": a title's
                if (beforeAName) {
                    // "die Studie von | Friedrich Kittler, Aufschreibesysteme", "la synthèse de | Jean-Louis Halpérin, …":
                    // "von", "de" before a whole name is the note's word, not the particle of a name ("Adolf von
                    // Harnack", "Alexis de Tocqueville": one word after it); so are "bei" and "chez" ("Der
                    // berühmte Satz findet sich bei | Thomas Nipperdey, …"), whatever the sentence holds before
                    if (before.length() <= 160 && capitalisedWordsBeforeAComma(q) >= 2 && authorAt(q, false)) return q;
                    continue;
                }
                boolean signal = cue.startsWith("vgl") || cue.startsWith("siehe") || cue.startsWith("see") || cue.startsWith("cf")
                        || cue.startsWith("voir");
                // a quotation or a number in the prose before ends the search, but not before a signal and a name
                // ("… als „kumulative Radikalisierung“ siehe Hans Mommsen, …"), nor before a name after the
                // quotation's own sentence ("Baxandall’s “period eye” is developed in Michael Baxandall, …")
                if (RX_OPENER_OR_DIGIT.matcher(before).matches()
                        && !((signal || proseAfterTheQuotation(before)) && before.length() <= 160 && authorAt(q, false))) break;
                if (before.length() > 160) break;
                if (authorAt(q, false) || surnameThenNoteReference(q) || caseAt(q)) return q;
                // a signal inside the sentence, then a capital, leads to the citation ("St. Rspr., vgl. nur BGHZ 12, 34")
                if (signal) {
                    if (q < segEnd && Character.isUpperCase(t.charAt(q)) && before.indexOf(',') >= 0) return q;
                }
            }
            return afterProse(s);
        }

        /**
         * Whether the word before {@code at} is in small letters, or the first of the segment (from
         * {@code s}), or a quotation ends right before it ("die Definition von „Macht“ bei").
         */
        private boolean afterASmallWordOrFirst(int s, int at) {
            int q = at;
            while (q > s && t.charAt(q - 1) == ' ') q--;
            if (q > s && "“”\"»«’".indexOf(t.charAt(q - 1)) >= 0) return true;
            int e = at;
            while (e > s && !Character.isLetter(t.charAt(e - 1))) e--;
            int w = e;
            while (w > s && Character.isLetter(t.charAt(w - 1))) w--;
            return w < e && (w == s || Character.isLowerCase(t.charAt(w)));
        }

        /**
         * Whether two words in small letters or more follow the last closing quotation mark of
         * {@code before}, and no digit: a sentence of the note's goes on after a quotation ("“period
         * eye” is developed"), where a title's quotation would be followed by its comma ("“Title,” in").
         */
        private static boolean proseAfterTheQuotation(String before) {
            int q = -1;
            for (int i = before.length() - 1; i >= 0 && q < 0; i--) if ("”’»\"“".indexOf(before.charAt(i)) >= 0) q = i;
            if (q < 0) return false;
            int lower = 0;
            for (int i = q + 1; i < before.length(); i++) {
                char c = before.charAt(i);
                if (Character.isDigit(c)) return false;
                if (Character.isLowerCase(c) && (i == 0 || before.charAt(i - 1) == ' ')) lower++;
            }
            return lower >= 2;
        }

        /**
         * Where a citation starts after a German note's own opening words, or -1: "Ähnlich bereits |
         * Möllers, Der Staat 41 (2002), 23", "Überzeugend | Mülbert, ZHR 172 (2008), 170", "Zum Konzept
         * des Speichergedächtnisses | Aleida Assmann, Erinnerungsräume, …". The words skipped: a first
         * word the German lexicon knows in small letters (an adverb, an adjective, a preposition: never a
         * name or a noun), or a participle in "-end" ("Rechtsvergleichend"); words in small letters; and
         * the noun after an article or a preposition. A name and a comma must follow, then a title or a journal.
         */
        private int germanLeadInEnd(int s) {
            int i = s;
            int skipped = 0;
            int nouns = 0;
            boolean nounNext = false;
            while (i < segEnd && skipped < 7) {
                int e = i;
                while (e < segEnd && (Character.isLetter(t.charAt(e)) || t.charAt(e) == '-')) e++;
                if (e == i || e >= segEnd || t.charAt(e) != ' ') break;   // a word and a space: never one before a comma
                String w = t.substring(i, e);
                String lower = w.toLowerCase(Locale.ROOT);
                boolean small = Character.isLowerCase(w.charAt(0));
                boolean skip;
                if (small) {
                    skip = true;
                } else if (skipped == 0) {
                    skip = isTheNotesOpeningWord(w, lower, e + 1 < segEnd && Character.isLowerCase(t.charAt(e + 1)));
                } else {
                    skip = nounNext;
                }
                if (!skip) break;
                if (skipped > 0 && !small) nouns++;
                // an adjective keeps the noun phrase open ("zur mittelbaren | Drittwirkung")
                nounNext = GERMAN_ARTICLES_AND_PREPOSITIONS.contains(lower) || small && nounNext && isInflectedAdjective(lower);
                skipped++;
                i = e + 1;
            }
            // after a noun of the note's phrase, a whole name ("Zum Konzept des Speichergedächtnisses Aleida
            // Assmann") or the author of a part or an article ("… der Grundrechte grundlegend Dürig, in: FS
            // Nawiasky"), never a noun ending a title ("Zur Geschichte der Handelsgesellschaften im Mittelalter, …")
            if (nouns > 0 && capitalisedWordsBeforeAComma(i) < 2 && at(SURNAME_THEN_IN, i) == null && at(SURNAME_THEN_JOURNAL, i) == null) return -1;
            if (skipped == 0 || i >= segEnd || !Character.isUpperCase(t.charAt(i))) return -1;
            // "die grundlegende Studie von | Friedrich Kittler, …": a noun of the note's, then "von" and a whole name
            int comma = t.indexOf(',', i);
            int von = t.indexOf(" von ", i);
            if (von > i && comma > von && capitalisedWordsBeforeAComma(von + 5) >= 2) i = von + 5;
            boolean cited = authorAt(i, true) || at(SURNAME_THEN_TITLE, i) != null || at(SURNAME_THEN_IN, i) != null
                    || at(SLASHED_SURNAMES_THEN_A_WORK, i) != null || nouns == 0 && courtsAbbreviationAt(i) && caseAt(i)
                    || at(SURNAME_THEN_JOURNAL, i) != null || nouns == 0 && at(REPORT_VOLUME_PAGE, i) != null;
            return cited ? i : -1;
        }

        /**
         * Whether a note's capitalised first word is its own, no name's: a word in small letters follows
         * it, or it is a preposition, or an adverb by its ending ("Überzeugend", "Ähnlich", "Kritisch"),
         * and the German lexicon knows it in small letters; never a given name ("Ernst", "Will",
         * "Townsend") nor an article, which opens a title ("Des Minnesangs Frühling").
         */
        private static boolean isTheNotesOpeningWord(String w, String lower, boolean smallNext) {
            boolean adverb = lower.endsWith("end") || lower.endsWith("lich") || lower.endsWith("isch") || lower.endsWith("weise");
            boolean placed = !ARTICLES.contains(lower) && (smallNext || adverb || GERMAN_ARTICLES_AND_PREPOSITIONS.contains(lower));
            Lexicon de = Lexicon.german();
            // the lexicon is asked last: most notes open with a name, which none of these tests lets through
            return placed && de.contains(lower) && !de.isProperName(w) && !Lexicon.english().isProperName(w)
                    || w.length() > 7 && adverb && !de.contains(lower) && !Lexicon.english().contains(w);
        }

        /** A word in small letters with an adjective's ending, not an article or preposition ("mittelbaren"). */
        private static boolean isInflectedAdjective(String lower) {
            return !GERMAN_ARTICLES_AND_PREPOSITIONS.contains(lower)
                    && (lower.endsWith("en") || lower.endsWith("e") || lower.endsWith("er") || lower.endsWith("es") || lower.endsWith("em"));
        }

        /** Whether the text from {@code s} opens with an article, as titles do ("Les mémoires de …", "The Letters of …"). */
        private boolean opensWithAnArticle(int s) {
            int e = s;
            while (e < segEnd && Character.isLetter(t.charAt(e))) e++;
            if (e < segEnd && (t.charAt(e) == '’' || t.charAt(e) == '\'')) return t.regionMatches(true, s, "l", 0, e - s) && e - s == 1;   // "L’histoire"
            return TITLE_ARTICLES.contains(t.substring(s, e));
        }

        /** How many capitalised words stand from {@code q} to the next comma (none but capitalised words: 0 otherwise). */
        private int capitalisedWordsBeforeAComma(int q) {
            int n = 0;
            int i = q;
            while (i < segEnd && t.charAt(i) != ',') {
                if (Character.isWhitespace(t.charAt(i))) {
                    i++;
                    continue;
                }
                if (!Character.isUpperCase(t.charAt(i))) return 0;
                n++;
                while (i < segEnd && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != ',') i++;
            }
            return i < segEnd ? n : 0;
        }

        /** "… the remarks of Lord Hoffmann in | R v Secretary of State …, ex p Simms [2000] 2 AC 115": a case cited from q to the segment's end. */
        /** Whether a word with two capitals or more stands at {@code q}, as a court's abbreviation does ("BGH", "OLG", "BVerfG"). */
        private boolean courtsAbbreviationAt(int q) {
            int caps = 0;
            for (int k = q; k < segEnd && Character.isLetter(t.charAt(k)); k++) if (Character.isUpperCase(t.charAt(k))) caps++;
            return caps >= 2;
        }

        private boolean caseAt(int q) {
            return Character.isUpperCase(t.charAt(q)) && CaseCitations.read(t, q, segEnd, List.of()) != null;
        }

        /**
         * "„Die Geschichte ist ein Prozess ohne Subjekt“ (Louis Althusser, Für Marx, Frankfurt a. M.
         * 1968, S. 12).": a quotation or a sentence, then the citation in the brackets that close the
         * note. The start of the bracket's citation, or -1: the words before the bracket hold no digit
         * (a year or page would make them the citation's own), and a quotation mark or a word in small
         * letters; the bracket opens with a name and holds a year.
         */
        private int citationInTheClosingBrackets() {
            int e = segEnd;
            while (e > segStart && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == '.')) e--;
            if (e - segStart < 20 || t.charAt(e - 1) != ')') return -1;
            int depth = 0;
            int open = -1;
            for (int i = e - 1; i >= segStart; i--) {
                char c = t.charAt(i);
                if (c == ')') depth++;
                else if (c == '(' && --depth == 0) {
                    open = i;
                    break;
                }
            }
            if (open <= segStart + 10) return -1;
            boolean prose = false;
            for (int i = segStart; i < open; i++) {
                char c = t.charAt(i);
                if (Character.isDigit(c) || c == '(' || c == ')') return -1;
                if ("“”\"„«»".indexOf(c) >= 0 || Character.isLowerCase(c) && i + 2 < open && Character.isLowerCase(t.charAt(i + 1))
                        && Character.isLowerCase(t.charAt(i + 2)) && (i == segStart || t.charAt(i - 1) == ' ')) prose = true;
            }
            if (!prose) return -1;
            int q = FieldTagger.skipSpaces(t, open + 1, e);
            if (!FieldTagger.YEAR.matcher(t).region(q, e).find() || t.indexOf(',', q) < 0 || t.indexOf(',', q) > e) return -1;
            Matcher w = at(NAME_THEN_WORK, q);
            if (w == null || CitationFeatures.isPlaceWord(w.group(1).toLowerCase(Locale.ROOT))) return -1;   // "(New York: Judson Press, 1994)": an imprint
            return authorAt(q, true) || at(SURNAME_THEN_TITLE, q) != null ? q : -1;
        }

        /** "Lepsius (Fn. 12)", "Smith (n 3)", "Stolleis (wie Anm. 14)": a surname, then the note that cited its work. */
        private boolean surnameThenNoteReference(int q) {
            Matcher m = at(SURNAME_NOTE_REFERENCE, q);
            return m != null && !NOT_NAME.contains(firstWord(m.group(1)));
        }

        /**
         * "Ähnlich bereits Carl Schmitt, Verfassungslehre", "Statt vieler Hans D. Jarass, …": words of
         * prose before the author that no lead-in names. The citation starts at the first name after
         * a word in small letters (not a role, "in" or "and": those come inside a citation), with no
         * comma, bracket, quotation mark or digit before it; else at {@code s}.
         */
        private int afterProse(int s) {
            int limit = Math.min(segEnd, s + 160);
            int wordStart = -1;
            int words = 0;
            int capitalised = 0;
            for (int i = s; i < limit; i++) {
                char c = t.charAt(i);
                // a comma ends the search, unless the words before it are a sentence's, most in small letters
                // ("On gender as an analytical category, the starting point is still Joan Wallach Scott, …")
                if (c == ',' && wordStart >= 0) {
                    int w = words + 1;
                    int k = capitalised + (Character.isUpperCase(t.charAt(wordStart)) ? 1 : 0);
                    if (w >= 3 && 3 * k <= w) {
                        words = w;
                        capitalised = k;
                        wordStart = -1;
                        continue;
                    }
                }
                if (c == ',' || c == ';' || c == '(' || c == '“' || c == '"' || c == '‘' || c == '„' || c == '«' || Character.isDigit(c)) return s;
                if (Character.isLetter(c)) {
                    if (wordStart < 0) wordStart = i;
                    continue;
                }
                if (c == '.' && wordStart >= 0 && Character.isLowerCase(t.charAt(wordStart)) && i - wordStart >= 2) {
                    // a sentence of prose ends; the next may lead in to the citation ("… this reference. See Keith Wrightson, …")
                    Matcher lead = at(SENTENCE_THEN_LEADIN, i + 1);
                    if (lead != null && (authorAt(lead.end(), false) || surnameThenNoteReference(lead.end()))) return lead.end();
                }
                if (wordStart >= 0) {
                    words++;
                    if (Character.isUpperCase(t.charAt(wordStart))) capitalised++;
                }
                if (wordStart >= 0 && c == ' ' && i + 1 < limit && Character.isUpperCase(t.charAt(i + 1))
                        && Character.isLowerCase(t.charAt(wordStart)) && i - wordStart >= 2
                        && !INSIDE_WORDS.contains(t.substring(wordStart, i))
                        && (words <= 2 || 2 * capitalised <= words)   // "On the Stigma of Mental Illness": a title's words, not prose
                        && authorAt(i + 1, false)) {
                    return i + 1;
                }
                wordStart = -1;
            }
            return s;
        }

        boolean authorAt(int q, boolean atStart) {
            Names n = names(q, true, false);
            if (n == null) return false;
            int[] first = n.names.get(0);
            boolean inverted = at(INVERTED, first[0]) != null;
            if (inverted && atStart) return true;
            Matcher f = at(INLINE_1, n.end);
            return f != null || (inverted && n.role == null && at(COMMA, n.end) != null);
        }

        // -------------------------------------------------------------- names
        int[] inverted(int p) {
            Matcher m = at(INVERTED, p);
            if (m == null) return null;
            if (m.group(1).indexOf(' ') < 0 && NOT_NAME.contains(m.group(1))) return null;
            return new int[] {m.start(), m.end()};
        }

        /** What {@link #direct} found at each position of the segment (with and without a single name), or {@link #NO_MATCH}. */
        private Object[] directTried;

        int[] direct(int p, boolean single) {
            if (p < segStart || p > segEnd) return directAt(p, single);
            if (directTried == null) directTried = new Object[2 * (segEnd - segStart + 1)];
            int k = 2 * (p - segStart) + (single ? 1 : 0);
            Object o = directTried[k];
            if (o == null) {
                int[] found = directAt(p, single);
                directTried[k] = o = found == null ? NO_MATCH : found;
            }
            return o == NO_MATCH ? null : ((int[]) o).clone();
        }

        /** A name in its own order at p ("John Smith", "W. H. Auden"; one word if {@code single}); null if none. */
        private int[] directAt(int p, boolean single) {
            Matcher m = at(DIRECT, p);
            if (m == null && single) m = at(SINGLE, p);
            if (m == null) return null;
            String s = m.group();
            if (NOT_NAME.contains(firstWord(s))) return null;
            if (NOT_NAME_WORD.matcher(s).find()) return null;
            if (RX_PARTICLE_FIRST.matcher(s).matches()) return null;
            int end = m.end();
            if ((s.endsWith(" Jr") || s.endsWith(" Sr")) && end < t.length() && t.charAt(end) == '.') {
                end++;   // "William H. Sewell Jr." (the name's last word taken for a surname)
            } else {
                Matcher suffix = at(NAME_SUFFIX, end);   // "Martin Luther King, Jr.", "John Smith III"
                if (suffix != null) end = suffix.end();
            }
            return new int[] {m.start(), end};
        }

        static String firstWord(String s) {
            int i = 0;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            return s.substring(0, i);
        }

        /** A list of names at p, with optional role suffix; null if none. */
        Names names(int p, boolean allowDirect, boolean allowSingle) {
            Names r = new Names();
            int[] n = inverted(p);
            boolean inv = n != null;
            if (n == null && allowDirect) {
                n = direct(p, allowSingle);
                if (n != null && allowSingle && at(DIRECT, p) == null) {
                    // a lone word is a name only if a list or a role follows
                    if (at(AND, n[1]) == null && at(ROLE_SUFFIX, n[1]) == null) return null;
                }
            }
            if (n == null) return null;
            r.names.add(n);
            int pos = n[1];
            int committed = 1;
            int committedEnd = pos;
            while (true) {
                Matcher m;
                if ((m = at(ETAL, pos)) != null) {
                    pos = m.end();
                    committed = r.names.size();
                    committedEnd = pos;
                    break;
                }
                if ((m = at(AND, pos)) != null) {
                    int q = m.end();
                    int[] nx = inverted(q);
                    if (nx == null) nx = direct(q, true);
                    if (nx == null) break;
                    r.names.add(nx);
                    pos = nx[1];
                    committed = r.names.size();
                    committedEnd = pos;
                    continue;
                }
                if ((m = at(COMMA, pos)) != null) {
                    int q = m.end();
                    if (inv) {
                        Matcher st = at(INVERTED_STRICT, q);
                        if (st != null && !NOT_NAME.contains(firstWord(st.group(1)))) {
                            r.names.add(new int[] {st.start(), st.end()});
                            pos = st.end();
                            committed = r.names.size();
                            committedEnd = pos;
                            continue;
                        }
                    }
                    int[] nx = direct(q, false);
                    if (nx != null) {
                        r.names.add(nx);
                        pos = nx[1];
                        continue;
                    }
                }
                break;
            }
            Matcher role = at(ROLE_SUFFIX, pos);
            if (role != null && !followedByName(role.end())) {
                committed = r.names.size();
                committedEnd = role.end();
                r.role = "editor";
            }
            while (r.names.size() > committed) r.names.remove(r.names.size() - 1);
            r.end = committedEnd;
            return r;
        }

        boolean followedByName(int q) {
            Matcher sp = at(INLINE_2, q);
            if (sp == null) return false;
            int[] d = direct(sp.end(), false);
            if (d == null) d = inverted(sp.end());
            return d != null && at(INLINE_3, d[1]) != null
                    && RX_ENDS_ED.matcher(t.substring(Math.max(0, q - 8), q)).matches();
        }

        void emitNames(Names n, String defaultEl) {
            String el = n.role == null ? defaultEl : "editor";
            for (int[] x : n.names) {
                if ("translator".equals(n.role)) add(x[0], x[1], "editor", "role", "translator");
                else if ("contributor".equals(n.role)) continue;
                else add(x[0], x[1], el);
            }
            if ("author".equals(el)) hasAuthor = true;
            else if (!"contributor".equals(n.role)) evidence = true;
        }

        /** Prefix roles: "tr. A and B", "ed. J. R. Tutin", "Hrsg. von X". Returns new position. */
        int prefixRoles(int p) {
            while (true) {
                Matcher r = at(ROLE_PREFIX, p);
                if (r == null) return p;
                Names n = names(r.end(), true, true);
                if (n == null) return p;
                String w = r.group(1).toLowerCase(Locale.ROOT);
                n.role = w.startsWith("tr") || w.startsWith("üb") ? "translator"
                        : w.startsWith("with") || w.startsWith("intr") ? "contributor" : "editor";
                emitNames(n, "editor");
                p = n.end;
            }
        }

        // -------------------------------------------------------------- titles
        /** End (exclusive, trimmed) of an unquoted title starting at p. */
        int titleEnd(int p) {
            int depth = 0;
            int i = p;
            for (; i < segEnd; i++) {
                char c = t.charAt(i);
                if (c == '“') {
                    int close = t.indexOf('”', i + 1);
                    if (close > 0 && close < segEnd) {
                        i = close;
                        continue;
                    }
                }
                if ((c == '(' || c == '[') && i > p) {
                    if (at(PAREN_STOP, i) != null) break;
                    int close = t.indexOf(c == '(' ? ')' : ']', i);
                    if (close < 0 || close >= segEnd) break;
                    i = close;
                    continue;
                }
                if (Character.isWhitespace(c) && i > p && digitAfterSpaces(i) && at(SPACE_STOP, i) != null) break;
                if (c == ':' && i > p && at(COLON_NUM, i) != null) break;
                if ((c == ',' || c == '.' || c == ';') && i > p) {
                    int q = i + 1;
                    if (q >= segEnd) break;
                    if (!Character.isWhitespace(t.charAt(q))) continue;
                    while (q < segEnd && Character.isWhitespace(t.charAt(q))) q++;
                    if (q >= segEnd || c == ';') break;
                    if (titleStopAt(q)) break;
                    if (c == ',' && edNamesAt(q)) break;
                    if (c == '.' && shortChunkThenDate(q)) break;
                    if (c == ',' && at(INVERTED, q) != null && inverted(q) != null
                            && at(INLINE_4, q) != null) break;
                }
            }
            int e = Math.min(i, segEnd);
            while (e > p && (Character.isWhitespace(t.charAt(e - 1)) || ",;:".indexOf(t.charAt(e - 1)) >= 0)) e--;
            return e;
        }

        /** Whether spaces ({@code \s+}) start at {@code i} and a digit follows them (what {@code SPACE_STOP} needs first). */
        private boolean digitAfterSpaces(int i) {
            int j = i;
            while (j < segEnd && isSpace(t.charAt(j))) j++;
            return j > i && j < segEnd && isDigit(t.charAt(j));
        }

        boolean edNamesAt(int q) {
            Names n = names(q, true, true);
            return n != null && n.role != null;
        }

        boolean shortChunkThenDate(int q) {
            return at(INLINE_5, q) != null;
        }

        /** Parses a title at p; returns end position after it (and its closing quote), or -1. */
        int title(int p, String level) {
            Matcher q = at(QUOTED, p);
            if (q != null) {
                int g = 1;
                while (q.group(g) == null) g++;
                add(q.start(g), q.end(g), "title", "level", level == null ? "a" : level);
                titleQuoted = true;
                return q.end();
            }
            char c = t.charAt(p);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '[' || Character.isLowerCase(c) && level != null)) {
                return -1;
            }
            int e = titleEnd(p);
            if (e <= p || NUMERIC.matcher(t.substring(p, e)).matches()) return -1;
            // a "." directly followed by other punctuation belongs to the title ("Kaganovich., 208")
            if (e < segEnd && t.charAt(e) == '.' && e + 1 < segEnd && ",;:".indexOf(t.charAt(e + 1)) >= 0) e++;
            String lvl = level;
            if (lvl == null) lvl = at(JOURNAL_NEXT, e) != null && titleQuoted ? "j" : "m";
            add(p, e, "title", "level", lvl);
            if ("j".equals(lvl)) journal = true;
            if ("m".equals(lvl)) hasMono = true;
            return e;
        }

        int skipSeps(int p) {
            Matcher m = at(SEPS, p);
            return m == null ? p : m.end();
        }

        // -------------------------------------------------------------- the citation
        void citation(int start) {
            int p = start;
            Names a = names(p, true, false);
            if (a != null) {
                Matcher f = at(AFTER_AUTHOR, a.end);
                if (a.role == null && at(INVERTED, a.names.get(0)[0]) == null
                        && at(INLINE_6, a.end) == null) {
                    a = null; // a direct-order name must be followed by a comma
                } else if (f == null) {
                    a = null;
                }
            }
            // "Title, Editor, Editor eds." -- the first chunk was a title, not a name
            if (a != null && a.role == null && at(INVERTED, a.names.get(0)[0]) == null) {
                Matcher cm = at(COMMA, a.end);
                if (cm != null && edNamesAt(cm.end())) a = null;
            }
            if (a != null) {
                emitNames(a, "author");
                p = a.end;
                p = prefixRoles(p);
                p = skipSeps(p);
            }
            if (p >= segEnd) {
                finish(start);
                return;
            }
            int te = title(p, null);
            if (te > 0) {
                hasTitle = true;
                p = te;
                Matcher in = at(IN_CONTAINER, p);
                if (in != null && !titleQuoted && !t.substring(in.start(), in.end()).contains("In")) in = null;
                if (in != null) {
                    article = true;
                    retitleLastAs("a");
                    p = container(in.end());
                } else if (titleQuoted) {
                    article = true;
                    int q = skipSeps(p);
                    if (q < segEnd && Character.isUpperCase(t.charAt(q)) && !titleStopAt(q)
                            && at(QUOTED, q) == null) {
                        int e2 = title(q, null);
                        if (e2 > 0) p = e2;
                    }
                }
            }
            rest(p);
            finish(start);
        }

        void retitleLastAs(String level) {
            for (int i = kids.size() - 1; i >= 0; i--) {
                Span k = kids.get(i);
                if (k.element().equals("title")) {
                    kids.set(i, new Span(k.start(), k.end(), "title", Map.of("level", level)));
                    return;
                }
            }
        }

        int container(int p) {
            Names n = names(p, true, true);
            if (n != null && n.role != null) {
                emitNames(n, "editor");
                p = skipSeps(n.end);
            } else if (n != null && at(INLINE_7, n.end) != null
                    && at(INVERTED, p) == null && t.substring(p, n.end).contains(".")) {
                p = skipSeps(n.end); // unmarked names (author or editor of the container)
            }
            if (p >= segEnd) return p;
            char c = t.charAt(p);
            if (Character.isUpperCase(c) || c == '“' || c == '"') {
                int save = kids.size();
                boolean tq = titleQuoted;
                int e = title(p, null);
                if (e > 0) {
                    // level: journal if volume/issue/date follows immediately, otherwise monograph
                    Span k = kids.get(kids.size() - 1);
                    String lvl = at(JOURNAL_VOL, e) != null && at(INLINE_8, e) == null
                            ? "j" : "m";
                    if (kids.size() > save) {
                        kids.set(kids.size() - 1, new Span(k.start(), k.end(), "title", Map.of("level", lvl)));
                    }
                    if ("j".equals(lvl)) journal = true;
                    else hasMono = true;
                    titleQuoted = tq;
                    return e;
                }
            }
            return p;
        }

        void rest(int p) {
            boolean firstAfterJournal = journal;
            while (p < segEnd) {
                p = skipSeps(p);
                if (p >= segEnd) break;
                Matcher m;
                char c = t.charAt(p);
                if (c == '(' || c == '[') {
                    int close = t.indexOf(c == '(' ? ')' : ']', p);
                    if (close > 0 && close < segEnd) {
                        pubGroup(p + 1, close);
                        p = close + 1;
                        firstAfterJournal = false;
                        continue;
                    }
                }
                if (firstAfterJournal && (m = at(VOL_ISSUE, p)) != null) {
                    add(m.start(1), m.end(1), "biblScope", "unit", "volume");
                    if (m.group(2) != null) add(m.start(2), m.end(2), "biblScope", "unit", "issue");
                    if (m.group(3) != null) add(m.start(3), m.end(3), "biblScope", "unit", "issue");
                    evidence = true;
                    p = m.end();
                    firstAfterJournal = false;
                    continue;
                }
                firstAfterJournal = false;
                if ((m = at(DOI, p)) != null) {
                    add(m.start(1), m.end(1), "idno", "type", "DOI");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(URL, p)) != null) {
                    add(m.start(), m.end(), "idno", "type", "URL");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(EDITION, p)) != null) {
                    add(m.start(), m.end(), "edition");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                int q = prefixRoles(p);
                if (q != p) {
                    p = q;
                    continue;
                }
                if ((m = at(IN_CONTAINER, p)) != null && !hasMono && m.start() == p) {
                    int save = kids.size();
                    int e = container(m.end());
                    if (kids.size() > save) {
                        if (!titleQuoted) retitleLastBefore(save, "a");
                        article = true;
                        p = e;
                        continue;
                    }
                }
                if (Character.isUpperCase(c)) {
                    Names n = names(p, true, true);
                    if (n != null && n.role != null) {
                        emitNames(n, "editor");
                        p = n.end;
                        continue;
                    }
                }
                if ((m = at(PLACE_PUB, p)) != null) {
                    add(m.start(1), m.end(1), "pubPlace");
                    add(m.start(2), m.end(2), "publisher");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(VOLUME, p)) != null) {
                    add(m.start(1), m.end(1), "biblScope", "unit", "volume");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(ISSUE, p)) != null) {
                    add(m.start(1), m.end(1), "biblScope", "unit", "issue");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(PAGES, p)) != null) {
                    pages(m.start(1), m.end(1), true);
                    p = m.end();
                    continue;
                }
                if ((m = at(CHAPTER, p)) != null) {
                    add(m.start(1), m.end(1), "citedRange", "unit", "chapter");
                    p = m.end();
                    continue;
                }
                if (!hasDate && (m = at(DATE, p)) != null) {
                    if (m.group(9) == null || at(INLINE_9, p) != null) {
                        date(m, 0);
                        p = m.end();
                        continue;
                    }
                }
                if ((m = at(BARE_NUM, p)) != null && Character.isDigit(c)) {
                    String num = m.group(1);
                    if (isYear(num) && !hasDate) {
                        date(at(DATE, p), 0);
                    } else if (isYear(num)) {
                        // a second year-like number: unsure, leave it
                    } else {
                        pages(m.start(1), m.end(1), false);
                    }
                    p = m.end();
                    continue;
                }
                if ((m = at(PUBKW_CHUNK, p)) != null) {
                    add(m.start(), m.end(), "publisher");
                    evidence = true;
                    p = m.end();
                    continue;
                }
                if ((m = at(PLACE_ONLY, p)) != null && at(PLACE_YEAR, m.end()) != null
                        && CITIES.contains(RX_FINAL_STOP.matcher(m.group()).replaceAll("")) && hasTitle && !hasDate) {
                    add(m.start(), m.end(), "pubPlace");
                    p = m.end();
                    continue;
                }
                m = at(TOKEN, p);
                p = m == null ? p + 1 : Math.max(m.end(), p + 1);
            }
        }

        void retitleLastBefore(int save, String level) {
            for (int i = save - 1; i >= 0; i--) {
                Span k = kids.get(i);
                if (k.element().equals("title")) {
                    kids.set(i, new Span(k.start(), k.end(), "title", Map.of("level", level)));
                    return;
                }
            }
        }

        void date(Matcher m, int base) {
            if (m == null) return;
            add(m.start(), m.end(), "date", "when", iso(m, base));
            hasDate = true;
            evidence = true;
        }

        void pages(int s, int e, boolean explicit) {
            String v = t.substring(s, e);
            boolean range = RX_RANGE.matcher(v).matches();
            if (article && journal && range && !hasPageRangeScope) {
                add(s, e, "biblScope", "unit", "page");
                hasPageRangeScope = true;
            } else {
                add(s, e, "citedRange", "unit", "page");
            }
            evidence = true;
        }

        /** Contents of a parenthesised group [a,b): place, publisher, date, edition. */
        void pubGroup(int a, int b) {
            String s = t.substring(a, b);
            Matcher d = DATE_AT_END.matcher(s);
            int prefixEnd = b;
            if (d.find()) {
                if (!hasDate) {
                    Matcher dm = DATE.matcher(t);
                    dm.region(a + d.start(1), a + d.end(1));
                    if (dm.lookingAt()) date(dm, 0);
                }
                prefixEnd = a + d.start();
            } else {
                Matcher ed = EDITION.matcher(t);
                ed.region(a, b);
                if (ed.find()) {
                    add(ed.start(), ed.end(), "edition");
                    evidence = true;
                }
                if (s.indexOf(':') < 0) return;
            }
            int colon = t.indexOf(':', a);
            if (colon >= 0 && colon < prefixEnd) {
                if (at(INLINE_10, a) != null) {
                    add(a, colon, "pubPlace");
                    add(colon + 1, prefixEnd, "publisher");
                    evidence = true;
                }
            } else if (prefixEnd > a) {
                Matcher pm = PUBKW_CHUNK.matcher(t);
                pm.region(a, prefixEnd);
                if (pm.lookingAt()) {
                    add(pm.start(), pm.end(), "publisher");
                    evidence = true;
                    return;
                }
                Matcher pl = PLACE_ONLY.matcher(t);
                pl.region(a, prefixEnd);
                if (pl.matches()) add(a, prefixEnd, "pubPlace");
            }
        }

        void finish(int start) {
            boolean valid;
            if (hasAuthor) {
                valid = hasTitle || evidence;
            } else {
                String head = t.substring(start, Math.min(segEnd, start + 200));
                valid = hasTitle && evidence && !COMMENTARY.matcher(firstTitleText(head)).find();
                if (valid && wordCount(t.substring(start, segEnd)) > 60) valid = false;
            }
            if (!valid) {
                kids.clear();
                return;
            }
            int e = segEnd;
            String tail = t.substring(lastEnd, segEnd);
            if (wordCount(tail) > 4) {
                e = lastEnd;
                if (e < segEnd && ".)]".indexOf(t.charAt(e)) >= 0) e++;
            }
            emit(start, e, null);
        }

        String firstTitleText(String fallback) {
            for (Span k : kids) {
                if (k.element().equals("title") && !"a".equals(k.attributes().get("level"))) {
                    return t.substring(k.start(), k.end());
                }
                if (k.element().equals("title")) return "";
            }
            return fallback;
        }

        static int wordCount(String s) {
            Matcher m = WORD.matcher(s);
            int n = 0;
            while (m.find()) n++;
            return n;
        }
    }
}

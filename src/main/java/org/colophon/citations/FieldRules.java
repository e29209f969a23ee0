package org.colophon.citations;

import static org.colophon.citations.FieldTagger.BARE_NUMBER;
import static org.colophon.citations.FieldTagger.LEAD_IN_COLON;
import static org.colophon.citations.FieldTagger.RX_SUFFIX;
import static org.colophon.citations.FieldTagger.WORD;
import static org.colophon.citations.FieldTagger.YEAR;
import static org.colophon.citations.FieldTagger.commentary;
import static org.colophon.citations.FieldTagger.has;
import static org.colophon.citations.FieldTagger.hasAlnum;
import static org.colophon.citations.FieldTagger.letters;
import static org.colophon.citations.FieldTagger.mayHold;
import static org.colophon.citations.FieldTagger.numericDay;
import static org.colophon.citations.FieldTagger.quotedAt;
import static org.colophon.citations.FieldTagger.skipSpaces;
import static org.colophon.citations.FieldTagger.trim;
import static org.colophon.citations.FieldTagger.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;
import org.colophon.citations.FieldTagger.Field;

/**
 * The reading after the tagger: small named rules, each mending one form the tagger's labels get
 * wrong ("Claus Roxin, Strafrecht. Allgemeiner Teil": one word after a whole name begins the title;
 * "(Amsterdam, Atlanta: Rodopi, 1993)": both places before the colon), applied in a fixed order to
 * the tagger's fields before they become TEI ({@link FieldTagger#spans}). Each rule takes the
 * citation's text and its fields and gives the fields back, changed or not; {@code FieldReadingTest}
 * and {@code LegalFormsTest} hold a case of each.
 */
final class FieldRules {

    private FieldRules() {
    }

    /** The tagger's fields of {@code text[from, to)}, read again by every rule in turn. */
    static List<Field> afterTheTagger(String text, int from, int to, List<Field> fields) {
        fields = step("noFieldBeginsInsideAWord", text, fields, noFieldBeginsInsideAWord(text, fields));
        fields = step("clauseOfProseAfterTheCitation", text, fields, clauseOfProseAfterTheCitation(text, fields));
        fields = step("sameAuthorAsBefore", text, fields, sameAuthorAsBefore(text, fields));
        fields = step("bookOfTheSameAuthor", text, fields, bookOfTheSameAuthor(text, fields));
        fields = step("numericDateRunsOn", text, fields, numericDateRunsOn(text, fields));
        fields = step("pagesAfterAJournalsYear", text, fields, pagesAfterAJournalsYear(text, fields));
        fields = step("editorsByRole", text, fields, editorsByRole(text, fields));
        fields = step("rolesAfterTheWork", text, fields, rolesAfterTheWork(text, fields));
        fields = step("bookTitleRunsIntoTheEditors", text, fields, bookTitleRunsIntoTheEditors(text, fields));
        fields = step("bookBeforeItsEditors", text, fields, bookBeforeItsEditors(text, fields));
        fields = step("loneJournalIsABook", text, fields, loneJournalIsABook(text, fields));
        fields = step("quotedTitleThenAnother", text, fields, quotedTitleThenAnother(text, fields));
        fields = step("journalBrokenBeforeALowerCaseWord", text, fields, journalBrokenBeforeALowerCaseWord(text, fields));
        fields = step("quotedJournalBeforeAJournal", text, fields, quotedJournalBeforeAJournal(text, fields));
        fields = step("volumeDotIssue", text, fields, volumeDotIssue(text, fields));
        fields = step("loneTitleByYearIsAJournal", text, fields, loneTitleByYearIsAJournal(text, fields));
        fields = step("secondTitleBeforeAVolumeIsAJournal", text, fields, secondTitleBeforeAVolumeIsAJournal(text, fields));
        fields = step("imprintsByPlace", text, fields, imprintsByPlace(text, fields));
        fields = step("placeBetweenACommaAndTheYear", text, fields, placeBetweenACommaAndTheYear(text, fields));
        fields = step("titleRunIntoNames", text, fields, titleRunIntoNames(text, fields));
        fields = step("titleAfterTheEditorsRole", text, fields, titleAfterTheEditorsRole(text, fields));
        fields = step("bookTitleBeforeTheImprintsBracket", text, fields, bookTitleBeforeTheImprintsBracket(text, fields));
        fields = step("titleAmongNamesBeforeAnImprint", text, fields, titleAmongNamesBeforeAnImprint(text, fields));
        fields = step("titleBeganAmongTheNames", text, fields, titleBeganAmongTheNames(text, fields));
        fields = step("journalWithAnImprintIsABook", text, fields, journalWithAnImprintIsABook(text, fields));
        fields = step("bluebookJournal", text, fields, bluebookJournal(text, from, to, fields));
        fields = step("lastNameOfAList", text, fields, lastNameOfAList(text, fields));
        fields = step("titleAfterTheRole", text, fields, titleAfterTheRole(text, fields));
        fields = step("stateAndPublisherAfterAPlace", text, fields, stateAndPublisherAfterAPlace(text, fields));
        fields = step("titleEndsInASeriesOrPublisher", text, fields, titleEndsInASeriesOrPublisher(text, fields));
        fields = step("namesEndAtAFullStop", text, fields, namesEndAtAFullStop(text, fields));
        fields = step("secondRoleInTheNames", text, fields, secondRoleInTheNames(text, fields));
        fields = step("namesAfterARoleAreEditors", text, fields, namesAfterARoleAreEditors(text, fields));
        fields = step("namesAfterTheRolesBy", text, fields, namesAfterTheRolesBy(text, fields));
        fields = step("imprintBoundaries", text, fields, imprintBoundaries(text, fields));
        fields = step("imprintInsideTheTitle", text, fields, imprintInsideTheTitle(text, fields));
        fields = step("editionsByTheirWords", text, fields, editionsByTheirWords(text, from, to, fields));
        fields = step("publisherBeforeTheYearInParentheses", text, fields, publisherBeforeTheYearInParentheses(text, fields));
        fields = step("caseNameIsATitle", text, fields, caseNameIsATitle(text, fields));
        fields = step("numberAfterAJournalIsAPage", text, fields, numberAfterAJournalIsAPage(text, fields));
        fields = step("oneWordAfterADirectNameBeginsTheTitle", text, fields, oneWordAfterADirectNameBeginsTheTitle(text, fields));
        fields = step("anArticleBeginsATitle", text, fields, anArticleBeginsATitle(text, fields));
        fields = step("wordsBetweenYearAndPageAreAJournal", text, fields, wordsBetweenYearAndPageAreAJournal(text, fields));
        fields = step("numberThenYearMakeAJournal", text, fields, numberThenYearMakeAJournal(text, fields));
        fields = step("journalsOwnWords", text, fields, journalsOwnWords(text, fields));
        fields = step("publisherThenPlaceInOneField", text, fields, publisherThenPlaceInOneField(text, fields));
        fields = step("imprintAtTheTitlesEnd", text, fields, imprintAtTheTitlesEnd(text, fields));
        fields = step("placesFirstWordBeforeThePublisher", text, fields, placesFirstWordBeforeThePublisher(text, fields));
        fields = step("markedIssueAfterTheJournal", text, fields, markedIssueAfterTheJournal(text, fields));
        fields = step("markedIssueIsNoPage", text, fields, markedIssueIsNoPage(text, fields));
        fields = step("hyphenatedSurnameEnd", text, fields, hyphenatedSurnameEnd(text, fields));
        fields = step("statuteAbbreviationAfterTheNames", text, fields, statuteAbbreviationAfterTheNames(text, fields));
        fields = step("quotedTitleAfterProse", text, fields, quotedTitleAfterProse(text, fields));
        fields = step("placeBeforeTheColonAfterAPlace", text, fields, placeBeforeTheColonAfterAPlace(text, fields));
        fields = step("titleAfterTheNamesAndYear", text, fields, titleAfterTheNamesAndYear(text, fields));
        fields = step("proseBeforeTheCitedNames", text, fields, proseBeforeTheCitedNames(text, fields));
        fields = step("numberOfVolumesEndsTheTitle", text, fields, numberOfVolumesEndsTheTitle(text, fields));
        fields = step("proseBeforeTheAuthor", text, fields, proseBeforeTheAuthor(text, fields));
        fields = step("titleEndingInAFunctionWordRunsIntoTheJournal", text, fields, titleEndingInAFunctionWordRunsIntoTheJournal(text, fields));
        fields = step("quotedTitleEndsAtItsMark", text, fields, quotedTitleEndsAtItsMark(text, fields));
        fields = step("pagesAfterTheYearsColon", text, fields, pagesAfterTheYearsColon(text, fields));
        fields = step("volumeJournalPageAfterTheYear", text, fields, volumeJournalPageAfterTheYear(text, fields));
        fields = step("quotedJournalBeforeAJournal", text, fields, quotedJournalBeforeAJournal(text, fields));   // again: the journal that rule found
        fields = step("imprintOpenedInTheTitle", text, fields, imprintOpenedInTheTitle(text, fields));
        fields = step("ordinalRunsOnInTheTitle", text, fields, ordinalRunsOnInTheTitle(text, fields));
        fields = step("ordinalAfterTheTitle", text, fields, ordinalAfterTheTitle(text, fields));
        fields = step("titleRunsOnThroughAFunctionWord", text, fields, titleRunsOnThroughAFunctionWord(text, fields));
        fields = step("titleEndingInAFunctionWordRunsIntoTheNames", text, fields, titleEndingInAFunctionWordRunsIntoTheNames(text, fields));
        fields = step("dayBeforeTheMonth", text, fields, dayBeforeTheMonth(text, fields));
        fields = step("romanPageAfterTheImprint", text, fields, romanPageAfterTheImprint(text, fields));
        fields = step("givenNameLeftBeforeTheAuthor", text, fields, givenNameLeftBeforeTheAuthor(text, fields));
        fields = step("festschriftAfterTheAuthor", text, fields, festschriftAfterTheAuthor(text, fields));
        fields = step("placesAtTheEndOfTheNames", text, fields, placesAtTheEndOfTheNames(text, fields));
        fields = step("titleBeginningWithANameBeforeItsColon", text, fields, titleBeginningWithANameBeforeItsColon(text, fields));
        fields = step("volumeAloneIsNoTitle", text, fields, volumeAloneIsNoTitle(text, fields));
        fields = step("titleAfterASurnameAndComma", text, fields, titleAfterASurnameAndComma(text, fields));
        fields = step("titleGoesOnThroughAnd", text, fields, titleGoesOnThroughAnd(text, fields));
        fields = step("clauseAfterThePagesIsNoTitle", text, fields, clauseAfterThePagesIsNoTitle(text, fields));
        fields = step("seriesAtTheTitlesEnd", text, fields, seriesAtTheTitlesEnd(text, fields));
        fields = step("imprintAtTheTitlesEnd", text, fields, imprintAtTheTitlesEnd(text, fields));   // the title it found may end in one
        fields = step("publisherAfterThePlacesColonInOneField", text, fields, publisherAfterThePlacesColonInOneField(text, fields));
        fields = step("titleRunsOnToItsEditor", text, fields, titleRunsOnToItsEditor(text, fields));
        fields = step("reportsVolumeThenPage", text, fields, reportsVolumeThenPage(text, fields));
        fields = step("yearsOfTheTitle", text, fields, yearsOfTheTitle(text, fields));
        fields = step("subtitleWithYearsIsNoJournal", text, fields, subtitleWithYearsIsNoJournal(text, fields));
        fields = step("dayAndMonthBeforeTheYear", text, fields, dayAndMonthBeforeTheYear(text, fields));
        fields = step("dayWordAfterTheNewspaper", text, fields, dayWordAfterTheNewspaper(text, fields));
        fields = step("titleInABook", text, fields, titleInABook(text, fields));
        fields = step("journalHoldsTheArticleBeforeIn", text, fields, journalHoldsTheArticleBeforeIn(text, fields));
        fields = step("seriesInBrackets", text, fields, seriesInBrackets(text, fields));
        fields = step("volumeBeforeTheYearInBrackets", text, fields, volumeBeforeTheYearInBrackets(text, fields));
        fields = step("rangeBeforeTheImprintIsTheTitles", text, fields, rangeBeforeTheImprintIsTheTitles(text, fields));
        fields = step("subtitleBeforeThePlace", text, fields, subtitleBeforeThePlace(text, fields));
        fields = step("publisherRightAfterTheAuthorIsATitle", text, fields, publisherRightAfterTheAuthorIsATitle(text, fields));
        fields = step("containerBrokenBySpaceOnly", text, fields, containerBrokenBySpaceOnly(text, fields));
        fields = step("editorsGoOnAfterAnd", text, fields, editorsGoOnAfterAnd(text, fields));
        fields = step("sectionIsNoVolume", text, fields, sectionIsNoVolume(text, fields));
        fields = step("marginNumberAfterTheSection", text, fields, marginNumberAfterTheSection(text, fields));
        fields = step("commentaryAfterIn", text, fields, commentaryAfterIn(text, fields));
        fields = step("titleOfTheVolume", text, fields, titleOfTheVolume(text, fields));
        fields = step("commentaryNamedByItsAbbreviation", text, fields, commentaryNamedByItsAbbreviation(text, fields));
        fields = step("nameThenCrossReference", text, fields, nameThenCrossReference(text, fields));
        fields = step("editedByInItalian", text, fields, editedByInItalian(text, fields));
        fields = step("bluebookBookWithItsPageBeforeTheYear", text, fields, bluebookBookWithItsPageBeforeTheYear(text, fields));
        fields = step("editorsBeforeEdInTheYearsBrackets", text, fields, editorsBeforeEdInTheYearsBrackets(text, fields));
        fields = step("newspaperAfterTheTitle", text, fields, newspaperAfterTheTitle(text, fields));
        fields = step("volumeEndsTheTitle", text, fields, volumeEndsTheTitle(text, fields));
        fields = step("abbreviatedWorkThenItsVolume", text, fields, abbreviatedWorkThenItsVolume(text, fields));
        fields = step("romanVolumeAfterTheJournalOrImprint", text, fields, romanVolumeAfterTheJournalOrImprint(text, fields));
        fields = step("articleWordBeforeTheTitle", text, fields, articleWordBeforeTheTitle(text, fields));
        fields = step("lastYearOfARangeIsNoPage", text, fields, lastYearOfARangeIsNoPage(text, fields));
        fields = step("titleEndingInAFunctionWordRunsIntoTheBook", text, fields, titleEndingInAFunctionWordRunsIntoTheBook(text, fields));
        fields = step("shortTitleBeforeANoteReference", text, fields, shortTitleBeforeANoteReference(text, fields));
        fields = step("sectionCitedAfterTheTitle", text, fields, sectionCitedAfterTheTitle(text, fields));
        fields = step("newspaperCitedByItsDay", text, fields, newspaperCitedByItsDay(text, fields));
        fields = step("reprintIsNoImprint", text, fields, reprintIsNoImprint(text, fields));
        fields = step("thesisIsNoJournal", text, fields, thesisIsNoJournal(text, fields));
        fields = step("journalThatIsNone", text, fields, journalThatIsNone(text, fields));
        fields = step("abbreviationBeforeYearAndPageIsAJournal", text, fields, abbreviationBeforeYearAndPageIsAJournal(text, fields));
        fields = step("publisherAfterThePlacesColon", text, fields, publisherAfterThePlacesColon(text, fields));
        fields = step("thesisWordEndsNoTitle", text, fields, thesisWordEndsNoTitle(text, fields));
        fields = step("thesisWordOpensNoPlace", text, fields, thesisWordOpensNoPlace(text, fields));
        fields = step("placesOwnEnd", text, fields, placesOwnEnd(text, fields));
        fields = step("publishersInitialsInThePlace", text, fields, publishersInitialsInThePlace(text, fields));
        fields = step("placeRunIntoTheEditors", text, fields, placeRunIntoTheEditors(text, fields));
        fields = step("roleWordEndsNoTitle", text, fields, roleWordEndsNoTitle(text, fields));
        fields = step("placeGoesOnAfterItsSlash", text, fields, placeGoesOnAfterItsSlash(text, fields));
        fields = step("publisherRunOnFromTheTitle", text, fields, publisherRunOnFromTheTitle(text, fields));
        fields = step("frenchImprint", text, fields, frenchImprint(text, fields));
        fields = step("reviewOfAWork", text, fields, reviewOfAWork(text, fields));
        fields = step("bookWithNoPartIsTheTitle", text, fields, bookWithNoPartIsTheTitle(text, fields));
        return fields;
    }

    /** Whether a field of this label holds a letter or digit (a comma the tagger called a title is none). */
    private static boolean hasWords(String t, List<Field> fields, String label) {
        for (Field f : fields) if (f.label().equals(label) && hasAlnum(t, f.start(), f.end())) return true;
        return false;
    }

    /** {@code -Dcolophon.citations.trace=true}: each rule that changed the fields is printed, with the fields it gave. */
    private static List<Field> step(String rule, String text, List<Field> before, List<Field> after) {
        if (FieldTagger.TRACE && after != before && !after.equals(before)) FieldTagger.trace("rule " + rule, text, after);
        return after;
    }

    private static final Pattern JOURNAL_ABBREVIATION = Pattern.compile("(?=\\S*\\p{Lu}\\S*\\p{Lu})\\p{Lu}[\\p{L}&]{1,7}");

    private static final Pattern ROLE_ONLY = Pattern.compile(
            "[\\s,.(]*(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgeber|[ÉéEe]ds?|[Cc]omps?)\\.?[\\s.,)]*");

    /** A role word right after a list of names, whatever field the tagger gave it ("Bell, eds. 2013", "Elmagarmid, editor."). */
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "[\\s,(]*(?:[Ee]ds?|[Ee]dd|[Ee]ditors?|[Hh]rsgg?|[Hh]gg?|[Hh]erausgeber|[Éé]ds?|[Cc]omps?|dir|coord|orgs?)\\.?\\)?(?![\\p{L}])");

    /**
     * Whether {@code t[s, e)} ends with a role word ({@link #ENDS_WITH_ROLE}); the pattern, which
     * goes over the whole field, is tried only where the last letter can end one.
     */
    private static boolean endsWithRole(String t, int s, int e) {
        int k = e;
        while (k > s && " \t\n\u000B\f\r.,:".indexOf(t.charAt(k - 1)) >= 0) k--;
        if (k > s && t.charAt(k - 1) == ')') k--;
        if (k > s && t.charAt(k - 1) == '.') k--;
        if (k == s || "sdrgp".indexOf(t.charAt(k - 1)) < 0) return false;   // eds, ed, edd, editor, Hrsg, Hg, Herausgeber, comp
        return ENDS_WITH_ROLE.matcher(t.substring(s, e)).matches();
    }

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

    /** The year and the page of a journal cited as German law cites it: " 1999, 1441", " 2005, 531 (536)". */
    private static final Pattern YEAR_COMMA_PAGE = Pattern.compile("\\s+(?:1[89]\\d\\d|20[0-3]\\d)\\s*,\\s*\\d");

    /**
     * "Wagner, VersR 1999, 1441 (1445 f.)": an abbreviation of two capitals or more (the tagger's
     * title or book), then the year, a comma and the page, is a journal; no book is cited so.
     */
    private static List<Field> abbreviationBeforeYearAndPageIsAJournal(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("container")) continue;
            int[] r = trim(t, f.start(), f.end());
            if (r == null || !JOURNAL_ABBREVIATION.matcher(t).region(r[0], r[1]).matches()) continue;
            if (!YEAR_COMMA_PAGE.matcher(t).region(r[1], t.length()).lookingAt()) continue;
            return relabel(fields, i, "journal");
        }
        return fields;
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

    /** A role in brackets, a comma, then a capitalised word: "(Hrsg.), HStR", "(eds.), Culture" (group 1 ends the names' role, 2 begins the title). */
    private static final Pattern ROLE_THEN_TITLE = Pattern.compile(
            "\\s*\\((?:[Ee]ds?|[Ee]dd|[Hh]rsgg?|[Hh]gg?|[Éé]ds?|[Cc]omps?|dir|coord)\\.?\\)()\\s*[,:]\\s*()(?=\\p{Lu})");

    /**
     * "Ossenbühl, in: Isensee/Kirchhof (Hrsg.), HStR V": the editors' field the tagger ran on past
     * their role in brackets holds the book's title after it.
     */
    private static List<Field> titleAfterTheEditorsRole(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("editor")) continue;
            Matcher m = ROLE_THEN_TITLE.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, m.end(2), f.end()) < 2) continue;
            return splice(fields, i, i + 1, new Field("editor", f.start(), m.end(1)), new Field("other", m.end(1), m.end(2)),
                    new Field("title", m.end(2), f.end()));
        }
        return fields;
    }

    /**
     * "in S. Hall et al. (eds.), | Culture, Media, Language (London, 1980)": after the editors and
     * their role, a field the tagger called the place that opens a bracket is the book's title, and
     * the place the bracket's first words.
     */
    private static List<Field> bookTitleBeforeTheImprintsBracket(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field e = fields.get(i - 1);
            if (!f.label().equals("place") && !f.label().equals("publisher") || !e.label().equals("editor")) continue;
            if (!endsWithRole(t, e.start(), e.end())) continue;
            int open = t.indexOf('(', f.start());
            if (open < 0 || open >= f.end() || letters(t, f.start(), open) < 4) continue;
            boolean later = false;
            for (Field g : fields.subList(i + 1, fields.size())) later |= g.label().equals("title");
            if (later) continue;
            int[] place = trim(t, open + 1, f.end());
            if (place == null) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), open), new Field("other", open, place[0]),
                    new Field(f.label(), place[0], f.end()));
        }
        return fields;
    }

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
        int names = -1;
        int stop = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String label = f.label();
            boolean words = hasAlnum(t, f.start(), f.end());
            boolean part = (label.equals("journal") || label.equals("container"))
                    && LEAD_IN_COLON.matcher(t).region(skipSpaces(t, f.start(), f.end()), f.end()).lookingAt();
            if (label.equals("title") && words || (label.equals("journal") || label.equals("container")) && (stop >= 0 || !part)) return fields;
            if (first < 0 && label.equals("author")) first = i;
            if (names < 0 && (label.equals("author") || label.equals("editor"))) names = i;
            if (names >= 0 && stop < 0 && !label.equals("author") && !label.equals("editor")
                    && !(label.equals("other") || label.equals("title")) ) stop = i;
        }
        if (first < 0 && names >= 0 && stop >= 0) {
            // "Montaigne, Les Essais, éd. Pierre Villey, Paris": the tagger took all for the editor's names
            List<Field> edited = workThenItsTranslator(t, fields, names, stop, commaParts(t, fields.get(names).start(), fields.get(stop).start()));
            return edited != null ? edited : fields;
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
        List<Field> translated = workThenItsTranslator(t, fields, first, stop, chunks);
        if (translated != null) return translated;
        String second = t.substring(chunks.get(1)[0], chunks.get(1)[1]);
        // "Habermas, Jürgen, Faktizität": a surname alone, then its given name; never after whole names ("Michael Werner/Bénédicte Zimmermann, Vergleich")
        boolean wholeNames = capitalisedWords(t, chunks.get(0)[0], chunks.get(0)[1]) >= 2;
        int person = !wholeNames && (ONLY_INITIALS.matcher(second).matches() || chunks.size() >= 3 && ONE_WORD.matcher(second).matches()) ? 1 : 0;
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

    /** How many words of {@code t[s, e)} begin with a capital. */
    private static int capitalisedWords(String t, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            if (Character.isUpperCase(t.charAt(i)) && (i == s || !Character.isLetter(t.charAt(i - 1)))) n++;
        }
        return n;
    }

    /** A review's words, the book reviewed (group 1) and its author (group 2): ", review of The Western Canon, by Harold Bloom,". */
    private static final Pattern REVIEW_OF = Pattern.compile(
            ",\\s*(?:[Rr]eview\\s+of|[Rr]ev\\.\\s+of|Rezension\\s+(?:zu|von):?|[Cc]ompte\\s+rendu\\s+de)\\s+(\\p{Lu}[^;]{1,200}?),\\s+(?:by|von|de)\\s+"
            + "(\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,60}?)\\s*,");

    /**
     * "Natalie Zemon Davis, review of The Cheese and the Worms, by Carlo Ginzburg, Journal of Modern
     * History 54 (1982)": the reviewer, the book reviewed and its author, whatever the tagger made of
     * them; the journal and the rest as it read them.
     */
    private static List<Field> reviewOfAWork(String t, List<Field> fields) {
        if (fields.isEmpty() || !mayHold(t, fields.get(0).start(), fields.get(fields.size() - 1).end(), "eview", "Rezension", "rendu")) return fields;
        int s = fields.get(0).start();
        Matcher m = REVIEW_OF.matcher(t).region(s, fields.get(fields.size() - 1).end());
        if (!m.find()) return fields;
        int[] name = trim(t, s, m.start());
        if (name == null || !DIRECT_NAME.matcher(t).region(name[0], name[1]).matches()) return fields;
        List<Field> out = overlay(fields, s, m.end(), "other");
        out = overlay(out, name[0], name[1], "author");
        out = overlay(out, m.start(1), m.end(1), "container");
        return overlay(out, m.start(2), m.end(2), "author");
    }

    /**
     * The French imprint between commas: the place (group 1), the publisher (group 2), maybe the series
     * in guillemets (group 3), a tome and how many volumes, then the year: ", Paris, Gallimard, coll.
     * « Bibliothèque des histoires », 1975", ", Paris, Éd. du Seuil, 1985", ", Paris, Gallimard/Le Seuil, 1996".
     */
    private static final Pattern FRENCH_IMPRINT = Pattern.compile(
            ",\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[\\s-](?:sur|en|de|\\p{Lu}[\\p{L}\\p{M}'’-]+))?)\\s*,\\s*"
            + "(\\p{Lu}[^,;:()«»\\d]{0,50}?)\\s*,\\s*(?:(?:coll\\.|collection)\\s*«\\s*([^»]{1,80}?)\\s*»\\s*,\\s*)?"
            + "(?:t\\.\\s*[IVXLC\\d]+\\s*,\\s*)?(?:\\d{1,2}\\s*vol\\.\\s*,\\s*)?(?:1[4-9]\\d\\d|20[0-3]\\d)(?!\\d)");

    /**
     * "Michel Foucault, Surveiller et punir, Paris, Gallimard, coll. « Bibliothèque des histoires »,
     * 1975": in a French imprint, a known place, the publisher after its comma and the series in
     * guillemets are those fields, whatever the tagger called them (it takes an unknown publisher's
     * name for an author's, "Éd. du | Seuil" for two fields).
     */
    private static List<Field> frenchImprint(String t, List<Field> fields) {
        if (fields.isEmpty()) return fields;
        int from = fields.get(0).start();
        int to = fields.get(fields.size() - 1).end();
        List<Field> out = fields;
        Matcher m = null;
        // from each comma before a known place's name (a lookup where a search with the pattern would be slow)
        for (int c = t.indexOf(',', from); c >= 0 && c < to; c = t.indexOf(',', c + 1)) {
            int w = c + 1;
            while (w < to && t.charAt(w) == ' ') w++;
            if (w >= to || !Character.isUpperCase(t.charAt(w))) continue;
            int we = w + 1;
            while (we < to && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-')) we++;   // RX_FIRST_WORD's word
            String place = t.substring(w, we).toLowerCase(java.util.Locale.ROOT);
            if (we == w + 1 || !CitationFeatures.isPlaceWord(place)) continue;
            // "Oakley, Ann, …", "Mitford, Nancy, …": a given name after a surname alone, not a place
            if (singleWord(t, from, c)) continue;
            m = m == null ? FRENCH_IMPRINT.matcher(t) : m;
            if (!m.region(c, to).lookingAt() || FieldTagger.letters(t, m.start(2), m.end(2)) < 2) continue;
            int pe = m.end(2);
            while (pe > m.start(2) && Character.isWhitespace(t.charAt(pe - 1))) pe--;
            int[] pub = {m.start(2), pe};
            if (isRegion(t, pub) || isPlace(t, pub)) continue;   // "Englewood Cliffs, New Jersey", "Cambridge, New York": places
            if (m.end(1) - m.start(1) == we - w && FIRST_HALVES.contains(place)) continue;   // "Ann" without "Arbor", "New" alone
            // the commas and the series' mark between the fields are none (not the tome and volumes after them)
            out = overlay(out, m.start(1), m.group(3) != null ? t.indexOf('»', m.end(3)) + 1 : pe, "other");
            out = overlay(out, m.start(1), m.end(1), "place");
            out = overlay(out, m.start(2), pe, "publisher");
            if (m.group(3) != null) {
                out = overlay(out, skipSpaces(t, pe + 1, m.start(3)), m.start(3), "other");   // "coll. « "
                out = overlay(out, m.start(3), m.end(3), "series");
            }
            out = titleAfterTheNamesBeforeTheImprint(t, out, m.start());
        }
        return out;
    }

    /** Known places' first words that are no place alone: "Ann" (Arbor), "New" (York), "San", "Los", "Hong", "Upper", "Thousand". */
    private static final java.util.Set<String> FIRST_HALVES = java.util.Set.of("ann", "new", "san", "los", "hong", "upper", "thousand", "englewood", "haven");

    /** Whether {@code t[s, e)} is one word, spaces around it aside. */
    private static boolean singleWord(String t, int s, int e) {
        int[] r = trim(t, s, e);
        if (r == null) return false;
        for (int i = r[0]; i < r[1]; i++) if (Character.isWhitespace(t.charAt(i))) return false;
        return true;
    }

    /**
     * "Fernand Braudel, L'Identité de la France, | Paris, …": names the tagger ran on to the imprint,
     * with no title before it, are the author's up to the first comma and the title's after it.
     */
    private static List<Field> titleAfterTheNamesBeforeTheImprint(String t, List<Field> fields, int imprint) {
        int a = -1;
        for (int i = 0; i < fields.size() && fields.get(i).start() < imprint; i++) {
            String l = fields.get(i).label();
            if (l.equals("title") || l.equals("container") || l.equals("journal")) return fields;
            if (l.equals("author") && hasAlnum(t, fields.get(i).start(), fields.get(i).end())) a = i;
        }
        if (a < 0) return fields;
        Field f = fields.get(a);
        int comma = t.indexOf(',', f.start());
        if (comma < 0 || comma >= f.end()) return fields;
        int[] name = trim(t, f.start(), comma);
        int[] title = trim(t, comma + 1, Math.min(f.end(), imprint));
        if (name == null || title == null || !DIRECT_NAME.matcher(t).region(name[0], name[1]).matches()
                || t.indexOf(',', title[0]) >= 0 && t.indexOf(',', title[0]) < title[1]) return fields;
        return splice(fields, a, a + 1, new Field("author", f.start(), comma), new Field("other", comma, title[0]),
                new Field("title", title[0], title[1]), new Field("other", title[1], f.end()));
    }

    /**
     * "Vgl. die Beiträge in: Thomas Mergel/Thomas Welskopp (Hg.), Geschichte zwischen Kultur und
     * Gesellschaft, München 1997": a book the tagger called the one a part is in, with no part's
     * title before it, is the book cited.
     */
    private static List<Field> bookWithNoPartIsTheTitle(String t, List<Field> fields) {
        if (hasWords(t, fields, "title") || has(fields, "journal")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).label().equals("container") && hasAlnum(t, fields.get(i).start(), fields.get(i).end())) return relabel(fields, i, "title");
        }
        return fields;
    }

    /**
     * A role word and the name after it, translator's (group "tr") or editor's: "trans. ", "trans. by ",
     * "translated by ", "übers. v. ", "übersetzt von ", "trad. ", "ed. ", "ed. by " (MHRA's), "edited by ",
     * "hg. v. ", "hrsg. von ", "éd. ".
     */
    private static final String ROLE_WORDS =
            "(?:(?<tr>trans\\.(?:\\s+by)?|transl\\.(?:\\s+by)?|translated\\s+by|tr\\.|übers\\.(?:\\s+v(?:on|\\.))?|übersetzt\\s+von|(?:trad\\.|traduit)(?:\\s+de\\s+l[’']\\p{L}+)?(?:\\s+par)?"
            + "|aus\\s+dem\\s+\\p{Lu}\\p{Ll}*(?:isch|sch)en\\s+(?:übersetzt\\s+)?von)"
            + "|ed\\.(?:\\s+by)?|edited\\s+by|hg\\.\\s+v(?:on|\\.)|hrsg\\.\\s+v(?:on|\\.)|herausgegeben\\s+von"
            + "|bearb\\.\\s+v(?:on|\\.)|bearbeitet\\s+von|besorgt\\s+von|éd\\.(?:\\s+par)?|édité\\s+par)";
    private static final String ROLE_BEFORE_A_NAME = ROLE_WORDS + "\\s+(?=\\p{Lu})";

    /** A role word opening a part between commas: "trans. ", "ed. ", "übers. v. ", "hg. v. " (group "tr" a translator's). */
    private static final Pattern ROLE_OPENS_THE_PART = Pattern.compile(ROLE_BEFORE_A_NAME);

    /**
     * "Plato, Republic, trans. G. M. A. Grube (Indianapolis: …)", "Augustine, Confessions, trans.
     * Henry Chadwick (Oxford: …)", "Victor Hugo, Préface de Cromwell, éd. Michel Cambien, Paris": an
     * author known by one name or by a whole name, the work, then its translator (or editor) after the role word; the tagger may have run the translator's surname into the place
     * before the bracket. Null when the parts between commas are not so.
     */
    private static List<Field> workThenItsTranslator(String t, List<Field> fields, int first, int stop, List<int[]> chunks) {
        if (chunks.size() != 3) return null;
        Matcher role = ROLE_OPENS_THE_PART.matcher(t).region(chunks.get(2)[0], chunks.get(2)[1]);
        if (!role.lookingAt()) return null;
        // the author known by one name, or by a whole name in its own order ("Victor Hugo"), never a surname and its given name
        if (!ONE_WORD.matcher(t).region(chunks.get(0)[0], chunks.get(0)[1]).matches()
                && !DIRECT_NAME.matcher(t).region(chunks.get(0)[0], chunks.get(0)[1]).matches()) return null;
        int namesEnd = chunks.get(2)[1];
        Field at = fields.get(stop);
        int placeStart = at.start();
        // "Henry | Chadwick (Oxford:": the surname before the bracket the tagger gave the place
        int open = t.indexOf('(', at.start());
        if (open > at.start() && open < at.end()) {
            int[] before = trim(t, at.start(), open);
            if (before != null && ONE_WORD.matcher(t).region(before[0], before[1]).matches()) {
                namesEnd = before[1];
                placeStart = open + 1;
            }
        }
        List<Field> out = new ArrayList<>(fields.subList(0, first));
        out.add(new Field("author", chunks.get(0)[0], chunks.get(0)[1]));
        out.add(new Field("other", chunks.get(0)[1], chunks.get(1)[0]));
        out.add(new Field("title", chunks.get(1)[0], chunks.get(1)[1]));
        out.add(new Field("other", chunks.get(1)[1], role.end()));
        out.add(new Field(role.group("tr") != null ? "translator" : "editor", role.end(), namesEnd));
        if (namesEnd < placeStart) out.add(new Field("other", namesEnd, placeStart));
        else if (namesEnd < at.start()) out.add(new Field("other", namesEnd, at.start()));
        out.add(new Field(at.label(), placeStart, at.end()));
        out.addAll(fields.subList(stop + 1, fields.size()));
        return out;
    }

    /** The words each role of {@link #ROLE_BEFORE_A_NAME} begins with. */
    private static final String[] ROLE_STARTS = {"ed.", "edited", "trans", "tr.", "hg.", "hrsg.", "übers", "trad.", "traduit", "éd.", "édité",
        "herausgegeben", "bearb", "besorgt", "aus dem "};

    /** False where no role of {@link #ROLE_BEFORE_A_NAME} stands in {@code t[s, e)} (a cheap test before its pattern). */
    private static boolean mayHoldARole(String t, int s, int e) {
        for (String r : ROLE_STARTS) {
            int k = t.indexOf(r, s);
            if (k >= 0 && k < e) return true;
        }
        return false;
    }

    /** An initial or a word joining names: what tells a list of names ("M. C. Mozer und G. E. Hinton") from a title ("Sämtliche Werke"). */
    private static final Pattern INITIAL_OR_JOINER = Pattern.compile("(?<![\\p{L}])(?:\\p{Lu}\\.|and|und|et|&)(?![\\p{L}])");

    /** "in: " or ", in " / ". In " inside a work's title (not "Democracy in America"): a part and the book it is in. */
    private static final Pattern IN_A_BOOK = Pattern.compile("(?<![\\p{L}])(?:[Ii]n:|(?<=[.,]\\s?)(?:[Ii]n|[Dd]ans))\\s+\\p{Lu}");

    /** How many volumes: "2 vols", "3 Bde." (a part after the editors, before the imprint). */
    private static final Pattern VOLUMES_PART = Pattern.compile("\\d{1,2}\\s+(?:vols?|volumes|Bde?|Bände|tomes|t\\.)\\.?");

    /**
     * "Walter Benjamin, Illuminations, ed. by Hannah Arendt, trans. by Harry Zohn (London: Fontana,
     * 1973)", "Lessing, Briefe, die neueste Literatur betreffend, hg. v. Wolfgang Bender, Stuttgart
     * 1972": before the imprint, the author, the work, then parts that each open with a role, the
     * editors' and translators' names after it (and how many volumes, the edition), whatever the
     * tagger made of them. The work runs from the author's comma to the first role's.
     */
    private static List<Field> rolesAfterTheWork(String t, List<Field> fields) {
        int imprint = -1;
        for (int i = 0; i < fields.size() && imprint < 0; i++) {
            Field f = fields.get(i);
            String l = f.label();
            if (!(l.equals("place") || l.equals("publisher") || l.equals("date")) || !hasAlnum(t, f.start(), f.end())) continue;
            // "trans. | Lawrence Garner (London:": names after a role, whatever the tagger called them, are no imprint
            if (!l.equals("date") && ROLE_BEFORE_NAMES.matcher(t).region(Math.max(0, f.start() - 16), f.start()).find()) continue;
            imprint = i;
        }
        if (imprint < 1) return fields;
        int first = 0;
        while (first < imprint && !hasAlnum(t, fields.get(first).start(), fields.get(first).end())) first++;
        if (first >= imprint) return fields;
        String l0 = fields.get(first).label();
        if (!l0.equals("author") && !l0.equals("editor") && !l0.equals("title")) return fields;
        int s = fields.get(first).start();
        int e = fields.get(imprint).start();
        if (t.indexOf(',', s) < 0 || t.indexOf(',', s) >= e || !mayHoldARole(t, s, e)) return fields;
        // "trans. Henry | Chadwick (Oxford:": a name the tagger ran into the imprint (workThenItsTranslator's)
        int[] imp = trim(t, e, fields.get(imprint).end());
        if (imp == null || t.indexOf('(', imp[0] + 1) > imp[0] && t.indexOf('(', imp[0] + 1) < imp[1]) return fields;
        List<int[]> chunks = commaParts(t, s, e);
        if (chunks.size() < 3) return fields;
        int r = -1;
        for (int k = 2; k < chunks.size() && r < 0; k++) {
            if (ROLE_OPENS_THE_PART.matcher(t).region(chunks.get(k)[0], chunks.get(k)[1]).lookingAt()) r = k;
        }
        if (r < 0) return fields;
        for (int k = r + 1; k < chunks.size(); k++) {
            int[] c = chunks.get(k);
            if (!ROLE_OPENS_THE_PART.matcher(t).region(c[0], c[1]).lookingAt() && !VOLUMES_PART.matcher(t).region(c[0], c[1]).matches()
                    && !EDITION.matcher(t).region(c[0], c[1]).find() && !VOLUME_ALONE.matcher(t).region(c[0], c[1]).matches()) return fields;
        }
        int[] a = chunks.get(0);
        if (!ONE_WORD.matcher(t).region(a[0], a[1]).matches() && !DIRECT_NAME.matcher(t).region(a[0], a[1]).matches()) return fields;
        // "Smith, J., Title, ed. …": initials after a surname are the author's
        int person = ONLY_INITIALS.matcher(t).region(chunks.get(1)[0], chunks.get(1)[1]).matches() ? 1 : 0;
        if (r - 1 < person + 1) return fields;
        // more names after the author's ("R. S. Zemel, M. C. Mozer und G. E. Hinton, …"), or a part's
        // quoted title and the book it is "in": not one work
        int[] next = chunks.get(person + 1);
        if (person == 0 && NAMES_ALONE.matcher(t).region(next[0], next[1]).matches() && DIRECT_NAME.matcher(t).region(a[0], a[1]).matches()
                && INITIAL_OR_JOINER.matcher(t).region(next[0], next[1]).find()) return fields;
        for (int i = next[0]; i < chunks.get(r - 1)[1]; i++) {
            char c = t.charAt(i);
            if ("“”„\"«»‘".indexOf(c) >= 0) return fields;
        }
        if (IN_A_BOOK.matcher(t).region(next[0], chunks.get(r - 1)[1]).find()) return fields;
        // "Wirtschaft und Gesellschaft, 5., rev. Aufl., besorgt von …": the edition before the first role is no title's
        int titleEnd = r - 1;
        while (titleEnd > person + 1 && isEdition(t, chunks.get(titleEnd))) titleEnd--;
        List<Field> out = new ArrayList<>(fields.subList(0, first));
        out.add(new Field("author", a[0], chunks.get(person)[1]));
        out.add(new Field("other", chunks.get(person)[1], chunks.get(person + 1)[0]));
        out.add(new Field("title", chunks.get(person + 1)[0], chunks.get(titleEnd)[1]));
        int at = chunks.get(titleEnd)[1];
        for (int k = titleEnd + 1; k < chunks.size(); k++) {
            int[] c = chunks.get(k);
            Matcher role = ROLE_OPENS_THE_PART.matcher(t).region(c[0], c[1]);
            if (role.lookingAt()) {
                out.add(new Field("other", at, role.end()));
                out.add(new Field(role.group("tr") != null ? "translator" : "editor", role.end(), c[1]));
            } else {
                out.add(new Field("other", at, c[0]));
                String label = EDITION.matcher(t).region(c[0], c[1]).find() ? "edition"
                        : VOLUME_ALONE.matcher(t).region(c[0], c[1]).matches() ? "volume" : "other";
                out.add(new Field(label, c[0], c[1]));
            }
            at = c[1];
        }
        if (at < e) out.add(new Field("other", at, e));
        out.addAll(fields.subList(imprint, fields.size()));
        return out;
    }

    /** An edition as a part between commas: "4th edn", "5.", "rev. Aufl." (a volume at a title's end is {@link #volumeEndsTheTitle}'s). */
    private static final Pattern EDITION_WORDS = Pattern.compile("\\d{1,2}\\.|(?:\\p{L}+\\.\\s*)*(?:Aufl\\.|Auflage|edn|ed\\.|éd\\.)");

    private static boolean isEdition(String t, int[] c) {
        return EDITION.matcher(t).region(c[0], c[1]).find() || EDITION_WORDS.matcher(t).region(c[0], c[1]).matches();
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

    /** The Bluebook's article in a journal numbered by year: ", 1996 U. Chi. Legal F. 207, 210." (no year in brackets after it). */
    private static final Pattern BLUEBOOK_BY_YEAR = Pattern.compile(
            ",\\s+(?<year>1[89]\\d\\d|20[0-3]\\d)\\s+(?<j>\\p{Lu}[\\p{L}.&'’ ]*?[\\p{L}.])\\s+(?<page>\\d{1,5})"
            + "(?:,\\s*(?:at\\s+)?(?<pin>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?))?\\s*[.;]?\\s*$");

    private static List<Field> bluebookJournal(String t, int from, int to, List<Field> fields) {
        if (!mayHold(t, from, to, ")")) return bluebookJournalByYear(t, from, to, fields);
        Matcher m = BLUEBOOK.matcher(t).region(from, to);
        if (!m.find()) return bluebookJournalByYear(t, from, to, fields);
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
     * "Frank H. Easterbrook, Cyberspace and the Law of the Horse, 1996 U. Chi. Legal F. 207": a
     * journal numbered by its year, the year before the journal's name and the first page after it.
     */
    private static List<Field> bluebookJournalByYear(String t, int from, int to, List<Field> fields) {
        if (fields.isEmpty()) return fields;
        int end = Math.max(to, fields.get(fields.size() - 1).end());
        int last = end;   // the pattern ends in a page: a digit, then maybe a full stop
        while (last > from && (Character.isWhitespace(t.charAt(last - 1)) || t.charAt(last - 1) == '.' || t.charAt(last - 1) == ';')) last--;
        if (last == from || !Character.isDigit(t.charAt(last - 1))) return fields;
        Matcher m = BLUEBOOK_BY_YEAR.matcher(t).region(from, end);
        if (!m.find()) return fields;
        int title = -1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.start() < m.start() && f.label().equals("title") && f.end() <= m.start() + 1) title = i;
        }
        if (title < 0 || letters(t, m.start("j"), m.end("j")) < 2) return fields;
        List<Field> out = new ArrayList<>(fields.subList(0, title + 1));
        out.add(new Field("other", fields.get(title).end(), m.start("year")));
        out.add(new Field("date", m.start("year"), m.end("year")));
        out.add(new Field("journal", m.start("j"), m.end("j")));
        out.add(new Field("pages", m.start("page"), m.group("pin") != null ? m.end("pin") : m.end("page")));
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
            ",?\\s*\\(?(?<![\\p{L}])(?:eds?|edd|Hrsg|Hg|Hgg|comps?|trans)\\.?\\)?[.,:]?\\s+(?=\\p{Lu}[\\p{L}’'-]*[\\s.,:]*$)");

    /**
     * "Clem, Ralph S., …, and Joseph D. Olander, eds. No | Room for Man": the words after the role
     * word that closes the names begin the title the tagger found next.
     */
    private static List<Field> titleAfterTheRole(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!(a.label().equals("author") || a.label().equals("editor")) || !b.label().equals("title")) continue;
            if (!mayHold(t, a.start(), a.end(), "ed", "Hrsg", "Hg", "comp", "trans")) continue;   // ROLE_THEN_WORDS needs one
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
            "(?<![\\p{L}])(?:(?<tr>[Tt]ranslated|[Tt]rans|[Tt]r|[Üü]bersetzt|[Üü]bers|[Tt]rad|[Tt]raduit)|[Ee]dited|[Ee]ds?|[Hh]rsg|[Hh]gg?|[Hh]erausgegeben|[Bb]earb(?:eitet)?|[Bb]esorgt|[ÉéEe]d|[ÉéEe]dité)"
            + "\\.?(?:\\s+(?:by|von|v\\.?|par))?\\s*\\.?\\s*$");

    /** "by ", "von ", "v. ", "par " before the names a role word stood before. */
    private static final Pattern BY_THEN_NAMES = Pattern.compile("\\s*(?:by|von|v\\.|par)\\s+(?=\\p{Lu})");

    /**
     * "éd. | par Jacques Morel", "trans. | by Ann Smith": the tagger gave the role word a field of its
     * own and the names after "par"/"by" another (a publisher's, an author's): the names are the
     * editor's or translator's, the role word and "par" the note's words.
     */
    private static List<Field> namesAfterTheRolesBy(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field role = fields.get(i - 1);
            Field f = fields.get(i);
            if (f.label().equals("other") || !hasAlnum(t, role.start(), role.end())) continue;
            Matcher by = BY_THEN_NAMES.matcher(t).region(f.start(), f.end());
            if (!by.lookingAt()) continue;
            Matcher r = ROLE_BEFORE_NAMES.matcher(t).region(role.start(), role.end());
            if (!r.find() || letters(t, role.start(), r.start()) > 0) continue;
            if (!NAMES_ALONE.matcher(t).region(by.end(), f.end()).matches()) continue;
            return splice(fields, i - 1, i + 1,
                    new Field("other", role.start(), by.end()),
                    new Field(r.group("tr") != null ? "translator" : "editor", by.end(), f.end()));
        }
        return fields;
    }

    /** The words of a title the tagger left after it, up to a role: " und Gesellschaft, hg. v" (group 1 the title's words). */
    private static final Pattern TITLE_WORDS_BEFORE_A_ROLE = Pattern.compile(
            "(\\s*(?:und|and|of|et|&|or|oder|in|im|zur|zum|der|des|the)\\s+[^,;()]*?)\\s*,\\s*"
            + "(?:hg|hrsg|herausgegeben|ed|edited|trans|translated|übers|übersetzt)\\.?(?:\\s+(?:by|von|v\\.?))?\\s*\\.?\\s*");

    /**
     * "Max Weber, Wirtschaft | und Gesellschaft, hg. v. Johannes Winckelmann": the words of a title
     * the tagger left out after a connective, before the comma and role that follow the title.
     */
    private static List<Field> titleRunsOnToItsEditor(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field o = fields.get(i + 1);
            if (!f.label().equals("title") || !o.label().equals("other") || !t.substring(f.end(), o.start()).isBlank()) continue;
            Matcher m = TITLE_WORDS_BEFORE_A_ROLE.matcher(t).region(o.start(), o.end());
            if (!m.matches()) continue;
            return splice(fields, i, i + 2, new Field("title", f.start(), m.end(1)), new Field("other", m.end(1), o.end()));
        }
        return fields;
    }

    /** A second role inside a field of names: ", trans. ", ", translated by ", ", übers. v. ", ", ed. " (group "tr" for a translator). */
    private static final Pattern SECOND_ROLE = Pattern.compile("\\s*,\\s*" + ROLE_BEFORE_A_NAME);

    /**
     * "ed. Hannah Arendt, trans. Harry Zohn": the names of an editor and of a translator run into one
     * field; each role's names are its own.
     */
    private static List<Field> secondRoleInTheNames(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            boolean editor = f.label().equals("editor");
            if (!editor && !f.label().equals("translator")) continue;
            Matcher m = SECOND_ROLE.matcher(t).region(f.start(), f.end());
            boolean found = false;
            while (!found && m.find()) found = letters(t, f.start(), m.start()) >= 3 && letters(t, m.end(), f.end()) >= 3;   // not the first role
            if (!found) continue;
            String second = m.group("tr") != null ? "translator" : "editor";
            if (second.equals(f.label())) continue;
            return splice(fields, i, i + 1, new Field(f.label(), f.start(), m.start()), new Field("other", m.start(), m.end()),
                    new Field(second, m.end(), f.end()));
        }
        return fields;
    }

    /** A person's name: initials and capitalised words, maybe with a particle ("Johannes Winckelmann", "J. H. Baker", "Hans van der Berg"). */
    private static final String ONE_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?|van|von|de|der|den|di|du|la|le|zu)){1,3}";

    /** Nothing but names of persons, joined by "and", "und", "&" or commas: what a field after "hg. v." may be though the tagger called it a title. */
    private static final Pattern NAMES_ALONE = Pattern.compile(
            "[\\s.]*" + ONE_NAME + "(?:\\s*(?:,|&|,?\\s+and|\\s+und|\\s+et)\\s+" + ONE_NAME + ")*[\\s,.;]*");

    /** Names right after "Translated by", "Edited by", "hg. v." are translators and editors, whatever the tagger said (an author, or a title of names alone). */
    private static List<Field> namesAfterARoleAreEditors(String t, List<Field> fields) {
        List<Field> out = null;
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            // a title or a publisher only of names alone ("ed. Complete Works": a title; "hg. v. | Klaus Berghahn,": names)
            boolean namesOnly = f.label().equals("title") || f.label().equals("publisher") && !publisherWord(t, new int[] {f.start(), f.end()});
            if (!f.label().equals("author") && !namesOnly) continue;
            Field before = fields.get(i - 1);
            if (!before.label().equals("other")) continue;
            Matcher m = ROLE_BEFORE_NAMES.matcher(t).region(before.start(), before.end());
            if (!m.find()) continue;
            if (namesOnly && !NAMES_ALONE.matcher(t).region(f.start(), f.end()).matches()) continue;
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

    /** An imprint in brackets closed by its year: "(CUP 2011)", "(2nd edn, Hart 2015)", "(Oxford, 1990)" (group 1 the words, 2 the year). */
    private static final Pattern IMPRINT_IN_BRACKETS = Pattern.compile(
            "\\(\\s*(\\p{Lu}[^()]{0,60}?|\\d{1,2}(?:st|nd|rd|th)\\s+edn?\\.?,[^()]{1,60}?)[\\s,]+((?:1[5-9]|20)\\d\\d)\\s*\\)");

    /**
     * "International Authority and the Responsibility to Protect (CUP 2011) ch 2": a book's imprint in
     * brackets, its year last, that the tagger left in the title, with at most a pinpoint after it:
     * the title ends before the bracket, the year is the date and the words before it the imprint
     * (read by the rules after this one: publisher, place, edition).
     */
    private static List<Field> imprintInsideTheTitle(String t, List<Field> fields) {
        if (has(fields, "date")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            int open = t.lastIndexOf('(', f.end() - 1);
            if (open <= f.start()) continue;
            Matcher m = IMPRINT_IN_BRACKETS.matcher(t).region(open, f.end());
            if (!m.lookingAt() || letters(t, m.end(), f.end()) > 4) continue;
            int[] title = trim(t, f.start(), open);
            if (title == null || letters(t, title[0], title[1]) < 3) continue;
            int[] imprint = {m.start(1), m.end(1)};
            return splice(fields, i, i + 1,
                    new Field("title", f.start(), open),
                    new Field(isPlace(t, imprint) ? "place" : "other", open, m.end(1)),
                    new Field("date", m.end(1), m.end()),
                    new Field("other", m.end(), f.end()));
        }
        return fields;
    }

    /**
     * "Memory and Power in Post | -War Europe, ed. Jan-Werner Müller": a field the tagger began inside
     * a hyphenated word; the word, and what follows it to the next comma, stay with the field before.
     */
    private static List<Field> noFieldBeginsInsideAWord(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            int s = f.start();
            if (s == 0 || s + 1 >= f.end() || t.charAt(s) != '-' || !Character.isLetter(t.charAt(s - 1))
                    || !Character.isLetter(t.charAt(s + 1))) continue;
            Field before = fields.get(i - 1);
            if (before.end() != s || before.label().equals("other") || before.label().equals(f.label())) continue;
            int comma = t.indexOf(',', s);
            int end = comma < 0 || comma >= f.end() ? f.end() : comma;
            List<Field> out = new ArrayList<>(fields);
            out.set(i - 1, new Field(before.label(), before.start(), end));
            if (end < f.end()) out.set(i, new Field(f.label(), end, f.end()));
            else out.remove(i);
            return out;
        }
        return fields;
    }

    /** "2nd edn", "3rd ed.", "2d ed." (the Bluebook's), "4. Aufl.", "5e éd.", "65. Ed." (an online commentary's), "95. EL" (a loose-leaf's supplement): an edition, whatever the tagger made of its number. */
    private static final Pattern EDITION = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|d|\\.?ª|\\.?º|\\.|e|ème|a)?\\s*(?:edn|[Ee]d\\.|EL|edition|Aufl\\.|Auflage|éd\\.|édition)(?![\\p{L}])");

    /** A German edition with words between its number and "Aufl.": "6., neu bearb. Aufl.", "10., völlig neu bearb. und erw. Aufl.". */
    private static final Pattern EDITION_WITH_WORDS = Pattern.compile(
            "(?<![\\p{L}\\d])\\d{1,2}\\.,?\\s+(?:\\p{Ll}+\\.?,?\\s+){1,6}Aufl(?:\\.|age)");

    /** A commentary's revision named without a number: "Neubearb. 2019" (Staudinger's), "Neubearbeitung". */
    private static final Pattern REVISION = Pattern.compile("(?<![\\p{L}])Neubearb(?:eitung|\\.)");

    private static List<Field> editionsByTheirWords(String t, int from, int to, List<Field> fields) {
        if (mayHold(t, from, to, "Aufl")) {
            Matcher w = EDITION_WITH_WORDS.matcher(t).region(from, to);
            while (w.find()) fields = overlay(fields, w.start(), w.end(), "edition");
        }
        if (mayHold(t, from, to, "Neubearb")) {
            Matcher w = REVISION.matcher(t).region(from, to);
            while (w.find()) fields = overlay(fields, w.start(), w.end(), "edition");
        }
        if (!mayHold(t, from, to, "edn", "ed.", "Ed.", "EL", "edition", "Aufl", "éd")) return fields;   // EDITION needs one of these
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

    /** A French series after the last comma of a title: ", coll. « Poétique »", ", collection Folio". */
    private static final Pattern COLL_ENDS_THE_TITLE = Pattern.compile(",\\s*(?:coll\\.|collection)\\s*[«“\"]?\\s*([^,«»“”\"]+?)\\s*[»”\"]?\\s*,?\\s*$");

    /**
     * "Figures III, Paris, Seuil, coll. « Poétique »": the series the tagger left at the end of the
     * title is the series, so that the imprint before it is found.
     */
    private static List<Field> seriesAtTheTitlesEnd(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") || t.indexOf("coll", f.start()) < 0) continue;
            Matcher m = COLL_ENDS_THE_TITLE.matcher(t).region(f.start(), f.end());
            if (!m.find() || m.start() - f.start() < 3) continue;
            return splice(fields, i, i + 1,
                    new Field("title", f.start(), m.start()),
                    new Field("other", m.start(), m.start(1)),
                    new Field("series", m.start(1), m.end(1)),
                    new Field("other", m.end(1), f.end()));
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

    /** "in: ders., Vergangene Zukunft, …": the same author's book (group 2) after "in", the word for the author (group 1). */
    private static final Pattern IN_SAME_AUTHORS_BOOK = Pattern.compile(
            "(?<![\\p{L}])[Ii]n:?\\s+([Dd](?:ers|ies|ens)\\.|[Ee]ad(?:em)?\\.?|[Ii]dem)(?:\\s*\\((?:Hg|Hrsg|ed|eds)\\.\\))?\\s*,\\s*(\\p{Lu}[^,;()]*?)\\s*[,(]");

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
        // a title of words between commas runs on ("Recht, Staat, Freiheit, Frankfurt a. M. 1991") to the place or a number
        int end = m.end(2);
        while (end < to && t.charAt(skipSpaces(t, end, to)) == ',') {
            int ps = skipSpaces(t, t.indexOf(',', end) + 1, to);
            int pe = ps;
            while (pe < to && ",;()".indexOf(t.charAt(pe)) < 0) pe++;
            if (pe >= to || t.charAt(pe) != ',') break;   // the last part is the imprint's
            Matcher w = RX_FIRST_WORD.matcher(t).region(ps, pe);
            if (!w.lookingAt() || CitationFeatures.isPlaceWord(w.group().toLowerCase(java.util.Locale.ROOT))) break;
            boolean number = false;
            for (int k = ps; k < pe; k++) number |= Character.isDigit(t.charAt(k));
            if (number || EDITION.matcher(t).region(ps, pe).find()) break;
            int[] part = trim(t, ps, pe);
            if (part == null) break;
            end = part[1];
        }
        return overlay(overlay(fields, m.start(), m.start(2), "other"), m.start(2), end, "container");
    }

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

    /** "in Vestigia Mathematica, ed. M. Folkerts", "in Image–Music–Text, trans. by Stephen Heath": the book (group 1), then its editors (translators: group tr) after the role word. */
    private static final Pattern IN_BOOK_THEN_ROLE = Pattern.compile(
            "\\s*(?:[Ii]n|[Dd]ans|[Ii]m)\\s*:?\\s+(\\p{Lu}[^,;()]*?)\\s*,\\s*(?:eds?\\.|edited\\s+by|ed\\.\\s+by|hrsg\\.\\s+v(?:on|\\.)|hg\\.\\s+v(?:on|\\.)|éd\\."
            + "|(?<tr>trans\\.(?:\\s+by)?|translated\\s+by|übers\\.\\s+v(?:on|\\.)|trad\\.))\\s+(?=\\p{Lu})");

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
                    new Field(m.group("tr") != null ? "translator" : "editor", m.end(1), f.end()));
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
        if (!mayHold(t, from, to, "“", "„", "«", "\"")) return fields;
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
            Matcher day = numericDay(t, y.end(), fields.get(fields.size() - 1).end());
            if (day == null || day.end() <= f.end()) continue;
            int end = day.end();
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
        // three capitals without full stops are a state before the publisher's colon ("Sydney, NSW: Allen & Unwin")
        boolean beforeColon = part[1] < t.length() && t.charAt(part[1]) == ':';
        return RX_STATE.matcher(t).region(part[0], part[1]).matches() || Places.isRegion(t.substring(part[0], part[1]))
                || beforeColon && THREE_CAPITALS.matcher(t).region(part[0], part[1]).matches();
    }

    private static final Pattern RX_FIRST_WORD = Pattern.compile("\\p{Lu}[\\p{L}-]+");

    /**
     * A state or country abbreviated: "MA", "N.Y.", "N. S. W.", "Mass.", "Ga"; three capitals need their
     * full stops ("Paris, PUF": a publisher's acronym, not a state; "USA" is known to {@link Places}).
     */
    private static final Pattern RX_STATE = Pattern.compile("\\p{Lu}\\.?(?:\\s?\\p{Lu}\\.?)?|\\p{Lu}\\.(?:\\s?\\p{Lu}\\.){2}|\\p{Lu}\\p{Ll}\\.?|\\p{Lu}\\p{Ll}{1,4}\\.");

    private static final Pattern THREE_CAPITALS = Pattern.compile("\\p{Lu}{3}");

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
            if (roleNext || roleAfter || endsWithRole(t, f.start(), f.end())) {
                out.set(i, new Field("editor", f.start(), f.end()));
            } else if (next != null && next.label().equals("editor") && t.substring(f.end(), next.start()).isBlank()
                    && endsWithRole(t, next.start(), next.end()) && !IN_BEFORE_THE_EDITORS.matcher(t).region(next.start(), next.end()).lookingAt()) {
                // (never "Spindler, | in: Schmidt/Lutter (Hrsg.)": the author of a part, then the book's editors)
                // "Comaroff, J. and J. L. | Comaroff, eds.": one list of names that the role closes
                out.set(i, new Field("editor", f.start(), next.end()));
                out.remove(i + 1);
            }
        }
        return out;
    }

    /** "in:", "In:", "in " opening the editors of the book a part is in. */
    private static final Pattern IN_BEFORE_THE_EDITORS = Pattern.compile("[\\s,]*(?:[Ii]n:?|[Dd]ans)\\s");

    /** A whole name in its own order before a comma and a capital or quotation mark: "Max Weber, ", "Richard J. Evans, ". */
    private static final Pattern NAME_BEFORE_THE_TITLE = Pattern.compile(
            "(?<=\\p{Ll}[,:]?\\s)(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}\\.)*(?:\\s+(?:von|van|de|der|den|du|la|le|di|da))?"
            + "\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+),\\s+(?=[\\p{Lu}“\"‘„«])");

    /**
     * "The classic statement remains Max Weber, Wirtschaft und Gesellschaft, …": a title the tagger
     * began with the note's own sentence, a whole name and a comma in it after a word in lower case,
     * and no author in the citation: the sentence is prose, the name the author, the rest the title.
     */
    private static List<Field> proseBeforeTheAuthor(String t, List<Field> fields) {
        if (has(fields, "author") || has(fields, "editor")) return fields;
        int i = nextWithWords(t, fields, 0);
        if (i >= fields.size() || !fields.get(i).label().equals("title")) return fields;
        Field f = fields.get(i);
        Matcher m = NAME_BEFORE_THE_TITLE.matcher(t).region(f.start(), f.end());
        m.useTransparentBounds(true);
        if (!m.find() || !PROSE.matcher(t.substring(f.start(), m.start(1))).matches()) return fields;
        if (letters(t, m.end(), f.end()) < 3) return fields;
        return splice(fields, i, i + 1, new Field("other", f.start(), m.start(1)), new Field("author", m.start(1), m.end(1)),
                new Field("other", m.end(1), m.end()), new Field("title", m.end(), f.end()));
    }

    /** Words in lower case that join a title to what follows: "für das", "of the", "de la". */
    private static final Set<String> JOINING_WORDS = Set.of("für", "das", "der", "die", "des", "dem", "den", "of", "the", "and",
            "und", "de", "la", "le", "les", "du", "di", "del", "della", "et", "y", "zur", "zum", "im", "in", "on", "for");

    /** Whether the last word of {@code t[s, e)}, after a space, is a joining word. */
    private static boolean endsInAJoiningWord(String t, int s, int e) {
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        int b = e;
        while (b > s && !Character.isWhitespace(t.charAt(b - 1))) b--;
        return b > s && JOINING_WORDS.contains(t.substring(b, e));
    }

    /**
     * "Statistisches Jahrbuch für das | Deutsche Reich 52 (1933)": a title that ends in a word that
     * joins it to the journal right after it is the journal's beginning.
     */
    private static List<Field> titleEndingInAFunctionWordRunsIntoTheJournal(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field j = fields.get(i + 1);
            if (!f.label().equals("title") || !j.label().equals("journal")) continue;
            if (!endsInAJoiningWord(t, f.start(), j.start())) continue;
            return splice(fields, i, i + 2, new Field("journal", f.start(), j.end()));
        }
        return fields;
    }

    /**
     * "A Historical Commentary on | Thucydides, vol. 5 (Oxford, 1981)": a title that ends in a word
     * joining it to the book the tagger found right after it, with no "in" between, is one title.
     */
    private static List<Field> titleEndingInAFunctionWordRunsIntoTheBook(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field b = fields.get(i + 1);
            if (!f.label().equals("title") || !b.label().equals("container") || !t.substring(f.end(), b.start()).isBlank()) continue;
            if (!endsInAJoiningWord(t, f.start(), f.end()) || quotedAt(t, f.start(), f.end())) continue;
            int e = f.end();
            while (e > f.start() && Character.isWhitespace(t.charAt(e - 1))) e--;
            if (t.regionMatches(true, e - 3, " in", 0, 3) || t.regionMatches(e - 3, " im", 0, 3)) continue;   // "… in | Journal": a part in a book
            return splice(fields, i, i + 2, new Field("title", f.start(), b.end()));
        }
        return fields;
    }

    /** A title in quotation marks (single ones closed before "in"), then more words after its closing mark (group 1 where they start). */
    private static final Pattern QUOTED_THEN_MORE = Pattern.compile(
            "\\s*(?:“[^”“]+[”]|\"[^\"]+\"|‘[^‘]+?’(?=\\s*[,.;:]?\\s*(?:in|In):?\\s))\\s*()[,.;:]?\\s*(?:in|In|in:|In:)\\s+(?=\\p{Lu})");

    /**
     * "“Thick Description: …,” in The Interpretation of Cultures": a quoted title ends at its closing
     * mark; the words after "in" are the book it is in.
     */
    private static List<Field> quotedTitleEndsAtItsMark(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            Matcher m = QUOTED_THEN_MORE.matcher(t).region(f.start(), f.end());
            if (!m.lookingAt() || letters(t, m.end(), f.end()) < 3) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start(1)), new Field("other", m.start(1), m.end()),
                    new Field("container", m.end(), f.end()));
        }
        return fields;
    }

    /** "(1975: 30)": the year, a colon, then pages (group 1). */
    private static final Pattern YEAR_COLON_PAGES = Pattern.compile(
            "\\(?\\s*(?:1[5-9]\\d\\d|20[0-3]\\d)[a-z]?\\s*:\\s*(\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*f{1,2}\\.)?)(?!\\d)");

    /**
     * "As argued by Foucault (1975: 30), discipline …": the pages after the year's colon (author-date)
     * are the pages cited, whatever the tagger made of them.
     */
    private static List<Field> pagesAfterTheYearsColon(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("date")) continue;
            Matcher m = YEAR_COLON_PAGES.matcher(t).region(skipSpaces(t, f.start(), f.end()), fields.get(fields.size() - 1).end());
            if (!m.lookingAt() || m.start(1) < f.end()) continue;
            Field g = fields.get(i + 1);
            if (g.label().equals("pages") || g.start() > m.start(1) || g.end() < m.end(1)) continue;
            return splice(fields, i + 1, i + 2, new Field(g.label(), g.start(), m.start(1)), new Field("pages", m.start(1), m.end(1)),
                    new Field(g.label(), m.end(1), g.end()));
        }
        return fields;
    }

    /**
     * After a year in brackets (OSCOLA), the volume, the journal's name or abbreviation and the first
     * page, then maybe the page cited: "(1977) 93 LQR 195, 198", "(1979) 27 Political Studies 183",
     * "(2006) 26 OJLS 425 at 430".
     */
    private static final Pattern VOLUME_JOURNAL_PAGE = Pattern.compile(
            "\\s*(?<vol>\\d{1,4})\\s+(?<j>\\p{Lu}[\\p{L}.&'’]*(?:\\s+(?:\\p{Lu}[\\p{L}.&'’]*|of|and|for|the|on|in|&|de|du|des|der|für|\\d[a-z]{1,2}))*?)"
            + "\\s+(?<p>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*(?:,|at)\\s*\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*f{1,2}\\.?)?)?)\\s*[.;]?\\s*");
    /** As {@link #VOLUME_JOURNAL_PAGE}, with no volume: "[2000] PL 671, 675" (group vol never matches). */
    private static final Pattern JOURNAL_PAGE = Pattern.compile(
            "\\s*(?<vol>(?!))?(?<j>\\p{Lu}[\\p{L}.&'’]*(?:\\s+(?:\\p{Lu}[\\p{L}.&'’]*|of|and|for|the|on|in|&|de|du|des|der|für|\\d[a-z]{1,2}))*?)"
            + "\\s+(?<p>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*(?:,|at)\\s*\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?(?:\\s*f{1,2}\\.?)?)?)\\s*[.;]?\\s*");

    /**
     * "(1977) 93 LQR 195, 198": after the year in brackets, a volume, the journal and its first page
     * (maybe the page cited), whatever fields the tagger made of them; the journal is the words
     * between the numbers.
     */
    private static List<Field> volumeJournalPageAfterTheYear(String t, List<Field> fields) {
        int n = fields.size();
        for (int i = 0; i + 1 < n; i++) {
            Field d = fields.get(i);
            if (!d.label().equals("date")) continue;
            // the year in brackets, whichever fields the tagger gave the brackets ("[ | 2000]")
            Matcher y = YEAR.matcher(t).region(d.start(), d.end());
            if (!y.find() || y.start() == 0 || y.end() >= t.length()) continue;
            char open = t.charAt(y.start() - 1);
            char close = t.charAt(y.end());
            if (!(open == '(' && close == ')' || open == '[' && close == ']')) continue;
            int s = y.start() - 1;
            int after = y.end() + 1;
            if (s < fields.get(0).start() || after > fields.get(n - 1).end()) continue;
            Matcher m = VOLUME_JOURNAL_PAGE.matcher(t).region(after, fields.get(n - 1).end());
            boolean matched = m.matches();
            if (!matched && open == '[') {   // "[2000] PL 671": a report numbered by year has no volume
                m = JOURNAL_PAGE.matcher(t).region(after, fields.get(n - 1).end());
                matched = m.matches();
            }
            if (!matched) return fields;
            if (s == d.start() && after == d.end()) {   // the fields the tagger found up to the year stay
                List<Field> out = new ArrayList<>(fields.subList(0, i + 1));
                addVolumeJournalPage(out, m, fields.get(n - 1).end());
                return out;
            }
            List<Field> out = new ArrayList<>();
            for (Field g : fields) {
                if (g.end() <= s) out.add(g);
                else if (g.start() < s && hasAlnum(t, g.start(), s)) out.add(new Field(g.label(), g.start(), s));
            }
            out.add(new Field("date", s, after));
            addVolumeJournalPage(out, m, fields.get(n - 1).end());
            return out;
        }
        return fields;
    }

    private static void addVolumeJournalPage(List<Field> out, Matcher m, int end) {
        if (m.group("vol") != null) out.add(new Field("volume", m.start("vol"), m.end("vol")));
        out.add(new Field("journal", m.start("j"), m.end("j")));
        out.add(new Field("pages", m.start("p"), end));
    }

    /** Words after an opening bracket, up to the field's end: a publisher ("CUP", "Hart Publishing", "Sweet & Maxwell"). */
    private static final Pattern OPEN_IMPRINT = Pattern.compile(
            "\\s*\\(\\s*(?<pub>\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.&'’-]*|&|and|of)){0,5})\\s*$");

    /**
     * "The Invention of Tradition (CUP 1983)", "Public Law (OUP 2003)": a title (or what the tagger
     * took for a journal) that opens a bracket it does not close, before the year that closes it,
     * holds the book's publisher after the bracket (OSCOLA).
     */
    private static List<Field> imprintOpenedInTheTitle(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            String l = f.label();
            if (!l.equals("title") && !l.equals("journal") && !l.equals("container")) continue;
            int open = t.lastIndexOf('(', f.end() - 1);
            if (open <= f.start()) continue;
            int closed = t.indexOf(')', open);
            if (closed >= 0 && closed < f.end()) continue;
            Field d = fields.get(i + 1);
            if (!d.label().equals("date") || !YEAR.matcher(t).region(d.start(), d.end()).find()) continue;
            if (closed < d.start() || closed > d.end()) continue;   // the year closes the bracket
            Matcher m = OPEN_IMPRINT.matcher(t).region(open, f.end());
            if (!m.matches() || letters(t, f.start(), open) < 3) continue;
            String title = l.equals("journal") && !has(fields, "title") ? "title" : l;
            return splice(fields, i, i + 1, new Field(title, f.start(), open), new Field("publisher", m.start("pub"), m.end("pub")));
        }
        return fields;
    }

    /** The German articles and prepositions a title's ordinal follows: "des 19.", "im 20.", "seit dem 1.". */
    private static final List<String> ORDINALS_WORD_LIST = List.of("des", "der", "dem", "den", "im", "am", "zum", "vom", "ins", "bis", "seit", "ab", "zur");
    private static final java.util.Set<String> ORDINALS_WORDS = java.util.Set.copyOf(ORDINALS_WORD_LIST);
    /** A title ending in an article or preposition and a number: "Eine Geschichte des 19", "Europa im 20" (German ordinals). */
    private static final Pattern ENDS_IN_AN_ORDINAL = Pattern.compile(
            "(?s).*?\\s(?:" + String.join("|", ORDINALS_WORD_LIST) + ")\\s+\\d{1,2}\\s*$");

    /**
     * "Die Verwandlung der Welt. Eine Geschichte des 19. Jahrhunderts, München 2009": a German ordinal
     * ("19.") is no full stop, and the word after it still belongs to the title.
     */
    private static List<Field> ordinalRunsOnInTheTitle(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("journal")) continue;
            int e = f.end();
            while (e > f.start() && Character.isWhitespace(t.charAt(e - 1))) e--;
            boolean dotInside = e > f.start() && t.charAt(e - 1) == '.';
            int numEnd = dotInside ? e - 1 : e;
            int d = numEnd;
            while (d > f.start() && Character.isWhitespace(t.charAt(d - 1))) d--;
            if (d == f.start() || !Character.isDigit(t.charAt(d - 1))) continue;   // no number at the end: no ordinal
            if (!ENDS_IN_AN_ORDINAL.matcher(t).region(Math.max(f.start(), d - 12), numEnd).lookingAt()) continue;
            int after = dotInside ? e : skipSpaces(t, e, t.length());
            if (!dotInside && (after >= t.length() || t.charAt(after) != '.')) continue;
            Field g = fields.get(i + 1);
            int[] w = trim(t, g.start(), g.end());
            if (w == null || !Character.isUpperCase(t.charAt(w[0])) || t.substring(w[0], w[1]).indexOf(' ') >= 0) continue;
            if (g.label().equals("date") || g.label().equals("pages") || g.label().equals("volume")) continue;
            return splice(fields, i, i + 2, new Field(f.label(), f.start(), g.end()));
        }
        return fields;
    }

    /** The number of an ordinal, then the word it counts: " 20. Jahrhundert", " 1. Januar", " 70. Geburtstag" (group 1: the word). */
    private static final Pattern ORDINAL_THEN_A_WORD = Pattern.compile("\\s+\\d{1,2}\\.\\s+(\\p{Lu}[\\p{L}\\p{M}-]+)");

    /**
     * "Geschichtswissenschaft und Politik im | 20. | Jahrhundert, Düsseldorf 2001": a title the
     * tagger ended at the article or preposition before an ordinal (the number then a volume, the
     * word a publisher) runs on through the ordinal and the word it counts.
     */
    private static List<Field> ordinalAfterTheTitle(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("journal")) continue;
            int e = f.end();
            while (e > f.start() && Character.isWhitespace(t.charAt(e - 1))) e--;
            int d = e;
            while (d < t.length() && t.charAt(d) == ' ') d++;
            if (d == e || d >= t.length() || !Character.isDigit(t.charAt(d)) || !endsInAnOrdinalsWord(t, f.start(), e)) continue;
            Matcher m = ORDINAL_THEN_A_WORD.matcher(t).region(e, fields.get(fields.size() - 1).end());
            // "vom 3. Mai 1990": a day and its month are a date's
            if (!m.lookingAt() || CitationFeatures.isMonth(m.group(1).toLowerCase(java.util.Locale.ROOT))) continue;
            return overlay(fields, f.start(), m.end(1), f.label());
        }
        return fields;
    }

    /** Whether {@code t[s, e)} ends in a word an ordinal follows in a title: "des", "im", "seit dem", "zum". */
    private static boolean endsInAnOrdinalsWord(String t, int s, int e) {
        int w = e;
        while (w > s && Character.isLetter(t.charAt(w - 1))) w--;
        return w < e && (w == s || Character.isWhitespace(t.charAt(w - 1)))
                && ORDINALS_WORDS.contains(t.substring(w, e));
    }


    /**
     * "Grundmann, Europäisches Schuldvertragsrecht, 1999, S. 45": a surname, a comma and words no
     * given name is (an adjective, a long compound) are the author and the title of the work, not
     * one inverted name — in German law and humanities notes the author is named by surname alone.
     */
    /** Words of letters only, the first capitalised: "Europäisches Schuldvertragsrecht" (no initial, no list of names). */
    private static final Pattern WORDS_ONLY = Pattern.compile(
            "(?!.*\\s(?:and|und|et|y|e|i|u|&)\\s)\\p{Lu}[\\p{L}\\p{M}]+(?:,?\\s+[\\p{L}\\p{M}]+)*");

    /** A whole name, a comma, then capitalised words closed by a colon: "MacCulloch, Thomas Cranmer:" (group 1 the words). */
    private static final Pattern NAME_COMMA_WORDS_COLON = Pattern.compile(
            ".*\\p{Ll}\\s*,\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})\\s*:\\s*");

    /**
     * "Diarmaid MacCulloch, Thomas Cranmer: A Life": a title that begins with a name, which the tagger
     * gave the author; in a note, names are never closed by a colon, and the words after the author's
     * comma, to the colon, begin the title after it.
     */
    private static List<Field> titleBeginningWithANameBeforeItsColon(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("author") || !b.label().equals("title") || a.end() != b.start() && !t.substring(a.end(), b.start()).isBlank()) continue;
            if (t.indexOf(':', a.start()) < 0 || t.indexOf(':', a.start()) >= a.end()) continue;
            Matcher m = NAME_COMMA_WORDS_COLON.matcher(t).region(a.start(), a.end());
            if (!m.matches()) continue;
            int comma = t.lastIndexOf(',', m.start(1));
            int[] names = trim(t, a.start(), comma);
            if (names == null || t.substring(names[0], names[1]).indexOf(' ') < 0) continue;   // a whole name before the comma, not a surname
            return splice(fields, i, i + 2, new Field("author", a.start(), comma), new Field("other", comma, m.start(1)),
                    new Field("title", m.start(1), b.end()));
        }
        return fields;
    }

    /**
     * "Carl Schmitt, Verfassungslehre, München/Leipzig | 1928": the tagger ran the names, the title
     * and the places into one author field; the last part after a comma, places joined by slashes,
     * before the year, is the place (the rules after this one find the title after the name).
     */
    private static List<Field> placesAtTheEndOfTheNames(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            if (!a.label().equals("author") || !fields.get(i + 1).label().equals("date")) continue;
            int comma = t.lastIndexOf(',', a.end() - 1);
            if (comma <= a.start()) continue;
            int[] last = trim(t, comma + 1, a.end());
            if (last == null || !Character.isUpperCase(t.charAt(last[0]))) continue;
            // each part between slashes opens with a place's word ("München/Leipzig")
            boolean places = true;
            for (int p = last[0]; p < last[1] && places; ) {
                int slash = t.indexOf('/', p);
                int partEnd = slash < 0 || slash >= last[1] ? last[1] : slash;
                int q = skipSpaces(t, p, partEnd);
                int w = q;
                while (w < partEnd && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '-')) w++;
                places = w > q && Character.isUpperCase(t.charAt(q))
                        && CitationFeatures.isPlaceWord(t.substring(q, w).toLowerCase(java.util.Locale.ROOT));
                p = partEnd + 1;
            }
            if (!places) continue;
            return splice(fields, i, i + 1, new Field("author", a.start(), comma), new Field("other", comma, last[0]),
                    new Field("place", last[0], a.end()));
        }
        return fields;
    }

    /** A function word alone, as a title holds and a list of names does not: "des", "der", "of the", "de la". */
    private static final Pattern FUNCTION_WORDS_ONLY = Pattern.compile(
            "\\s*(?:des|der|den|dem|die|das|und|im|zur|zum|of|the|and|for|on|in|de|du|la|le|les|et|del|della|di)"
            + "(?:\\s+(?:des|der|den|dem|die|das|of|the|de|du|la|le|les|del|della|di))*\\s*");

    /**
     * "Die Verfassung | des | Pluralismus, Königstein/Ts. 1980": a title the tagger broke at a
     * function word, taking the capitalised word after it for a name (a particle's): the title runs
     * on to the comma; what follows it, before the year, is the place.
     */
    private static List<Field> titleRunsOnThroughAFunctionWord(String t, List<Field> fields) {
        for (int i = 0; i + 2 < fields.size(); i++) {
            Field title = fields.get(i);
            Field o = fields.get(i + 1);
            Field a = fields.get(i + 2);
            if (!title.label().equals("title") || !o.label().equals("other") || !a.label().equals("author")) continue;
            if (!FUNCTION_WORDS_ONLY.matcher(t).region(o.start(), o.end()).matches() || !t.substring(title.end(), o.start()).isBlank()) continue;
            int comma = t.indexOf(',', a.start());
            if (comma < 0 || comma >= a.end()) comma = a.end();
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field("title", title.start(), comma));
            int[] rest = trim(t, comma < a.end() ? comma + 1 : a.end(), a.end());
            boolean dateNext = i + 3 < fields.size() && fields.get(i + 3).label().equals("date");
            if (rest != null) {
                out.add(new Field("other", comma, rest[0]));
                out.add(new Field(dateNext ? "place" : "other", rest[0], a.end()));
            } else if (comma < a.end()) {
                out.add(new Field("other", comma, a.end()));
            }
            out.addAll(fields.subList(i + 3, fields.size()));
            return out;
        }
        return fields;
    }

    /** "in" after a closing mark or comma, at a field's end: where the book a part is in begins ("Mesostigmata » in"). */
    private static final Pattern IN_AFTER_A_MARK = Pattern.compile("[»”\"’',]\\s*in\\s*$");

    /** A role word among names: "ed.", "eds", "trans.", "Hrsg.", "hg." (a whole word). */
    private static final Pattern ROLE_WORDS_INSIDE = Pattern.compile(
            "(?<![\\p{L}])(?:[Ee]ds?|[Ee]dited|[Tt]rans|[Tt]ranslated|[Hh]rsg|[Hh]gg?|dir|coord|[Éé]ds?)(?![\\p{L}])");

    /** A title's last word that no title ends with: "of", "to", "des" ("The Letters of | John Keats"); not "by" or "von", after which names follow a title ("with contributions by"). */
    private static final Pattern ENDS_IN_A_FUNCTION_WORD = Pattern.compile(
            ".*\\s(?:of|to|for|and|the|from|on|in|at|with|about|des|der|de|du|di|et|und|im|zur|zum|über|unter|vom|am)\\s*");

    /**
     * "The Letters of | John Keats, ed. by Hyder Edward Rollins": a title that ends in a function word
     * runs on into the names the tagger found after it, to their comma.
     */
    private static List<Field> titleEndingInAFunctionWordRunsIntoTheNames(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field n = fields.get(i + 1);
            if (!f.label().equals("title") && !f.label().equals("container") || !n.label().equals("editor") && !n.label().equals("author")) continue;
            if (!t.substring(f.end(), n.start()).isBlank() || !ENDS_IN_A_FUNCTION_WORD.matcher(t).region(f.start(), f.end()).matches()) continue;
            if (IN_AFTER_A_MARK.matcher(t).region(f.start(), f.end()).find()) continue;   // "Mesostigmata » in Krantz": "in" leads to the book
            int comma = t.indexOf(',', n.start());
            if (comma < 0 || comma >= n.end()) {   // "In The Best Short Stories of | J. G. Ballard. New York": the whole field, with no role in it
                if (endsWithRole(t, n.start(), n.end()) || ROLE_WORDS_INSIDE.matcher(t).region(n.start(), n.end()).find()) continue;
                int[] r = trim(t, n.start(), n.end());
                if (r == null) continue;
                return splice(fields, i, i + 2, new Field(f.label(), f.start(), r[1]), new Field("other", r[1], n.end()));
            }
            return splice(fields, i, i + 2, new Field(f.label(), f.start(), comma), new Field(n.label(), comma, n.end()));
        }
        return fields;
    }

    /** A day of the month, alone: "3", "25". */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\s*(?:[1-9]|[12]\\d|3[01])\\s*");

    /**
     * "The Guardian, 3 | May 2010": a day the tagger called a volume, right before a date that opens
     * with its month, is the date's.
     */
    private static List<Field> dayBeforeTheMonth(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field v = fields.get(i);
            Field d = fields.get(i + 1);
            if (!v.label().equals("volume") || !d.label().equals("date") || !t.substring(v.end(), d.start()).isBlank()) continue;
            if (!DAY_NUMBER.matcher(t).region(v.start(), v.end()).matches()) continue;
            if (!FieldTagger.startsWithMonth(t, d.start(), d.end())) continue;
            return splice(fields, i, i + 2, new Field("date", v.start(), d.end()));
        }
        return fields;
    }

    /** A page in small roman numerals, alone: "xii", "ix–xi". */
    private static final Pattern ROMAN_PAGE = Pattern.compile("\\s*(?:[ivxlc]{1,7})(?:\\s*[–-]\\s*[ivxlc]{1,7})?\\s*[.;]?\\s*");

    /** "(New York: Knopf, 1993), xii.": a page in roman numerals after the imprint's bracket is the page cited. */
    private static List<Field> romanPageAfterTheImprint(String t, List<Field> fields) {
        int n = fields.size();
        if (n < 2 || !fields.get(n - 1).label().equals("other") || has(fields, "pages")) return fields;
        Field f = fields.get(n - 1);
        if (!ROMAN_PAGE.matcher(t).region(f.start(), f.end()).matches()) return fields;
        int b = f.start();
        while (b > 0 && Character.isWhitespace(t.charAt(b - 1))) b--;
        if (b < 2 || t.charAt(b - 1) != ',' || t.charAt(b - 2) != ')') return fields;
        return relabel(fields, n - 1, "pages");
    }

    /** Lead-ins and words of prose that begin a note, capitalised, which are no given name. */
    private static final Set<String> NOT_A_GIVEN_NAME = Set.of("See", "Cf", "Compare", "Also", "But", "Contra", "Accord", "Vgl", "Siehe",
            "So", "Ebenso", "Dazu", "Auch", "Zum", "Statt", "Anders", "Kritisch", "Grundlegend", "Näher", "Hierzu", "Dagegen", "Insbesondere",
            "Zuletzt", "Jetzt", "In", "On", "For", "The", "A", "An", "Voir", "Dans", "Und", "And", "Quoted", "Cited", "Idem", "Ibid", "Ders", "Dies");

    /**
     * "Ann | Laura Stoler, Along the Archival Grain": a capitalised word the tagger left out before the
     * names that open the citation is the first given name.
     */
    private static List<Field> givenNameLeftBeforeTheAuthor(String t, List<Field> fields) {
        if (fields.size() < 2) return fields;
        Field o = fields.get(0);
        Field a = fields.get(1);
        if (!o.label().equals("other") || !a.label().equals("author") || !t.substring(o.end(), a.start()).isBlank()) return fields;
        int[] w = trim(t, o.start(), o.end());
        if (w == null || !ONE_WORD.matcher(t).region(w[0], w[1]).matches() || NOT_A_GIVEN_NAME.contains(t.substring(w[0], w[1]))) return fields;
        if (t.substring(o.end(), a.start()).isEmpty() && !Character.isWhitespace(t.charAt(o.end() - 1))) return fields;
        return splice(fields, 0, 2, new Field("author", o.start(), a.end()));
    }

    /** Words that open a clause of prose after a citation: "who argues", "which", "wo", "der dort". */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "where", "whose", "whom", "but", "although", "though", "while",
            "whereas", "arguing", "noting", "suggesting", "wo", "welche", "welcher", "welches", "wobei", "allerdings", "aber", "jedoch",
            "obwohl", "mit", "ohne", "dort", "freilich", "qui", "où", "mais");

    /**
     * "The Weak State (London, 1990), 12, who argues that …": after the year, a clause of prose that
     * opens with a word such as "who", "which", "wobei" is the note's own words to the end; a number
     * the tagger called the volume before it is the page cited.
     */
    private static List<Field> clauseOfProseAfterTheCitation(String t, List<Field> fields) {
        boolean dated = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.label().equals("date")) {
                dated = true;
                continue;
            }
            if (!dated) continue;
            int a = skipSpaces(t, f.start(), f.end());
            int w = a;
            while (w < f.end() && Character.isLetter(t.charAt(w))) w++;
            if (w == a || !Character.isLowerCase(t.charAt(a)) || !CLAUSE_WORDS.contains(t.substring(a, w))) continue;
            // the clause follows a comma
            int b = f.start();
            while (b > 0 && Character.isWhitespace(t.charAt(b - 1))) b--;
            if (b == 0 || t.charAt(b - 1) != ',') continue;
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).label().equals("volume") && !has(out, "pages") && !has(out, "journal")
                    && BARE_NUMBER.matcher(t).region(out.get(last).start(), out.get(last).end()).matches()) {
                out.set(last, new Field("pages", out.get(last).start(), out.get(last).end()));
            }
            out.add(new Field("other", f.start(), fields.get(fields.size() - 1).end()));
            return out;
        }
        return fields;
    }

    /** A section cited at a title's end: " § 5.2", " §§ 12–14" (from the sign to the field's end). */
    private static final Pattern SECTION_AT_THE_END = Pattern.compile("\\s+§+\\s*(?:\\d+[\\d.]*[a-z]?(?:\\s*[–-]\\s*\\d+[\\d.]*)?)?\\s*,?\\s*$");

    /** "Constitutional Law: Principles and Policies § 5.2, at 420 (4th ed. 2011)": the section cited is no word of the title. */
    private static List<Field> sectionCitedAfterTheTitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            int sign = t.indexOf('§', f.start());
            if (sign < 0 || sign >= f.end()) continue;
            Matcher m = SECTION_AT_THE_END.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 3) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), f.end()));
        }
        return fields;
    }

    /** A volume in someone's honour, by its word: ", FS Larenz", ", Festschrift für Werner Lorenz", ", GS Schultz", ", Liber Amicorum …" (group 1 its start). */
    private static final Pattern HONOUR_VOLUME = Pattern.compile(
            "\\s*,\\s*((?:FS|GS|Festschrift|Gedächtnisschrift|Gedenkschrift|Liber\\s+[Aa]micorum|Mélanges|Essays\\s+in\\s+Honou?r)\\b)");

    /**
     * "Canaris, FS Larenz, 1973, S. 799": a Festschrift after the author's name, which the tagger ran
     * into the names, is the book the contribution is in.
     */
    private static List<Field> festschriftAfterTheAuthor(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author") || t.indexOf(',', f.start()) < 0 || t.indexOf(',', f.start()) >= f.end()) continue;
            if (!mayHold(t, f.start(), f.end(), "FS", "GS", "Fest", "Ged", "Liber", "Mélanges", "Essays")) continue;   // HONOUR_VOLUME needs one
            Matcher m = HONOUR_VOLUME.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 2) continue;
            int[] book = trim(t, m.start(1), f.end());
            if (book == null) continue;
            return splice(fields, i, i + 1, new Field("author", f.start(), m.start()), new Field("other", m.start(), book[0]),
                    new Field("title", book[0], f.end()));
        }
        return fields;
    }

    /** An issue marked by its word right after a journal's name: " Nr. 123", " No. 45", " Heft 2" (group 1 the whole, mark and number). */
    private static final Pattern MARKED_ISSUE_AFTER_THE_JOURNAL = Pattern.compile("\\s*,?\\s*((?:Nr|No|Heft|H)\\.?\\s*\\d{1,4})(?![\\d.])");

    /**
     * "Süddeutsche Zeitung Nr. 123 vom 30.5.2012": a number marked as the issue right after the
     * journal's name, which the tagger broke into a volume and pages, is the issue.
     */
    private static List<Field> markedIssueAfterTheJournal(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field j = fields.get(i);
            if (!j.label().equals("journal")) continue;
            Matcher m = MARKED_ISSUE_AFTER_THE_JOURNAL.matcher(t).region(j.end(), fields.get(fields.size() - 1).end());
            if (!m.lookingAt()) return fields;
            int k = i + 1;   // the fields the issue covers
            while (k < fields.size() && fields.get(k).start() < m.end(1)) k++;
            Field last = fields.get(k - 1);
            if (k == i + 1 || last.label().equals("date") || last.label().equals("journal")) return fields;
            if (k - 1 == i + 1 && last.label().equals("volume") && last.start() <= m.start(1) && last.end() >= m.end(1)) return fields;   // read already
            List<Field> out = new ArrayList<>(fields.subList(0, i + 1));
            if (j.end() < m.start(1)) out.add(new Field("other", j.end(), m.start(1)));
            out.add(new Field("volume", m.start(1), m.end(1)));
            if (m.end(1) < last.end()) out.add(new Field("other", m.end(1), last.end()));
            out.addAll(fields.subList(k, fields.size()));
            return out;
        }
        return fields;
    }

    /** Words that name a newspaper or periodical, which no person is called ("Zeitung", "Times", "Gazette"). */
    private static final Set<String> PERIODICAL_WORDS = Set.of("zeitung", "times", "journal", "review", "gazette", "herald", "tribune",
            "post", "rundschau", "allgemeine", "magazine", "magazin", "quarterly", "bulletin", "monthly", "weekly", "news", "chronicle",
            "observer", "guardian", "telegraph", "zeitschrift", "blätter", "anzeiger", "kurier", "courier", "monde", "figaro", "presse");

    /**
     * "Frankfurter Allgemeine Zeitung, 12.3.2005, S. 35", "The Times, 12 March 1851, p. 5": a
     * newspaper cited by its day alone, whose name the tagger took for an author's or a book's
     * title, is the journal.
     */
    private static List<Field> newspaperCitedByItsDay(String t, List<Field> fields) {
        if (has(fields, "journal") || !has(fields, "date")) return fields;
        int i = nextWithWords(t, fields, 0);
        if (i >= fields.size()) return fields;
        Field a = fields.get(i);
        // the name first, as an author's ("Frankfurter Allgemeine Zeitung, …") or the only title ("The Times, 12 March 1851")
        boolean onlyTitle = a.label().equals("title") && !has(fields, "author") && !has(fields, "editor") && !has(fields, "place")
                && !has(fields, "publisher");
        if (onlyTitle) for (int k = i + 1; k < fields.size(); k++) onlyTitle &= !fields.get(k).label().equals("title");
        if (!a.label().equals("author") && !onlyTitle || a.label().equals("author") && hasWords(t, fields, "title")) return fields;
        Matcher w = WORD.matcher(t).region(a.start(), a.end());
        boolean periodical = false;
        while (w.find()) periodical |= PERIODICAL_WORDS.contains(w.group().toLowerCase(java.util.Locale.ROOT));
        if (!periodical || t.indexOf('.', a.start()) >= 0 && t.indexOf('.', a.start()) < a.end()) return fields;   // no initials
        return relabel(fields, i, "journal");
    }

    /** A reprint in brackets: "(ND Graz 1954)", "(Nachdr. Darmstadt 1960)", "(repr. London, 1970)", "(Neudruck 1965)", "(Cambridge, 1897; repr. 1987)". */
    private static final Pattern REPRINT_IN_BRACKETS = Pattern.compile(
            "\\(\\s*(?:ND|Nachdr\\.|Nachdruck|Neudr\\.|Neudruck|Repr\\.|repr\\.|Reprint|reprint|rpt\\.|Ndr\\.)[^()]{0,60}\\)"
            // or after the imprint, inside its brackets: "(Cambridge, 1897; repr. 1987)"
            + "|;\\s*(?:repr\\.|reprinted|rpt\\.|first\\s+publ(?:ished|\\.)|1st\\s+publ\\.|ND|Nachdr\\.)[^()]{0,60}(?=\\))");

    /** What {@link #REPRINT_IN_BRACKETS} needs one of: a cheap test before it. */
    private static final String[] REPRINT_WORDS = {"ND", "Nachdr", "Neudr", "epr", "eprint", "rpt", "Ndr", "publ"};

    /** Whether {@code at} lies in a reprint's words inside {@code t[from, to)} ({@link #REPRINT_IN_BRACKETS}). */
    static boolean inAReprint(String t, int from, int to, int at) {
        if (!mayHold(t, from, to, REPRINT_WORDS)) return false;
        Matcher m = REPRINT_IN_BRACKETS.matcher(t).region(from, to);
        while (m.find()) if (m.start() <= at && at < m.end()) return true;
        return false;
    }

    /**
     * "Berlin 1881 (ND Graz 1954)": a reprint in brackets is no second imprint; its place and year
     * are the note's words, and the year before it the work's date.
     */
    private static List<Field> reprintIsNoImprint(String t, List<Field> fields) {
        if (fields.isEmpty() || !mayHold(t, fields.get(0).start(), fields.get(fields.size() - 1).end(), REPRINT_WORDS)) return fields;
        Matcher m = REPRINT_IN_BRACKETS.matcher(t).region(fields.get(0).start(), fields.get(fields.size() - 1).end());
        if (!m.find()) return fields;
        List<Field> out = overlay(fields, m.start(), m.end(), "other");
        // the year before the bracket, which the tagger may have run into the place ("Berlin 1914 (Nachdr. …")
        for (int i = 0; i < out.size(); i++) {
            Field f = out.get(i);
            if (f.end() > m.start() || !f.label().equals("place")) continue;
            Matcher y = YEAR.matcher(t).region(f.start(), f.end());
            if (!y.find() || letters(t, f.start(), y.start()) < 2) continue;
            int[] place = trim(t, f.start(), y.start());
            if (place == null) continue;
            List<Field> o = new ArrayList<>(out.subList(0, i));
            o.add(new Field("place", f.start(), place[1]));
            o.add(new Field("other", place[1], y.start()));
            o.add(new Field("date", y.start(), f.end()));
            o.addAll(out.subList(i + 1, out.size()));
            return o;
        }
        return out;
    }

    /** A thesis by its word: "Diss. Univ. Bonn", "phil. Diss. München", "Habil.-Schr. Freiburg", "PhD thesis". */
    private static final Pattern THESIS = Pattern.compile("\\s*(?:(?:phil|jur|theol|rer\\.\\s?pol)\\.\\s+)?(?:Diss\\.|Habil\\.|Habilitationsschrift|Dissertation)");

    /** A thesis's word after the title's last comma, to the title's end: ", Diss.", ", phil. Diss". */
    private static final Pattern THESIS_ENDS_THE_TITLE = Pattern.compile(",(" + THESIS.pattern() + "?\\s*)$");

    /**
     * "Die Haftung des Vorstands, Diss. | Köln 2019": the thesis's word the tagger left at the end of
     * the title is the note's, not the title's.
     */
    private static List<Field> thesisWordEndsNoTitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") || t.indexOf("Diss", f.start()) < 0 && t.indexOf("Habil", f.start()) < 0) continue;
            int[] r = trim(t, f.start(), f.end());
            if (r == null) continue;
            Matcher m = THESIS_ENDS_THE_TITLE.matcher(t).region(r[0], f.end());
            if (!m.find() || m.start() - r[0] < 3) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), f.end()));
        }
        return fields;
    }

    /** A thesis's word, and its faculty after it: "Diss.", "Diss. phil.", "phil. Diss.", "Habil. jur.". */
    private static final Pattern THESIS_BEFORE_A_PLACE = Pattern.compile(THESIS.pattern() + "(?:\\s+(?:phil|jur|theol|med|rer\\.\\s?pol)\\.)?");

    /**
     * "Frankfurt a. | M. 1963": a place the tagger ended inside "a. M." (am Main), "i. Br." (im
     * Breisgau), "a. d. O." (an der Oder) runs on through it. ("Stuttgart u. a." stays as printed,
     * as AnyStyle's and the CSL styles' gold keep it.)
     */
    private static List<Field> placesOwnEnd(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place")) continue;
            int e = f.end();
            while (e > f.start() && t.charAt(e - 1) == ' ') e--;
            if (e - f.start() < 4 || t.charAt(e - 1) != '.' || t.charAt(e - 3) != ' ' || "ai".indexOf(t.charAt(e - 2)) < 0) continue;
            Matcher rest = PLACES_SECOND_HALF.matcher(t).region(e, t.length());
            if (!rest.lookingAt()) continue;
            return overlay(fields, f.start(), rest.end(), "place");
        }
        return fields;
    }

    /** A place's one word after the last comma of a run of names, right before the year: ", Gütersloh" (group 1). */
    private static final Pattern PLACE_AFTER_THE_NAMES = Pattern.compile(",\\s*(\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?)\\s*$");

    /**
     * "hg. v. Christian Gremmels u. a., | Gütersloh | 1998", "hg. v. Ludwig Hänselmann, Braunschweig 1900":
     * the German imprint's place the tagger ran into the editors, one word after their last comma
     * and right before the year, is the place.
     */
    private static List<Field> placeRunIntoTheEditors(String t, List<Field> fields) {
        if (has(fields, "place")) return fields;
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field d = fields.get(i + 1);
            if (!f.label().equals("editor") || !d.label().equals("date") || t.indexOf(',', f.start()) < 0 || t.indexOf(',', f.start()) >= f.end()) continue;
            int ds = skipSpaces(t, d.start(), d.end());
            if (!YEAR.matcher(t).region(ds, d.end()).lookingAt() || !t.substring(f.end(), ds).isBlank()) continue;
            Matcher m = PLACE_AFTER_THE_NAMES.matcher(t).region(f.start(), f.end());
            if (!m.find()) continue;
            int[] names = trim(t, f.start(), m.start());
            if (names == null || names[1] - names[0] < 3) continue;
            return splice(fields, i, i + 1, new Field("editor", f.start(), m.start()), new Field("other", m.start(), m.start(1)),
                    new Field("place", m.start(1), m.end(1)), new Field("other", m.end(1), f.end()));
        }
        return fields;
    }

    /** Initials alone: "C.", "C. H.", "J.C.B.". */
    private static final Pattern INITIALS_ALONE = Pattern.compile("(?:\\p{Lu}\\.\\s?)+");

    /**
     * "München: C. | H. Beck 2008": a publisher's initials the tagger left in the place after its
     * colon, or as a publisher of their own, are the publisher's.
     */
    private static List<Field> publishersInitialsInThePlace(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field p = fields.get(i + 1);
            if (f.label().equals("publisher") && p.label().equals("publisher") && INITIALS_ALONE.matcher(t).region(f.start(), f.end()).matches()) {
                return splice(fields, i, i + 2, new Field("publisher", f.start(), p.end()));   // "C. | H. Beck": one publisher
            }
            if (!f.label().equals("place") || !p.label().equals("publisher")) continue;
            int c = t.indexOf(':', f.start());
            if (c < 0 || c >= f.end()) continue;
            int[] r = trim(t, c + 1, f.end());
            if (r == null || !INITIALS_ALONE.matcher(t).region(r[0], f.end()).matches()) continue;
            return splice(fields, i, i + 2, new Field("place", f.start(), c), new Field("other", c, r[0]), new Field("publisher", r[0], p.end()));
        }
        return fields;
    }

    /** What follows "a." or "i." in a place's name: "M." (am Main), "Br." (im Breisgau), "d. O." (an der Oder). */
    private static final Pattern PLACES_SECOND_HALF = Pattern.compile("\\s*(?:M\\.|Br\\.|d\\.\\s?O\\.|Main|Breisgau)");

    /** "Diss. | Basel", "Diss. phil. | Erlangen": the thesis's word the tagger left at the start of the place is the note's. */
    private static List<Field> thesisWordOpensNoPlace(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place")) continue;
            Matcher m = THESIS_BEFORE_A_PLACE.matcher(t).region(f.start(), f.end());
            if (!m.lookingAt()) continue;
            int ps = skipSpaces(t, m.end(), f.end());
            if (ps >= f.end() || !Character.isUpperCase(t.charAt(ps))) continue;
            return splice(fields, i, i + 1, new Field("other", f.start(), ps), new Field("place", ps, f.end()));
        }
        return fields;
    }

    /** A role word after the title's last comma, to the title's end: ", hg. v", ", ed", ", éd. par", ", trans". */
    private static final Pattern ROLE_ENDS_THE_TITLE = Pattern.compile(",\\s*(?:" + ROLE_WORDS + "|hg\\.\\s+v|hrsg\\.\\s+v|ed|éd|trans|übers)\\.?\\s*$");

    /**
     * "Briefe, die neueste Literatur betreffend, hg. v | . Wolfgang Bender, Stuttgart 1972": the
     * role word the tagger left at the end of the title is the note's, and the names after it,
     * whatever field it gave them, are the editor's (or translator's).
     */
    private static List<Field> roleWordEndsNoTitle(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            Matcher m = ROLE_ENDS_THE_TITLE.matcher(t).region(f.start(), f.end());
            if (!m.find() || m.start() - f.start() < 3) continue;
            int k = i + 1;
            while (k < fields.size() && fields.get(k).label().equals("other") && !hasAlnum(t, fields.get(k).start(), fields.get(k).end())) k++;
            if (k == fields.size()) return fields;
            Field names = fields.get(k);
            if (names.label().equals("editor") || names.label().equals("translator")) {
                return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), f.end()));
            }
            int[] r = trim(t, names.start(), names.end());
            if (r == null || !NAMES_ALONE.matcher(t).region(r[0], r[1]).matches()) continue;
            Matcher role = ROLE_BEFORE_NAMES.matcher(t).region(m.start() + 1, f.end());
            boolean translator = role.find() && role.group("tr") != null;
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field("title", f.start(), m.start()));
            out.add(new Field("other", m.start(), names.start()));
            out.add(new Field(translator ? "translator" : "editor", names.start(), names.end()));
            out.addAll(fields.subList(k + 1, fields.size()));
            return out;
        }
        return fields;
    }

    /**
     * "Düsseldorf/ | Neukirchen-Vluyn 2002": a place that ends in a slash goes on in the name the
     * tagger called a publisher after it. Places joined by slashes stay one place, as printed
     * ("Berlin/New York"), the way AnyStyle's and GROBID's annotations and CSL's "publisher-place" keep them.
     */
    private static List<Field> placeGoesOnAfterItsSlash(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field next = fields.get(i + 1);
            if (!f.label().equals("place") || !next.label().equals("publisher") || t.charAt(skipBack(t, f.end())) != '/') continue;
            int[] n = trim(t, next.start(), next.end());
            if (n == null || !PLACE_NAME.matcher(t).region(n[0], n[1]).matches()) continue;
            return splice(fields, i, i + 2, new Field("place", f.start(), next.end()));
        }
        return fields;
    }

    /**
     * "Hans Frei, Der Kanon und die Gemeinde, Göttingen/Neukirchen-Vluyn 1999": the German and French
     * imprint, the place (or places joined by slashes) between the last comma and the year, with no
     * colon and no publisher. Where the first place is a known one and the tagger gave its words to
     * the names, the title or none, they are the place, and the field before ends at the comma.
     */
    private static List<Field> placeBetweenACommaAndTheYear(String t, List<Field> fields) {
        int d = -1;
        for (int i = 0; i < fields.size() && d < 0; i++) if (fields.get(i).label().equals("date")) d = i;
        if (d < 1 || has(fields, "place") || has(fields, "journal")) return fields;
        int ds = skipSpaces(t, fields.get(d).start(), fields.get(d).end());
        int c = t.lastIndexOf(',', ds - 1);
        int first = fields.get(0).start();
        if (c <= first) return fields;
        int ps = skipSpaces(t, c + 1, ds);
        int pe = ds;
        while (pe > ps && Character.isWhitespace(t.charAt(pe - 1))) pe--;
        if (pe <= ps || !placeNames(t, ps, pe) || !isPlace(t, new int[] {ps, pe})) return fields;
        int k = d - 1;
        while (k >= 0 && fields.get(k).start() > c) k--;
        if (k < 0) return fields;
        for (int j = k; j < d; j++) {
            String l = fields.get(j).label();
            if (!l.equals("author") && !l.equals("title") && !l.equals("other") && !l.equals("publisher") && !l.equals("editor")) return fields;
        }
        Field cut = fields.get(k);
        List<Field> out = new ArrayList<>(fields.subList(0, k));
        if (c > cut.start()) out.add(new Field(cut.label(), cut.start(), c));
        out.add(new Field("other", Math.max(c, cut.start()), ps));
        out.add(new Field("place", ps, pe));
        if (pe < fields.get(d).start()) out.add(new Field("other", pe, fields.get(d).start()));
        out.addAll(fields.subList(d, fields.size()));
        return out;
    }

    /** Whether {@code t[s, e)} holds names of places alone, joined by slashes ("Berlin/New York"). */
    private static boolean placeNames(String t, int s, int e) {
        int from = s;
        for (int k = t.indexOf('/', s); k >= 0 && k < e; k = t.indexOf('/', k + 1)) {
            if (!PLACE_NAME.matcher(t).region(from, k).matches()) return false;
            from = k + 1;
        }
        return PLACE_NAME.matcher(t).region(from, e).matches();
    }

    /** A place's name: capitalised words, with "a. M.", "i. Br.", "-" and "upon"/"am"/"an der" between them. */
    private static final Pattern PLACE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|a\\.\\s?M\\.|i\\.\\s?Br\\.|upon|on|am|an\\s+der|im|sur|en|de)){0,3}[\\s:,]*");

    /** The last character of {@code t[0, e)} that is no space. */
    private static int skipBack(String t, int e) {
        int i = e - 1;
        while (i > 0 && Character.isWhitespace(t.charAt(i))) i--;
        return Math.max(i, 0);
    }

    /**
     * "Berlin: | Ch. Links 2015": what the tagger called a journal right after a place and its colon,
     * then the year, is the publisher (a journal follows no place).
     */
    private static List<Field> publisherAfterThePlacesColon(String t, List<Field> fields) {
        for (int i = 1; i + 1 < fields.size(); i++) {
            Field place = fields.get(i - 1);
            Field f = fields.get(i);
            if (!f.label().equals("journal") || !place.label().equals("place") || !fields.get(i + 1).label().equals("date")) continue;
            int c = skipBack(t, f.start());
            if (t.charAt(c) != ':' || c < place.start()) continue;
            return relabel(fields, i, "publisher");
        }
        return fields;
    }

    /** "Bonn: J. H. W. Dietz": a place field that holds a known place, its colon and a publisher after it (no comma). */
    private static List<Field> publisherAfterThePlacesColonInOneField(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("place")) continue;
            int colon = t.indexOf(':', f.start());
            if (colon < 0 || colon >= f.end() || t.indexOf(',', f.start()) >= 0 && t.indexOf(',', f.start()) < f.end()) continue;
            int[] place = trim(t, f.start(), colon);
            int[] pub = trim(t, colon + 1, f.end());
            if (place == null || pub == null || !isPlace(t, place) || !Character.isUpperCase(t.charAt(pub[0]))) continue;
            return splice(fields, i, i + 1, new Field("place", f.start(), colon), new Field("other", colon, pub[0]), new Field("publisher", pub[0], f.end()));
        }
        return fields;
    }

    /** Words, a comma, then a role and the names after it: "England, ed. Jennifer Kermode". */
    private static final Pattern WORDS_THEN_ROLE = Pattern.compile("([^,]+?),\\s*(?:eds?\\.|edited\\s+by|(?<tr>trans\\.|translated\\s+by)|hg\\.\\s+v\\.|éd\\.)\\s+(?=\\p{Lu})");

    /**
     * "in Enterprise and Individuals in Fifteenth-Century | England, ed. Jennifer Kermode": the words
     * before the role in what the tagger called the editors are the end of the book's title before it.
     */
    private static List<Field> bookTitleRunsIntoTheEditors(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field book = fields.get(i - 1);
            Field f = fields.get(i);
            if (!f.label().equals("editor") || !(book.label().equals("container") || book.label().equals("title"))) continue;
            if (!t.substring(book.end(), f.start()).isBlank()) continue;
            Matcher m = WORDS_THEN_ROLE.matcher(t).region(f.start(), f.end());
            if (!m.lookingAt() || NAMES_ALONE.matcher(t).region(m.start(1), m.end(1)).matches() && m.group(1).strip().indexOf(' ') > 0) continue;
            return splice(fields, i - 1, i + 1, new Field(book.label(), book.start(), m.end(1)), new Field("other", m.end(1), m.end()),
                    new Field(m.group("tr") != null ? "translator" : "editor", m.end(), f.end()));
        }
        return fields;
    }

    /** "und", "and", "et", "&" alone. */
    private static final Pattern JOINER_ALONE = Pattern.compile("\\s*(?:und|and|et|&)\\s*");

    /** Capitalised words alone, no initial and no comma inside: "Schuldrechtsreform", "Privatrecht". */
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2}");

    /**
     * "Hesse, Verfassungsrecht | und | Privatrecht, 1988": a title the tagger broke at "und", the word
     * after it taken for a second author, goes on through it (the citation's author stands before it;
     * no author follows a title joined by "und").
     */
    private static List<Field> titleGoesOnThroughAnd(String t, List<Field> fields) {
        boolean author = false;
        for (int i = 0; i + 2 < fields.size(); i++) {
            Field f = fields.get(i);
            author |= f.label().equals("author") || f.label().equals("editor");
            if (!author || !(f.label().equals("title") || f.label().equals("container")) || quotedAt(t, f.start(), f.end())) continue;
            Field and = fields.get(i + 1);
            Field words = fields.get(i + 2);
            if (!and.label().equals("other") || !JOINER_ALONE.matcher(t).region(and.start(), and.end()).matches()) continue;
            if (!words.label().equals("author")) continue;
            int[] w = trim(t, words.start(), words.end());
            if (w == null || !CAPITALISED_WORDS.matcher(t).region(w[0], w[1]).matches()) continue;
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field(f.label(), f.start(), w[1]));
            if (w[1] < words.end()) out.add(new Field("other", w[1], words.end()));
            out.addAll(fields.subList(i + 3, fields.size()));
            return out;
        }
        return fields;
    }

    /**
     * "…, 5–22 (pp. 9–11), which | stresses the comic register of the episode.", "… (1987) (arguing |
     * that rights discourse …)", "…, 170 (183), der zu Recht auf den Schutzzweck …": words in small
     * letters after the citation's pages or year, when a title or journal came before, are the note's
     * clause, not a second title (a title opens with a capital or a quotation mark).
     */
    private static List<Field> clauseAfterThePagesIsNoTitle(String t, List<Field> fields) {
        boolean titled = false;
        boolean located = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String l = f.label();
            if (located && titled && l.equals("title")) {
                int s = f.start();
                while (s < f.end() && !Character.isLetterOrDigit(t.charAt(s))) s++;
                if (s < f.end() && Character.isLowerCase(t.charAt(s)) && !quotedAt(t, f.start(), f.end())) return relabel(fields, i, "other");
            }
            titled |= (l.equals("title") || l.equals("journal") || l.equals("container")) && hasAlnum(t, f.start(), f.end());
            located |= titled && (l.equals("pages") || l.equals("date"));
        }
        return fields;
    }

    /** A volume's mark and number alone: "Bd. I", "Vol. 2", "t. 4", "Band III". */
    private static final Pattern VOLUME_ALONE = Pattern.compile("[\\s,]*(?:Bd\\.|Band|[Vv]ol\\.|[Vv]olume|t\\.|[Tt]ome|Tl\\.|Teil)\\s*(?:\\d+|[IVXLC]+)(?:/\\d+)?[\\s,.]*");

    /** "in:" alone, with nothing after it. */
    private static final Pattern LEAD_IN_ALONE = Pattern.compile("[\\s,]*(?:[Ii]n|[Dd]ans)\\s*:?\\s*");

    /**
     * "Lehrbuch des Schuldrechts, | Bd. I": a journal of a volume's mark and number alone is the
     * volume; "Teichmann, | in: | Festschrift für Peter Ulmer": a journal of "in:" alone is the
     * note's word (the book after it is the one a part is in); "coll. « Thémis »": a journal after
     * "coll." is the series.
     */
    private static List<Field> journalThatIsNone(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("journal")) continue;
            if (VOLUME_ALONE.matcher(t).region(f.start(), f.end()).matches()) return relabel(fields, i, "volume");
            if (LEAD_IN_ALONE.matcher(t).region(f.start(), f.end()).matches()) return relabel(fields, i, "other");
        }
        for (int i = 1; i < fields.size(); i++) {
            String l = fields.get(i).label();
            if ((l.equals("journal") || l.equals("title") || l.equals("container")) && afterColl(t, fields.get(i))) {
                return relabel(fields, i, "series");
            }
        }
        return fields;
    }

    /** Whether the word before the field's first letter is "coll." or "collection" (French series). */
    private static boolean afterColl(String t, Field f) {
        int k = f.start();
        while (k < f.end() && !Character.isLetterOrDigit(t.charAt(k))) k++;
        int e = k;
        while (e > 0 && !Character.isLetter(t.charAt(e - 1))) e--;
        int b = e;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) b--;
        String w = t.substring(b, e);
        if (w.equals("collection")) return true;
        return (w.equals("coll") || w.equals("Coll")) && e < t.length() && t.charAt(e) == '.';
    }

    /** "Stadt und Herrschaft, Diss. Univ. Bonn 2001": a thesis's words are no journal; the title is a book's. */
    private static List<Field> thesisIsNoJournal(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("journal") && !f.label().equals("publisher") && !f.label().equals("container")) continue;
            if (!THESIS.matcher(t).region(f.start(), f.end()).lookingAt()) continue;
            return relabel(fields, i, "other");
        }
        return fields;
    }

    /**
     * "The Journal of John | Wesley (London, 1909)": a publisher with nothing but a space between it
     * and the title before it, and the imprint's bracket after it, is the title's last word (a
     * publisher is set apart by a colon, a comma or the bracket).
     */
    private static List<Field> publisherRunOnFromTheTitle(String t, List<Field> fields) {
        for (int i = 1; i + 1 < fields.size(); i++) {
            Field p = fields.get(i);
            Field title = fields.get(i - 1);
            if (!p.label().equals("publisher") || !title.label().equals("title") || !t.substring(title.end(), p.start()).isBlank()) continue;
            int w = skipSpaces(t, p.start(), p.end());
            int we = w;
            while (we < p.end() && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-')) we++;
            if (we == w || !ONE_WORD.matcher(t).region(w, we).matches()) continue;
            int after = skipSpaces(t, we, t.length());
            if (after >= t.length() || t.charAt(after) != '(') continue;
            int[] r = {w, we};
            int last = title.end();
            while (last > title.start() && Character.isWhitespace(t.charAt(last - 1))) last--;
            if (last == title.start() || !Character.isLetter(t.charAt(last - 1))) continue;   // no comma or colon between them
            return splice(fields, i - 1, i + 1, new Field("title", title.start(), r[1]), new Field("other", r[1], p.end()));
        }
        return fields;
    }

    /** "Roxin, Strafrecht AT, | Bd. I, | 4. Aufl. 2006": a title that is a volume's mark and number alone is the volume. */
    private static List<Field> volumeAloneIsNoTitle(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") || !VOLUME_ALONE.matcher(t).region(f.start(), f.end()).matches()) continue;
            return relabel(fields, i, "volume");
        }
        return fields;
    }

    /** A generation after a name and its comma: "Jr.", "Sr.", "III". */
    private static final Pattern GENERATION = Pattern.compile("(?:Jr|Sr|jr|sr)\\.?,?|II|III|IV");

    private static List<Field> titleAfterASurnameAndComma(String t, List<Field> fields) {
        boolean inAWhole = has(fields, "journal") || has(fields, "container");   // then only a part's title after a whole name
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author")) continue;
            int comma = t.indexOf(',', f.start());
            if (comma < 0 || comma >= f.end()) return fields;
            int[] before = trim(t, f.start(), comma);
            int[] after = trim(t, comma + 1, f.end());
            if (before == null || after == null) return fields;
            if (GENERATION.matcher(t).region(after[0], after[1]).matches()) return fields;   // "Martin Luther King, Jr."
            String rest = t.substring(after[0], after[1]);
            if (rest.endsWith(".")) rest = rest.substring(0, rest.length() - 1);
            if (!WORDS_ONLY.matcher(rest).matches()) return fields;   // initials, more names, "et al."
            // a surname alone ("Grundmann"), or a whole name in its own order ("Hans-Ulrich Wehler")
            boolean surname = t.substring(before[0], before[1]).indexOf(' ') < 0;
            // in a journal's citation, a surname alone takes a given name after its comma ("Smith, John, Journal …"),
            // unless the word after it, a long one, can be none ("Heck, Gesetzesauslegung und …, AcP 112")
            int space = 0;
            while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) space++;
            String firstAfter = rest.substring(0, space);
            if (surname && inAWhole && (firstAfter.length() < 8 || mayBeAGivenName(firstAfter))
                    || !surname && !DIRECT_NAME.matcher(t).region(before[0], before[1]).matches()) return fields;
            int next = i + 1;
            while (next < fields.size() && !hasAlnum(t, fields.get(next).start(), fields.get(next).end())) next++;
            int titleAfter = next < fields.size() && fields.get(next).label().equals("title") ? next : -1;
            // after a surname alone, the words are a given name unless no title follows; after a whole name, never
            if (surname && hasWords(t, fields, "title")) return fields;
            // the names go on while every word of a part between commas can be a given name
            // ("King Charles, Melvin Neil, Nations Abroad, …"); the title begins at the first part that cannot
            int namesEnd = comma;
            int titleStart = -1;
            for (int p = after[0]; p < after[1]; ) {
                int q = t.indexOf(',', p);
                if (q < 0 || q > after[1]) q = after[1];
                String[] words = t.substring(p, q).strip().split("\\s+");
                // after a whole name in its own order, the next person is whole too: one word alone is no name;
                // surnames joined by slashes ("Larenz/Wolf, AT") take no given name after their comma
                boolean given = (surname || words.length > 1) && t.indexOf('/', before[0]) < 0 | t.indexOf('/', before[0]) >= before[1];
                for (String w : words) given &= mayBeAGivenName(w);
                if (!given) {
                    titleStart = p;
                    break;
                }
                namesEnd = q;
                p = skipSpaces(t, q + 1, after[1]);
            }
            if (titleStart < 0) return fields;
            // "Dieter Langewiesche, Nation, Nationalismus, Nationalstaat in …": single words the tagger
            // took for more authors, then the title, are the title's words
            int last = i;
            if (!surname) {
                int j = next;
                boolean words = false;
                while (j < fields.size() && fields.get(j).label().equals("author")) {
                    int[] r = trim(t, fields.get(j).start(), fields.get(j).end());
                    if (r == null || !ONE_WORD.matcher(t).region(r[0], r[1]).matches()) break;
                    words = true;
                    j = nextWithWords(t, fields, j + 1);
                }
                if (words && j < fields.size() && fields.get(j).label().equals("title")) {
                    last = j - 1;
                    titleAfter = j;
                }
            }
            // "Jan Assmann, Das kulturelle Gedächtnis. Schrift, Erinnerung …": the title runs on
            int end = titleAfter > 0 ? fields.get(titleAfter).end() : fields.get(last).end();
            return splice(fields, i, titleAfter > 0 ? titleAfter + 1 : last + 1, new Field("author", f.start(), namesEnd),
                    new Field("other", namesEnd, titleStart), new Field("title", titleStart, end));
        }
        return fields;
    }

    /** A name in its own order, each word capitalised: "Hans-Ulrich Wehler", "Jan Assmann", "A. V. Dicey". */
    private static final Pattern DIRECT_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+){1,3}\\p{Lu}[\\p{L}\\p{M}'’-]+");

    /**
     * Whether a word can be a given name: an initial, or a capitalised word that neither lexicon
     * lists in lower case alone (an adjective, a common noun in English: "Europäisches", "Nation")
     * and not a compound of twelve letters or more.
     */
    private static boolean mayBeAGivenName(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        if (w.length() <= 3) return true;   // "J.", "Th.", "Jr"
        String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (word.length() >= 12 && word.indexOf('-') < 0) return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !commonWordOnly(Lexicon.english(), lower, word) && !commonWordOnly(Lexicon.german(), lower, word);
    }

    /** Whether the lexicon lists the word in lower case and never capitalised ("nation" in English, "europäisches"). */
    private static boolean commonWordOnly(Lexicon lex, String lower, String word) {
        return lex.contains(lower) && !lex.hasCapitalisedEntry(word);
    }

    /** A volume, its first page and the page cited, with commas: "135, 244, 250". */
    private static final Pattern BRACKETED_YEAR_END = Pattern.compile("(?:1[5-9]|20)\\d\\d\\s*[\\])]\\s*$");

    private static final Pattern VOLUME_PAGE_PIN = Pattern.compile(
            "\\s*(?<vol>\\d{1,4})\\s*,\\s*(?<p>\\d{1,5}(?:\\s*(?:,|\\((?!\\s*(?:1[5-9]|20)\\d\\d\\s*\\))|at|Rn\\.|Rz\\.|Tz\\.)\\s*\\d{1,5}(?:\\s*f{1,2}\\.?)?\\)?)?)\\s*[.;]?\\s*");

    /**
     * "BGHZ 135, 244, 250", "BVerfGE 7, 198 (205)": a report or journal cited by volume, then the
     * first page and the page cited; the first number is the volume, unless it is a year ("NJW
     * 2002, 1950": {@link #pagesAfterAJournalsYear}).
     */
    private static List<Field> reportsVolumeThenPage(String t, List<Field> fields) {
        int n = fields.size();
        for (int i = 0; i + 1 < n; i++) {
            if (fields.get(i).label().equals("volume")) return fields;   // "(1977) 93 LQR 195, 198": the volume is named, the numbers are pages
            if (!fields.get(i).label().equals("journal")) continue;
            if (i > 0 && fields.get(i - 1).label().equals("date") && BRACKETED_YEAR_END.matcher(t).region(fields.get(i - 1).start(), fields.get(i - 1).end()).find()) {
                return fields;   // "[2000] PL 671, 675": a journal numbered by its year in brackets; the numbers are pages
            }
            Field p = fields.get(i + 1);
            // the tagger may give "171, 1" as one volume field
            boolean volumeAndPage = p.label().equals("volume") && t.indexOf(',', p.start()) >= 0 && t.indexOf(',', p.start()) < p.end();
            if (!p.label().equals("pages") && !volumeAndPage || i + 2 < n && !fields.get(i + 2).label().equals("pages")) continue;
            Matcher m = VOLUME_PAGE_PIN.matcher(t).region(fields.get(i).end(), fields.get(n - 1).end());
            if (!m.matches() || YEAR.matcher(m.group("vol")).matches()) continue;
            return splice(fields, i + 1, n, new Field("volume", m.start("vol"), m.end("vol")), new Field("pages", m.start("p"), fields.get(n - 1).end()));
        }
        return fields;
    }

    /** Years from and to, each maybe "about" ("1939–1945", "c.1400–c.1580", "ca. 1200–1300"). */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "\\s*(?:c\\.\\s?|ca\\.\\s?)?(?:1[0-9]\\d\\d|20[0-3]\\d)\\s*[–-]\\s*(?:c\\.\\s?|ca\\.\\s?)?(?:1[0-9]\\d\\d|20[0-3]\\d)\\s*,?\\s*");

    /**
     * Years from and to ({@code m}, a matcher of {@link #YEAR_RANGE}) right after field {@code i},
     * filling whole fields, with the citation's own date later: the index of the first field after
     * them, or -1 ({@code m} holds the match).
     */
    private static int yearsThenALaterDate(List<Field> fields, int i, Matcher m) {
        m.region(fields.get(i).end(), fields.get(fields.size() - 1).end());
        if (!m.lookingAt()) return -1;
        int k = i + 1;   // the fields the years and their comma fill
        while (k < fields.size() && fields.get(k).end() <= m.end()) k++;
        if (k == i + 1 || k < fields.size() && fields.get(k).start() < m.end()) return -1;
        for (Field h : fields.subList(k, fields.size())) if (h.label().equals("date")) return k;
        return -1;
    }

    /**
     * "Nationalsozialistische Vernichtungspolitik 1939–1945, Frankfurt a. M. 1998": years from and to,
     * right after a title and before the year of the imprint, are the title's own words, not the
     * date and pages of the work.
     */
    private static List<Field> yearsOfTheTitle(String t, List<Field> fields) {
        for (int i = 0; i + 2 < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("container") || fields.get(i + 1).label().equals(f.label())) continue;
            Matcher m = YEAR_RANGE.matcher(t);   // "Title 1939–1945", not "Title, 1939–1945"
            int k = yearsThenALaterDate(fields, i, m);
            if (k < 0) continue;
            int[] r = trim(t, f.end(), m.end());
            if (r == null) continue;
            return splice(fields, i, k, new Field(f.label(), f.start(), r[1]), new Field("other", r[1], m.end()));
        }
        return fields;
    }

    /**
     * "Klassengesellschaft im Krieg. Deutsche Sozialgeschichte 1914–1918 (…), Göttingen 1973": a
     * subtitle the tagger called a journal, its years called pages or a date, is the title's: a
     * journal after the title's full stop or colon is followed by years from and to, and the
     * citation's own year comes later.
     */
    private static List<Field> subtitleWithYearsIsNoJournal(String t, List<Field> fields) {
        for (int i = 1; i + 2 < fields.size(); i++) {
            Field title = fields.get(i - 1);
            Field j = fields.get(i);
            if (!title.label().equals("title") || !j.label().equals("journal")) continue;
            String between = t.substring(title.end(), j.start()).strip();
            String titleText = t.substring(title.start(), title.end()).stripTrailing();
            boolean subtitle = between.isEmpty() ? titleText.endsWith(".") || titleText.endsWith(":") : between.equals(".") || between.equals(":");
            if (!subtitle) continue;
            Matcher m = YEAR_RANGE.matcher(t);
            int k = yearsThenALaterDate(fields, i, m);
            if (k < 0) continue;
            int[] r = trim(t, title.start(), m.end());
            if (r == null) continue;
            return splice(fields, i - 1, k, new Field("title", title.start(), r[1]), new Field("other", r[1], m.end()));
        }
        return fields;
    }

    /**
     * "Docupedia-Zeitgeschichte, 22.10.2012": a day and month in numbers before the year are the
     * date's, whatever field the tagger made of them.
     */
    private static List<Field> dayAndMonthBeforeTheYear(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            Field d = fields.get(i + 1);
            if (f.label().equals("date") || !d.label().equals("date") || f.end() != d.start()) continue;
            int ds = skipSpaces(t, d.start(), d.end());
            if (ds < d.end() && t.charAt(ds) == '.') ds++;   // the month's full stop, given to the year ("1.2 | .2023")
            if (!YEAR.matcher(t).region(ds, d.end()).lookingAt()) continue;
            Matcher m = FieldTagger.DAY_MONTH_BEFORE_YEAR.matcher(t).region(f.start(), ds);
            if (!m.find()) continue;
            return splice(fields, i, i + 2, new Field(f.label(), f.start(), m.start()), new Field("date", m.start(), d.end()));
        }
        return fields;
    }

    /**
     * ", in: " or ", in " and a capitalised word inside a title, maybe after the author named again
     * (", in: ders., ", ", in id., "): where the book or journal it is in begins (group 1).
     */
    private static final Pattern IN_INSIDE = Pattern.compile(
            "\\s*[»”’\"]?\\s*,\\s*(?:in|In|dans|Dans):?\\s+(?:(?:ders|dies|dens|id|idem|eadem)\\.?,\\s+)?()(?=\\p{Lu})");

    /**
     * "Erinnerungskulturen, in: Docupedia-Zeitgeschichte": a title that holds ", in:" is the title
     * of a part, and the words after "in" the whole it is in.
     */
    private static List<Field> titleInABook(String t, List<Field> fields) {
        if (has(fields, "container") || has(fields, "journal")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            Matcher m = IN_INSIDE.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 3 || letters(t, m.end(), f.end()) < 3) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), m.end()),
                    new Field("container", m.end(), f.end()));
        }
        return fields;
    }

    /**
     * "dies., Die Frühe Neuzeit, in: Geschichte und Gesellschaft 30 (2004)": a journal that holds
     * ", in:" (and no title before it) is an article's title, then the journal.
     */
    private static List<Field> journalHoldsTheArticleBeforeIn(String t, List<Field> fields) {
        if (hasWords(t, fields, "title")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("journal")) continue;
            Matcher m = IN_INSIDE.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 3 || letters(t, m.end(), f.end()) < 3) continue;
            return splice(fields, i, i + 1, new Field("title", f.start(), m.start()), new Field("other", m.start(), m.end()),
                    new Field("journal", m.end(), f.end()));
        }
        return fields;
    }

    /**
     * A series in brackets, its number last: "(Historische Zeitschrift, Beihefte 26)", "(Propyläen
     * Geschichte Deutschlands 3)", "(= Studien zur Geschichte 12)", "(Urban-Taschenbücher 411)"
     * (group 1 the series and its number).
     */
    private static final Pattern SERIES_IN_BRACKETS = Pattern.compile(
            "\\s*\\(\\s*(?:=\\s*)?(?!(?:[Vv]ols?|Bde?|Band|[Tt]ome|T|Heft|H|[Nn]o|Nr|[Pp]art|[Pp]t|Teil|[Bb]ook|[Cc]h|[Cc]hap)\\b)(\\p{Lu}[^()\\d]*?[\\p{L}.,;]\\s*(?:(?:Bd|Nr|Heft|H|vol|Vol|no|No)\\.?\\s*)?\\d{1,4}[a-z]?)\\s*\\)\\s*[,.;]?\\s*");

    /**
     * A book's series in brackets, before or after its imprint ("München 1998 (Historische
     * Zeitschrift, Beihefte 26)"): whatever the tagger made of it (a journal and its volume, a book
     * the title is in, words of no field), it is the series, and the title before it a book's.
     */
    private static List<Field> seriesInBrackets(String t, List<Field> fields) {
        if (!has(fields, "place") && !has(fields, "publisher")) return fields;   // a book's imprint, not a journal's year
        int title = -1;
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).label().equals("title") && title < 0) title = i;
        if (title < 0) return fields;
        int from = fields.get(title).start();   // the tagger may have run the series into the title
        int open = t.indexOf('(', from);
        while (open >= 0 && letters(t, from, open) < 3) open = t.indexOf('(', open + 1);
        while (open >= 0) {
            Matcher m = SERIES_IN_BRACKETS.matcher(t).region(open, t.length());
            if (m.lookingAt() && !YEAR.matcher(t).region(m.start(1), m.end(1)).find()) {
                // the fields the series' words fill: none of them a date, a place or a publisher
                boolean free = true;
                int a = -1;
                int z = -1;
                for (int k = title; k < fields.size(); k++) {
                    Field g = fields.get(k);
                    if (g.end() <= m.start(1) || g.start() >= m.end(1)) continue;
                    if (a < 0) a = k;
                    z = k;
                    free &= !g.label().equals("date") && !g.label().equals("place") && !g.label().equals("publisher")
                            && !g.label().equals("author") && !g.label().equals("editor");
                }
                if (free && a >= 0) {
                    List<Field> out = new ArrayList<>(fields.subList(0, a));
                    Field first = fields.get(a);
                    Field last = fields.get(z);
                    if (first.start() < open) out.add(new Field(first.label(), first.start(), open));
                    if (Math.max(first.start(), open) < m.start(1)) out.add(new Field("other", Math.max(first.start(), open), m.start(1)));
                    out.add(new Field("series", m.start(1), m.end(1)));
                    if (last.end() > m.end(1)) out.add(new Field("other", m.end(1), last.end()));
                    out.addAll(fields.subList(z + 1, fields.size()));
                    return out;
                }
            }
            open = t.indexOf('(', open + 1);
        }
        return fields;
    }

    /**
     * "Transactions of the Royal Historical Society, 5th ser., 20 (1970), 173–96": a number the tagger
     * called a page between the journal and its year in brackets, with the pages after the year, is
     * the volume.
     */
    private static List<Field> volumeBeforeTheYearInBrackets(String t, List<Field> fields) {
        if (!has(fields, "journal") || has(fields, "volume")) return fields;
        for (int i = 1; i + 2 < fields.size(); i++) {
            Field p = fields.get(i);
            Field d = fields.get(i + 1);
            if (!p.label().equals("pages") || !d.label().equals("date") || !fields.get(i + 2).label().equals("pages")) continue;
            if (!BARE_NUMBER.matcher(t).region(p.start(), p.end()).matches()) continue;
            int ds = skipSpaces(t, d.start(), d.end());
            if (ds >= d.end() || t.charAt(ds) != '(') continue;
            boolean journalBefore = false;
            for (Field g : fields.subList(0, i)) journalBefore |= g.label().equals("journal");
            if (!journalBefore) continue;
            return relabel(fields, i, "volume");
        }
        return fields;
    }

    /** Years (or numbers) from and to, maybe after an era: "A.D. 200–1000,", "980-1420,". */
    private static final Pattern ERA_RANGE = Pattern.compile(
            "\\s*,?\\s*(?:(?:A\\.\\s?D\\.|B\\.\\s?C\\.|AD|BC|BCE|CE|c\\.|ca\\.)\\s*)?\\d{2,4}\\s*[–-]\\s*\\d{2,4}(?:\\s*(?:A\\.\\s?D\\.|B\\.\\s?C\\.|AD|BC|BCE|CE))?\\s*,?\\s*");

    /**
     * "The Rise of Western Christendom: Triumph and Diversity, A.D. 200–1000, 2nd edn (Oxford …), p. 45",
     * "Le temps des cathédrales. L'art et la société, 980-1420, Paris, Gallimard, 1976, p. 102": an
     * unmarked range right after a book's title and before its imprint, when the page cited comes
     * after the imprint, is the title's (the years the book covers), not pages.
     */
    private static List<Field> rangeBeforeTheImprintIsTheTitles(String t, List<Field> fields) {
        if (has(fields, "container") || has(fields, "journal")) return fields;
        int n = fields.size();
        for (int i = 0; i + 2 < n; i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            Matcher m = ERA_RANGE.matcher(t).region(f.end(), fields.get(n - 1).end());
            if (!m.lookingAt()) continue;
            int k = i + 1;
            while (k < n && fields.get(k).end() <= m.end()) k++;
            if (k == i + 1 || k >= n || fields.get(k).start() < m.end()) return fields;
            boolean pages = false;
            for (Field g : fields.subList(i + 1, k)) pages |= g.label().equals("pages");
            boolean dateAfter = false;
            for (Field g : fields.subList(k, n)) dateAfter |= g.label().equals("date");
            if (!pages || !dateAfter || !fields.get(n - 1).label().equals("pages")) return fields;
            int end = m.end();
            while (end > f.end() && (Character.isWhitespace(t.charAt(end - 1)) || t.charAt(end - 1) == ',')) end--;
            return splice(fields, i, k, new Field("title", f.start(), end), new Field("other", end, m.end()));
        }
        return fields;
    }

    /**
     * "idem, Local Knowledge (New York, 1983)": words right after the author that the tagger called a
     * publisher, in a citation with no title, are the title, when an imprint follows them.
     */
    private static List<Field> publisherRightAfterTheAuthorIsATitle(String t, List<Field> fields) {
        if (has(fields, "title") || has(fields, "journal") || has(fields, "container")) return fields;
        for (int i = 0; i + 1 < fields.size(); i++) {
            if (!fields.get(i).label().equals("author")) continue;
            int k = nextWithWords(t, fields, i + 1);
            if (k >= fields.size() || !fields.get(k).label().equals("publisher")) return fields;
            boolean imprint = false;
            for (Field g : fields.subList(k + 1, fields.size())) imprint |= g.label().equals("place") || g.label().equals("publisher");
            if (!imprint) return fields;
            List<Field> out = new ArrayList<>(fields);
            out.set(k, new Field("title", fields.get(k).start(), fields.get(k).end()));
            return out;
        }
        return fields;
    }

    /**
     * "Die Kultur der Renaissance in Italien. | Ein Versuch, | Basel 1860": words after the title's full
     * stop that the tagger called a publisher, with no word of a publisher's name, right before the
     * place and its year, are the title's subtitle (a publisher, where named, follows the place).
     */
    private static List<Field> subtitleBeforeThePlace(String t, List<Field> fields) {
        for (int i = 0; i + 2 < fields.size(); i++) {
            Field title = fields.get(i);
            Field p = fields.get(i + 1);
            if (!title.label().equals("title") || !p.label().equals("publisher") || !fields.get(i + 2).label().equals("place")) continue;
            // the place and its year, a note's imprint ("Basel 1860"), not a reference's "Prentice Hall, Upper Saddle River."
            Field place = fields.get(i + 2);
            if (i + 3 >= fields.size() || !fields.get(i + 3).label().equals("date") || !t.substring(place.end(), fields.get(i + 3).start()).isBlank()
                    || !YEAR.matcher(t).region(fields.get(i + 3).start(), fields.get(i + 3).end()).lookingAt() && !Character.isDigit(t.charAt(skipSpaces(t, fields.get(i + 3).start(), fields.get(i + 3).end())))) continue;
            int last = title.end();
            while (last > title.start() && Character.isWhitespace(t.charAt(last - 1))) last--;
            if (last == title.start() || t.charAt(last - 1) != '.' || !t.substring(title.end(), p.start()).isBlank()) continue;
            Matcher w = WORD.matcher(t).region(p.start(), p.end());
            boolean publisherWord = false;
            int words = 0;
            while (w.find()) {
                words++;
                publisherWord |= CitationFeatures.isPublisherWord(w.group().toLowerCase(java.util.Locale.ROOT));
            }
            if (publisherWord || words < 2) continue;
            int[] pr = trim(t, p.start(), p.end());
            if (pr == null) continue;
            int end = pr[1];
            while (end > pr[0] && ",;".indexOf(t.charAt(end - 1)) >= 0) end--;
            return splice(fields, i, i + 2, new Field("title", title.start(), end), new Field("other", end, p.end()));
        }
        return fields;
    }

    /** "A History of Reading in the | West": two pieces of one book's title with a space between them are one. */
    private static List<Field> containerBrokenBySpaceOnly(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("container") || !b.label().equals("container") || !t.substring(a.end(), b.start()).isBlank()) continue;
            int[] r = trim(t, a.start(), a.end());
            if (r == null || r[1] != a.end() && !t.substring(r[1], a.end()).isBlank()) continue;   // "Book, | Other": a comma parts them
            return splice(fields, i, i + 2, new Field("container", a.start(), b.end()));
        }
        return fields;
    }

    /** "and Roger Chartier": a joining word, then a name of up to four words (group 1). */
    private static final Pattern AND_A_NAME = Pattern.compile(
            "\\s*,?\\s*(?:and|und|et|&)\\s+((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*[,.;]?\\s*");

    /**
     * "ed. by Guglielmo Cavallo | and Roger Chartier (Cambridge …)": a name joined by "and" to the
     * editors is an editor too, whatever field the tagger made of it.
     */
    private static List<Field> editorsGoOnAfterAnd(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = fields.get(i + 1);
            if (!a.label().equals("editor") || b.label().equals("editor") || b.label().equals("translator")) continue;
            Matcher m = AND_A_NAME.matcher(t).region(b.start(), b.end());
            if (!m.matches()) continue;
            return splice(fields, i, i + 2, new Field("editor", a.start(), b.end()));
        }
        return fields;
    }

    /**
     * "§ 10 III 2, S. 262", "§ 14, 3": numbers after a section sign are the section cited, not a
     * volume or an issue, whatever the tagger called them.
     */
    private static List<Field> sectionIsNoVolume(String t, List<Field> fields) {
        List<Field> out = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("volume")) continue;
            int b = f.start();
            while (b > 0 && Character.isWhitespace(t.charAt(b - 1))) b--;
            boolean section = b > 0 && t.charAt(b - 1) == '§';
            // or a run of numbers after one: "§ 10 | III"
            if (!section && i > 0 && (fields.get(i - 1).label().equals("other") || fields.get(i - 1).label().equals("volume")) && out != null
                    && out.get(i - 1).label().equals("other") && t.substring(fields.get(i - 1).end(), f.start()).isBlank()) section = true;
            if (!section) continue;
            if (out == null) out = new ArrayList<>(fields);
            out.set(i, new Field("other", f.start(), f.end()));
        }
        return out == null ? fields : out;
    }

    /** A section or article and the margin number cited in it: "§ 242 Rn. 38", "Art. 1 Abs. 3 Rn. 12", "Art. 1 I Rn. 45" (the margin number, group 1). */
    private static final Pattern SECTION_MARGIN_NUMBER = Pattern.compile(
            "\\s*(?:§+|Art\\.)\\s*\\d+[a-z]?(?:\\s+(?:(?:Abs\\.|S\\.|Nr\\.)\\s*\\d+|[IVX]{1,4}))*\\s+(?:Rn|Rdnr|Rdn|Rz|Tz)\\.?\\s*(\\d+(?:\\s*[–-]\\s*\\d+)?(?:\\s*f{1,2}\\.?)?)\\s*[.;]?\\s*");

    /**
     * "Palandt/Grüneberg, BGB, 79. Aufl. 2020, § 242 Rn. 38": the page cited in a commentary is the
     * margin number in the section; the section stays the note's words inside the citation.
     */
    private static List<Field> marginNumberAfterTheSection(String t, List<Field> fields) {
        int n = fields.size();
        for (int i = 0; i < n; i++) {
            Field f = fields.get(i);
            int s = f.start();
            int b = s;
            while (b > 0 && Character.isWhitespace(t.charAt(b - 1))) b--;
            int first = skipSpaces(t, s, f.end());
            if (b > 0 && t.charAt(b - 1) == '§') s = b - 1;   // the sign left before the field
            else if (b >= 4 && t.startsWith("Art.", b - 4)) s = b - 4;   // or the article ("Art. | 1 Abs. 3 Rn. 12")
            else if (first >= f.end() || t.charAt(first) != '§' && !t.startsWith("Art", first)) continue;
            Matcher m = SECTION_MARGIN_NUMBER.matcher(t).region(s, Math.max(fields.get(n - 1).end(), lastEnd(t, fields)));
            if (!m.lookingAt()) continue;
            if (f.label().equals("pages") && f.start() == m.start(1)) return fields;   // read already
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            out.add(new Field("other", f.start(), m.start(1)));
            out.add(new Field("pages", m.start(1), m.end(1)));
            for (Field g : fields.subList(i + 1, n)) if (g.start() >= m.end(1)) out.add(g);
            return out;
        }
        return fields;
    }

    /** Where the note's text after the last field ends: to the end of its line ("Rn. 38." the tagger left out). */
    private static int lastEnd(String t, List<Field> fields) {
        int e = fields.get(fields.size() - 1).end();
        while (e < t.length() && t.charAt(e) != '\n' && t.charAt(e) != ';') e++;
        return e;
    }

    /** "in: Ulmer/Habersack/Löbbe, GmbHG,": names joined by slashes (group 1), then the commentary's title (group 2). */
    private static final Pattern IN_NAMES_THEN_TITLE = Pattern.compile(
            "\\s*,?\\s*(?:in|In):?\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{M}'’-]+)+)\\s*,\\s*(\\p{Lu}[^,;()]{0,60}?)\\s*,\\s*"
            // or one name, then a code's or commentary's short title and the edition or section cited: "in: Grüneberg, BGB, 81. Aufl."
            + "|\\s*,?\\s*(?:in|In):?\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*,\\s*(\\p{Lu}[\\p{L}\\p{M}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*)?)\\s*,\\s*(?=\\d{1,3}\\.\\s*(?:Aufl|EL|Ed)|§|Art\\.)");

    /**
     * "Habersack, in: Ulmer/Habersack/Löbbe, GmbHG, 2. Aufl. 2014": after "in:", names joined by
     * slashes and a comma are the editors of a commentary, and the words after them its title.
     */
    private static List<Field> commentaryAfterIn(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            if (!fields.get(i).label().equals("author")) continue;
            int a = fields.get(i).end();   // the pattern opens with "in" after a comma or spaces
            while (a < t.length() && (t.charAt(a) == ',' || Character.isWhitespace(t.charAt(a)))) a++;
            if (!t.startsWith("in", a) && !t.startsWith("In", a)) return fields;
            Matcher m = IN_NAMES_THEN_TITLE.matcher(t).region(fields.get(i).end(), fields.get(fields.size() - 1).end());
            if (!m.lookingAt()) return fields;
            int g = m.group(1) != null ? 1 : 3;   // the names' group, the title's after it
            int k = i + 1;
            while (k < fields.size() && fields.get(k).start() < m.end(g + 1)) k++;
            int over = fields.get(k - 1).end();   // the last field taken may run on past the title: only its comma may
            if (hasAlnum(t, m.end(g + 1), over)) return fields;
            return splice(fields, i + 1, k, new Field("other", fields.get(i).end(), m.start(g)), new Field("editor", m.start(g), m.end(g)),
                    new Field("other", m.end(g), m.start(g + 1)), new Field("container", m.start(g + 1), m.end(g + 1)),
                    new Field("other", m.end(g + 1), over));
        }
        return fields;
    }

    /** The words that mark a volume's number: "vol.", "Bd.", "Band", "tome", "t.". */
    private static final String VOLUME_WORD = "(?:[Vv]ol|Bd|Band|[Tt]ome|t)";

    /** "Bd. II: Das Rechtsgeschäft": a volume's number, a colon, then the volume's own title. */
    private static final Pattern VOLUME_COLON = Pattern.compile(VOLUME_WORD + "\\.?\\s*[\\dIVXLC]+\\s*:\\s*$");

    /** The title of a volume after its number and a colon is a title, not a publisher ("Bd. II: Das Rechtsgeschäft"). */
    private static List<Field> titleOfTheVolume(String t, List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("publisher") && !f.label().equals("place")) continue;
            if (!VOLUME_COLON.matcher(t).region(Math.max(0, f.start() - 14), f.start()).find()) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field("title", f.start(), f.end()));
            return out;
        }
        return fields;
    }

    /**
     * "MüKoBGB/Wagner", "BeckOK BGB/Fischer": the first of names joined by a slash, a word with two
     * capitals or more after its first small letter (and maybe words with capitals after it), is a
     * commentary's abbreviated title, not an author (a surname has at most one: "McDonald").
     */
    private static List<Field> commentaryNamedByItsAbbreviation(String t, List<Field> fields) {
        if (hasWords(t, fields, "title") || hasWords(t, fields, "container")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("author")) continue;
            int s = skipSpaces(t, f.start(), f.end());
            int slash = t.indexOf('/', s);
            if (slash < 0 || slash >= f.end()) return fields;
            // the first word counts the capitals; words after it name the code, each with a capital ("BeckOK BGB")
            int capitals = 0;
            boolean small = false;
            boolean firstWord = true;
            for (int k = s; k < slash; k++) {
                char c = t.charAt(k);
                if (Character.isWhitespace(c)) {
                    firstWord = false;
                    if (k + 1 < slash && !Character.isUpperCase(t.charAt(k + 1)) && !Character.isWhitespace(t.charAt(k + 1))) return fields;
                } else if (!firstWord) {
                    continue;
                } else if (Character.isLowerCase(c)) {
                    small = true;
                } else if (small && Character.isUpperCase(c)) {
                    capitals++;
                }
            }
            if (capitals < 2) return fields;
            return splice(fields, i, i + 1, new Field("container", s, slash), new Field("other", slash, slash + 1), new Field("author", slash + 1, f.end()));
        }
        return fields;
    }

    /** A surname (group 1), then a word for a work cited before: "Braudel, art. cit.", "Chartier, op. cit.". */
    private static final Pattern NAME_THEN_CROSS_REFERENCE = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?)\\s*,\\s*(?:op|art|ouvr|loc)\\.\\s*cit\\.?\\s*,?\\s*");

    /** "Braudel, art. cit., p. 730": a name before "art. cit." is the author of a work cited before, not a title. */
    private static List<Field> nameThenCrossReference(String t, List<Field> fields) {
        if (has(fields, "author")) return fields;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("journal")) continue;
            Matcher m = NAME_THEN_CROSS_REFERENCE.matcher(t).region(f.start(), f.end());
            if (!m.matches()) continue;
            return splice(fields, i, i + 1, new Field("author", f.start(), m.end(1)), new Field("other", m.end(1), f.end()));
        }
        return fields;
    }

    /** "a cura di" (edited by), with the names before it (group 1 empty) or after it. */
    private static final Pattern A_CURA_DI = Pattern.compile("\\s*,?\\s*\\(?a\\s+cura\\s+di\\)?\\s*,?\\s*");

    /**
     * Italian's "edited by": "Roberto Bizzocchi, a cura di, Genealogie incredibili" (the names before
     * it are the editors), "Storia d'Italia, a cura di Giuseppe Galasso" (the names after it).
     */
    private static List<Field> editedByInItalian(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!mayHold(t, f.start(), f.end(), "cura di")) continue;
            Matcher m = A_CURA_DI.matcher(t).region(f.start(), f.end());
            if (!m.find()) continue;
            boolean atStart = t.substring(f.start(), m.start()).isBlank();
            if (atStart && t.substring(m.start(), m.end()).strip().endsWith(",") && i > 0 && fields.get(i - 1).label().equals("author")) {
                // "Roberto Bizzocchi, a cura di, Genealogie incredibili": the names before it are the editors
                List<Field> out = new ArrayList<>(fields);
                out.set(i - 1, new Field("editor", fields.get(i - 1).start(), fields.get(i - 1).end()));
                out.set(i, new Field("other", f.start(), m.end()));
                if (m.end() < f.end()) out.add(i + 1, new Field(f.label().equals("author") ? "title" : f.label(), m.end(), f.end()));
                return out;
            }
            // "Storia d'Italia, a cura di Giuseppe Galasso": the names after it are the editors
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            if (!atStart) {
                out.add(new Field(f.label(), f.start(), m.start()));
            } else if (i > 0) {
                // "Benedetto Croce, Storia d'Italia" taken for one list of names: the author, then the title
                Field p = out.remove(i - 1);
                int comma = t.indexOf(',', p.start());
                if ((p.label().equals("editor") || p.label().equals("author")) && comma > p.start() && hasAlnum(t, comma, p.end())) {
                    out.add(new Field("author", p.start(), comma));
                    out.add(new Field("title", comma, p.end()));
                } else {
                    out.add(p);
                }
            }
            out.add(new Field("other", m.start(), m.end()));
            int next = i + 1;
            if (hasAlnum(t, m.end(), f.end())) out.add(new Field("editor", m.end(), f.end()));
            else if (next < fields.size()) out.add(new Field("editor", fields.get(next).start(), fields.get(next++).end()));
            out.addAll(fields.subList(next, fields.size()));
            return out;
        }
        return fields;
    }

    /** A page, then the edition and year in brackets, ending the citation: " 25 (9th ed. 2014).", " 45–86 (1986)". */
    private static final Pattern PAGE_THEN_EDITION_YEAR = Pattern.compile(
            "\\s*(\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?)\\s+\\((?:[^()]{0,30}\\bed\\.?\\s*)?(?:1[5-9]|20)\\d\\d\\)\\s*[.;]?\\s*");

    /**
     * "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014)": as the Bluebook cites a book,
     * the page cited follows the title and the edition and year close it; the title is a book's,
     * not a journal's, and the number the page cited, not a volume.
     */
    private static List<Field> bluebookBookWithItsPageBeforeTheYear(String t, List<Field> fields) {
        if (has(fields, "container")) return fields;
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field j = fields.get(i);
            if (!j.label().equals("journal")) continue;
            // the title's first words may be a title of their own, the rest the "journal" ("The Most Democratic | Branch 12 (2006)")
            Field before = i > 0 ? fields.get(i - 1) : null;
            boolean split = before != null && before.label().equals("title") && t.substring(before.end(), j.start()).isBlank();
            boolean quotedBefore = split && quotedAt(t, before.start(), before.end());   // "“The Kitchen of Meaning.” The Semiotic Challenge 167": two titles
            if (has(fields, "title") && !split) return fields;
            if (quotedBefore) split = false;
            Matcher m = PAGE_THEN_EDITION_YEAR.matcher(t).region(j.end(), fields.get(fields.size() - 1).end());
            if (!m.matches()) return fields;
            List<Field> out = new ArrayList<>(fields.subList(0, split ? i - 1 : i));
            out.add(new Field("title", split ? before.start() : j.start(), j.end()));
            out.add(new Field("pages", m.start(1), m.end(1)));
            for (Field g : fields.subList(i + 1, fields.size())) if (g.start() >= m.end(1)) out.add(g);
            return out;
        }
        return fields;
    }

    /** A name of a person: words with capitals, initials among them ("Amy Gutmann", "J. H. Baker", "Robert C. Post"). */
    private static final String PERSON = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?|van|von|de|der|di|du|la|le))*?\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+";

    /** Names, then "ed." or "eds." and a comma, opening brackets before the year: "(Amy Gutmann ed., ", "(Henry Hart & Albert Sacks eds., "; OSCOLA's "(William Rehg tr, " (group tr). */
    private static final Pattern NAMES_THEN_ED_IN_BRACKETS = Pattern.compile(
            "\\s*\\(\\s*(" + PERSON + "(?:\\s*(?:,|&|,?\\s+and)\\s*" + PERSON + ")*)\\s+(?:eds?\\.|eds?(?=\\s*,)|(?<tr>trs?|trans)\\.?(?=\\s*,))\\s*,?\\s*");

    /**
     * "Antonin Scalia, A Matter of Interpretation (Amy Gutmann ed., 1997)": as the Bluebook names a
     * book's editors, inside the brackets of its year, before "ed.": the names are editors, whatever
     * field the tagger made of them (a publisher, most often).
     */
    private static List<Field> editorsBeforeEdInTheYearsBrackets(String t, List<Field> fields) {
        for (int i = 1; i + 1 < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.label().equals("editor") || !fields.get(i + 1).label().equals("date") && !fields.get(i + 1).label().equals("publisher")) continue;
            // the bracket opens the field, or ends the field before it
            int from = f.start();
            int b = f.start() - 1;
            while (b >= 0 && t.charAt(b) == ' ') b--;
            if (b >= fields.get(i - 1).start() && t.charAt(b) == '(') from = b;
            int ed = t.indexOf(" ed", from);
            int tr = t.indexOf(" tr", from);
            if (t.charAt(skipSpaces(t, from, f.end())) != '(' || (ed < 0 || ed >= f.end()) && (tr < 0 || tr >= f.end())) continue;   // what the pattern needs
            Matcher m = NAMES_THEN_ED_IN_BRACKETS.matcher(t).region(from, f.end());
            if (!m.matches()) continue;
            List<Field> out = new ArrayList<>(fields.subList(0, i));
            if (from < f.start()) out.set(i - 1, new Field(fields.get(i - 1).label(), fields.get(i - 1).start(), from));
            if (from < m.start(1)) out.add(new Field("other", from, m.start(1)));
            out.add(new Field(m.group("tr") != null ? "translator" : "editor", m.start(1), m.end(1)));
            out.add(new Field("other", m.end(1), f.end()));
            out.addAll(fields.subList(i + 1, fields.size()));
            return out;
        }
        return fields;
    }

    /**
     * "Adam Liptak, Supreme Court Invalidates …, N.Y. Times, June 25, 2013, at A1": a name the tagger
     * took for an author after the title, then a date, is the newspaper or journal the title is in
     * (authors come first).
     */
    /** What names of persons hold and a newspaper's name does not: an initial alone before a name ("R. Cribiore"), "and". */
    private static final Pattern NAME_SHAPED = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\.\\s+\\p{Lu}\\p{Ll}|\\s(?:and|&|und|et)\\s");

    private static List<Field> newspaperAfterTheTitle(String t, List<Field> fields) {
        if (has(fields, "journal") || has(fields, "container")) return fields;
        for (int i = 1; i + 1 < fields.size(); i++) {
            Field a = fields.get(i);
            if (!a.label().equals("author") || !fields.get(i - 1).label().equals("title")) continue;
            if (NAME_SHAPED.matcher(t).region(a.start(), a.end()).find()) continue;   // "R. Cribiore and G. Vittmann": persons
            if (!t.substring(fields.get(i - 1).end(), a.start()).strip().equals(",") && !t.substring(fields.get(i - 1).end(), a.start()).isBlank()) continue;
            int k = nextWithWords(t, fields, i + 1);
            if (k >= fields.size() || !fields.get(k).label().equals("date")) continue;
            boolean authorBefore = false;
            for (Field g : fields.subList(0, i - 1)) authorBefore |= g.label().equals("author");
            if (!authorBefore) continue;
            List<Field> out = new ArrayList<>(fields);
            out.set(i, new Field("journal", a.start(), a.end()));
            return out;
        }
        return fields;
    }

    /**
     * "(Oxford: Clarendon Press, 1965–66)", "(Paris, 1987-1989)": the last year of a range of years,
     * whole or cut short, before the imprint's closing bracket is the date's, not a page.
     */
    private static List<Field> lastYearOfARangeIsNoPage(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field d = fields.get(i);
            Field p = fields.get(i + 1);
            if (!d.label().equals("date") || !p.label().equals("pages")) continue;
            int de = d.end();
            while (de > d.start() && (t.charAt(de - 1) == '–' || t.charAt(de - 1) == '-' || Character.isWhitespace(t.charAt(de - 1)))) de--;
            if (de < d.start() + 4 || !YEAR.matcher(t).region(de - 4, de).matches()) continue;
            int[] r = trim(t, p.start(), p.end());
            String dash = r == null ? "" : t.substring(de, r[0]).strip();   // the dash, in either field
            if (r == null || !(dash.equals("–") || dash.equals("-"))) continue;
            int ns = r[0];
            while (ns < r[1] && !Character.isDigit(t.charAt(ns))) ns++;
            int digits = r[1] - ns;
            if (ns == r[1] || (digits != 2 && digits != 4) || !BARE_NUMBER.matcher(t).region(ns, r[1]).matches()) continue;
            int after = skipSpaces(t, r[1], t.length());
            if (after >= t.length() || t.charAt(after) != ')') continue;
            return relabel(fields, i + 1, "other");
        }
        return fields;
    }

    /** "vom", "du", "of" at a newspaper's end, before its day: "FAZ vom | 3.5.2001", "Le Monde du | 14 mai 1968". */
    private static final Pattern DAY_WORD_AT_THE_END = Pattern.compile("\\s+(?:vom|du|of)\\s*$");

    /** "in: FAZ vom 3.5.2001": the word before the newspaper's day is neither the newspaper's nor the day's. */
    private static List<Field> dayWordAfterTheNewspaper(String t, List<Field> fields) {
        for (int i = 0; i + 1 < fields.size(); i++) {
            Field j = fields.get(i);
            if (!j.label().equals("journal") || !fields.get(i + 1).label().equals("date")) continue;
            Matcher m = DAY_WORD_AT_THE_END.matcher(t).region(j.start(), j.end());
            if (!m.find() || letters(t, j.start(), m.start()) < 2) continue;
            return splice(fields, i, i + 1, new Field("journal", j.start(), m.start()), new Field("other", m.start(), j.end()));
        }
        return fields;
    }

    /** A work known by its abbreviation, then the volume: "TRE 19", "HRG 2", "RGG IV" (group 1, group 2). */
    private static final Pattern ABBREVIATION_THEN_VOLUME =
            Pattern.compile("(?:[Ii]n:?\\s+)?(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}\\p{Lu})\\s+(\\d{1,3}|[IVX]{1,5}(?:/\\d)?)\\s*[,.]?\\s*");

    /** A collected edition's abbreviation and volume after a work's title: ", AA IV", ", KD III/2" (group 1, group 2). */
    private static final Pattern EDITION_AFTER_THE_TITLE =
            Pattern.compile(",\\s*(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}\\p{Lu})\\s+(\\d{1,3}|[IVX]{1,5}(?:/\\d)?)\\s*[,.]?\\s*$");

    /**
     * "in: TRE 19, Berlin/New York 1990", "HStR IX": a book's title that is an abbreviation in capitals
     * and a number is the work (an encyclopedia, a collected edition) and the volume; so is a volume
     * the tagger read with its abbreviation ("WA 7"), and a collected edition after a work's title
     * ("Grundlegung zur Metaphysik der Sitten, AA IV": the work in the edition's volume).
     */
    private static List<Field> abbreviatedWorkThenItsVolume(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.label().equals("volume")) {   // "WA 7": the tagger's volume holds the edition's abbreviation
                int[] r = trim(t, f.start(), f.end());
                Matcher m = r == null ? null : ABBREVIATION_THEN_VOLUME.matcher(t).region(r[0], f.end());
                if (m == null || !m.matches() || m.start(1) != r[0]) continue;
                return splice(fields, i, i + 1, new Field("container", f.start(), m.end(1)), new Field("other", m.end(1), m.start(2)),
                        new Field("volume", m.start(2), m.end(2)), new Field("other", m.end(2), f.end()));
            }
            if (!f.label().equals("title") && !f.label().equals("container")) continue;
            Matcher after = EDITION_AFTER_THE_TITLE.matcher(t).region(f.start(), f.end());
            if (f.label().equals("title") && after.find() && letters(t, f.start(), after.start()) >= 3) {   // "…, AA IV"
                return splice(fields, i, i + 1, new Field("title", f.start(), after.start()), new Field("other", after.start(), after.start(1)),
                        new Field("container", after.start(1), after.end(1)), new Field("other", after.end(1), after.start(2)),
                        new Field("volume", after.start(2), after.end(2)), new Field("other", after.end(2), f.end()));
            }
            int[] r = trim(t, f.start(), f.end());
            if (r == null || r[1] - r[0] > 14) continue;   // "in: TRE 19": short
            Matcher m = ABBREVIATION_THEN_VOLUME.matcher(t).region(r[0], f.end());
            if (!m.matches()) continue;
            return splice(fields, i, i + 1, new Field(f.label(), f.start(), m.end(1)), new Field("other", m.end(1), m.start(2)),
                    new Field("volume", m.start(2), m.end(2)), new Field("other", m.end(2), f.end()));
        }
        return fields;
    }

    /**
     * A volume in small roman numerals, MHRA's: after the journal and before its year in brackets
     * ("Past and Present, cix (1985), pp. 55–99"), or after a work's imprint and before the page
     * ("2 vols (Oxford: Clarendon Press, 1965–66), i, 57"; group 1 or 2).
     */
    private static final Pattern ROMAN_VOLUME = Pattern.compile(
            "\\s*,\\s*([ivxlc]{1,6})\\s*\\((?:1[4-9]|20)\\d\\d\\)|\\)\\s*,\\s*([ivxlc]{1,6})\\s*(?:\\((?:1[4-9]|20)\\d\\d\\)\\s*)?,\\s*\\d");

    /** Whether a comma in {@code t[s, e)} is followed by a word of small roman numerals alone ({@link #ROMAN_VOLUME}'s cheap test). */
    private static boolean smallRomanAfterAComma(String t, int s, int e) {
        for (int c = t.indexOf(',', s); c >= 0 && c < e; c = t.indexOf(',', c + 1)) {
            int w = c + 1;
            while (w < e && t.charAt(w) == ' ') w++;
            int we = w;
            while (we < e && "ivxlc".indexOf(t.charAt(we)) >= 0) we++;
            if (we > w && (we == e || !Character.isLetter(t.charAt(we)))) return true;
        }
        return false;
    }

    private static List<Field> romanVolumeAfterTheJournalOrImprint(String t, List<Field> fields) {
        if (fields.isEmpty() || !smallRomanAfterAComma(t, fields.get(0).start(), fields.get(fields.size() - 1).end())) return fields;
        for (Field f : fields) {   // a volume already read, not how many there are ("2 vols")
            int[] r = trim(t, f.start(), f.end());
            if (f.label().equals("volume") && r != null && !VOLUMES_PART.matcher(t).region(r[0], r[1]).lookingAt()) return fields;
        }
        int to = fields.get(fields.size() - 1).end();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            boolean journal = f.label().equals("journal");
            if (!journal && !f.label().equals("date") && !f.label().equals("publisher")) continue;
            int e = f.end();
            while (e > f.start() && (Character.isWhitespace(t.charAt(e - 1)) || t.charAt(e - 1) == ',')) e--;
            Matcher m = ROMAN_VOLUME.matcher(t).region(e, to);
            // right after the journal; after the imprint, at its closing bracket (maybe after the last year of a range)
            if (!m.find() || m.start() > skipSpaces(t, e, to) + (journal ? 2 : 8)) continue;
            int g = journal && m.group(1) != null ? 1 : !journal && m.group(2) != null ? 2 : 0;
            if (g == 0) continue;
            return overlay(fields, m.start(g), m.end(g), "volume");
        }
        return fields;
    }

    /** "Art. " (the article of an encyclopedia) before its title: "Art. Mystik III. Mittelalter", "Art. „Geschichte“". */
    private static final Pattern ARTICLE_WORD = Pattern.compile("Art\\.\\s+[„“\"«‘]?\\s*(?=\\p{Lu})");

    /** "Art. Kirchenzucht II. Reformation und Neuzeit, in: TRE 19": the word that names an encyclopedia's article is no title's. */
    private static List<Field> articleWordBeforeTheTitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title")) continue;
            int s = skipSpaces(t, f.start(), f.end());
            if (!t.startsWith("Art.", s)) continue;
            Matcher m = ARTICLE_WORD.matcher(t).region(s, f.end());
            if (!m.lookingAt() || letters(t, m.end(), f.end()) < 3) continue;
            return splice(fields, i, i + 1, new Field("other", f.start(), m.end()), new Field("title", m.end(), f.end()));
        }
        return fields;
    }

    /** ", vol. 1", ", Bd. 2", ", t. III", ", Bd. I.2", ", Bd. II/2" at a title's end: the volume cited (the mark, group 1; the number, group 2). */
    private static final Pattern VOLUME_AT_THE_END = Pattern.compile(
            "\\s*,\\s*(" + VOLUME_WORD + "\\.?)\\s*([\\dIVXLC]{1,5}(?:[./][\\dIVXLC]{1,3})?)\\s*[,.]?\\s*$");

    /** "Karl Marx, Capital, vol. 1, trans. …": the volume the tagger left at the title's end is the volume, not the title's. */
    private static List<Field> volumeEndsTheTitle(String t, List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (!f.label().equals("title") && !f.label().equals("container")) continue;
            Matcher m = VOLUME_AT_THE_END.matcher(t).region(f.start(), f.end());
            if (!m.find() || letters(t, f.start(), m.start()) < 3) continue;
            return splice(fields, i, i + 1, new Field(f.label(), f.start(), m.start()), new Field("other", m.start(), m.start(2)),
                    new Field("volume", m.start(2), m.end(2)), new Field("other", m.end(2), f.end()));
        }
        return fields;
    }

    /** "Foucault, Surveiller et punir (as in n. 5)": a surname (group 1), a short title (group 2), a note referred to. */
    private static final Pattern SHORT_TITLE_THEN_NOTE = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s*,\\s*(\\p{Lu}[^(),;]{1,80}?)\\s*\\((?:wie\\s+|as\\s+in\\s+|see\\s+|cf\\.\\s+|above,?\\s+|s\\.\\s+|vgl\\.\\s+)?"
            + "(?:Anm\\.|Fn\\.|n\\.|nn\\.|note|Anmerkung|Fußnote)\\s*\\d+\\)");

    /**
     * "Foucault, Surveiller et punir (as in n. 5), 12", "Weber, Wirtschaft und Gesellschaft (Anm.
     * 3)": the author's surname and the short title of a work whose note the citation names.
     */
    private static List<Field> shortTitleBeforeANoteReference(String t, List<Field> fields) {
        if (fields.isEmpty() || !mayHold(t, fields.get(0).start(), fields.get(fields.size() - 1).end(), "(")) return fields;
        Matcher m = SHORT_TITLE_THEN_NOTE.matcher(t).region(fields.get(0).start(), fields.get(fields.size() - 1).end());
        if (!m.lookingAt()) return fields;
        List<Field> out = new ArrayList<>();
        out.add(new Field("author", m.start(1), m.end(1)));
        out.add(new Field("other", m.end(1), m.start(2)));
        out.add(new Field("title", m.start(2), m.end(2)));
        out.add(new Field("other", m.end(2), m.end()));
        for (Field g : fields) {
            if (g.end() <= m.end()) continue;
            out.add(g.start() < m.end() ? new Field(g.label(), m.end(), g.end()) : g);
        }
        return out;
    }
}

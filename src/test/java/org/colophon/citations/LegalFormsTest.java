package org.colophon.citations;

import static org.colophon.citations.CitationParserTest.has;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German and English legal citation forms, read by the parser Colophon uses (rules + tagger, the
 * tagger trained on the footnotes tools/citegen generates): journal abbreviations cited by year or
 * volume, the year in brackets before the volume, law reports, and pinpoints.
 */
class LegalFormsTest {

    private static final CitationParser PARSER = new CitationParser();

    @Test
    void germanJournalByYearKeepsItsAbbreviationAsTheJournal() {
        String t = "Mustermann, NZG 1999, 797 (800).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Mustermann");
        has(t, s, "title", "NZG", "level", "j");
        has(t, s, "date", "1999", "when", "1999");
    }

    @Test
    void germanJournalByVolumeAndYear() {
        String t = "Lutz, ZHR 159 (1995), 287.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Lutz");
        has(t, s, "title", "ZHR", "level", "j");
        has(t, s, "biblScope", "159", "unit", "volume");
        has(t, s, "date", "1995", "when", "1995");
    }

    @Test
    void englishArticleWithTheYearBeforeTheVolume() {
        String t = "J. Smith, ‘The State’ (1979) 27 Political Studies 183.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "J. Smith");
        has(t, s, "title", "The State", "level", "a");
        has(t, s, "biblScope", "27", "unit", "volume");
        has(t, s, "title", "Political Studies", "level", "j");
    }

    @Test
    void lawReportWithTheYearInSquareBrackets() {
        String t = "Donoghue v Stevenson [1932] AC 562.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Donoghue v Stevenson");
        has(t, s, "date", "1932", "when", "1932");
        has(t, s, "title", "AC", "level", "j");
    }

    @Test
    void anAuthorDateCiteInANoteIsACitation() {
        String t = "Voir aussi Wilson 2005, p. 391";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Wilson");
        has(t, s, "date", "2005", "when", "2005");
    }

    @Test
    void thePinpointInBracketsAfterTheFirstPageIsThePageCited() {
        String t = "Mustermann, NZG 1999, 797 (800).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "biblScope", "797", "unit", "page");
        has(t, s, "citedRange", "800", "unit", "page");
        String u = "Vgl. Lutz, ZHR 159 (1995), 287 (290 f.).";
        List<Span> v = PARSER.parse(u);
        has(u, v, "biblScope", "287", "unit", "page");
        has(u, v, "citedRange", "290 f.", "unit", "page");
        has(u, v, "biblScope", "159", "unit", "volume");
    }

    @Test
    void aShortCiteIsAuthorShortTitleAndPinpoint() {
        String t = "Birk, Steuerrecht, S. 231.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Birk");
        has(t, s, "title", "Steuerrecht", "level", "m");
        has(t, s, "citedRange", "231", "unit", "page");
        String u = "Vgl. Hübner, Allgemeiner Teil des BGB, Rn. 443 ff.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Hübner");
        has(u, v, "title", "Allgemeiner Teil des BGB", "level", "m");
        has(u, v, "citedRange", "443 ff.", "unit", "para");
        String w = "See Palmer/Roberts, Dispute Processes, p. 77.";
        List<Span> x = PARSER.parse(w);
        has(w, x, "author", "Palmer");
        has(w, x, "author", "Roberts");
        has(w, x, "title", "Dispute Processes", "level", "m");
        has(w, x, "citedRange", "77", "unit", "page");
    }

    @Test
    void oscolasInitialsWithoutFullStopsAfterTheNotesSentence() {
        String t = "On the rule of recognition, see PS Atiyah, The Rise and Fall of Freedom of Contract (OUP 1979) 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "PS Atiyah");
        has(t, s, "title", "The Rise and Fall of Freedom of Contract", "level", "m");
        String u = "The point is well made: J Raz, ‘Legal Principles and the Limits of Law’ (1972) 81 Yale LJ 823, 830.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "J Raz");
        has(u, v, "title", "Legal Principles and the Limits of Law", "level", "a");
    }

    @Test
    void aSentenceWithASignalAfterACitationOpensTheNext() {
        String t = "See R v Jones [2006] UKHL 16, [2007] 1 AC 136 [23]. For a different view, see J Gardner, ‘Offences and Defences’ (2007) 27 OJLS 1, 9.";
        List<Span> s = PARSER.parse(t);
        assertEquals(2, s.stream().filter(x -> x.element().equals("bibl")).count(), t);
        has(t, s, "author", "J Gardner");
        has(t, s, "title", "Offences and Defences", "level", "a");
        String u = "Flume, Allgemeiner Teil, Bd. II, 1992, S. 45. Anders aber vgl. Canaris, Die Vertrauenshaftung, 1971, S. 12.";
        List<Span> v = PARSER.parse(u);
        assertEquals(2, v.stream().filter(x -> x.element().equals("bibl")).count(), u);
        has(u, v, "author", "Canaris");
    }

    @Test
    void aDecisionAfterTheNotesSentenceAndAComma() {
        String t = "Das OLG hat die Frage offengelassen, BGH, Urt. v. 3.11.2016 – III ZR 84/15, NJW 2017, 330 (332).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "BGH", "type", "court");
        has(t, s, "idno", "III ZR 84/15", "type", "docket");
        has(t, s, "title", "NJW", "level", "j");
        assertEquals(0, s.stream().filter(x -> x.element().equals("author")).count(), t);
        String u = "Die Rechtsprechung folgt dem nicht (BGH NJW 2012, 2422 Rn. 14).";
        List<Span> v = PARSER.parse(u);
        has(u, v, "orgName", "BGH", "type", "court");
        has(u, v, "title", "NJW", "level", "j");
    }

    @Test
    void anyJournalsAbbreviationBeforeItsYearAndPage() {
        String t = "Schäfer, GRUR-Prax 2011, 221 (223).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Schäfer");
        String u = "Medicus, JuS 1988, 1 (4).";
        List<Span> v = PARSER.parse(u);
        has(u, v, "title", "JuS", "level", "j");
        has(u, v, "biblScope", "1", "unit", "page");
    }

    @Test
    void aReportAfterTheNotesOpeningWords() {
        String t = "So bereits BGHZ 80, 153 (156).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "BGHZ", "level", "j");
        has(t, s, "biblScope", "80", "unit", "volume");
    }

    @Test
    void aCasesSubsequentHistoryPartsTwoCitations() {
        String t = "Plessy v. Ferguson, 163 U.S. 537, 551 (1896), overruled by Brown v. Board of Education, 347 U.S. 483 (1954).";
        List<Span> s = PARSER.parse(t);
        assertEquals(2, s.stream().filter(x -> x.element().equals("bibl")).count(), t);
        has(t, s, "title", "Plessy v. Ferguson", "level", "a");
        has(t, s, "title", "Brown v. Board of Education", "level", "a");
    }

    @Test
    void aSurnameAndThePageAloneNameTheAuthor() {
        String t = "Thompson, p. 213.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Thompson");
        has(t, s, "citedRange", "213", "unit", "page");
        assertEquals(0, s.stream().filter(x -> x.element().equals("title")).count(), t);
        String u = "Larenz/Wolf, S. 45 f.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Larenz");
        has(u, v, "author", "Wolf");
        String w = "Supra, p. 4.";
        assertEquals(0, PARSER.parse(w).stream().filter(x -> x.element().equals("author")).count(), w);
    }

    @Test
    void chicagosShortFormHasNoCueBeforeThePage() {
        String t = "Thompson, Making of the English Working Class, 213.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Thompson");
        has(t, s, "title", "Making of the English Working Class", "level", "m");
        has(t, s, "citedRange", "213", "unit", "page");
        String u = "Darnton, “Peasants Tell Tales,” 19–21.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Darnton");
        has(u, v, "title", "Peasants Tell Tales", "level", "a");
        has(u, v, "citedRange", "19–21", "unit", "page");
        // an imprint is no short cite: no page is a year, and no author a place
        String w = "Oxford, Blackwell, 1990.";
        assertEquals(0, PARSER.parse(w).stream().filter(x -> x.element().equals("citedRange")).count(), w);
    }

    @Test
    void aShortCiteAmongOthersInOneNote() {
        String t = "Siehe auch Birk, Steuerrecht, S. 231 f.; Mustermann, NZG 1999, 797 (800).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Steuerrecht", "level", "m");
        has(t, s, "citedRange", "231 f.", "unit", "page");
        has(t, s, "title", "NZG", "level", "j");
        has(t, s, "citedRange", "800", "unit", "page");
    }

    @Test
    void aCourtsDecisionByDayDocketAndReport() {
        String t = "So auch BGH, Urt. v. 12.3.2002 – XI ZR 123/01, NJW 2002, 1950, 1951.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "BGH", "type", "court");
        has(t, s, "date", "12.3.2002", "when", "2002-03-12");
        has(t, s, "idno", "XI ZR 123/01", "type", "docket");
        has(t, s, "title", "NJW", "level", "j");
        has(t, s, "biblScope", "1950", "unit", "page");
        has(t, s, "citedRange", "1951", "unit", "page");
        org.junit.jupiter.api.Assertions.assertTrue(s.stream().noneMatch(p -> p.element().equals("author")), s::toString);
    }

    @Test
    void aCourtBeforeItsReportIsNoAuthor() {
        String t = "Vgl. BVerfG, Beschl. v. 6.6.1989 – 1 BvR 921/85, BVerfGE 80, 137 (152).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "BVerfG", "type", "court");
        has(t, s, "title", "BVerfGE", "level", "j");
        has(t, s, "citedRange", "152", "unit", "page");
        String u = "OLG München, Urt. v. 3.2.2010 – 7 U 4123/09.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "orgName", "OLG München", "type", "court");
        has(u, v, "idno", "7 U 4123/09", "type", "docket");
    }

    @Test
    void aCaseAsTheBluebookCitesIt() {
        String t = "Roe v. Wade, 410 U.S. 113 (1973); see also Planned Parenthood v. Casey, 505 U.S. 833, 846 (1992).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Roe v. Wade", "level", "a");
        has(t, s, "biblScope", "410", "unit", "volume");
        has(t, s, "biblScope", "113", "unit", "page");
        has(t, s, "title", "Planned Parenthood v. Casey", "level", "a");
        has(t, s, "citedRange", "846", "unit", "page");
        String u = "United States v. Carroll Towing Co., 159 F.2d 169, 173 (2d Cir. 1947).";
        List<Span> v = PARSER.parse(u);
        has(u, v, "title", "F.2d", "level", "j");
        has(u, v, "date", "1947", "when", "1947");
        has(u, v, "bibl", "United States v. Carroll Towing Co., 159 F.2d 169, 173 (2d Cir. 1947).", "type", "case");
    }

    @Test
    void aCaseOfTheEuropeanCourts() {
        String t = "Joined Cases C-6/90 and C-9/90 Francovich [1991] ECR I-5357, para 35.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "idno", "C-6/90 and C-9/90", "type", "docket");
        has(t, s, "title", "Francovich", "level", "a");
        has(t, s, "date", "1991", "when", "1991");
        has(t, s, "title", "ECR", "level", "j");
        has(t, s, "citedRange", "35", "unit", "para");
        String u = "EuGH, Rs. C-131/12 Google Spain, EU:C:2014:317, Rn. 80.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "orgName", "EuGH", "type", "court");
        has(u, v, "title", "Google Spain", "level", "a");
        has(u, v, "idno", "EU:C:2014:317", "type", "ECLI");
    }

    @Test
    void aEuropeanCaseAsGermanNotesCiteItNameLast() {
        String t = "EuGH, Rs. 6/64, Slg. 1964, 1251 (1269) – Costa/ENEL.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "EuGH", "type", "court");
        has(t, s, "idno", "6/64", "type", "docket");
        has(t, s, "title", "Slg.", "level", "j");
        has(t, s, "biblScope", "1251", "unit", "page");
        has(t, s, "citedRange", "1269", "unit", "page");
        has(t, s, "title", "Costa/ENEL", "level", "a");
    }

    @Test
    void englishCaseIsReadWholeWithItsCourtAndPinpoint() {
        String t = "Donoghue v Stevenson [1932] AC 562 (HL) 580 (Lord Atkin).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "Donoghue v Stevenson [1932] AC 562 (HL) 580", "type", "case");
        has(t, s, "title", "Donoghue v Stevenson", "level", "a");
        has(t, s, "title", "AC", "level", "j");
        has(t, s, "biblScope", "562", "unit", "page");
        has(t, s, "orgName", "HL", "type", "court");
        has(t, s, "citedRange", "580", "unit", "page");
    }

    @Test
    void englishCaseWithTheReportsVolume() {
        String t = "R v Brown [1994] 1 AC 212 (HL).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "R v Brown", "level", "a");
        has(t, s, "biblScope", "1", "unit", "volume");
        has(t, s, "title", "AC", "level", "j");
        has(t, s, "date", "1994", "when", "1994");
    }

    @Test
    void journalAbbreviationBetweenTheVolumeAndTheFirstPage() {
        String t = "Cf. J. Raz, ‘The Rule of Law and its Virtue’ (1977) 93 LQR 195, 198.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "biblScope", "93", "unit", "volume");
        has(t, s, "title", "LQR", "level", "j");
        has(t, s, "biblScope", "195", "unit", "page");
        has(t, s, "citedRange", "198", "unit", "page");
    }

    @Test
    void publisherInTheBracketOfTheYear() {
        String t = "Eric Hobsbawm and Terence Ranger (eds), The Invention of Tradition (CUP 1983).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "The Invention of Tradition", "level", "m");
        has(t, s, "publisher", "CUP");
        has(t, s, "date", "1983", "when", "1983");
    }

    @Test
    void reportCitedByVolumePageAndPinpoint() {
        String t = "BGHZ 135, 244, 250.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "BGHZ", "level", "j");
        has(t, s, "biblScope", "135", "unit", "volume");
        has(t, s, "biblScope", "244", "unit", "page");
        has(t, s, "citedRange", "250", "unit", "page");
    }

    @Test
    void surnameThenTheTitleOfTheWork() {
        String t = "Grundmann, Europäisches Schuldvertragsrecht, 1999, S. 45 m.w.N.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Grundmann");
        has(t, s, "title", "Europäisches Schuldvertragsrecht", "level", "m");
        has(t, s, "citedRange", "45", "unit", "page");
    }

    @Test
    void surnameThenGivenNamesStaysOneName() {
        String t = "Robins, Rountree et Rountree 2003, p. 143";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Rountree");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "title"), t);
    }

    @Test
    void germanOrdinalDoesNotEndTheTitle() {
        String t = "Jürgen Osterhammel, Die Verwandlung der Welt. Eine Geschichte des 19. Jahrhunderts, München 2009, S. 1010–1015.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Die Verwandlung der Welt. Eine Geschichte des 19. Jahrhunderts", "level", "m");
        has(t, s, "pubPlace", "München");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "publisher"), t);
    }

    @Test
    void titleInStraightSingleQuotesAfterTheAuthor() {
        String t = "G. Teubner, 'Legal Irritants: Good Faith in British Law or How Unifying Law Ends Up in New Divergences' (1998) 61 MLR 11.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "G. Teubner");
        has(t, s, "title", "Legal Irritants: Good Faith in British Law or How Unifying Law Ends Up in New Divergences", "level", "a");
        has(t, s, "title", "MLR", "level", "j");
    }

    @Test
    void wholeNameThenTheTitleNotAnotherName() {
        String t = "Jan Assmann, Das kulturelle Gedächtnis. Schrift, Erinnerung und politische Identität in frühen Hochkulturen, München 1992, 48–66.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Jan Assmann");
        has(t, s, "title", "Das kulturelle Gedächtnis. Schrift, Erinnerung und politische Identität in frühen Hochkulturen", "level", "m");
        String u = "Vgl. Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3, München 1995, S. 1250.";
        s = PARSER.parse(u);
        has(u, s, "author", "Hans-Ulrich Wehler");
        has(u, s, "title", "Deutsche Gesellschaftsgeschichte", "level", "m");
    }

    @Test
    void yearsFromAndToInTheTitle() {
        String t = "Ulrich Herbert, Nationalsozialistische Vernichtungspolitik 1939–1945, Frankfurt a. M. 1998, S. 9–66, hier S. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Nationalsozialistische Vernichtungspolitik 1939–1945", "level", "m");
        has(t, s, "date", "1998", "when", "1998");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "date"), t);
    }

    @Test
    void decisionByCourtAndReportWithoutAComma() {
        String t = "BGH NJW 2014, 2720 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "BGH", "type", "court");
        has(t, s, "title", "NJW", "level", "j");
        has(t, s, "biblScope", "2720", "unit", "page");
        has(t, s, "citedRange", "12", "unit", "para");
    }

    @Test
    void decisionInAReportWithAHyphenAndTheEuropeanReports() {
        String t = "Ebenso OLG München, NJW-RR 2010, 1234, 1235.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "OLG München", "type", "court");
        has(t, s, "title", "NJW-RR", "level", "j");
        has(t, s, "citedRange", "1235", "unit", "page");
        String u = "EuGH, Urt. v. 9.3.1999 – C-212/97, Slg. 1999, I-1459 Rn. 27 – Centros.";
        s = PARSER.parse(u);
        has(u, s, "title", "Slg.", "level", "j");
        has(u, s, "biblScope", "I-1459", "unit", "page");
        has(u, s, "citedRange", "27", "unit", "para");
        has(u, s, "title", "Centros", "level", "a");
    }

    @Test
    void reportVolumePageAndMarginNumber() {
        String t = "BGHZ 171, 1 Rn. 25 ff.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "biblScope", "171", "unit", "volume");
        has(t, s, "biblScope", "1", "unit", "page");
        has(t, s, "citedRange", "25 ff.", "unit", "para");
    }

    @Test
    void marginNumberInTheSectionIsThePageCited() {
        String t = "Palandt/Grüneberg, BGB, 79. Aufl. 2020, § 242 Rn. 38.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "Palandt/Grüneberg, BGB, 79. Aufl. 2020, § 242 Rn. 38.");
        has(t, s, "citedRange", "38", "unit", "para");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "citedRange"), t);
        String u = "K. Schmidt, Gesellschaftsrecht, 4. Aufl. 2002, § 10 III 2, S. 262.";
        s = PARSER.parse(u);
        org.junit.jupiter.api.Assertions.assertEquals(0, s.stream().filter(sp -> sp.element().equals("biblScope")).count(), u);   // § 10 is no volume
    }

    @Test
    void commentaryEditorsJoinedBySlashesAfterIn() {
        String t = "Habersack, in: Ulmer/Habersack/Löbbe, GmbHG, 2. Aufl. 2014, § 1 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Habersack");
        has(t, s, "editor", "Ulmer");
        has(t, s, "editor", "Löbbe");
        has(t, s, "title", "GmbHG", "level", "m");
        has(t, s, "citedRange", "12", "unit", "para");
    }

    @Test
    void commentaryNamedByItsAbbreviation() {
        String t = "MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 5.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "MüKoBGB", "level", "m");
        has(t, s, "author", "Wagner");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void aCaseAfterProse() {
        String t = "Cf. the remarks of Lord Hoffmann in R v Secretary of State for the Home Department, ex p Simms [2000] 2 AC 115, 131.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "R v Secretary of State for the Home Department, ex p Simms", "level", "a");
        has(t, s, "title", "AC", "level", "j");
        has(t, s, "citedRange", "131", "unit", "page");
    }

    @Test
    void commentaryWithOneEditorAfterIn() {
        String t = "Grüneberg, in: Grüneberg, BGB, 81. Aufl. 2022, § 242 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Grüneberg");
        has(t, s, "editor", "Grüneberg");
        has(t, s, "title", "BGB", "level", "m");
        has(t, s, "edition", "81. Aufl");
        has(t, s, "citedRange", "12", "unit", "para");
    }

    @Test
    void looseLeafCommentaryCitedByArticleAndMarginNumber() {
        String t = "Herdegen, in: Maunz/Dürig, GG, 95. EL Juli 2021, Art. 1 Abs. 3 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "editor", "Maunz");
        has(t, s, "editor", "Dürig");
        has(t, s, "title", "GG", "level", "m");
        has(t, s, "edition", "95. EL");
        has(t, s, "citedRange", "12", "unit", "para");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "citedRange"), t);
    }

    @Test
    void europeanCourtByDayCaseNumberAndParties() {
        String t = "EuGH, Urt. v. 15.7.1964, Rs. 6/64 (Costa/E.N.E.L.), Slg. 1964, 1251 (1269).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "EuGH", "type", "court");
        has(t, s, "date", "15.7.1964", "when", "1964-07-15");
        has(t, s, "idno", "6/64", "type", "docket");
        has(t, s, "title", "Costa/E.N.E.L.", "level", "a");
        has(t, s, "title", "Slg.", "level", "j");
        has(t, s, "citedRange", "1269", "unit", "page");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void europeanCaseNumberBeforeItsName() {
        String t = "Case C-6/64 Costa v ENEL [1964] ECR 585.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "idno", "C-6/64", "type", "docket");
        has(t, s, "title", "Costa v ENEL", "level", "a");
        has(t, s, "title", "ECR", "level", "j");
    }

    @Test
    void oscolaTranslatorInTheImprintsBrackets() {
        String t = "Jürgen Habermas, Between Facts and Norms (William Rehg tr, Polity Press 1996) 104.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "editor", "William Rehg", "role", "translator");
        has(t, s, "publisher", "Polity Press");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "publisher"), t);
    }

    @Test
    void bluebookJournalNumberedByItsYear() {
        String t = "Cf. Frank H. Easterbrook, Cyberspace and the Law of the Horse, 1996 U. Chi. Legal F. 207.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Frank H. Easterbrook");
        has(t, s, "title", "Cyberspace and the Law of the Horse", "level", "a");
        has(t, s, "date", "1996", "when", "1996");
        has(t, s, "title", "U. Chi. Legal F.", "level", "j");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void bluebookCaseWithAParentheticalAfterIt() {
        String t = "Planned Parenthood of Se. Pa. v. Casey, 505 U.S. 833, 846 (1992) (plurality opinion).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "Planned Parenthood of Se. Pa. v. Casey, 505 U.S. 833, 846 (1992)", "type", "case");
        has(t, s, "citedRange", "846", "unit", "page");
    }

    @Test
    void bluebookTreatiseCitedBySectionAndPage() {
        String t = "Erwin Chemerinsky, Constitutional Law: Principles and Policies § 5.2, at 420 (4th ed. 2011).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Constitutional Law: Principles and Policies", "level", "m");
        has(t, s, "citedRange", "420", "unit", "page");
        String u = "Laurence H. Tribe, American Constitutional Law § 15-3, at 1308 (2d ed. 1988).";
        has(u, PARSER.parse(u), "title", "American Constitutional Law", "level", "m");
    }

    @Test
    void theAuthorOfAPartBeforeInAndTheCommentarysEditor() {
        String t = "Ulmer, in: Hachenburg, GmbHG, 8. Aufl. 1992, § 30 Rn. 5.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Ulmer");
        has(t, s, "editor", "Hachenburg");
        has(t, s, "title", "GmbHG", "level", "m");
    }

    @Test
    void festschriftAfterTheAuthor() {
        String t = "Canaris, FS Larenz, 1973, S. 799 (805).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Canaris");
        has(t, s, "title", "FS Larenz", "level", "m");
        has(t, s, "citedRange", "805", "unit", "page");
    }

    @Test
    void statutesAreLegislationWithTheirNameYearAndSection() {
        String t = "Human Rights Act 1998, s 3(1).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "Human Rights Act 1998, s 3(1).", "type", "legislation");
        has(t, s, "title", "Human Rights Act");
        has(t, s, "date", "1998", "when", "1998");
        has(t, s, "citedRange", "3(1)", "unit", "page");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "author"), t);
        String a = "See the Human Rights Act 1998, s 3 (1).";   // "the" before the name; a space before the subsection
        List<Span> b = PARSER.parse(a);
        has(a, b, "title", "Human Rights Act");
        has(a, b, "citedRange", "3 (1)", "unit", "page");
        String u = "See 42 U.S.C. § 1983 (2018).";
        List<Span> v = PARSER.parse(u);
        has(u, v, "title", "U.S.C.");
        has(u, v, "biblScope", "42", "unit", "volume");
        has(u, v, "citedRange", "1983", "unit", "page");
        has(u, v, "date", "2018", "when", "2018");
        String w = "Council Directive 93/13/EEC of 5 April 1993 on unfair terms in consumer contracts [1993] OJ L95/29.";
        List<Span> x = PARSER.parse(w);
        has(w, x, "title", "Council Directive 93/13/EEC of 5 April 1993 on unfair terms in consumer contracts");
        has(w, x, "title", "OJ", "level", "j");
        has(w, x, "date", "1993", "when", "1993");
    }

    @Test
    void courtDecisionDatedWithTheMonthsName() {
        String t = "BGH, Urteil vom 12. März 2019 – VI ZR 123/18, NJW 2019, 1234.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "date", "12. März 2019", "when", "2019-03-12");
        has(t, s, "idno", "VI ZR 123/18", "type", "docket");
        has(t, s, "title", "NJW", "level", "j");
    }

    @Test
    void commentaryRevisedWithoutANumber() {
        String t = "Staudinger/Looschelders/Olzen, BGB, Neubearb. 2019, § 242 Rn. 45.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "BGB", "level", "m");
        has(t, s, "edition", "Neubearb");
        has(t, s, "citedRange", "45", "unit", "para");
    }

    @Test
    void aSignalInsideTheSentenceLeadsToTheCitation() {
        String t = "St. Rspr., vgl. nur BGHZ 12, 34 (36).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "BGHZ", "level", "j");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "author"), t);
        String u = "So die h.M., siehe etwa Larenz/Wolf, AT, 9. Aufl. 2004, § 28 Rn. 12.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Larenz");
        has(u, v, "author", "Wolf");
        has(u, v, "title", "AT", "level", "m");
        String w = "Zutreffend Habersack, in: MüKoAktG, 5. Aufl. 2019, § 100 Rn. 12.";
        has(w, PARSER.parse(w), "author", "Habersack");
    }

    @Test
    void aGivenNameEndingInEdIsNoRole() {
        // "Reed" ends in "ed": no role word closes the names, and the surname stays with them
        String t = "See, e.g., Akhil Reed Amar, The Bill of Rights as a Constitution, 100 Yale L.J. 1131, 1133–35 (1991).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Akhil Reed Amar");
        has(t, s, "title", "The Bill of Rights as a Constitution", "level", "a");
    }

    @Test
    void bluebookCaseCitingAFootnoteOfItsPage() {
        String t = "United States v. Carolene Products Co., 304 U.S. 144, 152 n.4 (1938).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "United States v. Carolene Products Co., 304 U.S. 144, 152 n.4 (1938).", "type", "case");
        has(t, s, "title", "United States v. Carolene Products Co.", "level", "a");
        has(t, s, "biblScope", "304", "unit", "volume");
        has(t, s, "citedRange", "152", "unit", "page");
    }

    @Test
    void journalNumberedByItsYearInSquareBrackets() {
        String t = "Jeffrey Jowell, 'Beyond the Rule of Law' [2000] PL 671, 675.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "PL", "level", "j");
        has(t, s, "biblScope", "671", "unit", "page");
        has(t, s, "citedRange", "675", "unit", "page");
        org.junit.jupiter.api.Assertions.assertEquals(0, s.stream().filter(x -> "volume".equals(x.attributes().get("unit"))).count(), t);
    }

    @Test
    void bluebookBookWhoseTitleTheTaggerSplit() {
        String t = "Jeffrey Rosen, The Most Democratic Branch 12 (2006).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "The Most Democratic Branch", "level", "m");
        has(t, s, "citedRange", "12", "unit", "page");
        String u = "Laurence H. Tribe, American Constitutional Law 1308 (2d ed. 1988).";
        has(u, PARSER.parse(u), "edition", "2d ed");
    }

    @Test
    void onlineCommentaryNamedByItsAbbreviationAndCode() {
        // the abbreviation has words after it (the code), the edition is numbered "Ed." and dated by day
        String t = "BeckOK BGB/Sutschet, 65. Ed. 1.2.2023, § 241 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "BeckOK BGB", "level", "m");
        has(t, s, "author", "Sutschet");
        has(t, s, "edition", "65. Ed.");
        has(t, s, "date", "1.2.2023", "when", "2023-02-01");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void commentaryAbbreviationAfterACommaTheTaggerCalledATitle() {
        String t = "MüKoBGB/Bachmann, 9. Aufl. 2022, § 241 Rn. 5.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "MüKoBGB", "level", "m");
        has(t, s, "author", "Bachmann");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void bluebookEditorsInsideTheYearsBrackets() {
        String t = "Antonin Scalia, A Matter of Interpretation: Federal Courts and the Law (Amy Gutmann ed., 1997).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Antonin Scalia");
        has(t, s, "editor", "Amy Gutmann");
        has(t, s, "date", "1997", "when", "1997");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "publisher"), t);
    }

    @Test
    void quotedArticleBeforeAJournalFoundAfterTheYear() {
        // the journal "CLJ" is found by the rule that reads "(1999) 58 CLJ 123"; the quoted words before are the article's
        String t = "A. Smith, 'Constitutional Conventions' (1999) 58 CLJ 123 at 130.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Constitutional Conventions", "level", "a");
        has(t, s, "title", "CLJ", "level", "j");
        has(t, s, "biblScope", "58", "unit", "volume");
    }

    @Test
    void titleOfAVolumeAfterItsNumber() {
        String t = "Flume, Allgemeiner Teil des Bürgerlichen Rechts, Bd. II: Das Rechtsgeschäft, 4. Aufl. 1992, § 14, 3.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Das Rechtsgeschäft", "level", "m");
        org.junit.jupiter.api.Assertions.assertEquals(0, CitationParserTest.count(s, "publisher"), t);
    }

    @Test
    void chapterThenMarginNumber() {
        String t = "Eberhard Schmidt-Aßmann, Das allgemeine Verwaltungsrecht als Ordnungsidee, 2. Aufl., Berlin/Heidelberg 2006, Kap. 1 Rn. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "citedRange", "1", "unit", "chapter");
        has(t, s, "citedRange", "12", "unit", "para");
    }

    @Test
    void bluebookArticleKeepsTheJournalsLastFullStop() {
        String t = "See Cass R. Sunstein, Incompletely Theorized Agreements, 108 Harv. L. Rev. 1733, 1735 (1995).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Harv. L. Rev.", "level", "j");
        has(t, s, "biblScope", "108", "unit", "volume");
        has(t, s, "citedRange", "1735", "unit", "page");
    }

    @Test
    void bluebookBookWithThePageBeforeTheEditionAndYear() {
        String t = "Richard A. Posner, Economic Analysis of Law 25 (9th ed. 2014).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Economic Analysis of Law", "level", "m");
        has(t, s, "citedRange", "25", "unit", "page");
        org.junit.jupiter.api.Assertions.assertEquals(0, s.stream().filter(sp -> sp.element().equals("biblScope")).count(), t);
    }

    @Test
    void newspaperAfterTheArticlesTitle() {
        String t = "Adam Liptak, Supreme Court Invalidates Key Part of Voting Rights Act, N.Y. Times, June 25, 2013, at A1.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Adam Liptak");
        has(t, s, "title", "N.Y. Times", "level", "j");
        org.junit.jupiter.api.Assertions.assertEquals(1, CitationParserTest.count(s, "author"), t);
    }

    @Test
    void decisionAfterTheNotesOwnWordsAndASignal() {
        String t = "So auch die h.M., vgl. nur BGH NJW 2010, 1234; Müller, JZ 2011, 55, 57.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "bibl", "BGH NJW 2010, 1234", "type", "case");
        has(t, s, "orgName", "BGH", "type", "court");
        has(t, s, "author", "Müller");
        has(t, s, "citedRange", "57", "unit", "page");
    }

    @Test
    void aSurnameThenATitleNoGivenNameCanBe() {
        String t = "Wieacker, Privatrechtsgeschichte der Neuzeit, Bd. II, 2. Aufl. 1967, S. 430.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Wieacker");
        has(t, s, "title", "Privatrechtsgeschichte der Neuzeit", "level", "m");
        has(t, s, "biblScope", "II", "unit", "volume");
        String u = "Wieacker, Rechtsgeschichtsschreibung und Methode, ZRG GA 78 (1961), 1 ff.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Wieacker");
        has(u, v, "title", "Rechtsgeschichtsschreibung und Methode", "level", "a");
    }

    @Test
    void aNotesOpeningWordBeforeSurnamesJoinedBySlashes() {
        String t = "Überzeugend Larenz/Canaris, Methodenlehre der Rechtswissenschaft, 3. Aufl. 1995, S. 133.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Larenz");
        has(t, s, "author", "Canaris");
        assertEquals(2, s.stream().filter(x -> x.element().equals("author")).count(), s::toString);
    }

    @Test
    void aCourtAfterTheNotesWordsAndASentenceWithAuchAndItsMarginNumber() {
        String t = "Vgl. nur BGH NJW 2001, 1001; anders noch OLG Celle NJW-RR 1995, 203 (204).";
        List<Span> s = PARSER.parse(t);
        has(t, s, "orgName", "OLG Celle");
        has(t, s, "title", "NJW-RR", "level", "j");
        String u = "BGH NJW 1999, 2000. So wohl auch BAG NZA 2004, 57 Rn. 21.";
        List<Span> v = PARSER.parse(u);
        assertEquals(2, v.stream().filter(x -> x.element().equals("bibl")).count(), v::toString);
        has(u, v, "citedRange", "21", "unit", "para");
    }
}

package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import org.colophon.tei.CitationDocument;
import org.colophon.validate.TeiValidator;
import org.junit.jupiter.api.Test;

/** What {@code colophon cite --format csl-json} writes, read back as JSON (XPath 3.1 parse-json). */
class CslJsonTest {
    private static final CitationDocument DOCUMENT = new CitationDocument(new CitationParser());
    private static final Processor SAXON = new Processor(false);
    private static final String DAVIES = "R. W. Davies, “Soviet Military Expenditure,” Europe-Asia Studies 45, no. 4 (1993): 577–608.";
    private static final String HARRISON = "Mark Harrison, Soviet Planning in Peace and War (Cambridge: Cambridge University Press, 1985), 12.";

    private static List<CitationDocument.Line> lines(String... texts) {
        List<CitationDocument.Line> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new CitationDocument.Line(i + 1, String.valueOf(i + 1), texts[i]));
        return out;
    }

    /** The value of an XPath 3.1 expression over the entries, $e (the parsed array's members). */
    private static String eval(String json, String expr) throws SaxonApiException {
        XPathCompiler c = SAXON.newXPathCompiler();
        c.declareNamespace("map", "http://www.w3.org/2005/xpath-functions/map");
        c.declareVariable(new QName("json"));
        XPathSelector s = c.compile("let $e := parse-json($json)?* return string-join((" + expr + ") ! string(), '|')").load();
        s.setVariable(new QName("json"), new XdmAtomicValue(json));
        return s.evaluateSingle().getStringValue();
    }

    private static String csl(String... texts) {
        return CslJson.write(DOCUMENT.notes(lines(texts)));
    }

    @Test
    void ibidAndEbdNotesAreKeptAndRepeatTheItemTheyPointTo() throws Exception {
        // an ibid with its pages is a bibl of its own in the TEI (c2-b1), and its entry has the bibl's id
        String json = csl(DAVIES, "Ibid., 580.", "Ebd., S. 591.");
        assertEquals("c1-b1|c2-b1|c3-b1", eval(json, "$e?id"), json);
        assertEquals("580|591", eval(json, "$e[?id = ('c2-b1', 'c3-b1')]?locator"), json);
        assertEquals("c1-b1|c1-b1", eval(json, "$e[?id = ('c2-b1', 'c3-b1')]?custom?repeats"), json);
        assertEquals("ibid|ibid", eval(json, "$e[?id = ('c2-b1', 'c3-b1')]?custom?cross-reference"), json);
        assertEquals("Ibid., 580", eval(json, "$e[?id = 'c2-b1']?note"), json);
        // every field of the item, repeated as it is
        assertEquals("true", eval(json, "let $item := map:remove($e[?id = 'c1-b1'], ('id', 'note')) return "
                + "deep-equal($item, map:remove($e[?id = 'c2-b1'], ('id', 'note', 'locator', 'label', 'custom')))"), json);
        assertEquals("Soviet Military Expenditure|Europe-Asia Studies|577–608",
                eval(json, "$e[?id = 'c3-b1'] ! (?title, ?container-title, ?page)"), json);
    }

    @Test
    void placesJoinedByASlashAreOnePublisherPlaceAsPrinted() throws Exception {
        String json = csl("Peter Blickle, Die Revolution von 1525, 4. Aufl., München/Wien 2004, S. 77.");
        assertEquals("München/Wien", eval(json, "$e?publisher-place"), json);
    }

    @Test
    void aBareIbidCitesThePagesOfTheCitationBefore() throws Exception {
        String json = csl(HARRISON, "Ibid., 40.", "Ibid.");
        assertEquals("12|40|40", eval(json, "$e?locator"), json);
        assertEquals("c1-b1", eval(json, "$e[?id = 'c3-ibid']?custom?repeats"), json);
    }

    @Test
    void anIbidAfterAnOpCitRepeatsTheWorkTheOpCitNamesAndItsTeiPointerResolves() throws Exception {
        String[] notes = {HARRISON, "R. W. Davies, The Industrialisation of Soviet Russia (London: Macmillan, 1989), 45.",
                "Harrison, op. cit., 17.", "Ibid."};
        String json = csl(notes);
        assertEquals("c1-b1|c1-b1", eval(json, "$e[?custom?cross-reference = ('op-cit', 'ibid')]?custom?repeats"), json);
        assertEquals("Soviet Planning in Peace and War", eval(json, "$e[?id = 'c4-ibid']?title"), json);
        String tei = DOCUMENT.write("notes.txt", lines(notes));
        assertEquals(List.of(), TeiValidator.load().validate("notes.tei.xml", tei), tei);
    }

    @Test
    void thePagesCitedAreTheLocatorAndAnArticleIsNotItsOwnContainer() throws Exception {
        String json = csl(HARRISON, "Davies, “Soviet Military Expenditure,” 590.");
        assertEquals("12||", eval(json, "$e[1] ! (?locator, string(?page), string(?container-title))"), json);
        assertEquals("Soviet Military Expenditure|590|false", eval(json, "$e[2] ! (?title, ?locator, map:contains(., 'container-title'))"), json);
        assertTrue(json.startsWith("[\n  {\"id\": \"c1-b1\""), json);
    }

    @Test
    void theLocatorCarriesItsLabelPagesParagraphsAndNotes() throws Exception {
        String json = csl(HARRISON, "Ibid., 40.", "Ebd., Rn. 443.");
        assertEquals("12 page|40 page|443 paragraph", eval(json, "$e ! (?locator || ' ' || ?label)"), json);
        assertEquals("paragraph", Locators.label("Birk, Steuerrecht, Rn. 443", 23));
        assertEquals("note", Locators.label("a.a.O. (Fn. 3)", 12));
        assertEquals("section", Locators.label("BGB § 823", 6));
        assertEquals("page", Locators.label("Birk, Steuerrecht, S. 231", 22));
        assertEquals("page", Locators.label("Smith, Title, at 183", 17));
    }

    @Test
    void theBracketedPinpointIsTheLocatorAndTheFirstPageThePage() throws Exception {
        String json = csl("Mustermann, NZG 1999, 797 (800).", "Birk, Steuerrecht, S. 231 f.");
        assertEquals("797", eval(json, "$e[?id = 'c1-b1']?page"), json);
        assertEquals("800|page", eval(json, "$e[?id = 'c1-b1'] ! (?locator, ?label)"), json);
        assertEquals("Steuerrecht|231 f.|page", eval(json, "$e[?id = 'c2-b1'] ! (?title, ?locator, ?label)"), json);
    }

    @Test
    void aCourtsDecisionIsALegalCaseWithItsAuthorityAndDocket() throws Exception {
        String json = csl("BGH, Urt. v. 12.3.2002 – XI ZR 123/01, NJW 2002, 1950, 1951.");
        assertEquals("legal_case", eval(json, "$e?type"), json);
        assertEquals("BGH", eval(json, "$e?authority"), json);
        assertEquals("XI ZR 123/01", eval(json, "$e?number"), json);
        assertEquals("NJW", eval(json, "$e?container-title"), json);
        assertEquals("2002|3|12", eval(json, "$e?issued?date-parts?*?*"), json);
        assertEquals("1951", eval(json, "$e?locator"), json);
    }

    @Test
    void aStatuteIsLegislationCitedBySection() throws Exception {
        String json = csl("Human Rights Act 1998, s 3(1).");
        assertEquals("legislation", eval(json, "$e?type"), json);
        assertEquals("Human Rights Act", eval(json, "$e?title"), json);
        assertEquals("3(1)", eval(json, "$e?locator"), json);
        assertEquals("section", eval(json, "$e?label"), json);
    }

    @Test
    void aDocumentInALibraryIsAManuscriptWithItsShelfmarkAndFolio() throws Exception {
        String json = csl("British Library, Add. MS 12345, fol. 3r.");
        assertEquals("manuscript", eval(json, "$e?type"), json);
        assertEquals("British Library", eval(json, "$e?archive"), json);
        assertEquals("Add. MS 12345", eval(json, "$e?archive_location"), json);
        assertEquals("3r", eval(json, "$e?locator"), json);
        assertEquals("folio", eval(json, "$e?label"), json);
    }
}

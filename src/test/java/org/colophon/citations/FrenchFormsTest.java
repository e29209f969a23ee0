package org.colophon.citations;

import static org.colophon.citations.CitationParserTest.has;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Footnotes as French journals and books print them: the imprint "Paris, Gallimard, 1975" after the
 * title with commas only, the editor ("éd.") and translator ("trad.") after the work.
 */
class FrenchFormsTest {

    private static final CitationParser PARSER = new CitationParser();

    @Test
    void placeAndPublisherBetweenCommasAfterTheTitle() {
        String t = "Michel Foucault, Surveiller et punir, Paris, Gallimard, 1975, p. 34.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Michel Foucault");
        has(t, s, "title", "Surveiller et punir", "level", "m");
        has(t, s, "pubPlace", "Paris");
        has(t, s, "publisher", "Gallimard");
    }

    @Test
    void theImprintWithItsSeriesInGuillemetsAndAPublisherOfSeveralWords() {
        String t = "Fernand Braudel, L'Identité de la France, Paris, Arthaud, coll. « Champs », 1986, t. I, p. 17.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "pubPlace", "Paris");
        has(t, s, "publisher", "Arthaud");
        has(t, s, "title", "Champs", "level", "s");
        assertEquals(0, s.stream().filter(x -> x.element().equals("author")).count() - 1, s::toString);
        String u = "Roland Barthes, Mythologies, Paris, Éd. du Seuil, 1957, p. 9.";
        has(u, PARSER.parse(u), "publisher", "Éd. du Seuil");
        String v = "Jean Smith, Trade Routes, Englewood Cliffs, New Jersey, 1990.";
        assertEquals(0, PARSER.parse(v).stream().filter(x -> x.element().equals("publisher")).count(), v);
    }

    @Test
    void thePagesFollowingThePageCited() {
        String t = "Émile Durkheim, Les Formes élémentaires de la vie religieuse, Paris, Alcan, 1912, p. 65 sq.";
        has(t, PARSER.parse(t), "citedRange", "65 sq", "unit", "page");
        String u = "Marc Bloch, La Société féodale, Paris, Albin Michel, 1939, p. 112 et suiv.";
        has(u, PARSER.parse(u), "citedRange", "112 et suiv.", "unit", "page");
    }

    @Test
    void theWorksEditorAfterItsTitle() {
        String t = "Voir Pascal, Pensées, éd. Louis Lafuma, Paris, Seuil, 1962, p. 12.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Pascal");
        has(t, s, "title", "Pensées", "level", "m");
        has(t, s, "editor", "Louis Lafuma");
        has(t, s, "pubPlace", "Paris");
        has(t, s, "publisher", "Seuil");
        String u = "Jean Racine, Théâtre complet, éd. par Jacques Morel, Paris, Garnier, 1980.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "author", "Jean Racine");
        has(u, v, "title", "Théâtre complet", "level", "m");
        has(u, v, "editor", "Jacques Morel");
    }

    @Test
    void aPublishersAcronymAfterThePlaceIsNoState() {
        String t = "Georges Vedel, Droit administratif, Paris, PUF, 1973, p. 210.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "pubPlace", "Paris");
        has(t, s, "publisher", "PUF");
        String u = "John Smith, The Towns of Massachusetts (Boston, MA: Beacon Press, 1990), 12.";
        has(u, PARSER.parse(u), "pubPlace", "Boston, MA");
    }

    @Test
    void voirAndDeBeforeAWholeNameLeadToTheCitation() {
        String t = "Sur cette question, voir notamment Pierre Rosanvallon, Le Sacre du citoyen, Paris, Gallimard, 1992, p. 45.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "author", "Pierre Rosanvallon");
        has(t, s, "title", "Le Sacre du citoyen", "level", "m");
        String u = "On se reportera à la thèse classique de Jean-Pierre Lévy, La Hiérarchie des preuves, Paris, Sirey, 1939, p. 3.";
        has(u, PARSER.parse(u), "author", "Jean-Pierre Lévy");
        // "de" as a particle of the name stays the name's
        String v = "Alexis de Tocqueville, De la démocratie en Amérique, Paris, Gallimard, 1961, p. 12.";
        has(v, PARSER.parse(v), "author", "Alexis de Tocqueville");
    }

    @Test
    void theSeriesAfterThePublisherAndTheTranslatorFromALanguage() {
        String t = "Paul Ricœur, Temps et récit, Paris, Seuil, coll. « L’ordre philosophique », 1983, p. 85.";
        List<Span> s = PARSER.parse(t);
        has(t, s, "title", "Temps et récit", "level", "m");
        has(t, s, "pubPlace", "Paris");
        has(t, s, "publisher", "Seuil");
        has(t, s, "title", "L’ordre philosophique", "level", "s");
        String u = "Max Weber, Le Savant et le politique, trad. de l’allemand par Julien Freund, Paris, Plon, 1959, p. 71.";
        List<Span> v = PARSER.parse(u);
        has(u, v, "title", "Le Savant et le politique", "level", "m");
        has(u, v, "editor", "Julien Freund", "role", "translator");
    }
}

package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void toldByTheCommonestWords() {
        assertEquals("en", Language.of(List.of("The class provides extensions to the standard array and tabular environments."), "de"));
        assertEquals("de", Language.of(List.of("Die Schreibweisen von Vektoren sind durch den Verlag nicht einheitlich festgelegt."), "en"));
        assertEquals("fr", Language.of(List.of("Le lexique conseille une indentation des paragraphes de 1em pour l’alinéa."), "en"));
    }

    @Test
    void tooShortToTellTakesTheDefault() {
        assertEquals("de", Language.of(List.of("Ibid., 12."), "de"));
        assertEquals("en", Language.of(List.of("Gerhardt, 2000, Federal Appointments Process."), "en"));
    }

    @Test
    void presentationFormsAreLettersAndDigits() {
        assertEquals("ﬁle".length() + 1, Glyphs.normalize("ﬁle").length());
        assertEquals("file office", Glyphs.normalize("\uFB01le o\uFB03ce"));
        assertEquals("26 Verzeichnisse", Glyphs.normalize("\uF732\uF736 Verzeichnisse"));
        assertEquals("plain", Glyphs.normalize("plain"));
    }
}

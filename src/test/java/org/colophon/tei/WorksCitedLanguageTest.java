package org.colophon.tei;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.colophon.Colophon;
import org.junit.jupiter.api.Test;

class WorksCitedLanguageTest {

    @Test
    void aGermanPageGetsAGermanHeadForItsWorksCited() throws Exception {
        String page = "Die Schreibweisen von Vektoren sind durch den Verlag nicht einheitlich festgelegt, da die\n"
                + "Anforderungen in den einzelnen Werken sehr verschieden sind und man das auch sehen kann.7\n"
                + "7 Vgl. Müller, Hans: Die Zensur im Vormärz. Frankfurt am Main 1964, S. 196.\n";
        String tei = new Colophon().convert("s.txt", page.getBytes(StandardCharsets.UTF_8)).tei();
        assertTrue(tei.contains("xml:lang=\"de\""), tei);
        assertTrue(tei.contains("<head>Literatur</head>"), tei);
    }
}

package org.colophon.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuperscriptsTest {

    @Test
    void superscriptDigitsAndCaretDigitsAreCalls() {
        assertEquals(List.of(7, 10), Superscripts.callNumbers("enemies.”⁷Even in ¹⁰1932"));
        assertEquals(List.of(7), Superscripts.callNumbers("enemies.”^7Even"));
        assertEquals("enemies.”Even", Superscripts.strip("enemies.”⁷Even"));
    }

    @Test
    void notesAreNumberedFromOneSoANumberBeginningWithZeroIsNoCall() {
        // found by fuzzing: "sa⁰In" became a note numbered 0, which no schema allows
        assertFalse(Superscripts.hasCall("models sa⁰In February"));
        assertEquals(List.of(), Superscripts.callNumbers("models sa⁰In February ^0 here"));
        assertEquals("x⁰y", Superscripts.strip("x⁰y"));
        assertTrue(Superscripts.hasCall("x⁰y ²z"));
        assertEquals(List.of(2), Superscripts.callNumbers("x⁰y ²z"));
    }
}

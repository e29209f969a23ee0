package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Pages given together form runs by folder and by name without the page number. */
class RunPagesTest {
    @Test
    void pagesOfOneBookShareARunAndOtherBooksDoNot() {
        assertEquals(RunPages.runOf("in/atlas-p012.txt"), RunPages.runOf("in/atlas-p013.txt"));
        assertEquals(RunPages.runOf("in/kap3_s45.txt"), RunPages.runOf("in/kap3_s46.txt"));
        assertEquals(RunPages.runOf("in/7.txt"), RunPages.runOf("in/8.txt"));
        assertNotEquals(RunPages.runOf("in/atlas-p012.txt"), RunPages.runOf("in/codex-p012.txt"));
        assertNotEquals(RunPages.runOf("a/atlas-p012.txt"), RunPages.runOf("b/atlas-p013.txt"));
        assertEquals(RunPages.runOf("in/preface.txt"), RunPages.runOf("in/colophon.txt"), "pages without numbers: one run per folder");
    }
}

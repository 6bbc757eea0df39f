package org.edition.ingest.contents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A contents list's heading and dotted entries, as the three importers meet them. */
class ContentsLineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Contents", "CONTENTS", "Table of Contents", "  Contents:  ", "Content", "Sommaire", "Table des matières"})
    void readsAHeading(String line) {
        assertTrue(ContentsLine.isHeading(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Contents of the report", "The contents", "Table of Figures"})
    void leavesOtherHeadings(String line) {
        assertFalse(ContentsLine.isHeading(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Introduction ........ 1;Introduction;1", "Scope . . . . . 12;Scope;12",
        "  Background…… 7;Background;7", "Preface ···· iv;Preface;iv", "Appendix I: Methods ...12;Appendix I: Methods;12"})
    void readsADottedEntry(String line, String title, String page) {
        ContentsLine.Entry e = ContentsLine.dotted(line).orElseThrow();
        assertEquals(title, e.title());
        assertEquals(page, e.page());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Introduction 1", "The figures rose... 12 percent", "See p. 12", "Wait.. 12"})
    void leavesLinesWithoutLeaders(String line) {
        assertFalse(ContentsLine.isDotted(line), line);
    }
}

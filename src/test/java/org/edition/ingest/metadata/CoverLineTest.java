package org.edition.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines of a cover the text and Markdown importers both read. */
class CoverLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"November 19, 2020;November 19, 2020", "19 November 2020;19 November 2020",
        "Nov. 2020;Nov. 2020", "Published: 3 May 2021;3 May 2021", "2020-11-19;2020-11-19", "October 2017;October 2017",
        "2017;2017", "1st June 2019;1st June 2019"})
    void readsADate(String line, String date) {
        assertEquals(Optional.of(date), CoverLine.date(line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Annual Report 2017", "In 2017 the council met", "May we begin", "12345"})
    void leavesLinesThatOnlyHoldADate(String line) {
        assertEquals(Optional.empty(), CoverLine.date(line));
    }

    @Test
    void readsTheNamesOfAByline() {
        assertEquals(List.of("Ana Lo", "B. Smith", "C. Jones"), CoverLine.byline("By Ana Lo, B. Smith and C. Jones"));
        assertEquals(List.of("Ana Lo", "Ben Ng"), CoverLine.byline("by Ana Lo & Ben Ng"));
        assertEquals(List.of(), CoverLine.byline("Bystanders and witnesses"));
        assertEquals(List.of(), CoverLine.byline("By 2030, emissions"));
    }

    @Test
    void namesAnInstitution() {
        assertTrue(CoverLine.namesAnInstitution("Lowy Institute for International Policy"));
        assertTrue(CoverLine.namesAnInstitution("Congressional Research Service"));
        assertFalse(CoverLine.namesAnInstitution("Australia and the Pacific"));
    }
}

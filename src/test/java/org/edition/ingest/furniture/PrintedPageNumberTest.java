package org.edition.ingest.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of printed page numbers the importers meet, and lines that only look like them. */
class PrintedPageNumberTest {

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', value = {
        "7|7|true|7", "  12  |12|true|12", "\u00a042|42|true|42", "xii|xii|true|12", "IV|iv|true|4", "xliv|xliv|true|44",
        "- 7|7|true|7", "– 7 –|7|false|7", "—12—|12|false|12", "Page 7|7|false|7", "page: 7|7|false|7", "p. 7|7|false|7",
        "7 of 40|7|false|7", "7/40|7|false|7", "Page 7 of 40|7|false|7", "Page iv|iv|false|4"})
    void readsEachForm(String line, String number, boolean bare, int value) {
        PrintedPageNumber p = PrintedPageNumber.of(line).orElseThrow();
        assertEquals(number, p.number());
        assertEquals(bare, p.bare());
        assertEquals(value, p.value());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"", "12345", "7.", "1.5", "mm", "cm", "civil", "mix", "Pages", "7 pages", "Table 7",
        "Figure 3 of 4", "7, 8", "See page 7", "2019–2020"})
    void leavesOtherLines(String line) {
        assertEquals(Optional.empty(), PrintedPageNumber.of(line), line);
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = ';', value = {"Annual Report | Page 7;7", "PAGE 12 OF 40 CONFIDENTIAL;12", "Report 2019;-1",
        "the page 3 discussion;3"})
    void findsThePageARunningLineNames(String line, int number) {
        assertEquals(number, PrintedPageNumber.namedIn(line));
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = ';', value = {"7 | Annual Report;Annual Report · 8", "ANNUAL REPORT 2019;Annual  report 2020",
        "12/01/2026 10:33;12/01/2026 10:33"})
    void aRunningLineKeepsItsKeyFromPageToPage(String one, String other) {
        assertEquals(RunningLineKey.of(one), RunningLineKey.of(other));
        assertFalse(RunningLineKey.of(one).isEmpty());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"7", "– 7 –", "***", "1.2.3"})
    void aBareLineHasNoKey(String line) {
        assertTrue(RunningLineKey.of(line).isEmpty(), line);
    }
}

package org.edition.ingest.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Roman numerals read and written over their whole range, and nothing outside it. */
class RomanNumeralTest {

    @Test
    void everyNumeralReadsBackAsItsNumberAndMatchesThePattern() {
        for (int n = 1; n <= 99; n++) {
            String numeral = RomanNumeral.of(n);
            assertTrue(numeral.matches(RomanNumeral.PATTERN), numeral);
            assertEquals(n, RomanNumeral.value(numeral), numeral);
        }
        assertEquals("xliv", RomanNumeral.of(44));
        assertEquals("", RomanNumeral.of(0));
        assertEquals("", RomanNumeral.of(100));
    }
}

package org.edition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PublicationDate's forms, which it makes without the JDK's locale data, against the JDK's own. */
class PublicationDateTest {

    @Test
    void monthNamesAreTheJdksEnglishNames() {
        for (Month m : Month.values()) {
            assertEquals(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), PublicationDate.monthName(m.getValue()));
            assertEquals(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    PublicationDate.monthName(m.getValue()).substring(0, 3).toLowerCase(Locale.ROOT), "BibTeX's macro");
        }
        assertThrows(IllegalArgumentException.class, () -> PublicationDate.monthName(0));
        assertThrows(IllegalArgumentException.class, () -> PublicationDate.monthName(13));
    }

    @Test
    void isoFormIsWhatStringFormatGaveForEveryPrecision() {
        for (int year : new int[] {1000, 1999, 2017, 9999}) {
            for (int month = 0; month <= 12; month++) {
                for (int day = 0; day <= (month == 0 ? 0 : 31); day++) {
                    String expected = String.format(Locale.ROOT, "%04d", year)
                            + (month > 0 ? String.format(Locale.ROOT, "-%02d", month) : "")
                            + (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
                    PublicationDate d = new PublicationDate(year, month, day);
                    assertEquals(expected, d.iso());
                    assertEquals(d, PublicationDate.parse(d.iso()));
                }
            }
        }
    }

    @Test
    void displayFormIsEnglish() {
        assertEquals("2017", new PublicationDate(2017, 0, 0).display());
        assertEquals("October 2017", new PublicationDate(2017, 10, 0).display());
        assertEquals("19 November 2020", new PublicationDate(2020, 11, 19).display());
        LocalDate day = LocalDate.of(2020, 9, 5);
        assertEquals(day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2020",
                new PublicationDate(2020, 9, 5).display());
    }
}

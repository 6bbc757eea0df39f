package org.edition.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gives it: a year, a month or a day.
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when only year (and month) are known
 */
public record PublicationDate(int year, int month, int day) implements Comparable<PublicationDate> {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PublicationDate {
        if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day > 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    /**
     * Reads {@code 2017}, {@code 2017-10} or {@code 2017-10-05}.
     *
     * @throws IllegalArgumentException if the text is none of these
     */
    public static PublicationDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a date must be written YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PublicationDate(Integer.parseInt(m.group(1)), month, day);
    }

    /** ISO form with the given precision: {@code 2017-10}. */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (month > 0) {
            s.append(String.format(Locale.ROOT, "-%02d", month));
        }
        if (day > 0) {
            s.append(String.format(Locale.ROOT, "-%02d", day));
        }
        return s.toString();
    }

    /** For people, in English: {@code October 2017}, {@code 19 November 2020}. */
    public String display() {
        if (month == 0) {
            return Integer.toString(year);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (day > 0 ? day + " " : "") + monthName + " " + year;
    }

    /** Highwire's format for {@code citation_publication_date}: {@code 2017/10}. */
    public String slashed() {
        return iso().replace('-', '/');
    }

    @Override
    public int compareTo(PublicationDate o) {
        return java.util.Comparator.comparingInt(PublicationDate::year).thenComparingInt(PublicationDate::month)
                .thenComparingInt(PublicationDate::day).compare(this, o);
    }
}

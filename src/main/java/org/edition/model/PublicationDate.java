package org.edition.model;

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
        StringBuilder s = new StringBuilder(10).append(year);
        if (month > 0) {
            s.append(month < 10 ? "-0" : "-").append(month);
        }
        if (day > 0) {
            s.append(day < 10 ? "-0" : "-").append(day);
        }
        return s.toString();
    }

    /** For people, in English: {@code October 2017}, {@code 19 November 2020}. */
    public String display() {
        if (month == 0) {
            return Integer.toString(year);
        }
        return (day > 0 ? day + " " : "") + monthName(month) + " " + year;
    }

    /** The months' names in English, January first. */
    public static final java.util.List<String> MONTH_NAMES = java.util.List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");

    /**
     * A month's name in English ({@code October} for 10), as {@code Month.getDisplayName(TextStyle.FULL,
     * Locale.ENGLISH)} gives it, without the JDK's locale data, whose first use costs a cold build some 17 ms
     * (as {@code String.format}'s first did {@link #iso}); PublicationDateTest compares the two for every month.
     *
     * @throws IllegalArgumentException if {@code month} is not 1–12
     */
    public static String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("not a month: " + month);
        }
        return MONTH_NAMES.get(month - 1);
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

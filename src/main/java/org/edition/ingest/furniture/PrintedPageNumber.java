package org.edition.ingest.furniture;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.notes.RomanNumeral;

/**
 * A line that is nothing but a printed page number, in the forms layouts print: a number alone
 * ({@code 7}), a roman numeral of the front matter ({@code xii}), between dashes ({@code – 7 –}), after a
 * word ({@code Page 7}, {@code Page: 7}, {@code p. 7}) or with the page count ({@code 7 of 40},
 * {@code 7/40}, {@code Page 7 of 40}).
 *
 * @param number the number as printed, roman numerals lower-cased ({@code 7}, {@code xii})
 * @param bare   whether the line is the number alone (or behind a single dash), which a line of the
 *               text can be too (a count, a list's number, a year's last digits): the importer should
 *               see it confirmed by where it stands or by the pages' sequence; a worded or dashed
 *               number is a page number wherever a page's margin holds it
 */
public record PrintedPageNumber(String number, boolean bare) {
    /** A roman numeral up to xc (front matter runs short; {@code mm} and {@code cm} are units, not pages). */
    private static final String ROMAN = RomanNumeral.PATTERN;
    private static final String NUMBER = "(\\d{1,4}|" + ROMAN + ")";
    private static final String DASH = "[-–—]";
    private static final Pattern BARE = Pattern.compile("(?i)(?:" + DASH + "\\s*)?" + NUMBER + "(?:\\s*" + DASH + ")?");
    private static final Pattern DASHED = Pattern.compile("(?i)" + DASH + "\\s*" + NUMBER + "\\s*" + DASH);
    private static final Pattern WORDED = Pattern.compile(
            "(?i)(?:(?:page|p\\.)\\s*:?\\s*)?" + NUMBER + "\\s*(?:of|/)\\s*\\d{1,4}|(?:page|p\\.)\\s*:?\\s*" + NUMBER);

    private static final Pattern NAMED = Pattern.compile("(?i)\\bpage\\s*:?\\s*(\\d{1,4})\\b");

    /**
     * The page number a line prints, if that is all it prints.
     *
     * @param line a line of the source, as it stands
     * @return the number, or empty for any other line
     */
    public static Optional<PrintedPageNumber> of(String line) {
        String text = line.replace('\u00a0', ' ').strip();
        if (text.isEmpty() || text.length() > 24) {
            return Optional.empty();
        }
        Matcher m = WORDED.matcher(text);
        if (m.matches()) {
            return Optional.of(new PrintedPageNumber(group(m), false));
        }
        m = DASHED.matcher(text);
        if (m.matches()) {
            return Optional.of(new PrintedPageNumber(group(m), false));
        }
        m = BARE.matcher(text);
        return m.matches() ? Optional.of(new PrintedPageNumber(group(m), true)) : Optional.empty();
    }

    /**
     * The page number a longer line names ({@code Annual Report 2019 | Page 7}), as running heads and
     * feet often do.
     *
     * @return the number after the word "page", or -1
     */
    public static int namedIn(String line) {
        Matcher m = NAMED.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Whether the line is a printed page number in one of the forms above. */
    public static boolean is(String line) {
        return of(line).isPresent();
    }

    /** Whether the number is in arabic digits (a roman one belongs to the front matter). */
    public boolean arabic() {
        return Character.isDigit(number.charAt(0));
    }

    /** The number's value, arabic or roman. */
    public int value() {
        return arabic() ? Integer.parseInt(number) : RomanNumeral.value(number);
    }

    private static String group(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException("a page number pattern matched without its number");
    }
}

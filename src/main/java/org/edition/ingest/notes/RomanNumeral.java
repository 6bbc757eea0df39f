package org.edition.ingest.notes;

/**
 * Lower-case roman numerals as reports number notes ({@code i}, {@code ii} …) and the pages of their
 * front matter ({@code xii}): up to {@code xcix}, reading a numeral and writing one, in one place for the
 * importers that meet them.
 */
public final class RomanNumeral {
    /** A lower-case roman numeral from {@code i} to {@code xcix}, as a regular expression (no group of its own). */
    public static final String PATTERN = "(?=[ivxl])(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";

    private RomanNumeral() {
    }

    /** The value of a lower-case numeral matching {@link #PATTERN}. */
    public static int value(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /** The lower-case numeral of a number from 1 to 99 ({@link #PATTERN}'s range), or the empty string for any other. */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            return "";
        }
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return tens[n / 10] + units[n % 10];
    }
}

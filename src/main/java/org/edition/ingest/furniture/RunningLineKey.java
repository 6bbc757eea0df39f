package org.edition.ingest.furniture;

/**
 * What stays the same of a running head or foot from page to page, so that its repetitions can be
 * counted: its letters, lower-cased, whatever its page number, spacing and punctuation
 * ({@code "7 | Annual Report"} and {@code "Annual Report | 8"} are one); for a line without letters
 * (a date and time a browser prints on every page) the whole line without its spaces, if it is long
 * enough to tell apart; otherwise nothing, and the line is not counted.
 */
public final class RunningLineKey {
    /** The shortest line without letters that counts as a repeatable line. */
    private static final int LEAST_WITHOUT_LETTERS = 8;

    private RunningLineKey() {
    }

    /** The key of a line, or the empty string for a line too bare to count. */
    public static String of(String text) {
        String letters = letters(text);
        if (!letters.isEmpty()) {
            return letters;
        }
        String bare = text.replaceAll("\\s+", "");
        return bare.length() >= LEAST_WITHOUT_LETTERS ? bare : "";
    }

    /** The letters of a line, lower-cased: the same for a running head on every page, whatever its page number. */
    public static String letters(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(s::appendCodePoint);
        return s.toString();
    }
}

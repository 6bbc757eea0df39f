package org.edition.ingest.pdftext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words of a line say about it being (part of) a heading, whatever stands around it: a
 * section number ({@code 3.}, {@code 2.1}), capitals, title case, and an end without the punctuation
 * that ends or continues a sentence. Where the line stands is the {@link HeadingDetector}'s business.
 */
final class HeadingShape {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}.*)");
    /** A part numbered in Roman numerals or lettered: {@code IV. Conclusion}, {@code B. Promissory Estoppel}. */
    private static final Pattern LETTERED = Pattern.compile("(?:([IVX]{1,4})|([A-H]))\\.\\s+(\\p{Lu}.*)");
    /** A part's number or letter standing alone: {@code B.}, {@code IV.} */
    private static final Pattern BARE_PART = Pattern.compile("(?:[IVX]{1,4}|[A-H])\\.");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\d{1,3}$");
    private static final Pattern OPEN_END = Pattern.compile(".*[.,;:\\-–—]$");
    private static final int SIGNIFICANT = 4;

    private HeadingShape() {
    }

    /**
     * The depth of the section number that opens the line: 1 for {@code 3. Results} and
     * {@code IV. Conclusion}, 2 for {@code 2.1 Background} and {@code B. Promissory Estoppel}; 0 if the
     * line opens with no section number followed by a capital.
     */
    static int numberDepth(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            return m.group(1).split("\\.").length;
        }
        Matcher l = LETTERED.matcher(text);
        return l.matches() ? (l.group(1) != null ? 1 : 2) : 0;
    }

    /** Whether the line is a part's Roman numeral or letter alone ({@code B.}): a heading of its own. */
    static boolean isBarePart(String text) {
        return BARE_PART.matcher(text).matches();
    }

    /** The text without a note number glued to its end ({@code NORTH11}, {@code Trust21}). */
    static String withoutNote(String text) {
        return TRAILING_NOTE.matcher(text).replaceFirst("");
    }

    /** Letters in capitals, at least three and none lower case; not a URL, a bullet item or a clause ending in a comma. */
    static boolean isCapitals(String text) {
        String t = withoutNote(text);
        long letters = t.codePoints().filter(Character::isLetter).count();
        return letters >= 3 && t.codePoints().noneMatch(Character::isLowerCase)
                && !t.endsWith(",") && !t.endsWith(";") && !t.contains("://") && !t.startsWith("•");
    }

    /**
     * Title case: of the words of four letters or more, at least three in four begin with a capital
     * ({@code Risks That Grow With the Traffic}); a sentence ({@code Why transits stay rare}) is not.
     */
    static boolean isTitleCase(String text) {
        int significant = 0;
        int capitalised = 0;
        String t = withoutNote(text);
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int first = -1;
            int letters = 0;
            for (int k = start; k < i; k++) {
                if (Character.isLetter(t.charAt(k))) {
                    first = first < 0 ? k : first;
                    letters++;
                }
            }
            if (letters >= SIGNIFICANT) {
                significant++;
                capitalised += Character.isUpperCase(t.charAt(first)) ? 1 : 0;
            }
        }
        return significant > 0 && capitalised * 4 >= significant * 3;
    }

    /** Capitals or title case. */
    static boolean isTitleLike(String text) {
        return isCapitals(text) || isTitleCase(text);
    }

    /**
     * Whether the text ends as a heading may end: not with a full stop, comma, semicolon, colon or
     * dash (a note number aside); a question or exclamation mark may end a heading.
     */
    static boolean endsLikeHeading(String text) {
        String t = withoutNote(text);
        return !t.isEmpty() && !OPEN_END.matcher(t).matches() && !t.endsWith("…") && !t.endsWith("...");
    }
}

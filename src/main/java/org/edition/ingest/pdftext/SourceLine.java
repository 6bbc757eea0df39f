package org.edition.ingest.pdftext;

/**
 * One line of the raw source as the importer sees it.
 *
 * @param number         1-based line number in the raw source
 * @param text           the line without form feeds and without leading and trailing white space
 * @param indent         how many spaces the line began with
 * @param trailingSpaces how many spaces or tabs followed the text
 * @param formFeed       whether the line held a form feed (a page break in pdftotext output)
 */
public record SourceLine(int number, String text, int indent, int trailingSpaces, boolean formFeed) {
    private static final java.util.regex.Pattern NBSP_BETWEEN_WORDS = java.util.regex.Pattern.compile(
            "(?<!\\d)\u00A0|\u00A0(?!\\d)");
    private static final java.util.regex.Pattern SPACES_WITH_NBSP = java.util.regex.Pattern.compile(
            "[ \\t]*\u00A0[ \t\u00A0]+|[ \\t]+\u00A0[ \\t\u00A0]*");

    /**
     * Reads one raw line. No-break spaces between words are read as spaces (extractors write them for the
     * spaces of whole lines: {@code The\u00A0 key}, {@code 3.1.1\u00A0The\u00A0agents}), one space where they
     * stand with others, and at the ends of the line as white space; between two digits ({@code 5\u00A0000})
     * a no-break space stays.
     */
    public static SourceLine of(int number, String raw) {
        boolean formFeed = raw.indexOf('\f') >= 0;
        String s = raw.replace("\f", "");
        if (s.indexOf('\u00A0') >= 0) {
            s = NBSP_BETWEEN_WORDS.matcher(SPACES_WITH_NBSP.matcher(s).replaceAll(" ")).replaceAll(" ");
        }
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t' || s.charAt(start) == '\u00A0')) {
            start++;
        }
        int end = s.length();
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        return new SourceLine(number, s.substring(start, end), start, s.length() - end, formFeed);
    }

    /** Whether the line holds no text (white space only counts as blank). */
    public boolean blank() {
        return text.isEmpty();
    }

    /** Length of the text. */
    public int length() {
        return text.length();
    }

    /** Whether the line held nothing but white space (not even empty: a "set apart" signal in some dumps). */
    public boolean whitespaceOnly() {
        return text.isEmpty() && (indent > 0 || trailingSpaces > 0);
    }
}

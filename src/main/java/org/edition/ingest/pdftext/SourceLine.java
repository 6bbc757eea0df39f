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

    /** Reads one raw line. */
    public static SourceLine of(int number, String raw) {
        boolean formFeed = raw.indexOf('\f') >= 0;
        String s = raw.replace("\f", "");
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        int end = s.length();
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
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

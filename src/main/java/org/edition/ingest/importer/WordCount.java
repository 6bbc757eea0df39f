package org.edition.ingest.importer;

/**
 * How many words a piece of text holds, counted as {@code text.split("\\s+").length} counts them — the
 * importers' measure of a line or block (a heading has few words, a line of prose at least four) — but
 * without compiling that expression at each call (the importers ask it of every line): words are runs of
 * anything but ASCII white space ({@link #isSpace}), a leading run of white space counts as one empty word,
 * a text of white space alone has none, and the empty text has one.
 */
public final class WordCount {
    private WordCount() {
    }

    /** The number of elements of {@code text.split("\\s+")}. */
    public static int of(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words == 0 ? 0 : words + (isSpace(text.charAt(0)) ? 1 : 0);
    }

    /** Whether c is white space as {@code \s} reads it: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}

package org.edition.ingest.contents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edition.ingest.importer.WordCount;

/**
 * The lines of a printed contents list, whatever the importer reads them from: its heading
 * ({@code Contents}, {@code Table of Contents}, {@code Contents:}, {@code Sommaire}, {@code Table des
 * matières}) and an entry's title with its page number after dotted leaders ({@code Scope …… 12},
 * {@code Scope . . . . 12}, {@code Scope ···· iv}).
 */
public final class ContentsLine {
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:table of )?contents?:?|sommaire|table des mati[eè]res");
    /** Leaders: three dots or more (spaced or not), two ellipses or more, or three middle dots or more. */
    private static final String LEADERS = "(?:(?:\\.\\s?){3,}|…{2,}|(?:·\\s?){3,})";
    private static final String PAGE = "(\\d{1,4}|[ivxlcdm]{1,6})";
    private static final Pattern DOTTED = Pattern.compile("(?i)\\s*(.*?\\S)\\s*" + LEADERS + "\\s*" + PAGE + "\\s*");

    /**
     * One entry as listed.
     *
     * @param title the title, without its leaders
     * @param page  the page number as printed
     */
    public record Entry(String title, String page) {
    }

    private ContentsLine() {
    }

    /** Whether the line is a contents list's heading and nothing else. */
    public static boolean isHeading(String text) {
        return HEADING.matcher(text.strip()).matches();
    }

    /** Whether the line is an entry with dotted leaders before its page number. */
    public static boolean isDotted(String text) {
        return mayHaveLeaders(text) && DOTTED.matcher(text).matches();
    }

    /** The entry of a line with dotted leaders before its page number, if it is one. */
    public static Optional<Entry> dotted(String text) {
        if (!mayHaveLeaders(text)) {
            return Optional.empty();
        }
        Matcher m = DOTTED.matcher(text);
        return m.matches() ? Optional.of(new Entry(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * Whether the line holds what every leader begins with — two dots apart by at most one white-space
     * character, an ellipsis or a middle dot — the cheap test that spares most lines the expression
     * (every line of the text is asked).
     */
    private static boolean mayHaveLeaders(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '…' || c == '·') {
                return true;
            }
            if (c == '.') {
                int j = i + 1;
                if (j < text.length() && WordCount.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '.') {
                    return true;
                }
            }
        }
        return false;
    }
}

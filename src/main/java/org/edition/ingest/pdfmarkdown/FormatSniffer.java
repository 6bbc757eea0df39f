package org.edition.ingest.pdfmarkdown;

import java.util.regex.Pattern;

/**
 * How sure the importer is that a text is Markdown made from a PDF: {@code <sup>n</sup>} note
 * references, or {@code n. text} note blocks after {@code ---} rules, make it sure; clean Markdown with
 * {@code [^n]:} definitions and no such references belongs to the markdown importer; a plain text dump
 * without Markdown syntax is not this format.
 */
public final class FormatSniffer {
    /** Score for a text with note references as superscripts or note blocks after rules. */
    public static final int SURE = 90;
    private static final Pattern SUP_NOTE = Pattern.compile("(?i)<sup(?:\\s[^>]{0,1000})?>\\s*(?:\\[)?\\d{1,3}"
            + "|(?=[¹²³⁴⁵⁶⁷⁸⁹⁰])(?<=[.,;:!?’”\"')\\p{Ll}])(?<!\\b(?:km|cm|mm|m|ft|in))[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\\s.,;:)]|$)"
            + "|(?m)^[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]*\\s+\\S");
    private static final Pattern RULED_NOTES = Pattern.compile("(?m)^ {0,3}(?:-{3,}|\\*{3,}|_{3,})\\s*\\n(?:\\s*\\n)*"
            + " {0,3}\\d{1,3}[.)]\\s+\\S");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\[\\^[^\\]]{1,1000}\\]:");
    private static final Pattern NOTES_SECTION = Pattern.compile("(?im)^#{1,6}\\s+(?:end\\s?notes|foot\\s?notes|notes|references)"
            + "\\s*$(?:\\s*\\n)+\\s*(?:\\|\\s*)?\\\\?\\[?\\d{1,3}\\\\?[.)\\]]?\\s*\\|?\\s*\\S");
    /** Markdown's marks; the leading look-ahead (what each begins with) only spares the alternatives at other characters. */
    private static final Pattern MARKDOWN = Pattern.compile("(?m)(?=[#*\\]\\s-])(?:^#{1,6} \\S|\\*\\*\\S|\\]\\([^)]{0,1000}\\)|^\\s*[-*] \\S)");

    private FormatSniffer() {
    }

    /**
     * Scores a text.
     *
     * @param text the raw source
     * @return 0 to 100
     */
    public static int sniff(String text) {
        long sups = mayHaveSuperscripts(text) ? SUP_NOTE.matcher(text).results().limit(3).count() : 0;
        boolean ruled = RULED_NOTES.matcher(text).find();
        if (DEFINITION.matcher(text).find() && sups == 0) {
            return 40;
        }
        if (sups >= 3 || ruled) {
            return SURE;
        }
        if (sups > 0) {
            return 80;
        }
        if (NOTES_SECTION.matcher(text).find()) {
            return 70;
        }
        return MARKDOWN.matcher(text).find() ? 30 : 5;
    }

    /**
     * Whether the text holds what every superscript reference begins with, a {@code <} or a superscript
     * digit: most texts hold neither, and are then spared the expression (a third of an import's time
     * went to it, tried at every character).
     */
    private static boolean mayHaveSuperscripts(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹')) {
                return true;
            }
        }
        return false;
    }
}

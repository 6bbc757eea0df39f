package org.edition.ingest.pdfmarkdown;

import java.util.regex.Pattern;

/**
 * Tells whether a note's text is finished or goes on elsewhere: in the next block (split by a blank
 * line), or at the foot of the next page. Notes end with a full stop, a URL or a date; one that ends
 * on a small word, a comma, an open bracket, or in a URL broken at a slash or hyphen goes on.
 */
final class NoteEnding {
    private static final Pattern FINISHED = Pattern.compile("[.!?…)\\]”’\"*_>]\\s*$|\\d\\s*$");
    private static final Pattern URL_TAIL = Pattern.compile("(?:https?://|www\\.)\\S*$");

    private NoteEnding() {
    }

    /** Whether the text ends in the middle of a sentence or of a URL. */
    static boolean unfinished(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (brokenUrl(t)) {
            return true;
        }
        return !FINISHED.matcher(t).find() && !URL_TAIL.matcher(t).find();
    }

    /** Whether the text ends open: on a word in lower case, a comma or a dash, or inside a broken URL. */
    static boolean endsOpen(String text) {
        String t = text.strip();
        return brokenUrl(t) || !t.isEmpty() && (Character.isLowerCase(t.charAt(t.length() - 1))
                || ",;–—-".indexOf(t.charAt(t.length() - 1)) >= 0);
    }

    /** Whether the text ends in a URL broken at a slash or a hyphen. */
    static boolean brokenUrl(String text) {
        String t = text.strip();
        return URL_TAIL.matcher(t).find() && (t.endsWith("/") || t.endsWith("-") || t.endsWith("_"));
    }

    /** What goes between the text and its continuation: nothing inside a broken URL, a space otherwise. */
    static String separator(String text, String continuation) {
        return brokenUrl(text) && !continuation.isEmpty() && !Character.isWhitespace(continuation.charAt(0))
                ? "" : " ";
    }
}

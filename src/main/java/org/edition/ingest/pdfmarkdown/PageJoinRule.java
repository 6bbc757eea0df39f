package org.edition.ingest.pdfmarkdown;

import java.util.regex.Pattern;

/**
 * Decides whether the paragraph before a page end (a note block, a page rule) and the paragraph after
 * it are one paragraph the page cut in two. It is one when the first does not end a sentence and the
 * second goes on with it: the first ends on a word in lower case or a comma, or the second begins in
 * lower case ({@code …returned to the presidency in} / {@code 2012, the “reset” policy…}). When only the
 * missing full stop speaks for it (the first ends on a capitalised word or a number, the second begins
 * with a capital), or only the lower-case start (after a full stop, as after an abbreviation), the join
 * is a guess.
 */
public final class PageJoinRule {
    /** Note references, superscripts, emphasis and closing quotes or brackets after the last word. */
    private static final Pattern TRAILING = Pattern.compile(
            "(?:\\[\\^[^\\]]+\\]|<sup>[^<]*</sup>|[*_”’\"')\\]\\s])+$");
    private static final Pattern LEADING = Pattern.compile("^(?:<!--.*?-->|[*_“‘\"'(\\[\\s])+");

    private PageJoinRule() {
    }

    /**
     * The decision.
     *
     * @param join whether the two are one paragraph
     * @param sure whether that is sure (otherwise a guess to record)
     */
    public record Verdict(boolean join, boolean sure) {
    }

    /**
     * Judges two paragraphs around a page end.
     *
     * @param before the paragraph's text before the page end, as written (edition Markdown)
     * @param after  the text after the page end
     */
    public static Verdict judge(String before, String after) {
        String tail = TRAILING.matcher(before).replaceAll("");
        String head = LEADING.matcher(after).replaceAll("");
        if (tail.isEmpty() || head.isEmpty()) {
            return new Verdict(false, true);
        }
        char last = tail.charAt(tail.length() - 1);
        char first = head.charAt(0);
        boolean endsSentence = ".!?…:".indexOf(last) >= 0;
        boolean goesOnLower = Character.isLowerCase(first);
        String lastWord = tail.substring(tail.lastIndexOf(' ') + 1);
        boolean endsOpen = Character.isLowerCase(lastWord.charAt(0)) || ",;–—-(/".indexOf(last) >= 0;
        if (!endsSentence && (goesOnLower || endsOpen)) {
            return new Verdict(true, true);
        }
        if (!endsSentence || goesOnLower) {
            return new Verdict(true, false);
        }
        return new Verdict(false, true);
    }
}

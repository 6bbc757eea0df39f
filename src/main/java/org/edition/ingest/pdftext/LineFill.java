package org.edition.ingest.pdftext;

import java.util.List;

/**
 * How full a dump's wrapped lines are, learnt from the dump itself: a line wraps because the next
 * word would not fit on it, so wherever a sentence runs on to the next line, the line's length plus a
 * space plus the next line's first word is more than the line could hold. The least such sum over
 * the document is a width no wrapped line left room for; a line ending a sentence that leaves room
 * for the next word below it ended its paragraph. In dumps of proportional type the sums spread
 * widely and the least one lies low, so the signal speaks only where lines are filled evenly.
 *
 * @param least the least length plus first word of the next line seen where a sentence runs on, or 0
 *              if the dump has too few such lines to tell
 */
public record LineFill(int least) {
    private static final int MIN_PAIRS = 50;

    /**
     * Measures the wrapped lines of a flow: pairs of lines in one block, the second opening lower-case,
     * the first not ending in a hyphen and not short.
     *
     * @param flow    the body in reading order
     * @param profile the width, to leave out short lines (a line before an insert, a list item)
     */
    public static LineFill of(List<Flow> flow, LineProfile profile) {
        int least = Integer.MAX_VALUE;
        int pairs = 0;
        Flow.Text previous = null;
        for (Flow f : flow) {
            if (!(f instanceof Flow.Text text)) {
                previous = null;
                continue;
            }
            if (previous != null && !text.bullet() && Sentences.startsLowercase(text.text())
                    && !previous.text().endsWith("-") && !profile.isShort(previous.line())) {
                least = Math.min(least, previous.line().length() + 1 + firstWord(text.text()).length());
                pairs++;
            }
            previous = text;
        }
        return new LineFill(pairs >= MIN_PAIRS ? least : 0);
    }

    /** Whether the first word of {@code next} would have fitted on {@code line}: the line was not full. */
    public boolean leftRoom(SourceLine line, String next) {
        return least > 0 && line.length() + 1 + firstWord(next).length() < least;
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+", 2)[0];
    }
}

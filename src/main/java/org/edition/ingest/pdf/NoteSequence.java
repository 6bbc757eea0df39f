package org.edition.ingest.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running sequence of note numbers through a document, read in order: the numbers seen, the
 * number expected next, and where the numbering starts again at 1 (an appendix, a second part).
 * Notes of the first series are labelled {@code 1}, {@code 2} …; of the second {@code 1-2},
 * {@code 2-2} …; symbol notes {@code *}, {@code †} by their mark ({@code *-2} for the second {@code *}).
 *
 * <p>The same rules serve the note texts (is this line the next note?) and the references (which
 * note does this superscript point to?), so that both are numbered alike.
 */
final class NoteSequence {
    /** How many numbers a note may skip and still count as the next one (a note the PDF lacks). */
    private static final int SKIP = 2;
    private int expected = 1;
    private int series = 1;
    private final Map<String, Integer> symbols = new HashMap<>();

    /** The number expected next. */
    int expected() {
        return expected;
    }

    /** The current series: 1 until the numbering first starts again. */
    int series() {
        return series;
    }

    /** Whether {@code n} can be the next note: the expected number, a small skip, or 1 starting again. */
    boolean fits(int n) {
        return n == expected || n > expected && n <= expected + SKIP || n == 1 && expected > 1;
    }

    /** Whether {@code n} is exactly the number expected next. */
    boolean isExpected(int n) {
        return n == expected;
    }

    /**
     * Takes {@code n} as the next note and moves on; 1 after a higher number starts a new series.
     *
     * @return the note's label
     */
    String take(int n) {
        if (n == 1 && expected > 1) {
            series++;
        }
        expected = n + 1;
        return label(n, series);
    }

    /** Takes a symbol mark ({@code *}, {@code †} …) as the next note and returns its label. */
    String takeSymbol(String mark) {
        int count = symbols.merge(mark, 1, Integer::sum);
        return count == 1 ? mark : mark + "-" + count;
    }

    /** The label of note {@code n} in the current series, without moving on. */
    String peek(int n) {
        return label(n, series);
    }

    /** The label of note {@code n} in the series after the current one. */
    String peekNext(int n) {
        return label(n, series + 1);
    }

    /** The label of note {@code n} in series {@code s}. */
    static String label(int n, int s) {
        return s == 1 ? String.valueOf(n) : n + "-" + s;
    }

    /** The number a note mark stands for, if it is a number. */
    static Optional<Integer> number(String mark) {
        String m = mark.strip();
        if (!m.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m));
    }

    /** Whether a mark is one of the symbols notes are marked with. */
    static boolean isSymbol(String mark) {
        return mark.strip().matches("[*†‡§¶]|\\*\\*|\\*\\*\\*|††");
    }
}

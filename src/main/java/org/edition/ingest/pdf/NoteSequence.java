package org.edition.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running sequence of note numbers through a document, read in order: the numbers seen, the
 * number expected next, and where the numbering starts again at 1 (an appendix, a second part).
 * Notes of the first series are labelled {@code 1}, {@code 2} …; of the second {@code 1-2},
 * {@code 2-2} …; symbol notes {@code *}, {@code †} by their mark ({@code *-2} for the second {@code *}).
 *
 * <p>The note texts move the sequence on with {@link #take} (1 after a higher number starts the next
 * series); the references with {@link #cite}, which may go back to a note cited before, and
 * {@link #startSeries} where the caller knows a new series begins. Both number alike.
 */
final class NoteSequence {
    /** How many numbers a note may skip and still count as the next one (a note the PDF lacks). */
    private static final int SKIP = 2;
    private int expected = 1;
    private int series = 1;
    private final Map<String, Integer> symbols = new HashMap<>();
    private final List<String> seen = new ArrayList<>();

    /** The number expected next. */
    int expected() {
        return expected;
    }

    /** The current series: 1 until the numbering first starts again. */
    int series() {
        return series;
    }

    /** The labels taken or cited so far, in order. */
    List<String> seen() {
        return List.copyOf(seen);
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
            startSeries();
        }
        expected = n + 1;
        return seen(label(n, series));
    }

    /**
     * Cites note {@code n} of the current series: the sequence moves on past it, and never back.
     *
     * @return the note's label
     */
    String cite(int n) {
        expected = Math.max(expected, n + 1);
        return seen(label(n, series));
    }

    /** Starts the next series: the next number expected is 1. */
    void startSeries() {
        series++;
        expected = 1;
    }

    /** Takes a symbol mark ({@code *}, {@code †} …) as the next symbol note and returns its label. */
    String takeSymbol(String mark) {
        int count = symbols.merge(mark, 1, Integer::sum);
        return seen(count == 1 ? mark : mark + "-" + count);
    }

    /** The label a symbol mark would get next, without taking it. */
    String nextSymbol(String mark) {
        int count = symbols.getOrDefault(mark, 0) + 1;
        return count == 1 ? mark : mark + "-" + count;
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

    private String seen(String label) {
        seen.add(label);
        return label;
    }
}

package org.edition.ingest.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The running sequence of note numbers through one document, read in order, shared by every importer: the
 * number expected next decides what is a note and what is a reference. Where the numbering starts again at
 * 1 (an appendix, a second part, notes numbered by chapter), the notes of the second series are labelled
 * {@code 1-2}, {@code 2-2} …; symbol notes are labelled by their mark ({@code *}, {@code *-2} for the
 * second {@code *}).
 *
 * <p>Note texts move the sequence on with {@link #take} (1 after a higher number starts the next series);
 * references with {@link #cite}, which never moves back, and {@link #startsNextSeriesAt}, which moves to the
 * next series where a reference to 1 follows the first series and that series has a note 1. A numeric
 * superscript of converter Markdown is judged against the sequence by {@link #next} and {@link NoteReferenceRule}.
 */
public final class NoteSequence {
    /** How many numbers a note may skip and still count as the next one (a note the source lacks). */
    private static final int SKIP = 2;
    private final Set<String> labels;
    private final Map<String, Integer> symbols = new HashMap<>();
    private final List<String> seen = new ArrayList<>();
    private int expected = 1;
    private int series = 1;

    /** What one superscript is: the verdict, and the label of the note it refers to. */
    public record Judged(NoteReferenceRule.Verdict verdict, String label) {
    }

    /** A sequence whose note texts are not known (yet): the numbers alone decide. */
    public NoteSequence() {
        this(Set.of());
    }

    /** @param labels the labels of the note texts the source has */
    public NoteSequence(Set<String> labels) {
        this.labels = Set.copyOf(labels);
    }

    /** A sequence for note texts numbered once through, as the given numbers. */
    public static NoteSequence ofNumbers(Set<Integer> numbers) {
        return new NoteSequence(numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()));
    }

    /** The label of note {@code number} in series {@code series}. */
    public static String label(int number, int series) {
        return series == 1 ? String.valueOf(number) : number + "-" + series;
    }

    /** The number expected next. */
    public int expected() {
        return expected;
    }

    /** The current series: 1 until the numbering first starts again. */
    public int series() {
        return series;
    }

    /** The labels taken or cited so far, in order. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    /** Whether the source has a note text with this label. */
    public boolean hasText(String label) {
        return labels.contains(label);
    }

    /** Whether {@code n} can be the next note: the expected number, a small skip, or 1 starting again. */
    public boolean fits(int n) {
        return n == expected || n > expected && n <= expected + SKIP || n == 1 && expected > 1;
    }

    /** Whether {@code n} is exactly the number expected next. */
    public boolean isExpected(int n) {
        return n == expected;
    }

    /**
     * Takes {@code n} as the next note text and moves on; 1 after a higher number starts a new series.
     *
     * @return the note's label
     */
    public String take(int n) {
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
    public String cite(int n) {
        expected = Math.max(expected, n + 1);
        return seen(label(n, series));
    }

    /** Starts the next series: the next number expected is 1. */
    public void startSeries() {
        series++;
        expected = 1;
    }

    /**
     * Moves to the next series if a reference to {@code number} starts it: 1, after the first series, where
     * the source has a note 1 of the next series.
     */
    public void startsNextSeriesAt(int number) {
        if (number == 1 && expected > 1 && labels.contains(label(1, series + 1))) {
            startSeries();
        }
    }

    /** Takes a symbol mark ({@code *}, {@code †} …) as the next symbol note and returns its label. */
    public String takeSymbol(String mark) {
        int count = symbols.merge(mark, 1, Integer::sum);
        return seen(count == 1 ? mark : mark + "-" + count);
    }

    /** The label a symbol mark would get next, without taking it. */
    public String nextSymbol(String mark) {
        int count = symbols.getOrDefault(mark, 0) + 1;
        return count == 1 ? mark : mark + "-" + count;
    }

    /** The number a note mark stands for, if it is a number. */
    public static Optional<Integer> number(String mark) {
        String m = mark.strip();
        if (!m.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m));
    }

    /** Whether a mark is one of the symbols notes are marked with. */
    public static boolean isSymbol(String mark) {
        return mark.strip().matches("[*†‡§¶]|\\*\\*|\\*\\*\\*|††");
    }

    /** Judges the next numeric superscript in reading order and moves the sequence on if it is a reference. */
    public Judged next(int number, boolean afterNumber) {
        if (!afterNumber) {
            startsNextSeriesAt(number);
        }
        String label = label(number, series);
        NoteReferenceRule.Verdict v = NoteReferenceRule.judge(number, expected, afterNumber, labels.contains(label),
                !labels.isEmpty());
        if (v.note()) {
            expected = Math.max(expected, number + 1);
        }
        return new Judged(v, label);
    }

    private String seen(String label) {
        seen.add(label);
        return label;
    }
}

package org.edition.ingest.notes;

import java.util.Set;

/**
 * The running sequence of note references through one body, read in order: each numeric superscript
 * is judged by {@link NoteReferenceRule} against the number expected next, which then moves on. Where
 * the notes start again at 1 (numbered by chapter), the note texts of the second series are labelled
 * {@code 1-2}, {@code 2-2} …; a reference to 1 after the first series, when such a note exists, starts
 * the next series.
 */
public final class NoteSequence {
    private final Set<String> labels;
    private int expected = 1;
    private int series = 1;

    /** What one superscript is: the verdict, and the label of the note it refers to. */
    public record Judged(NoteReferenceRule.Verdict verdict, String label) {
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

    /** Judges the next numeric superscript in reading order and moves the sequence on if it is a reference. */
    public Judged next(int number, boolean afterNumber) {
        if (number == 1 && expected > 1 && !afterNumber && labels.contains(label(1, series + 1))) {
            series++;
            expected = 1;
        }
        String label = label(number, series);
        NoteReferenceRule.Verdict v = NoteReferenceRule.judge(number, expected, afterNumber, labels.contains(label),
                !labels.isEmpty());
        if (v.note()) {
            expected = Math.max(expected, number + 1);
        }
        return new Judged(v, label);
    }
}

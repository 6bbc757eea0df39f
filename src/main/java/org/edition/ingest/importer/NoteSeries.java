package org.edition.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One series of numbered notes as the census found it: note 1 onwards, until the numbering starts
 * again. The running sequence is read from the references in reading order (from the note texts where
 * the source has no references): the longest run of rising numbers is the sequence, and every other
 * number is out of it; a number that leaps {@value #FAR} or more from the note expected there is far
 * out of it (a year or a figure read as a reference, or notes the importer lost).
 *
 * @param number    the series, from 1
 * @param cited     the numbers cited, each once, in order of first citation
 * @param texts     the numbers with a note text, in the order of the texts
 * @param gaps      numbers missing from the series: neither cited nor with a text, though lower and
 *                  higher numbers are (holes of {@value #FAR} numbers or more are a leap, not gaps)
 * @param misplaced the numbers out of the running sequence, in reading order
 */
public record NoteSeries(int number, List<Integer> cited, List<Integer> texts, List<Integer> gaps,
        List<Misplaced> misplaced) {

    /** How far a number may stand from the note expected before it is far out of sequence. */
    public static final int FAR = 10;

    /**
     * A number out of the running sequence.
     *
     * @param number the number
     * @param after  the number of the sequence read just before it, 0 at the start of the series
     * @param far    whether it stands {@value #FAR} or more from the number expected there
     */
    public record Misplaced(int number, int after, boolean far) {
    }

    public NoteSeries {
        cited = List.copyOf(cited);
        texts = List.copyOf(texts);
        gaps = List.copyOf(gaps);
        misplaced = List.copyOf(misplaced);
    }

    /**
     * Reads one series.
     *
     * @param number the series, from 1
     * @param cited  the numbers of its references in reading order (repeats allowed)
     * @param texts  the numbers of its note texts in order
     */
    public static NoteSeries read(int number, List<Integer> cited, List<Integer> texts) {
        List<Integer> firstCited = new ArrayList<>(new LinkedHashSet<>(cited));
        List<Integer> order = firstCited.isEmpty() ? new ArrayList<>(new LinkedHashSet<>(texts)) : firstCited;
        Set<Integer> present = new TreeSet<>(firstCited);
        present.addAll(texts);
        return new NoteSeries(number, firstCited, new ArrayList<>(new LinkedHashSet<>(texts)), gaps(present),
                misplaced(order));
    }

    /** The label of note {@code n} of this series, as the importers write it. */
    public String label(int n) {
        return NoteLabel.of(n, number);
    }

    /** Every number of the series, cited or with a text, in ascending order. */
    public List<Integer> numbers() {
        Set<Integer> all = new TreeSet<>(cited);
        all.addAll(texts);
        return List.copyOf(all);
    }

    /** The labels of the numbers out of sequence, in reading order. */
    public List<String> misplacedLabels() {
        return misplaced.stream().map(m -> label(m.number())).toList();
    }

    private static List<Integer> gaps(Set<Integer> present) {
        List<Integer> gaps = new ArrayList<>();
        int previous = 0;
        for (int n : present) {
            if (n - previous < FAR) {
                for (int missing = previous + 1; missing < n; missing++) {
                    gaps.add(missing);
                }
            }
            previous = n;
        }
        return gaps;
    }

    private static List<Misplaced> misplaced(List<Integer> order) {
        boolean[] inSequence = longestRise(order);
        List<Misplaced> out = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < order.size(); i++) {
            int n = order.get(i);
            if (inSequence[i]) {
                if (n - previous >= FAR) {
                    out.add(new Misplaced(n, previous, true));
                }
                previous = n;
            } else {
                out.add(new Misplaced(n, previous, Math.abs(n - (previous + 1)) >= FAR));
            }
        }
        return out;
    }

    /** Marks one longest strictly rising subsequence (patience sorting, n log n). */
    private static boolean[] longestRise(List<Integer> order) {
        int size = order.size();
        int[] tails = new int[size];
        int[] before = new int[size];
        int length = 0;
        for (int i = 0; i < size; i++) {
            int n = order.get(i);
            int low = 0;
            int high = length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (order.get(tails[mid]) < n) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            before[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            length = Math.max(length, low + 1);
        }
        boolean[] in = new boolean[size];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = before[i]) {
            in[i] = true;
        }
        return in;
    }
}
